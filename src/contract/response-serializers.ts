import fastJson from 'fast-json-stringify';
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
