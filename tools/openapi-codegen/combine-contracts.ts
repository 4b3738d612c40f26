import type { OpenApiDocument } from '../../src/contract/contract-document.js';

/** The one document the server serves at /openapi.json and the SDK is generated from: every module's paths and webhooks, tagged by module. */
export function combineContracts(description: string, modules: Record<string, OpenApiDocument>): OpenApiDocument {
  const combined: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 'Assessment API platform', version: '1.0.0', description },
    servers: [{ url: '/', description: 'The server that serves this document (the sandbox is http://localhost:3000 after npm start).' }],
    tags: [],
    paths: {},
    webhooks: {},
    components: {},
  };
  const webhooks = combined.webhooks as Record<string, unknown>;
  const operationIds = new Map<string, string>();
  for (const [module, doc] of Object.entries(modules)) {
    combined.tags!.push(...(doc.tags ?? []));
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (combined.paths[path]) throw new Error(`${module}.yaml: path ${path} is also in another contract`);
      combined.paths[path] = item;
      // Operation ids name the SDK's functions and key the server's serializers: one document, one of each.
      for (const operation of Object.values<{ operationId?: string }>(item)) {
        const id = operation?.operationId;
        if (!id) continue;
        if (operationIds.has(id)) throw new Error(`${module}.yaml: operationId ${id} is also in ${operationIds.get(id)}.yaml`);
        operationIds.set(id, module);
      }
    }
    for (const [name, item] of Object.entries((doc.webhooks ?? {}) as Record<string, unknown>)) {
      if (webhooks[name]) throw new Error(`${module}.yaml: webhook ${name} is also in another contract`);
      webhooks[name] = item;
    }
    for (const [kind, entries] of Object.entries(doc.components ?? {})) {
      combined.components![kind] ??= {};
      for (const [name, value] of Object.entries(entries)) {
        const existing = combined.components![kind][name];
        if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(value)) {
          throw new Error(`${module}.yaml: component ${kind}/${name} differs from another contract's`);
        }
        combined.components![kind][name] = value;
      }
    }
  }
  return combined;
}
