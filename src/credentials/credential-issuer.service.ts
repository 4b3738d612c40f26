import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { resultCredential, signVcJwt, type CredentialContent, type Issuer } from './credential-documents.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { StatusListsService, type StatusEntry } from './status-lists.service.js';
import { takeTransactionLock } from '../database/transaction-lock.js';

/**
 * Issues and revokes the result credentials, for the modules whose results they state. One
 * credential is active per result: it is answered again until the result changes, when the change's
 * own transaction revokes it (its bit is set), and the next request issues another.
 */
@Injectable()
export class CredentialIssuer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: IssuerKeysService,
    private readonly lists: StatusListsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get issuer(): Issuer {
    return { id: this.config.publicBaseUrl, name: this.config.issuerName };
  }

  /**
   * The result's active credential, or a new one (`content` is asked for only then). Run it in the
   * transaction that read the result under a lock, so that no change can slip between the reading
   * and the signing.
   */
  async currentOrIssue(manager: EntityManager, subjectKey: string, content: () => CredentialContent): Promise<string> {
    // Two first requests for one result at once: one issues, the other answers what it issued.
    await takeTransactionLock(manager, subjectKey);
    const [active]: Array<{ jwt: string }> = await manager.query('SELECT jwt FROM issued_credentials WHERE subject_key = $1 AND revoked_at IS NULL', [
      subjectKey,
    ]);
    if (active) return active.jwt;
    const signing = await this.keys.current();
    const id = randomUUID();
    const issuedAt = new Date();
    let jwt = '';
    await this.lists.allocate(manager, async (entry) => {
      jwt = await signVcJwt(resultCredential(this.issuer, id, content(), entry, issuedAt), signing, issuedAt);
      const claimed: unknown[] = await manager.query(
        `INSERT INTO issued_credentials (id, subject_key, jwt, status_list_id, status_index) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [id, subjectKey, jwt, entry.listId, entry.index],
      );
      return claimed.length > 0;
    });
    return jwt;
  }

  /** A credential this issuer issued, as issued (the JWT), revoked or not; undefined for an id it never issued. */
  async find(id: string): Promise<string | undefined> {
    const [row]: Array<{ jwt: string }> = await this.dataSource.query('SELECT jwt FROM issued_credentials WHERE id = $1', [id]);
    return row?.jwt;
  }

  /** Revokes the result's active credential, if it has one, in the caller's transaction. */
  async revoke(manager: EntityManager, subjectKey: string, reason: 'cancelled' | 'superseded'): Promise<void> {
    const [revoked]: [Array<{ list_id: string; index: number }>, number] = await manager.query(
      `UPDATE issued_credentials SET revoked_at = clock_timestamp(), revoked_reason = $2 WHERE subject_key = $1 AND revoked_at IS NULL
       RETURNING status_list_id AS list_id, status_index AS index`,
      [subjectKey, reason],
    );
    await this.lists.revoke(
      manager,
      revoked.map((row): StatusEntry => ({ listId: row.list_id, index: row.index })),
    );
  }
}
