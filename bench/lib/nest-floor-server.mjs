// The framework's own floor: NestJS on Fastify with one controller reading as the reference does and
// nothing else (no guard, pipe, interceptor, filter, logging or metrics). What the project costs
// above this is ours; what this costs above the bare reference is Nest's.
//
//   DATABASE_URL=… PORT=… DB_POOL_SIZE=20 node bench/lib/nest-floor-server.mjs
import 'reflect-metadata';
import { Controller, Get, Module, Query, Req } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import pg from 'pg';
import { isoTime } from '../../dist/src/common/iso-time.js';
import { JSON_PAGE, renderWhole } from '../../dist/src/ielts/result-page-renderers.js';
import { clientLookup } from './client-lookup.mjs';
import { trfLookups } from './reference-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const clientOf = clientLookup(pool, process.env.AUTH_PEPPER);
const lookups = trfLookups(pool);

class VerificationController {
  async verify(query, request) {
    const { organisationId } = await clientOf(request.headers.authorization ?? '');
    const json = await lookups.lookup({ withPhoto: false, withOsr: false }, organisationId, query.trfNumber);
    const metadata = {
      messageRequestUid: String(request.id),
      messageOriginator: 'IELTS',
      messageRequestDateTime: isoTime(),
      previousResultSetUrl: null,
      currentResultSetUrl: request.url,
      nextResultSetUrl: null,
    };
    return renderWhole(JSON_PAGE, metadata, [json], { recordCount: 1, totalRecordCount: 1, page: 1, limit: 2000, totalPages: 1 });
  }
  ready() {
    return 'ready';
  }
}
const verify = Object.getOwnPropertyDescriptor(VerificationController.prototype, 'verify');
Get('v1/ielts/result-verification')(VerificationController.prototype, 'verify', verify);
Query()(VerificationController.prototype, 'verify', 0);
Req()(VerificationController.prototype, 'verify', 1);
Get('ready')(VerificationController.prototype, 'ready', Object.getOwnPropertyDescriptor(VerificationController.prototype, 'ready'));
Controller()(VerificationController);
class FloorModule {}
Module({ controllers: [VerificationController] })(FloorModule);

const app = await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () =>
  app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0)),
);
