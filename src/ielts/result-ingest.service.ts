import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { OrganisationsService } from '../auth/organisations.service.js';
import type { IeltsResultInput, IngestOutcome, ShareOutcome } from './generated/ielts.dto.js';
import { assertValidResultInput } from './result-input-rules.js';
import { CountryCodesService } from './country-codes.service.js';
import { EventOutbox } from '../events/event-outbox.service.js';
import type { EventType } from '../events/event-types.js';
import { RESULT_AS_SHARED } from './result-verification-sql.js';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import { ieltsResultKey } from './result-key.js';

const MAX_PHOTO_BYTES = 512 * 1024;
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
// The fields of the entity an input sets; anything else (id, timestamps) the service owns.
const INPUT_FIELDS = [
  'candidateId',
  'idType',
  'centreNumber',
  'candidateNumber',
  'testDate',
  'module',
  'familyName',
  'firstName',
  'dateOfBirth',
  'gender',
  'nationality',
  'countryOfOrigin',
  'firstLanguage',
  'listeningScore',
  'readingScore',
  'writingScore',
  'speakingScore',
  'overallBandScore',
  'cefrLevel',
  'status',
  'telephone',
  'postalAddress',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'addressLine4',
  'region',
  'town',
  'postCode',
  'country',
  'countryCode',
  'candidateEmail',
  'osrSkill',
  'osrTestDate',
  'osrOriginalTrfNumber',
] as const satisfies ReadonlyArray<keyof IeltsResultInput>;
// Their columns: the same names in snake case (addressLine1 → address_line1).
const INPUT_COLUMNS = INPUT_FIELDS.map((field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

/** A stored result read back as the input that would load it: dates as YYYY-MM-DD, band scores as numbers. */
const SELECT_INPUT = `SELECT ${INPUT_COLUMNS.map((column, i) => {
  const value =
    column.endsWith('_date') || column === 'date_of_birth' ? `to_char(${column}, 'YYYY-MM-DD')` : column.endsWith('_score') ? `${column}::float8` : column;
  return `${value} AS "${INPUT_FIELDS[i]}"`;
}).join(', ')} FROM ielts_results WHERE trf_number = $1`;

/**
 * Inserts a result, or updates it when one of its fields differs; PostgreSQL decides in one statement
 * (so two loads of one TRF number at once cannot both insert), and answers nothing when nothing
 * changed. `xmax = 0` tells an inserted row from an updated one; the status it had (read under the
 * row's lock) tells a cancellation from a remark or a correction.
 */
const UPSERT_RESULT = `
  WITH previous AS (SELECT status FROM ielts_results WHERE trf_number = $2 FOR UPDATE)
  INSERT INTO ielts_results (id, trf_number, ${INPUT_COLUMNS.join(', ')})
  VALUES ($1, $2, ${INPUT_COLUMNS.map((_, i) => `$${i + 3}`).join(', ')})
  ON CONFLICT (trf_number) DO UPDATE SET ${INPUT_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
    WHERE (${INPUT_COLUMNS.map((c) => `ielts_results.${c}`).join(', ')}) IS DISTINCT FROM (${INPUT_COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})
  RETURNING id, xmax = 0 AS created, status, (SELECT status FROM previous) AS previous_status`;

/**
 * The provider side of IELTS: loads results, photos and shares. Each write is one transaction; a
 * change to a shared result moves its last-modified time for every RO it was shared with.
 */
@Injectable()
export class ResultIngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly countries: CountryCodesService,
    private readonly outbox: EventOutbox,
    private readonly credentials: CredentialIssuer,
  ) {}

  async upsertResult(trfNumber: string, input: IeltsResultInput): Promise<IngestOutcome> {
    assertValidResultInput(input, await this.countries.knownCodes());
    return this.dataSource.transaction((manager) => this.upsertWith(manager, trfNumber, input));
  }

  /** A result as the input that loads it, for a change to be loaded again (the sandbox's remarks); undefined when none has the TRF number. */
  async findInput(trfNumber: string): Promise<IeltsResultInput | undefined> {
    const [input]: IeltsResultInput[] = await this.dataSource.query(SELECT_INPUT, [trfNumber]);
    if (!input) return undefined;
    // Absent, not null, as a provider would leave out a field it does not have.
    return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as unknown as IeltsResultInput;
  }

  /** One import row: the result and its shares, all or nothing. */
  async importRow(trfNumber: string, input: IeltsResultInput, roIds: string[], sharedAt: Date): Promise<{ outcome: IngestOutcome; newShares: number }> {
    assertValidResultInput(input, await this.countries.knownCodes());
    return this.dataSource.transaction(async (manager) => {
      const outcome = await this.upsertWith(manager, trfNumber, input);
      let newShares = 0;
      for (const roId of roIds) if ((await this.shareWith(manager, trfNumber, roId, sharedAt)).created) newShares += 1;
      return { outcome, newShares };
    });
  }

  private async upsertWith(manager: EntityManager, trfNumber: string, input: IeltsResultInput): Promise<IngestOutcome> {
    const [row]: Array<{ id: string; created: boolean; status: string; previous_status: string | null }> = await manager.query(UPSERT_RESULT, [
      randomUUID(),
      trfNumber,
      ...INPUT_FIELDS.map((field) => input[field] ?? null),
    ]);
    if (!row) return { trfNumber, created: false, changed: false, resurfacedFor: 0 };
    if (row.created) return { trfNumber, created: true, changed: true, resurfacedFor: 0 };
    const cancelled = row.status === 'CANCELLED' && row.previous_status !== 'CANCELLED';
    // What its credential states is no longer so: revoked now, a new one issued when next asked for.
    await this.credentials.revoke(manager, ieltsResultKey(trfNumber), row.status === 'CANCELLED' ? 'cancelled' : 'superseded');
    return {
      trfNumber,
      created: false,
      changed: true,
      resurfacedFor: await this.resurface(manager, row.id, cancelled ? 'ielts.result.cancelled' : 'ielts.result.updated'),
    };
  }

  async attachPhoto(trfNumber: string, base64: string): Promise<IngestOutcome> {
    const data = Buffer.from(base64, 'base64');
    if (data.length === 0 || data.toString('base64').replace(/=+$/, '') !== base64.replace(/\s/g, '').replace(/=+$/, '')) {
      throw photoError('data is not valid base64');
    }
    if (!data.subarray(0, 3).equals(JPEG_MAGIC)) throw photoError('data is not a JPEG image');
    if (data.length > MAX_PHOTO_BYTES) throw photoError(`the photo is ${data.length} bytes; at most ${MAX_PHOTO_BYTES}`);
    return this.dataSource.transaction(async (manager) => {
      const result = await this.findResult(manager, trfNumber);
      const [row]: Array<{ created: boolean }> = await manager.query(
        `INSERT INTO ielts_result_photos (result_id, media_type, data) VALUES ($1, 'JPEG', $2)
         ON CONFLICT (result_id) DO UPDATE SET media_type = EXCLUDED.media_type, data = EXCLUDED.data WHERE ielts_result_photos.data IS DISTINCT FROM EXCLUDED.data
         RETURNING xmax = 0 AS created`,
        [result.id, data],
      );
      if (!row) return { trfNumber, created: false, changed: false, resurfacedFor: 0 };
      return { trfNumber, created: row.created, changed: true, resurfacedFor: await this.resurface(manager, result.id, 'ielts.result.updated') };
    });
  }

  async shareResult(trfNumber: string, roCode: string, sharedAt: Date): Promise<{ created: boolean; outcome: ShareOutcome }> {
    if (sharedAt.getTime() > Date.now() + 5 * 60_000) {
      throw new ApiError(60002, 'sharedAt must not be in the future', {
        details: [{ location: 'body', field: 'sharedAt', message: 'must not be in the future' }],
      });
    }
    return this.dataSource.transaction((manager) => this.shareWith(manager, trfNumber, roCode, sharedAt));
  }

  private async shareWith(manager: EntityManager, trfNumber: string, roCode: string, sharedAt: Date): Promise<{ created: boolean; outcome: ShareOutcome }> {
    const result = await this.findResult(manager, trfNumber);
    const ro = await this.organisations.requireByCode(roCode, { kind: 'recognising_organisation', manager });
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ielts_result_shares (result_id, organisation_id, trf_number, shared_at, last_modified_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT DO NOTHING RETURNING result_id`,
      [result.id, ro.id, trfNumber, sharedAt],
    );
    const [share]: Array<{ shared_at: Date; last_modified_at: Date }> = await manager.query(
      'SELECT shared_at, last_modified_at FROM ielts_result_shares WHERE result_id = $1 AND organisation_id = $2',
      [result.id, ro.id],
    );
    if (inserted.length > 0) await this.announce(manager, 'ielts.result.shared', trfNumber, ro.id);
    return {
      created: inserted.length > 0,
      outcome: { trfNumber, roId: ro.code, sharedAt: share.shared_at.toISOString(), lastModifiedDate: share.last_modified_at.toISOString() },
    };
  }

  /**
   * The result changed: every RO it was shared with sees it again in its next date-range poll, and
   * is told so by an event.
   */
  private async resurface(manager: EntityManager, resultId: string, type: EventType): Promise<number> {
    // TypeORM answers an UPDATE as [rows, count].
    const [shares]: [Array<{ organisation_id: string; trf_number: string }>, number] = await manager.query(
      'UPDATE ielts_result_shares SET last_modified_at = clock_timestamp() WHERE result_id = $1 RETURNING organisation_id, trf_number',
      [resultId],
    );
    for (const share of shares) await this.announce(manager, type, share.trf_number, share.organisation_id);
    return shares.length;
  }

  /** The event for one RO: the result as that RO sees it. */
  private async announce(manager: EntityManager, type: EventType, trfNumber: string, organisationId: string): Promise<void> {
    const [{ data }]: Array<{ data: unknown }> = await manager.query(RESULT_AS_SHARED, [organisationId, trfNumber]);
    await this.outbox.record(manager, { organisationId, type, resourceKey: ieltsResultKey(trfNumber), data });
  }

  private async findResult(manager: EntityManager, trfNumber: string): Promise<{ id: string }> {
    const [result]: Array<{ id: string }> = await manager.query('SELECT id FROM ielts_results WHERE trf_number = $1 FOR UPDATE', [trfNumber]);
    if (!result) throw new ApiError(70404, `No result has the TRF number ${trfNumber}.`);
    return result;
  }
}

function photoError(message: string): ApiError {
  return new ApiError(60002, message, { details: [{ location: 'body', field: 'data', message }] });
}
