import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { stringify } from 'yaml';
import type { OpenApiDocument } from '../contract/contract-document.js';

/**
 * Serves the hand-written contracts, bundled into one document, at /openapi.json and /openapi.yaml,
 * and Swagger UI over it at /docs: what a consumer reads is exactly the contract.
 */
export function mountContractDocs(app: NestFastifyApplication, document: OpenApiDocument): void {
  const fastify = app.getHttpAdapter().getInstance();
  const yaml = stringify(document);
  fastify.get('/openapi.json', (_request, reply) => reply.type('application/json').send(document));
  fastify.get('/openapi.yaml', (_request, reply) => reply.type('application/yaml').send(yaml));
  SwaggerModule.setup('docs', app, document as unknown as OpenAPIObject, {
    raw: false,
    customSiteTitle: 'Assessment API platform',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, tryItOutEnabled: true },
  });
}

export function defaultOpenapiDir(): string {
  return join(process.cwd(), 'openapi');
}
