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
