import { pino, type Logger } from 'pino';
import { redactUrl } from './logger.js';

export interface RequestLine {
  transactionId: string;
  method: string;
  url: string;
  statusCode: number;
  responseTime: number;
}

/** What pino keeps on a logger and its own write path reads: the level-enabled time text, the bindings, the stream. */
interface PinoInternals {
  [pino.symbols.timeSym]: () => string;
  [pino.symbols.chindingsSym]: string;
  [pino.symbols.streamSym]: { write(line: string): unknown };
}

/**
 * Writes the one line each request ends with: the method, the URL with its credential-like query
 * values replaced (redactUrl), the status and the time, with the transaction id. The line is the one
 * pino would write for `logger.info(line, 'request completed')`, byte for byte (a test holds the two
 * together), but built directly and handed to pino's own destination: its five members are known, so
 * the walk over keys, the serializer and redaction lookups and the string escaping pino does for any
 * object (about a twentieth of a TRF lookup's instructions) are not needed.
 */
export function requestLineWriter(logger: Logger): (line: RequestLine) => void {
  const internals = logger as unknown as PinoInternals;
  const head = `{"level":${logger.levels.values.info}`;
  return (line) => {
    if (!logger.isLevelEnabled('info')) return;
    // Read at each line, as pino does: bindings and the destination belong to the logger, not to this writer.
    internals[pino.symbols.streamSym].write(
      `${head}${internals[pino.symbols.timeSym]()}${internals[pino.symbols.chindingsSym]}` +
        `,"transactionId":${JSON.stringify(line.transactionId)},"method":${JSON.stringify(line.method)}` +
        `,"url":${JSON.stringify(redactUrl(line.url))},"statusCode":${line.statusCode}` +
        `,"responseTime":${Number.isFinite(line.responseTime) ? line.responseTime : null},"msg":"request completed"}\n`,
    );
  };
}
