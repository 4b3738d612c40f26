import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module contracts, in the order Swagger UI and the combined document list them. */
export const CONTRACT_MODULES = ['platform', 'ielts', 'results', 'booking', 'fulfillment', 'events', 'credentials'] as const;
export type ContractModule = (typeof CONTRACT_MODULES)[number];

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, any>>;
  components?: Record<string, Record<string, any>>;
  [key: string]: unknown;
};

/** Where `npm run generate` writes the contracts bundled into one document (all refs local). */
export const BUNDLED_CONTRACT = 'bundled.json';

/**
 * The contract the server serves and enforces: the hand-written YAML in `openapiDir`, bundled by
 * `npm run generate` (Redocly) into one JSON document, committed beside it and checked in CI.
 */
export function loadContract(openapiDir: string): OpenApiDocument {
  return JSON.parse(readFileSync(join(openapiDir, BUNDLED_CONTRACT), 'utf8')) as OpenApiDocument;
}

/** The methods an OpenAPI path item holds operations under, in the order the tests walk them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface ContractOperationEntry {
  /** The path template (`/v1/things/{id}`). */
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: Record<string, any>;
  /** The path item's parameters and the operation's own, references resolved. */
  parameters: Array<Record<string, any>>;
}

/** Every operation of a document, path by path. */
export function contractOperations(document: OpenApiDocument): ContractOperationEntry[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: Record<string, any>) =>
        p.$ref ? document.components!.parameters[p.$ref.split('/').pop()!] : p,
      );
      return { path, method, operation, parameters };
    }),
  );
}

/**
 * Whether the operation needs a client's credentials: it names security requirements and none of
 * them is empty (`{}` is how the token endpoints take credentials in the body instead). The same
 * rule as the generated ContractOperation's `scopes` (null when public), which a test holds.
 */
export function requiresCredentials(operation: Record<string, any>, document: OpenApiDocument): boolean {
  const security = (operation.security ?? document.security ?? []) as Array<Record<string, string[]>>;
  return security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
}

/** An OpenAPI path template (`/v1/things/{id}`) as the route path Nest and Fastify register (`/v1/things/:id`). */
export function routePath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

/** A contract operation's route as Fastify will register it: `GET /v1/things/:id`. */
export function operationRouteKey({ path, method }: Pick<ContractOperationEntry, 'path' | 'method'>): string {
  return `${method.toUpperCase()} ${routePath(path)}`;
}

/** The key of a route Fastify is registering (onRoute), as operationRouteKey writes it; undefined for a route of several methods. */
export function registeredRouteKey(route: { method: string | string[]; url: string }): string | undefined {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.length === 1 ? `${methods[0]} ${route.url}` : undefined;
}
