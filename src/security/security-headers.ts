import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * Paths whose answers hold no personal data and may be cached: the explorer's page and assets, the
 * contract. Matched on the URL as sent, query and all (splitting it off cost every request a split).
 */
const CACHEABLE = /^\/(?:docs(?:[/?]|$)|openapi\.(?:json|yaml)(?:\?|$))/;

/**
 * Security headers from helmet: nosniff, no framing, no referrer, a CSP under which Swagger
 * UI runs (its scripts and styles are served from here; it inlines styles and data: images), HSTS
 * only when the public address is https. Every other answer carries `Cache-Control: no-store`,
 * since candidates' personal data must stay out of shared and browser caches; a handler that knows
 * better (a script PDF with its ETag) sets its own. CORS stays off unless CORS_ORIGINS lists origins.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const headers = securityHeaders(config.publicBaseUrl);
  const withNoStore = privateAnswerHeaders(config.publicBaseUrl);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(CACHEABLE.test(request.url) ? headers : withNoStore);
    done();
  });
  if (config.corsOrigins.length > 0)
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['X-TRANSACTION-ID', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] });
}

/** The headers of every answer that may hold personal data: the security headers, and no-store. */
export function privateAnswerHeaders(publicBaseUrl: string): Record<string, string> {
  return { ...securityHeaders(publicBaseUrl), 'cache-control': 'no-store' };
}

/** The security headers every answer carries, for a service whose public address is `publicBaseUrl`. */
export function securityHeaders(publicBaseUrl: string): Record<string, string> {
  return helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
    hsts: publicBaseUrl.startsWith('https:') ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The headers helmet sets with these options. None of ours depends on the request (no CSP nonces),
 * so helmet runs once, at start-up, against a stand-in response, and each answer gets the result in
 * one call: running its twelve middlewares per request (and @fastify/helmet building them again
 * each time) showed at about a twentieth of a TRF lookup's CPU.
 */
function helmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let failed: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => (failed = error));
  if (failed) throw failed;
  return headers;
}
