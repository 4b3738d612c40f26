import { ApiError } from './api-error.js';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  // Connection exceptions, operator intervention (shutdown, crash, cannot connect now, database dropped).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '57P04',
  '57P05',
  // A transaction ended by idle_in_transaction_session_timeout: its process stopped answering for a while.
  '25P03',
  // Insufficient resources (too many connections, disk full, out of memory), and a database that
  // is not accepting connections (55000 at connect time).
  '53000',
  '53100',
  '53200',
  '53300',
  '55000',
]);
// A write whose connection died mid-transaction surfaces as TypeORM's QueryRunnerAlreadyReleasedError
// (through a repository) or QueryRunnerProviderAlreadyReleasedError (through manager.query).
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError', 'ConnectionIsNotSetError']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /connect ECONNREFUSED/i,
  /Client has encountered a connection error/i,
  /Connection is not established/i,
];

function codeOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failure to reach the database, worth a retry and answered 503 when retries run out. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (error instanceof Error && UNAVAILABLE_NAMES.has(error.name)) return true;
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * pg-pool's answer when every connection of the pool stayed in use for its whole
 * connectionTimeoutMillis (it says this only while the pool is full; a new connection that cannot
 * reach the server ends "Connection terminated due to connection timeout", which is unavailability).
 * Not retried: another wait in the same queue only makes the queue longer.
 */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}

/** A query cancelled by statement_timeout (SQLSTATE 57014). */
export function isDatabaseTimeout(error: unknown): boolean {
  return codeOf(error) === '57014';
}

/**
 * When a client turned away because the database is unreachable is told to come back: a restart or
 * a failover takes seconds, and a client retrying at once only adds to the queue (RFC 9110, 10.2.3).
 */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** When a client turned away because every connection was busy is told to come back: a busy pool frees within moments. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/** The ApiError a database failure answers, or undefined when it is not one. */
export function databaseErrorToApiError(error: unknown): ApiError | undefined {
  if (isDatabaseTimeout(error)) return new ApiError(70504, 'The database did not answer within the statement timeout.');
  if (isPoolExhausted(error)) {
    return new ApiError(70503, 'Every database connection of this process stayed busy while the request waited for one.', {
      headers: { 'Retry-After': BUSY_RETRY_AFTER_SECONDS },
    });
  }
  if (isDatabaseUnavailable(error)) return new ApiError(70503, 'The database is unreachable.', { headers: { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS } });
  return undefined;
}
