import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { IeltsResult } from './generated/ielts.dto.js';
import { MAX_RECORDS_PER_RESPONSE, type VerificationQuery } from './result-verification-query.js';

export interface VerificationPage {
  totalRecordCount: number;
  /** Records this response holds. */
  recordCount: number;
  /** The records in chunks, each read from the database as the response is written. */
  results: AsyncIterable<IeltsResult[]>;
}

// Rows read per query while a page streams: bounds what one response holds in memory at once.
const CHUNK_ROWS = 250;

// Dates and scores are formatted by PostgreSQL, so that no time zone or float rounding touches them.
const RESULT_COLUMNS = `
  o.name AS "roName", o.code AS "roId", r.candidate_id AS "candidateId", r.id_type AS "idType",
  r.centre_number AS "centreNumber", r.candidate_number AS "candidateNumber",
  to_char(r.test_date, 'YYYYMMDD') AS "testDate", r.module, r.family_name AS "familyName", r.first_name AS "firstName",
  to_char(r.date_of_birth, 'YYYYMMDD') AS "dateOfBirth", r.gender, r.nationality, r.country_of_origin AS "countryOfOrigin",
  r.first_language AS "firstLanguage",
  to_char(r.listening_score, 'FM0.00') AS "listeningScore", to_char(r.reading_score, 'FM0.00') AS "readingScore",
  to_char(r.writing_score, 'FM0.00') AS "writingScore", to_char(r.speaking_score, 'FM0.00') AS "speakingScore",
  to_char(r.overall_band_score, 'FM0.00') AS "overallBandScore", r.cefr_level AS "cefrLevel", r.trf_number AS "trfNumber",
  r.telephone, r.postal_address AS "postalAddress", r.address_line1 AS "addressLine1", r.address_line2 AS "addressLine2",
  r.address_line3 AS "addressLine3", r.address_line4 AS "addressLine4", r.region, r.town, r.post_code AS "postCode",
  r.country, r.country_code AS "countryCode", r.candidate_email AS "candidateEmail", r.status,
  s.last_modified_at AS "lastModifiedDate", s.last_modified_at::text AS "cursorTime",
  r.osr_skill AS "osrSkill", to_char(r.osr_test_date, 'YYYYMMDD') AS "osrTestDate", r.osr_original_trf_number AS "osrOriginalTrfNumber"`;

/** Reads the results shared with one Recognising Organisation. */
@Injectable()
export class ResultVerificationService {
  constructor(private readonly dataSource: DataSource) {}

  async verify(organisationId: string, query: VerificationQuery): Promise<VerificationPage> {
    const select = `SELECT ${RESULT_COLUMNS}${query.withPhoto ? ', p.data AS "photoData", p.media_type AS "photoMediaType"' : ''}
      FROM ielts_result_shares s
      JOIN ielts_results r ON r.id = s.result_id
      JOIN organisations o ON o.id = s.organisation_id
      ${query.withPhoto ? 'LEFT JOIN ielts_result_photos p ON p.result_id = r.id' : ''}`;
    if (query.kind === 'trf') {
      // By the results' unique TRF index, then the share's primary key (result, RO).
      const rows: RawRow[] = await this.dataSource.query(`${select} WHERE r.trf_number = $2 AND s.organisation_id = $1`, [organisationId, query.trfNumber]);
      // Not shared with this RO and not existing answer alike: no oracle across tenants.
      if (rows.length === 0) throw new ApiError(70404, `No result with TRF number ${query.trfNumber} has been shared with this organisation.`);
      return { totalRecordCount: 1, recordCount: 1, results: fromArray([rows.map((row) => toResult(row, query))]) };
    }
    const range = [organisationId, query.start, query.endExclusive];
    const where = 'WHERE s.organisation_id = $1 AND s.last_modified_at >= $2 AND s.last_modified_at < $3';
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ielts_result_shares s ${where}`, range);
    if (!query.paginated && count > MAX_RECORDS_PER_RESPONSE) {
      throw new ApiError(60008, `The date range matches ${count} results, more than ${MAX_RECORDS_PER_RESPONSE}. Send page and limit (limit at most ${MAX_RECORDS_PER_RESPONSE}), or narrow the range.`, {
        details: [{ location: 'query', field: 'startDateTime', message: `the range matches ${count} results; paginate or narrow it` }],
      });
    }
    const offset = (query.page - 1) * query.limit;
    const recordCount = Math.max(0, Math.min(query.limit, count - offset));
    return { totalRecordCount: count, recordCount, results: this.streamRange(select, where, range, offset, recordCount, query) };
  }

  /**
   * The page in chunks, each a short keyset query of its own, so no connection is held while the
   * response is written. The page's first key is found by an index-only scan, so that the rows an
   * offset skips are never joined to their results.
   */
  private async *streamRange(select: string, where: string, range: unknown[], offset: number, recordCount: number, query: VerificationQuery): AsyncGenerator<IeltsResult[]> {
    const order = 'ORDER BY s.last_modified_at, s.trf_number';
    const [first] = await this.dataSource.query(`SELECT s.last_modified_at::text AS time, s.trf_number AS trf FROM ielts_result_shares s ${where} ${order} LIMIT 1 OFFSET $4`, [...range, offset]);
    if (!first) return;
    let key: { time: string; trf: string; operator: '>=' | '>' } = { ...first, operator: '>=' };
    let remaining = recordCount;
    while (remaining > 0) {
      const take = Math.min(CHUNK_ROWS, remaining);
      const rows: RawRow[] = await this.dataSource.query(
        `${select} ${where} AND (s.last_modified_at, s.trf_number) ${key.operator} ($4::timestamptz, $5) ${order} LIMIT $6`,
        [...range, key.time, key.trf, take],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => toResult(row, query));
      const last = rows[rows.length - 1];
      key = { time: last.cursorTime, trf: String(last.trfNumber), operator: '>' };
      remaining -= rows.length;
    }
  }
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

type RawRow = Record<string, unknown> & { lastModifiedDate: Date; cursorTime: string; photoData?: Buffer | null; photoMediaType?: string | null };

function toResult(row: RawRow, query: VerificationQuery): IeltsResult {
  const { photoData, photoMediaType, osrSkill, osrTestDate, osrOriginalTrfNumber, lastModifiedDate, cursorTime: _cursor, ...fields } = row;
  const result = { ...fields, lastModifiedDate: lastModifiedDate.toISOString() } as unknown as IeltsResult;
  if (query.withPhoto && photoData) {
    result.photo = { data: photoData.toString('base64') };
    result.photoMediaType = (photoMediaType ?? 'JPEG') as 'JPEG';
  }
  if (query.withOsr) Object.assign(result, { osrSkill, osrTestDate, osrOriginalTrfNumber });
  return result;
}
