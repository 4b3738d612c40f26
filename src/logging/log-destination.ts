import { register } from 'on-exit-leak-free';
import { pino } from 'pino';

const LOG_FLUSH_MS = 1000;

/** pino's SonicBoom (the package is pino's, not ours to name). */
type Destination = ReturnType<typeof pino.destination>;

/**
 * Where JSON log lines go: pino's SonicBoom on a file descriptor, written synchronously. With a buffer,
 * lines are gathered and written together once it holds `bufferBytes`, and at the latest a second
 * after: one write(2) per few dozen request lines rather than one per request. Synchronous, because
 * SonicBoom's asynchronous mode hands every write to libuv's thread pool, and the wake-ups, thread
 * switches and completion callbacks cost the event loop more than the write itself (#14, ninth part:
 * about 4% more TRF lookups a second, 1-7%, with the same 4 KB writes). The price: a log reader that
 * stops reading stalls the server once the pipe is full, where an asynchronous destination would
 * instead have grown its buffer without bound. Lines still buffered when the process
 * exits are written then; pino does that only for asynchronous destinations, so it is registered here.
 * A process killed outright loses at most the last second's lines.
 */
export function logDestination(fd: number, bufferBytes: number): Destination {
  if (bufferBytes === 0) return pino.destination({ dest: fd, sync: true });
  const destination = pino.destination({ dest: fd, sync: true, minLength: bufferBytes, periodicFlush: LOG_FLUSH_MS });
  register(destination, writeWhatIsLeft);
  return destination;
}

// Module-level, so that the exit registration holds no closure over anything but the destination.
function writeWhatIsLeft(destination: Destination): void {
  destination.flushSync();
}
