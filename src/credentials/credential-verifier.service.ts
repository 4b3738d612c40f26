import { Injectable } from '@nestjs/common';
import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import { ApiError } from '../errors/api-error.js';
import type { VerificationCheck, VerificationReport } from './generated/credentials.dto.js';
import { statusListUrl } from './credential-documents.js';
import { CredentialIssuer } from './credential-issuer.service.js';
import { IssuerKeysService, SIGNING_ALGORITHM } from './issuer-keys.service.js';
import { LIST_SIZE, StatusListsService, isSet } from './status-lists.service.js';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_LENGTH = 12_000;

interface CredentialClaims extends JWTPayload {
  type?: unknown;
  issuer?: { id?: unknown; name?: unknown };
  validFrom?: unknown;
  validUntil?: unknown;
  credentialSubject?: { assessmentResult?: Record<string, unknown> };
  credentialStatus?: { type?: unknown; statusPurpose?: unknown; statusListIndex?: unknown; statusListCredential?: unknown };
}

/**
 * Checks a result credential for anyone: that it is a VC 2.0 JWT, signed by one of this issuer's keys
 * (current or retired), issued by this issuer and within its dates, and what its revocation bit says.
 * The status is `unknown`, never `active`, whenever the list cannot be read.
 */
@Injectable()
export class CredentialVerifier {
  constructor(
    private readonly keys: IssuerKeysService,
    private readonly lists: StatusListsService,
    private readonly issuer: CredentialIssuer,
  ) {}

  async verify(jwt: string): Promise<VerificationReport> {
    const text = jwt.trim();
    if (text.length > MAX_LENGTH || !COMPACT_JWS.test(text)) {
      const message = 'must be a credential as issued: a JWT in compact form (three base64url parts)';
      throw new ApiError(60002, `The body ${message}.`, { details: [{ location: 'body', field: '(body)', message }] });
    }
    const checks: VerificationCheck[] = [];
    const check = (name: VerificationCheck['check'], passed: boolean, detail: string) => (checks.push({ check: name, passed, detail }), passed);
    let header: ProtectedHeaderParameters | undefined;
    let claims: CredentialClaims = {};
    let unreadable: string | undefined;
    try {
      header = decodeProtectedHeader(text);
      claims = decodeJwt(text) as CredentialClaims;
    } catch (error) {
      unreadable = (error as Error).message;
    }
    const isCredential = !unreadable && header?.typ === 'vc+jwt' && Array.isArray(claims.type) && claims.type.includes('VerifiableCredential');
    const format = check(
      'format',
      isCredential,
      unreadable
        ? `not a readable JWT: ${unreadable}`
        : isCredential
          ? 'a Verifiable Credential 2.0 secured as a JWT (vc+jwt)'
          : 'not a Verifiable Credential secured as a JWT (typ vc+jwt)',
    );
    // Whatever the format, the signature says whether the bytes are the issuer's.
    const signature = check(
      'signature',
      ...(header ? await this.signature(text, header) : ([false, 'not checked: the header cannot be read'] as [boolean, string])),
    );
    const { id: issuerId, name: issuerName } = this.issuer.issuer;
    const issuedHere = claims.iss === issuerId && claims.issuer?.id === issuerId;
    const issuer = check('issuer', issuedHere, issuedHere ? `issued by ${issuerName} (${issuerId})` : `not issued by ${issuerId}`);
    const validity = check('validity', ...validityOf(claims));
    const verified = format && signature && issuer && validity;
    const status = verified ? await this.status(claims) : ({ status: 'unknown', detail: 'not read: the credential did not verify' } as const);
    check('status', status.status === 'active', status.detail);
    return {
      verified,
      issuer: verified ? { id: issuerId, name: String(claims.issuer?.name ?? issuerName) } : null,
      status: status.status,
      checks,
      // What a forged or altered credential says is not repeated.
      result: verified ? (claims.credentialSubject?.assessmentResult ?? null) : null,
      credentialId: verified ? String(claims.id ?? claims.jti ?? '') || null : null,
      validFrom: verified && typeof claims.validFrom === 'string' ? claims.validFrom : null,
    };
  }

  private async signature(jwt: string, header: ProtectedHeaderParameters): Promise<[boolean, string]> {
    if (header.alg !== SIGNING_ALGORITHM || !header.kid)
      return [false, `signed with ${header.alg ?? 'no algorithm'}; this issuer signs with ES256 and names the key`];
    const jwk = await this.keys.publicKey(header.kid);
    if (!jwk) return [false, `signed with a key this issuer has never had (kid ${header.kid})`];
    try {
      await compactVerify(jwt, await importJWK(jwk, SIGNING_ALGORITHM));
      return [true, `signature valid under the issuer's key ${header.kid}`];
    } catch {
      return [false, 'the signature does not match the credential: it was altered, or not signed by this issuer'];
    }
  }

  private async status(claims: CredentialClaims): Promise<{ status: 'active' | 'revoked' | 'unknown'; detail: string }> {
    const entry = claims.credentialStatus;
    const prefix = statusListUrl(this.issuer.issuer, '');
    const url = typeof entry?.statusListCredential === 'string' ? entry.statusListCredential : '';
    const index = Number(entry?.statusListIndex);
    if (entry?.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation' || !url.startsWith(prefix)) {
      return { status: 'unknown', detail: 'the credential names no revocation list of this issuer' };
    }
    if (!Number.isInteger(index) || index < 0 || index >= LIST_SIZE)
      return { status: 'unknown', detail: `the status index ${entry.statusListIndex} is not on a list` };
    try {
      const bits = await this.lists.bits(url.slice(prefix.length));
      if (!bits) return { status: 'unknown', detail: `the status list ${url} could not be found` };
      return isSet(bits, index)
        ? { status: 'revoked', detail: `revoked: bit ${index} of ${url} is set` }
        : { status: 'active', detail: `not revoked: bit ${index} of ${url} is clear` };
    } catch (error) {
      return { status: 'unknown', detail: `the status list could not be read (${(error as Error).message})` };
    }
  }
}

function validityOf(claims: CredentialClaims): [boolean, string] {
  const from = typeof claims.validFrom === 'string' ? Date.parse(claims.validFrom) : NaN;
  const until = typeof claims.validUntil === 'string' ? Date.parse(claims.validUntil) : Infinity;
  if (Number.isNaN(from)) return [false, 'no validFrom date'];
  if (from > Date.now()) return [false, `valid only from ${claims.validFrom}`];
  if (until <= Date.now()) return [false, `expired at ${claims.validUntil}`];
  return [true, `valid from ${claims.validFrom}${until === Infinity ? '' : ` until ${claims.validUntil}`}`];
}
