import type { ArgumentsHost } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

// The guards run on every request: switchToHttp() assigns three new closures onto the context at
// each call, where the arguments Nest was given are read directly.

/** The Fastify request of an HTTP call. */
export const requestOf = (host: ArgumentsHost): FastifyRequest => host.getArgByIndex<FastifyRequest>(0);

/** The Fastify reply of an HTTP call. */
export const replyOf = (host: ArgumentsHost): FastifyReply => host.getArgByIndex<FastifyReply>(1);
