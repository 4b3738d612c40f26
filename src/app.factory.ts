import 'reflect-metadata';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyReply } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
import { runMigrations } from './database/run-migrations.js';
import { defaultOpenapiDir, mountContractDocs } from './docs/contract-docs.js';
import { answerFrameworkError, MAX_PARAM_LENGTH, socketErrorAnswers } from './errors/framework-errors.js';
import { formBodyParser } from './contract/form-body-parser.js';
import { jsonBodyParser } from './contract/json-body-parser.js';
import { requestHeaderProblem } from './contract/request-header-rules.js';
import { loadContract } from './contract/contract-document.js';
import { contractMethods } from './contract/contract-methods.js';
import { installResponseSerializers } from './contract/response-serializers.js';
import { ProblemExceptionFilter } from './errors/problem-exception.filter.js';
import { privateAnswerHeaders, registerSecurityHeaders } from './security/security-headers.js';
import { httpTimeouts } from './security/http-timeouts.js';
import { admitRequest, MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION, requestAnswered } from './security/pipelining-limit.js';
import { ApiError } from './errors/api-error.js';
import { withOAuthErrorMember } from './auth/oauth-errors.js';
import { authenticateBeforeBody } from './auth/authenticate-before-body.js';
import { RequestAuthenticator } from './auth/request-authenticator.js';
import { sendProblem } from './errors/problem-details.js';
import { ContractValidationPipe } from './errors/validation-pipe.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { lazyRequestLogger } from './logging/lazy-request-logger.js';
import { answerBegun, answerFinished } from './logging/cut-off-answers.js';
import { requestLineWriter } from './logging/request-line.js';
import { JobScheduler } from './jobs/job-scheduler.js';
import { beginShutdown } from './lifecycle/begin-shutdown.js';
import { closeDeadline } from './lifecycle/close-deadline.js';
import { ShutdownState } from './lifecycle/shutdown-state.js';
import { MetricsRegistry } from './metrics/metrics-registry.js';
import { seedDemoData, type DemoSeedReport } from './seed/demo-seed.js';
import { transactionIdFor } from './transaction/transaction-id.js';

export interface RunningApp {
  app: NestFastifyApplication;
  logger: Logger;
  databaseUrl: string;
  embedded: boolean;
  demoSeed?: DemoSeedReport;
  /** From now on readiness answers 503 and every answer closes its connection; the app still serves. */
  beginShutdown(): void;
  /** Begins the shutdown if that has not happened, stops listening, finishes the requests under way and ends the app. */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  openapiDir?: string;
  /** Where the JSON log lines go instead of standard output (the tests read them). */
  logDestination?: DestinationStream;
}

