import { maskEmailAddresses } from '../../src/logging/email-address-mask.js';

describe('e-mail addresses masked for the log', () => {
  it('masks the addresses a mail server quotes, bare or in angle brackets, and keeps the rest of its reply', () => {
    expect(maskEmailAddresses("Can't send mail - all recipients were rejected: 550 5.1.1 <mary.poppins@example.org>: Recipient address rejected")).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
    );
    expect(maskEmailAddresses('a.b+tag@sub.example.co.uk refused: 552 mailbox full; c@d.org refused: 450 try later')).toBe(
      '[address] refused: 552 mailbox full; [address] refused: 450 try later',
    );
    expect(maskEmailAddresses('250 2.0.0 Ok: queued as 4F1B2C')).toBe('250 2.0.0 Ok: queued as 4F1B2C');
  });
});
