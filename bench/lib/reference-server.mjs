// The bare reference of `npm run bench`: Fastify and pg and nothing else, giving the IELTS
// verification's answer, body and headers alike, the fastest way known to us: prepared statements,
// the TRF lookups that arrive together read by one (the project's own batcher), the row's JSON built
// by PostgreSQL, the envelope by string concatenation
// (the project's own JSON page renderer and ISO time, the fastest we know),
// the client looked up once per Authorization header and then held in a Map, the security headers
// built once, the quota counted in memory, a UUID transaction id. No validation beyond what the SQL
// needs, no logging, no metrics, no database quota: what the project must come close to while doing
// all of those.
//
//   DATABASE_URL=… PORT=… AUTH_PEPPER=… DB_POOL_SIZE=20 [REFERENCE_BURN_US=…] [REFERENCE_HOOKS=…] node bench/lib/reference-server.mjs
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import Fastify from 'fastify';
import pg from 'pg';
import { isoTime } from '../../dist/src/common/iso-time.js';
import { JSON_PAGE, renderWhole } from '../../dist/src/ielts/result-page-renderers.js';
import { privateAnswerHeaders } from '../../dist/src/security/security-headers.js';
import { rateLimitHeaders } from '../../dist/src/quota/rate-limit-headers.js';
import { clientLookup } from './client-lookup.mjs';
import { countQuery, pageQuery, trfLookups } from './reference-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const clientOf = clientLookup(pool, process.env.AUTH_PEPPER);
const lookups = trfLookups(pool);
const HEADERS = privateAnswerHeaders('http://localhost');
const DAY_MS = 86_400_000;
// REFERENCE_BURN_US: CPU spent busy in each lookup, for finding what the project's extra CPU a lookup
// costs in lookups a second (a diagnostic; the bench's figures are taken without it).
const BURN_MS = Number(process.env.REFERENCE_BURN_US ?? 0) / 1000;

const app = Fastify({ logger: false, genReqId: () => randomUUID() });
// REFERENCE_HOOKS=<n>,<m>: n onRequest and m onResponse hooks that do nothing but call on, for
// finding what the hooks Nest's adapter adds to every request cost a lookup (a diagnostic, as above).
// Each count by its position, an empty one 0: `,2` is two onResponse hooks, not two onRequest ones.
const [ON_REQUEST_HOOKS = 0, ON_RESPONSE_HOOKS = 0] = (process.env.REFERENCE_HOOKS ?? '').split(',').map((count) => Number(count || 0));
if (![ON_REQUEST_HOOKS, ON_RESPONSE_HOOKS].every(Number.isSafeInteger))
  throw new Error(`REFERENCE_HOOKS must be <n>,<m> (whole numbers), not ${process.env.REFERENCE_HOOKS}`);
for (let i = 0; i < ON_REQUEST_HOOKS; i++) app.addHook('onRequest', (_request, _reply, done) => done());
for (let i = 0; i < ON_RESPONSE_HOOKS; i++) app.addHook('onResponse', (_request, _reply, done) => done());
app.get('/ready', async () => 'ready');
app.get('/v1/ielts/result-verification', async (request, reply) => {
  if (BURN_MS > 0) for (const until = performance.now() + BURN_MS; performance.now() < until;);
  const client = await clientOf(request.headers.authorization ?? '');
  if (!client) return reply.code(401).send({ status: 401 });
  const { organisationId } = client;
  client.used++;
  reply
    .headers(HEADERS)
    .header('x-transaction-id', request.id)
    .headers(
      rateLimitHeaders({
        limit: client.dailyQuota,
        remaining: client.dailyQuota - client.used,
        resetSeconds: Math.ceil((DAY_MS - (Date.now() % DAY_MS)) / 1000),
      }),
    );
  const q = request.query;
  const withPhoto = q.photoFlag === 'Y';
  const metadata = (total, page, limit) => ({
    messageRequestUid: String(request.id),
    messageOriginator: 'IELTS',
    messageRequestDateTime: isoTime(),
    previousResultSetUrl: page > 1 ? url(request.url, page - 1) : null,
    currentResultSetUrl: request.url,
    nextResultSetUrl: page < Math.max(1, Math.ceil(total / limit)) ? url(request.url, page + 1) : null,
  });
  reply.type('application/json; charset=utf-8');
  if (q.trfNumber) {
    const json = await lookups.lookup({ withPhoto, withOsr: false }, organisationId, q.trfNumber);
    if (json === undefined) return reply.code(404).send({ status: 404 });
    const summary = { recordCount: 1, totalRecordCount: 1, page: 1, limit: 2000, totalPages: 1 };
    return renderWhole(JSON_PAGE, { ...metadata(1, 1, 2000), previousResultSetUrl: null, nextResultSetUrl: null }, [json], summary);
  }
  const page = Number(q.page ?? 1);
  const limit = Number(q.limit ?? 2000);
  const start = `${q.startDateTime}Z`;
  const end = new Date(new Date(`${q.endDateTime}Z`).getTime() + 1000).toISOString();
  const range = [organisationId, start, end];
  const {
    rows: [[total]],
  } = await pool.query(countQuery, range);
  const count = Math.max(0, Math.min(limit, total - (page - 1) * limit));
  const head = JSON_PAGE.head(metadata(total, page, limit));
  const tail = JSON_PAGE.tail({ recordCount: count, totalRecordCount: total, page, limit, totalPages: Math.max(1, Math.ceil(total / limit)) });
  const { rows } = await pool.query(pageQuery(withPhoto), [...range, limit, (page - 1) * limit]);
  // A whole page in one join (renderWhole concatenates row by row), as every recorded reference figure was measured.
  // The project may compress such a page, so it says that the body's coding follows Accept-Encoding; the bench never asks.
  if (!withPhoto) return reply.header('vary', 'Accept-Encoding').send(head + rows.map((row) => row[0]).join(',') + tail);
  // Photo pages (about 23 MB) are written row by row, so that the socket's backpressure applies.
  return reply.send(
    Readable.from(
      (function* () {
        yield head;
        for (let i = 0; i < rows.length; i++) yield JSON_PAGE.row(rows[i][0], i);
        yield tail;
      })(),
    ),
  );
});

function url(current, page) {
  const parsed = new URL(current, 'http://x');
  parsed.searchParams.set('page', String(page));
  return `${parsed.pathname}${parsed.search}`;
}

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () =>
  app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0)),
);
