import fastJson from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';
import type { OpenApiDocument } from './contract-document.js';

export type Serialize = (body: unknown) => string;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Local refs (`#/components/...`) as refs into the external schema the serializers share. */
function external<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"contract#/')) as T;
}

/**
 * One fast-json-stringify serializer per operation and 2xx status with a JSON body, compiled from the
 * contract's response schema: an answer writes exactly the members the contract declares (nothing
 * undeclared can leak from an entity or a row) and skips JSON.stringify's generic walk.
 */
export function compileResponseSerializers(document: OpenApiDocument): Map<string, Map<number, Serialize>> {
  const shared = { contract: external({ components: { schemas: document.components?.schemas ?? {} } }) };
  const serializers = new Map<string, Map<number, Serialize>>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const byStatus = new Map<number, Serialize>();
      for (const [status, declared] of Object.entries<Record<string, any>>(operation.responses ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        const response = declared.$ref ? document.components!.responses[declared.$ref.split('/').pop()!] : declared;
        const schema = response?.content?.['application/json']?.schema;
        if (schema) byStatus.set(Number(status), fastJson(external(schema), { schema: shared as unknown as Record<string, fastJson.Schema> }) as Serialize);
      }
      if (byStatus.size > 0) serializers.set(operation.operationId, byStatus);
    }
  }
  return serializers;
}

/**
 * Hands each route its operation's serializers as Fastify's own response serializers (chosen by the
 * status code as the answer goes out), so a JSON answer costs no interceptor on the way. Text, XML,
 * PDF, CSV and streamed pages are sent as they are: Fastify serializes objects only. Must run before
 * the routes are registered (Nest registers them in app.init()).
 */
export function installResponseSerializers(fastify: FastifyInstance, document: OpenApiDocument): void {
  const serializers = compileResponseSerializers(document);
  const byRoute = new Map<string, { byStatus: Map<number, Serialize>; schemas: Record<string, unknown> }>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      const byStatus = operation && serializers.get(operation.operationId);
      if (!byStatus) continue;
      const schemas = Object.fromEntries([...byStatus.keys()].map((status) => [status, responseSchema(document, operation.responses[status])]));
      byRoute.set(`${method.toUpperCase()} ${routeUrl(path)}`, { byStatus, schemas });
    }
  }
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const found = methods.length === 1 ? byRoute.get(`${methods[0]} ${route.url}`) : undefined;
    if (!found) return;
    route.schema = { ...route.schema, response: found.schemas };
    route.serializerCompiler = ({ httpStatus }) => found.byStatus.get(Number(httpStatus))!;
  });
}

function responseSchema(document: OpenApiDocument, declared: Record<string, any>): unknown {
  const response = declared.$ref ? document.components!.responses[declared.$ref.split('/').pop()!] : declared;
  return response.content['application/json'].schema;
}

/** An OpenAPI path template (`/v1/things/{id}`) as Fastify's route URL (`/v1/things/:id`). */
function routeUrl(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}
