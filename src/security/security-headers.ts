import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';

/** Paths whose answers hold no personal data and may be cached: the explorer's page and assets, the contract. */
const CACHEABLE = /^\/(docs(\/|$)|openapi\.(json|yaml)$)/;

/**
 * Security headers from helmet: nosniff, no framing, no referrer, a CSP under which Swagger
 * UI runs (its scripts and styles are served from here; it inlines styles and data: images), HSTS
 * only when the public address is https. Every other answer carries `Cache-Control: no-store`,
 * since candidates' personal data must stay out of shared and browser caches; a handler that knows
 * better (a script PDF with its ETag) sets its own. CORS stays off unless CORS_ORIGINS lists origins.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  // helmet's middleware is built once here; @fastify/helmet built it again for every request (its
  // CSP parsing alone showed in the hot path's profile).
  const applyHelmet = helmet({
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
    hsts: config.publicBaseUrl.startsWith('https:') ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!CACHEABLE.test(request.url.split('?')[0])) reply.header('cache-control', 'no-store');
    applyHelmet(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['X-TRANSACTION-ID', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] });
}
