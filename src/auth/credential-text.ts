/** Client ids, secrets and tokens are short printable ASCII; anything else is refused as invalid (401). */
export function isCredentialText(value: string, maxLength: number): boolean {
  return value.length > 0 && value.length <= maxLength && /^[\x20-\x7e]+$/.test(value);
}
