import type { FastifyInstance, preParsingHookHandler } from 'fastify';
import { contractOperations, operationRouteKey, registeredRouteKey, requiresCredentials, type OpenApiDocument } from '../contract/contract-document.js';
import type { RequestAuthenticator } from './request-authenticator.js';

/**
 * On every operation that takes a body and needs credentials, the client is identified before the
 * body is read (a preParsing hook of that route alone), and ApiAuthGuard then checks only its scope.
 * Before, a request without credentials, or with wrong ones, had its body (up to BODY_LIMIT_BYTES)
 * read and parsed before the guard answered 401: anyone could make the process parse megabytes of
 * JSON. Node reads and drops what is left of a refused body. Must run before the routes are
 * registered (Nest registers them in app.init()).
 */
export function authenticateBeforeBody(fastify: FastifyInstance, document: OpenApiDocument, authenticator: RequestAuthenticator): void {
  const routes = new Set(
    contractOperations(document)
      .filter(({ operation }) => operation.requestBody && requiresCredentials(operation, document))
      .map(operationRouteKey),
  );
  const identifyFirst: preParsingHookHandler = (request, _reply, payload, done) => {
    let identified;
    try {
      identified = authenticator.identify(request);
    } catch (error) {
      return done(error as Error);
    }
    if (!(identified instanceof Promise)) {
      request.user = identified;
      return done(null, payload);
    }
    identified.then(
      (client) => {
        request.user = client;
        done(null, payload);
      },
      (error: Error) => done(error),
    );
  };
  fastify.addHook('onRoute', (route) => {
    const key = registeredRouteKey(route);
    if (key === undefined || !routes.has(key)) return;
    const existing = route.preParsing;
    route.preParsing = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), identifyFirst];
  });
}
