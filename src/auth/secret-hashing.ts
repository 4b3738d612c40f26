import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Client secrets and tokens are 256-bit random values, so a keyed SHA-256 (HMAC with a server-side
 * pepper) is the right hash: a slow password KDF would only slow every request down.
 */
export function hashSecret(pepper: string, secret: string): Buffer {
  return createHmac('sha256', pepper).update(secret, 'utf8').digest();
}

/**
 * The key a verified credential is held under in a process's cache: a plain SHA-256 of it. The
 * secrets and tokens are 256-bit random values, so no key is needed to keep the hash unguessable,
 * and the one-shot hash costs a tenth of the HMAC on every authenticated request.
 */
export function credentialCacheKey(credential: string): string {
  return hash('sha256', credential, 'base64');
}

export function secretMatches(pepper: string, secret: string, storedHash: Buffer): boolean {
  const candidate = hashSecret(pepper, secret);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}

/** 32 random bytes, base64url: 43 characters. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}
