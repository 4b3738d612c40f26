// Anything shaped like local@domain, as mail servers quote addresses in their replies (<…> or bare).
const EMAIL_ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;

/** The text with every e-mail address in it written as [address]: a candidate's address stays out of the log. */
export function maskEmailAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, '[address]');
}
