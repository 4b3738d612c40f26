import type { Socket } from 'node:net';
import type { FastifyReply } from 'fastify';

const ANSWERING = Symbol('answering');
type WatchedSocket = Socket & { [ANSWERING]?: FastifyReply | null };

/**
 * Fastify ends a request's lifecycle (its onResponse hooks: the request line, the metrics) only when
 * its answer has been written whole. A client that leaves before then (a timed-out page, a stalled
 * reader let go, a connection cut at shutdown) left no trace. So each connection remembers the answer
 * it is writing, and when the connection closes with that answer unfinished, `onCutOff` gets it.
 * Per request this is a property written twice; the close listener is added once per connection.
 * Of pipelined requests cut together, the last begun is the one reported.
 */
export function answerBegun(reply: FastifyReply, onCutOff: (reply: FastifyReply) => void): void {
  const socket = reply.request.raw.socket as WatchedSocket;
  if (socket[ANSWERING] === undefined) {
    socket.once('close', () => {
      const unfinished = socket[ANSWERING];
      if (unfinished && !unfinished.raw.writableFinished) onCutOff(unfinished);
    });
  }
  socket[ANSWERING] = reply;
}

/** The answer has been written whole: the connection forgets it, so that a kept-alive connection holds no finished request. */
export function answerFinished(reply: FastifyReply): void {
  const socket = reply.request.raw.socket as WatchedSocket;
  if (socket[ANSWERING] === reply) socket[ANSWERING] = null;
}
