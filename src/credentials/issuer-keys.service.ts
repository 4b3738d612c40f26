import { Inject, Injectable } from '@nestjs/common';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export const SIGNING_ALGORITHM = 'ES256';
// Any constant: processes that find no key at once make one, one after the other.
const KEY_LOCK = 727_017;

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

interface KeyRow {
  kid: string;
  private_jwk_sealed: string;
}

export interface PublicKeyRow {
  kid: string;
  public_jwk: JWK;
  retired_at: Date | null;
}

/**
 * The issuer's ES256 keys. The first is made on first use (or taken from ISSUER_PRIVATE_JWK), its
 * private half kept sealed in the database; rotating retires it from signing but keeps it published,
 * so what it signed still verifies. Imported keys are kept per kid; which key signs is read each time.
 */
@Injectable()
export class IssuerKeysService {
  private readonly imported = new Map<string, Promise<CryptoKey>>();
  private configuredKid: Promise<string> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The key that signs now, made (or taken from the setting) if there is none yet. */
  async current(): Promise<SigningKey> {
    const row =
      (await this.signingRow(this.dataSource.manager)) ??
      (await this.dataSource.transaction(async (m) => {
        // Looked for again under the lock: another process may have installed it meanwhile.
        await m.query('SELECT pg_advisory_xact_lock($1)', [KEY_LOCK]);
        return (await this.signingRow(m)) ?? this.install(m, this.config.issuerPrivateJwk ?? (await newPrivateJwk()));
      }));
    return { kid: row.kid, key: await this.importPrivate(row.kid, row.private_jwk_sealed) };
  }

  /** A new signing key; the one it replaces stays published. */
  async rotate(): Promise<string> {
    if (this.config.issuerPrivateJwk) throw new Error('The signing key is given by ISSUER_PRIVATE_JWK: change the setting to rotate it.');
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [KEY_LOCK]);
      return (await this.install(m, await newPrivateJwk())).kid;
    });
  }

  /** Every key, the current one first: the JWKS. */
  async published(): Promise<PublicKeyRow[]> {
    await this.current();
    return this.dataSource.query('SELECT kid, public_jwk, retired_at FROM issuer_keys ORDER BY retired_at IS NOT NULL, created_at DESC');
  }

  /** The public key with this kid, current or retired; undefined for a kid this issuer never had. */
  async publicKey(kid: string): Promise<JWK | undefined> {
    const [row]: PublicKeyRow[] = await this.dataSource.query('SELECT kid, public_jwk, retired_at FROM issuer_keys WHERE kid = $1', [kid]);
    return row?.public_jwk;
  }

  /** The current key, if it is the one to sign with: ISSUER_PRIVATE_JWK's, when that is set. */
  private async signingRow(m: EntityManager): Promise<KeyRow | undefined> {
    const [row]: KeyRow[] = await m.query('SELECT kid, private_jwk_sealed FROM issuer_keys WHERE retired_at IS NULL');
    if (!row || !this.config.issuerPrivateJwk) return row;
    this.configuredKid ??= publicHalf(this.config.issuerPrivateJwk).then(({ kid }) => kid);
    return row.kid === (await this.configuredKid) ? row : undefined;
  }

  /** Retires the current key and makes this one current (in the caller's transaction, under the lock). */
  private async install(m: EntityManager, privateJwk: JWK): Promise<KeyRow> {
    const { kid, jwk } = await publicHalf(privateJwk);
    const sealed = this.secrets.seal(JSON.stringify(privateJwk));
    await m.query('UPDATE issuer_keys SET retired_at = clock_timestamp() WHERE retired_at IS NULL');
    await m.query(
      `INSERT INTO issuer_keys (kid, public_jwk, private_jwk_sealed) VALUES ($1, $2, $3)
       ON CONFLICT (kid) DO UPDATE SET retired_at = NULL`,
      [kid, JSON.stringify(jwk), sealed],
    );
    return { kid, private_jwk_sealed: sealed };
  }

  private importPrivate(kid: string, sealed: string): Promise<CryptoKey> {
    let key = this.imported.get(kid);
    if (!key) {
      key = importJWK(JSON.parse(this.secrets.open(sealed)) as JWK, SIGNING_ALGORITHM) as Promise<CryptoKey>;
      this.imported.set(kid, key);
    }
    return key;
  }
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return exportJWK(privateKey);
}

/** The public JWK as published (with its kid, the RFC 7638 thumbprint), from a private one. */
async function publicHalf(privateJwk: JWK): Promise<{ kid: string; jwk: JWK }> {
  const bare = { kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y };
  const kid = await calculateJwkThumbprint(bare);
  return { kid, jwk: { ...bare, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}
