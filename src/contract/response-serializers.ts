import fastJson from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';
import { contractOperations, operationRouteKey, registeredRouteKey, type OpenApiDocument } from './contract-document.js';

export type Serialize = (body: unknown) => string;

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
  for (const { operation } of contractOperations(document)) {
    const byStatus = new Map(
      jsonSuccessSchemas(document, operation).map(([status, schema]) => [
        status,
        fastJson(external(schema), { schema: shared as unknown as Record<string, fastJson.Schema> }) as Serialize,
      ]),
    );
    if (byStatus.size > 0) serializers.set(operation.operationId, byStatus);
  }
  return serializers;
}

/** The operation's 2xx answers that have a JSON body: each status with its schema. */
function jsonSuccessSchemas(document: OpenApiDocument, operation: Record<string, any>): Array<[number, Record<string, any>]> {
  const out: Array<[number, Record<string, any>]> = [];
  for (const [status, declared] of Object.entries<Record<string, any>>(operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const response = declared.$ref ? document.components!.responses[declared.$ref.split('/').pop()!] : declared;
    const schema = response?.content?.['application/json']?.schema;
    if (schema) out.push([Number(status), schema]);
  }
  return out;
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
  for (const entry of contractOperations(document)) {
    const byStatus = serializers.get(entry.operation.operationId);
    if (byStatus) byRoute.set(operationRouteKey(entry), { byStatus, schemas: Object.fromEntries(jsonSuccessSchemas(document, entry.operation)) });
  }
  fastify.addHook('onRoute', (route) => {
    const key = registeredRouteKey(route);
    const found = key === undefined ? undefined : byRoute.get(key);
    if (!found) return;
    route.schema = { ...route.schema, response: found.schemas };
    route.serializerCompiler = ({ httpStatus }) => found.byStatus.get(Number(httpStatus))!;
  });
}
