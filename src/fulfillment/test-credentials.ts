import { randomInt } from 'node:crypto';

// No 0/O or 1/I/L: candidates type these by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export const newTestPassword = () => randomCode(8);
export const newTestId = () => randomCode(10);
