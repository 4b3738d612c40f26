import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ShutdownState } from './shutdown-state.js';

/**
 * Marks the process as stopping (readiness 503; each answer from here on closes its connection) and
 * lets every kept-alive connection go once it has been idle for a moment after its current answer
 * (about a second: Node adds a second of its own to the keep-alive timeout). Without the second, a
 * connection with a request under way when the close begins stays open after its answer for the
 * keep-alive timeout (Fastify's 72 s): Node closes idle connections once, as the close begins, and
 * the close waits for the rest, so a process with busy clients took over a minute to stop.
 */
export function beginShutdown(app: NestFastifyApplication): void {
  app.get(ShutdownState).shuttingDown = true;
  app.getHttpServer().keepAliveTimeout = 1;
}