/** Builds the whole service: database (embedded when no DATABASE_URL), migrations, HTTP, docs. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<RunningApp> {
  const logger = createLogger(config.logLevel, options.logDestination, config.logFormat, config.logBufferBytes);
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: config.dbPoolSize + 10 });
    logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  try {
    const timeouts = httpTimeouts(config.requestTimeoutMs, config.connectionIdleTimeoutMs);
    const socketAnswers = socketErrorAnswers(privateAnswerHeaders(config.publicBaseUrl));
    const adapter = new FastifyAdapter({
      loggerInstance: logger,
      genReqId: transactionIdFor,
      // request.log is made only if something logs through it: our own lines name the transaction themselves.
      childLoggerFactory: lazyRequestLogger,
      // One access line per request, written when it completes (installRequestHooks), not two.
      logController: new LogController({ requestIdLogLabel: 'transactionId', disableRequestLogging: true }),
      bodyLimit: config.bodyLimitBytes,
      requestTimeout: timeouts.requestTimeout,
      connectionTimeout: timeouts.connectionTimeout,
      // An HTTP/1.1 request without Host is refused by the onRequest hook, in the envelope
      // (requestHeaderProblem): Node's own check answers it a bare 400 with no body. Node keeps the
      // first of two Host, Authorization or Content-Type lines and drops the others unseen; joined,
      // the same hook sees and refuses them.
      http: { ...timeouts.http, requireHostHeader: false, joinDuplicateHeaders: true },
      // Behind a load balancer: request.ip is the caller's address from X-Forwarded-For.
      trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
      routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
      frameworkErrors: answerFrameworkError,
      clientErrorHandler: socketAnswers.clientError,
      // A request that reaches a route on a connection still open while the server closes is served,
      // with Connection: close, rather than answered Fastify's own bare 503 (no envelope, no
      // transaction id): the client sent it to a process that was still reading, and the answer costs
      // less than its retry. Such connections are few and end with that answer (beginShutdown).
      return503OnClosing: false,
    });
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
      // Fulfilment signatures are checked over the bytes received (request.rawBody).
      rawBody: true,
    });
    await registerSecurityHeaders(app, config);
    installRequestHooks(app, logger);
    closeDeadline(app.getHttpAdapter().getInstance(), config.shutdownTimeoutMs, logger);
    const server = app.getHttpServer();
    server.on('connect', socketAnswers.connect);
    // An Expect other than 100-continue: Node answers a bare 417 unless this event is listened for.
    // The request goes to the routes as any other, and the onRequest hook refuses it in the envelope
    // (requestHeaderProblem).
    server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => server.emit('request', request, response));
    const openapiDir = options.openapiDir ?? defaultOpenapiDir();
    const contract = loadContract(openapiDir);
    installResponseSerializers(app.getHttpAdapter().getInstance(), contract);
    authenticateBeforeBody(app.getHttpAdapter().getInstance(), contract, app.get(RequestAuthenticator));
    app.useGlobalFilters(new ProblemExceptionFilter(logger, contractMethods(contract), [withOAuthErrorMember]));
    app.useGlobalPipes(new ContractValidationPipe());
    // No enableShutdownHooks: main.ts owns SIGINT and SIGTERM and closes the app (Nest's shutdown hooks
    // run in app.close()), then the embedded database. Nest's own signal handler re-raised the signal
    // as soon as the app had closed, ending the process before the embedded PostgreSQL had stopped.
    mountContractDocs(app, contract);
    await app.init();
    const dataSource = app.get(DataSource);
    const applied = await runMigrations(dataSource, {
      onLockTimeout: (attempt, error) => logger.warn({ attempt, reason: error.message }, 'a migration gave up waiting for a lock; trying again'),
    });
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const demoSeed = config.demoSeed ? await seedDemoData(app, config) : undefined;
    // Background jobs (mail outbox, webhooks, expiry) only once the tables they read exist.
    app.get(JobScheduler).start();
    return {
      app,
      logger,
      databaseUrl,
      embedded: !!embedded,
      demoSeed,
      beginShutdown: () => beginShutdown(app),
      async close() {
        beginShutdown(app);
        // Before Nest's shutdown hooks run: no batch starts meanwhile, and a mail batch stops after the mail under way.
        app.get(JobScheduler).stop();
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function installRequestHooks(app: NestFastifyApplication, logger: Logger): void {
  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(MetricsRegistry);
  const shutdown = app.get(ShutdownState);
  const { bodyLimit } = fastify.initialConfig;
  app.useBodyParser('application/json', { bodyLimit }, jsonBodyParser());
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, formBodyParser());
  // The provider's inventory import takes the AVAILABLE TESTS export as it is.
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // A credential to verify comes as its JWT, as issued.
  fastify.addContentTypeParser('application/vc+jwt', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // Any other media type is read as bytes, so that the operation decides after authentication:
  // 415/60004 where it takes a body, nothing where it takes none.
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const writeRequestLine = requestLineWriter(logger);
  // A request whose client left before its answer was complete gets no onResponse: this is its one
  // line, with the status its answer began with, and the metrics count it as 499 (nginx's "client
  // closed request"), so that dashboards see clients giving up.
  const reportCutOff = (reply: FastifyReply): void => {
    const { request } = reply;
    const elapsedMs = reply.elapsedTime;
    metrics.http.observe(request.method, request.routeOptions.url, 499, elapsedMs / 1000);
    writeRequestLine(
      { transactionId: String(request.id), method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: elapsedMs },
      'request cut off',
    );
  };
  fastify.addHook('onRequest', (request, reply, done) => {
    const admission = admitRequest(request.raw.socket);
    // Past the refusal, a pipelined request is neither handled nor answered: the lifecycle stops here
    // (done is not called), and the connection closes once the refusal has been written.
    if (admission === 'dropped') return;
    answerBegun(reply, reportCutOff);
    const transactionId = String(request.id);
    reply.header('x-transaction-id', transactionId);
    if (admission === 'refused') {
      reply.header('connection', 'close');
      sendProblem(
        request,
        reply,
        new ApiError(
          60015,
          `More than ${MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION} requests were sent on this connection without waiting for their answers. The connection is closed after this answer; requests sent after this one are not answered. Send them again, at most ${MAX_REQUESTS_IN_FLIGHT_PER_CONNECTION} ahead of their answers.`,
        ),
      );
      return done();
    }
    if (shutdown.shuttingDown) reply.header('connection', 'close');
    const problem = requestHeaderProblem(request.headers, request.raw.httpVersion);
    if (problem) sendProblem(request, reply, problem);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    requestAnswered(request.raw.socket);
    answerFinished(reply);
    // Read once (each read asks the clock again): the metric and the log line report the same time.
    const elapsedMs = reply.elapsedTime;
    metrics.http.observe(request.method, request.routeOptions.url, reply.statusCode, elapsedMs / 1000);
    writeRequestLine({
      transactionId: String(request.id),
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: elapsedMs,
    });
    done();
  });
}

/** Fastify's own reading of a hop count (proxy-addr's trust function), which Nest's adapter type does not list. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
