import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ApiError, type FieldProblem } from '../errors/api-error.js';
import { flatten } from '../errors/validation-pipe.js';
import { IeltsResultInput } from './generated/ielts.dto.js';
import type { ResultIngestService } from './result-ingest.service.js';

export type ImportFormat = 'ndjson' | 'csv';

export interface ImportRowError {
  row: number;
  trfNumber?: string;
  problems: FieldProblem[];
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  shares: number;
  failed: number;
  errors: ImportRowError[];
}

const TRF_NUMBER = /^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/;
const NUMERIC_FIELDS = new Set(['listeningScore', 'readingScore', 'writingScore', 'speakingScore', 'overallBandScore']);

type ImportRecord = { row: number; record?: Record<string, unknown>; error?: string };

/**
 * Reads a large file of results one record at a time: NDJSON (one JSON object a line) or CSV
 * (RFC 4180, read by csv-parse: a header row naming the fields; a quoted value may hold commas,
 * doubled quotes and line breaks). Besides the result's fields a record may carry `trfNumber`,
 * `shareWith` (RO ids, `;`-separated in CSV) and `sharedAt`.
 */
export function readImportRecords(path: string, format: ImportFormat): AsyncGenerator<ImportRecord> {
  return format === 'csv' ? readCsvRecords(path) : readNdjsonRecords(path);
}

async function* readNdjsonRecords(path: string): AsyncGenerator<ImportRecord> {
  let row = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    row += 1;
    try {
      const record = JSON.parse(line);
      if (!record || typeof record !== 'object' || Array.isArray(record)) yield { row, error: 'the line is not a JSON object' };
      else yield { row, record };
    } catch (error) {
      yield { row, error: `the line is not valid JSON: ${(error as Error).message}` };
    }
  }
}

async function* readCsvRecords(path: string): AsyncGenerator<ImportRecord> {
  // A record csv-parse cannot read (an unclosed quote) is skipped and reported in its place; the
  // records around it stand.
  const unreadable: Error[] = [];
  const rows = createReadStream(path).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error) => void unreadable.push(error ?? new Error('unreadable record')),
    }),
  );
  let header: string[] | undefined;
  // Rows are numbered as records after the header, whatever order csv-parse reports them in.
  const failures = function* (): Generator<ImportRecord> {
    for (const error of unreadable.splice(0))
      yield { row: (error as Error & { records?: number }).records ?? 0, error: `the record cannot be read: ${error.message}` };
  };
  for await (const { record: values, info } of rows as AsyncIterable<{ record: string[]; info: { records: number } }>) {
    yield* failures();
    if (!header) {
      header = values.map((name) => name.trim());
      continue;
    }
    const row = info.records - 1;
    if (values.length !== header.length) {
      yield { row, error: `the line has ${values.length} values for ${header.length} columns` };
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const value = values[i];
      if (value === '') return;
      record[name] =
        NUMERIC_FIELDS.has(name) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : name === 'shareWith' ? value.split(';').filter(Boolean) : value;
    });
    yield { row, record };
  }
  yield* failures();
}

/** Validates and loads each record through the same rules and service as the API; a bad row never stops the batch. */
export async function importResults(records: AsyncIterable<ImportRecord>, ingest: ResultIngestService): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, created: 0, updated: 0, unchanged: 0, shares: 0, failed: 0, errors: [] };
  const fail = (row: number, problems: FieldProblem[], trfNumber?: string) => {
    report.failed += 1;
    report.errors.push({ row, trfNumber, problems });
  };
  for await (const { row, record, error } of records) {
    report.rows += 1;
    if (!record) {
      fail(row, [{ location: 'body', field: '(line)', message: error! }]);
      continue;
    }
    const { trfNumber, shareWith, sharedAt, ...fields } = record;
    if (typeof trfNumber !== 'string' || !TRF_NUMBER.test(trfNumber)) {
      fail(row, [{ location: 'body', field: 'trfNumber', message: `trfNumber must match ${TRF_NUMBER.source}` }]);
      continue;
    }
    const input = plainToInstance(IeltsResultInput, fields);
    const problems = flatten(await validate(input, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true }), 'body');
    const roIds = shareWith === undefined ? [] : Array.isArray(shareWith) ? shareWith : [shareWith];
    const sharedDate = sharedAt === undefined ? new Date() : new Date(String(sharedAt));
    if (Number.isNaN(sharedDate.getTime())) problems.push({ location: 'body', field: 'sharedAt', message: 'sharedAt must be an ISO 8601 date-time' });
    if (problems.length) {
      fail(row, problems, trfNumber);
      continue;
    }
    try {
      const { outcome, newShares } = await ingest.importRow(trfNumber, input, roIds.map(String), sharedDate);
      if (outcome.created) report.created += 1;
      else if (outcome.changed) report.updated += 1;
      else report.unchanged += 1;
      report.shares += newShares;
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      fail(row, failure.options.details?.length ? failure.options.details : [{ location: 'body', field: 'shareWith', message: failure.detail }], trfNumber);
    }
  }
  return report;
}
