import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { OrganisationsService } from '../auth/organisations.service.js';
import { IeltsResultEntity } from './entities/ielts-result.entity.js';
import { IeltsResultPhotoEntity } from './entities/ielts-result-photo.entity.js';
import { IeltsResultShareEntity } from './entities/ielts-result-share.entity.js';
import type { IeltsResultInput, IngestOutcome, ShareOutcome } from './generated/ielts.dto.js';
import { assertValidResultInput } from './result-input-rules.js';
import { CountryCodesService } from './country-codes.service.js';

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
] as const satisfies ReadonlyArray<keyof IeltsResultInput & keyof IeltsResultEntity>;

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
  ) {}

  async upsertResult(trfNumber: string, input: IeltsResultInput): Promise<IngestOutcome> {
    assertValidResultInput(input, await this.countries.knownCodes());
    return this.dataSource.transaction((manager) => this.upsertWith(manager, trfNumber, input));
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
    const values = Object.fromEntries(INPUT_FIELDS.map((field) => [field, input[field] ?? null])) as Partial<IeltsResultEntity>;
    const results = manager.getRepository(IeltsResultEntity);
    const inserted = await results
      .createQueryBuilder()
      .insert()
      .values({ id: randomUUID(), trfNumber, ...values })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length > 0) return { trfNumber, created: true, changed: true, resurfacedFor: 0 };
    const existing = await results.findOne({ where: { trfNumber }, lock: { mode: 'pessimistic_write' } });
    const changed = INPUT_FIELDS.some((field) => existing![field] !== values[field]);
    if (!changed) return { trfNumber, created: false, changed: false, resurfacedFor: 0 };
    await results.update({ id: existing!.id }, { ...values, updatedAt: () => 'now()' });
    return { trfNumber, created: false, changed: true, resurfacedFor: await resurface(manager, existing!.id) };
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
      const photos = manager.getRepository(IeltsResultPhotoEntity);
      const existing = await photos.findOne({ where: { resultId: result.id } });
      if (existing?.data.equals(data)) return { trfNumber, created: false, changed: false, resurfacedFor: 0 };
      await photos.upsert({ resultId: result.id, mediaType: 'JPEG', data }, ['resultId']);
      return { trfNumber, created: !existing, changed: true, resurfacedFor: await resurface(manager, result.id) };
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
    const shares = manager.getRepository(IeltsResultShareEntity);
    const inserted = await shares
      .createQueryBuilder()
      .insert()
      .values({ resultId: result.id, organisationId: ro.id, trfNumber, sharedAt, lastModifiedAt: sharedAt })
      .orIgnore()
      .returning('result_id')
      .execute();
    const share = await shares.findOneOrFail({ where: { resultId: result.id, organisationId: ro.id } });
    return {
      created: inserted.raw.length > 0,
      outcome: { trfNumber, roId: ro.code, sharedAt: share.sharedAt.toISOString(), lastModifiedDate: share.lastModifiedAt.toISOString() },
    };
  }

  private async findResult(manager: EntityManager, trfNumber: string): Promise<IeltsResultEntity> {
    const result = await manager.getRepository(IeltsResultEntity).findOne({ where: { trfNumber }, lock: { mode: 'pessimistic_write' } });
    if (!result) throw new ApiError(70404, `No result has the TRF number ${trfNumber}.`);
    return result;
  }
}

/** The result changed: every RO it was shared with sees it again in its next date-range poll. */
async function resurface(manager: EntityManager, resultId: string): Promise<number> {
  const outcome = await manager.getRepository(IeltsResultShareEntity).update({ resultId }, { lastModifiedAt: () => 'clock_timestamp()' });
  return outcome.affected ?? 0;
}

function photoError(message: string): ApiError {
  return new ApiError(60002, message, { details: [{ location: 'body', field: 'data', message }] });
}
