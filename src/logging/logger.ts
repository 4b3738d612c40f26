import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import { isoTime } from '../common/iso-time.js';
import { logDestination } from './log-destination.js';

/**
 * Query parameters whose values are credentials: written as [REDACTED], as the Authorization header
 * is. `credential` is the verification page's (`/verify?credential=<JWT>`): not a secret, but the
 * candidate's name and scores, readable by anyone who decodes it, which logs are not the place for.
 */
const SECRET_PARAMETER = /token|secret|password|passwd|signature|api[-_]?key|authorization|code_verifier|credential/i;
/** A query that may name one, as sent: a secret-like name, or an escape or `+` that could spell one once decoded. */
const MAY_NAME_SECRET = new RegExp(`${SECRET_PARAMETER.source}|[%+]`, 'i');

/** A request URL with the values of credential-like query parameters replaced. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const search = url.slice(at + 1);
  // Most queries name nothing secret-like, even undecoded: nothing to rewrite (one scan of the query).
  if (!MAY_NAME_SECRET.test(search)) return url;
  const query = search
    .split('&')
    .map((pair) => {
      const [name] = pair.split('=', 1);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed name is kept as sent.
      }
      return SECRET_PARAMETER.test(decoded) && pair.includes('=') ? `${name}=[REDACTED]` : pair;
    })
    .join('&');
  return `${url.slice(0, at)}?${query}`;
}

/** PostgreSQL's SQLSTATE: five digits or capitals. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * pino's error serializer, less the values a database error quotes: TypeORM's QueryFailedError
 * carries its query's parameters, and PostgreSQL's `detail` quotes the row ("Key (email)=(…) already
 * exists"), so an unexpected error would write a candidate's data, or a sealed secret, to the log.
 * The query text, the SQLSTATE, the constraint and the table stay: what finding the cause needs.
 */
export function withoutDatabaseValues(error: Error): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown> | null;
  // Whatever was thrown is logged: `throw null` too, which must not break the line that reports it.
  if (typeof serialized?.code !== 'string' || !SQLSTATE.test(serialized.code)) return serialized as Record<string, unknown>;
  for (const part of [serialized, serialized.driverError as Record<string, unknown> | undefined]) {
    if (part?.parameters !== undefined) part.parameters = '[REDACTED]';
    if (part?.detail !== undefined) part.detail = '[REDACTED]';
  }
  return serialized;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  hostname?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * Structured JSON logs. Lines about a request are written with its logger (request.log) and carry its
 * transactionId; there is no AsyncLocalStorage, whose promise hooks cost every request about a tenth
 * of its CPU on Node 20.
 */
export function createLogger(level: string, destination?: DestinationStream, format: 'json' | 'pretty' = 'json', bufferBytes = 0): Logger {
  return pino(
    {
      serializers: {
        err: withoutDatabaseValues,
        // Fastify's request line, without secrets a client put in the query string.
        req: (request: LoggedRequest) => ({
          method: request.method,
          url: request.url === undefined ? undefined : redactUrl(request.url),
          host: request.host ?? request.hostname,
          remoteAddress: request.ip ?? request.socket?.remoteAddress,
        }),
      },
      level,
      base: { service: 'assessment-api' },
      // pino.stdTimeFunctions.isoTime's text, without a toISOString on every line.
      timestamp: () => `,"time":"${isoTime()}"`,
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'req.headers["x-fulfillment-signature"]',
          '*.password',
          '*.client_secret',
          '*.secret',
          '*.token',
        ],
        censor: '[REDACTED]',
      },
    },
    destination ?? (format === 'pretty' ? prettyOutput() : logDestination(1, bufferBytes)),
  );
}

/** pino-pretty in pino's worker thread: colours and local times for a person; redaction has happened by then. */
function prettyOutput() {
  return pino.transport({ target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } });
}

/** Nest's own log calls, written through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
