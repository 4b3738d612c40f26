import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { MetricsRegistry } from '../metrics/metrics-registry.js';
import { pgPoolOf } from '../database/pg-pool.js';
import { ApiError } from '../errors/api-error.js';
import { MAX_RECORDS_PER_RESPONSE, type VerificationQuery } from './result-verification-query.js';
import { verificationStatements, type ResultShape } from './result-verification-sql.js';
import { TrfLookupBatcher } from './trf-lookup-batcher.js';

export interface VerificationPage {
  totalRecordCount: number;
  /** Records this response holds. */
  recordCount: number;
  /**
   * The records as JSON texts in the wire format: all of them when there is one (a TRF lookup), else
   * in chunks, each read as the response is written.
   */
  results: string[] | AsyncIterable<string[]>;
}

/**
 * Rows read per query while a page streams: bounds what one response holds in memory at once (a
 * result with its photo is about 11 KB of JSON, without it under 1 KB). Photo rows are what the young
 * generation holds: at 50 concurrent pages, chunks of 20 (about 15 MB in flight) outgrew it, so each
 * scavenge copied them and promoted them (7–9 ms a scavenge, twice the CPU a page); chunks of 8 keep
 * scavenges at 2–3 ms, and chunks of 4 cost more in queries than they save.
 */
export const CHUNK_ROWS = { photos: 8, plain: 1000 };

type Row = [json: string, cursorTime: string, trfNumber: string];

/** Reads the results shared with one Recognising Organisation. */
@Injectable()
export class ResultVerificationService {
  private readonly pool: Pool;
  private readonly trfLookups: TrfLookupBatcher;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig, metrics: MetricsRegistry) {
    this.pool = pgPoolOf(dataSource);
    // Observed once a statement, not once a request: how well lookups are read together is visible to operators.
    const perStatement = new Histogram({
      name: 'ielts_trf_lookups_per_statement',
      help: 'TRF lookups read by one database statement (lookups that arrive together are read together)',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers: [metrics.registry],
    });
    this.trfLookups = new TrfLookupBatcher(this.pool, config.trfLookupBatchMax, (lookups) => perStatement.observe(lookups));
  }

  async verify(organisationId: string, query: VerificationQuery): Promise<VerificationPage> {
    const shape: ResultShape = { withPhoto: query.withPhoto, withOsr: query.withOsr };
    if (query.kind === 'trf') {
      const json = await this.trfLookups.lookup(shape, organisationId, query.trfNumber);
      // Not shared with this RO and not existing answer alike: no oracle across tenants.
      if (json === undefined) throw new ApiError(70404, `No result with TRF number ${query.trfNumber} has been shared with this organisation.`);
      return { totalRecordCount: 1, recordCount: 1, results: [json] };
    }
    const sql = verificationStatements(shape);
    const range = [organisationId, query.start, query.endExclusive];
    const {
      rows: [[count]],
    } = await this.pool.query<[number]>(sql.count, range);
    if (!query.paginated && count > MAX_RECORDS_PER_RESPONSE) {
      throw new ApiError(
        60008,
        `The date range matches ${count} results, more than ${MAX_RECORDS_PER_RESPONSE}. Send page and limit (limit at most ${MAX_RECORDS_PER_RESPONSE}), or narrow the range.`,
        {
          details: [{ location: 'query', field: 'startDateTime', message: `the range matches ${count} results; paginate or narrow it` }],
        },
      );
    }
    const offset = (query.page - 1) * query.limit;
    const recordCount = Math.max(0, Math.min(query.limit, count - offset));
    return { totalRecordCount: count, recordCount, results: this.streamRange(range, offset, recordCount, shape) };
  }

  /**
   * The page in chunks, each a short query of its own, so no connection is held while the response
   * is written: the first skips to the page by the covering index, the others follow the last key.
   */
  private async *streamRange(range: unknown[], offset: number, recordCount: number, shape: ResultShape): AsyncGenerator<string[]> {
    const sql = verificationStatements(shape);
    const chunkRows = shape.withPhoto ? CHUNK_ROWS.photos : CHUNK_ROWS.plain;
    let remaining = recordCount;
    let last: Row | undefined;
    while (remaining > 0) {
      const take = Math.min(chunkRows, remaining);
      const { rows } = last
        ? await this.pool.query<Row>(sql.nextChunk, [...range, last[1], last[2], take])
        : await this.pool.query<Row>(sql.firstChunk, [...range, take, offset]);
      if (rows.length === 0) return;
      yield rows.map((row) => row[0]);
      last = rows[rows.length - 1];
      remaining -= rows.length;
    }
  }
}
