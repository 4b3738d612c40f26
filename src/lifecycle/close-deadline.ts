import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/**
 * Once the server stops listening, the requests under way have `timeoutMs` to finish; then every
 * connection still open is cut and the close goes on. Without it, a client reading a large answer
 * slowly (a page with photos, a PDF) held the close for as long as bytes kept moving, and one that
 * had stopped reading for CONNECTION_IDLE_TIMEOUT_MS: past an orchestrator's grace period, whose kill
 * then skipped the shutdown hooks (leased quota not given back, the embedded database not stopped).
 * A handler still running when its connection is cut finishes its transaction as before; only its
 * answer is lost, as the client's would be at the kill.
 */
export function closeDeadline(fastify: FastifyInstance, timeoutMs: number, logger: Pick<Logger, 'warn'>): void {
  fastify.addHook('preClose', (done) => {
    const server = fastify.server;
    const cut = setTimeout(() => {
      server.getConnections((_error, connections) => {
        logger.warn({ timeoutMs, connections }, 'the close deadline passed: connections still open are cut');
        server.closeAllConnections();
      });
    }, timeoutMs);
    // The deadline never holds the process up: a close that finished first clears it.
    cut.unref();
    server.once('close', () => clearTimeout(cut));
    done();
  });
}
