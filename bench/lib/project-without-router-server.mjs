// The project with the TRF lookup also served by a hand-written Fastify route beside Nest's
// (`/direct/v1/ielts/result-verification`): the same app, hooks, request line, metric, guards,
// parameter parser, transient retry, controller and service, called as plain functions, with Nest's
// router, guard consumer, pipes and exception filter left out. It answers the successful lookup only
// (an error would escape the problem envelope), so it is a measurement, never a route to ship: what
// going around Nest for the hot path would buy, with everything the issue asks for still on.
//
//   (the project's environment) node bench/lib/project-without-router-server.mjs
import { createApp } from '../../dist/src/app.factory.js';
import { loadConfig } from '../../dist/src/config/app-config.js';
import { RequestAuthenticator } from '../../dist/src/auth/request-authenticator.js';
import { ApiAuthGuard } from '../../dist/src/auth/api-auth.guard.js';
import { APP_CONFIG } from '../../dist/src/config/config.module.js';
import { DailyQuotaService } from '../../dist/src/quota/daily-quota.service.js';
import { ContractMediaTypeGuard } from '../../dist/src/contract/media-type.guard.js';
import { sendApiReply } from '../../dist/src/contract/api-reply.js';
import { withTransientRetry } from '../../dist/src/database/transient-retry.js';
import { IELTSApi } from '../../dist/src/ielts/generated/ielts.api.js';
import { parseGetResultVerificationQuery } from '../../dist/src/ielts/generated/ielts.parameters.js';
import { ResultVerificationController } from '../../dist/src/ielts/result-verification.controller.js';
import { AddressThrottleGuard } from '../../dist/src/quota/address-throttle.guard.js';
import { DailyQuotaGuard } from '../../dist/src/quota/daily-quota.guard.js';
import { DIRECT_PREFIX } from './direct-prefix.mjs';

const config = loadConfig();
const running = await createApp(config);
const { app } = running;
// In the order app.module.ts gives them to Nest (as APP_GUARD providers they have no token of their own to ask for).
const find = (provider) => app.get(provider, { strict: false });
const guards = [
  new ApiAuthGuard(find(RequestAuthenticator)),
  new DailyQuotaGuard(find(DailyQuotaService)),
  new AddressThrottleGuard(find(APP_CONFIG)),
  new ContractMediaTypeGuard(),
];
const controller = app.get(ResultVerificationController);
// The generated handler: the guards find the operation's contract by it.
const handler = IELTSApi.prototype.getResultVerificationRoute;

app
  .getHttpAdapter()
  .getInstance()
  .get(`${DIRECT_PREFIX}/v1/ielts/result-verification`, async (request, reply) => {
    const context = { getArgByIndex: (i) => (i === 0 ? request : reply), getHandler: () => handler, getClass: () => ResultVerificationController };
    for (const guard of guards) {
      const admitted = guard.canActivate(context);
      if (admitted !== true && !(await admitted)) throw new Error('not admitted');
    }
    const parsed = parseGetResultVerificationQuery(request.query);
    if (parsed.problems) throw new Error('bad parameters');
    return sendApiReply(reply, await withTransientRetry(() => controller.getResultVerification({ query: parsed.value }, request)));
  });
await app.listen({ port: config.port, host: config.host });
process.once('SIGTERM', () =>
  running
    .close()
    .then(() => process.exit(0))
    .catch(() => process.exit(1)),
);
