import { SignJWT } from 'jose';
import { SIGNING_ALGORITHM, type SigningKey } from './issuer-keys.service.js';
import { encodedList, type StatusEntry } from './status-lists.service.js';

/** W3C Verifiable Credentials 2.0, and Open Badges 3.0 (whose OpenBadgeCredential these also are). */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface Issuer {
  /** The issuer's id: the service's public address (PUBLIC_BASE_URL). */
  id: string;
  name: string;
}

/** What a result's module says of it: the credential's name and description, and its subject. */
export interface CredentialContent {
  name: string;
  description: string;
  credentialSubject: Record<string, unknown> & { assessmentResult: Record<string, unknown> };
}

/** Where a status list credential is served. */
export function statusListUrl(issuer: Issuer, listId: string): string {
  return `${issuer.id}/v1/credentials/status/${listId}`;
}

/** A result credential: VC 2.0 and OpenBadgeCredential, its revocation entry in a Bitstring Status List. */
export function resultCredential(issuer: Issuer, id: string, content: CredentialContent, status: StatusEntry, validFrom: Date): Record<string, unknown> {
  const list = statusListUrl(issuer, status.listId);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    validFrom: validFrom.toISOString(),
    name: content.name,
    description: content.description,
    credentialSubject: content.credentialSubject,
    credentialStatus: {
      id: `${list}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: list,
    },
  };
}

/** A status list as the signed BitstringStatusListCredential the specification defines. */
export function statusListCredential(issuer: Issuer, listId: string, bits: Buffer, validFrom: Date): Record<string, unknown> {
  const list = statusListUrl(issuer, listId);
  return {
    '@context': [VC_CONTEXT],
    id: list,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuer.id, name: issuer.name },
    validFrom: validFrom.toISOString(),
    credentialSubject: { id: `${list}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodedList(bits) },
  };
}

/**
 * A credential secured as a JWT per VC-JOSE-COSE: the claims are the credential itself (plus `iss`,
 * `jti` and `iat`, for JWT libraries), the header names the key and the media type.
 */
export function signVcJwt(credential: Record<string, unknown>, signing: SigningKey, issuedAt: Date): Promise<string> {
  const issuer = credential.issuer as { id: string };
  return new SignJWT({ ...credential, iss: issuer.id, jti: String(credential.id), iat: Math.floor(issuedAt.getTime() / 1000) })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: signing.kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(signing.key);
}
