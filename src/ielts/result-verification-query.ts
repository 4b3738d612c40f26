import { ApiError, type FieldProblem } from '../errors/api-error.js';
import type { GetResultVerificationQuery } from './generated/ielts.dto.js';

export const MAX_RECORDS_PER_RESPONSE = 2000;

export type VerificationQuery =
  | { kind: 'trf'; trfNumber: string; withPhoto: boolean; withOsr: boolean }
  | {
      kind: 'range';
      /** Inclusive, to the second. */
      start: Date;
      /** Exclusive: one second after endDateTime, so that endDateTime is inclusive to the second. */
      endExclusive: Date;
      page: number;
      limit: number;
      paginated: boolean;
      withPhoto: boolean;
      withOsr: boolean;
    };

/**
 * The rules of the seed that a schema cannot state: a TRF number or a complete date range, real
 * calendar dates, start not after end. The TRF number wins when both are sent.
 */
export function toVerificationQuery(query: GetResultVerificationQuery): VerificationQuery {
  const withPhoto = query.photoFlag === 'Y';
  const withOsr = query.OSRFlag === 'Y';
  if (query.trfNumber) return { kind: 'trf', trfNumber: query.trfNumber, withPhoto, withOsr };
  const problems: FieldProblem[] = [];
  if (!query.startDateTime && !query.endDateTime) {
    problems.push({ location: 'query', field: 'trfNumber', message: 'trfNumber, or startDateTime and endDateTime, is required' });
  } else {
    if (!query.startDateTime) problems.push({ location: 'query', field: 'startDateTime', message: 'startDateTime is required with endDateTime' });
    if (!query.endDateTime) problems.push({ location: 'query', field: 'endDateTime', message: 'endDateTime is required with startDateTime' });
  }
  const start = query.startDateTime ? parseUtc(query.startDateTime, 'startDateTime', problems) : undefined;
  const end = query.endDateTime ? parseUtc(query.endDateTime, 'endDateTime', problems) : undefined;
  if (start && end && start > end) problems.push({ location: 'query', field: 'endDateTime', message: 'endDateTime must not be before startDateTime' });
  if (problems.length > 0 || !start || !end) {
    throw new ApiError(60001, problems.map((p) => p.message).join('; '), { details: problems });
  }
  const paginated = query.page !== undefined || query.limit !== undefined;
  return {
    kind: 'range',
    start,
    endExclusive: new Date(end.getTime() + 1000),
    page: query.page ?? 1,
    limit: query.limit ?? MAX_RECORDS_PER_RESPONSE,
    paginated,
    withPhoto,
    withOsr,
  };
}

/** `YYYY-MM-DDThh:mm:ss` in UTC; the shape is checked by the contract, the calendar here. */
function parseUtc(value: string, field: string, problems: FieldProblem[]): Date | undefined {
  const date = new Date(`${value}Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== value) {
    problems.push({ location: 'query', field, message: `${field} is not a valid date and time: ${value}` });
    return undefined;
  }
  return date;
}
