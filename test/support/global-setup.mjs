// One PostgreSQL server for the whole test run: TEST_DATABASE_URL's when set, otherwise the
// embedded one (real PostgreSQL from the npm package), started here and stopped by the teardown.
// Each test file then gets its own database cloned from a migrated template (test-database.ts).
//
// Jest loads this file with Node's own loader, which cannot import the TypeScript sources, so the
// one module needed here is transpiled on the fly (it imports only Node built-ins).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

async function loadEmbeddedPostgres() {
  const source = readFileSync(join(process.cwd(), 'src/database/embedded-postgres.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  // Inside the project, so that the module finds the binaries' npm package as the sources do.
  const folder = join(process.cwd(), 'node_modules', '.cache', 'test-support');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'embedded-postgres.mjs');
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

export default async function globalSetup() {
  process.env.TEST_RUN_ID = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  if (process.env.TEST_DATABASE_URL) return;
  const started = Date.now();
  const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
  const server = await startEmbeddedPostgres({ maxConnections: 200, startTimeoutMs: 180_000 });
  globalThis.__embeddedTestServer = server;
  process.env.TEST_DATABASE_URL = server.url;
  process.env.TEST_DATABASE_EMBEDDED = 'true';
  console.log(`\nembedded PostgreSQL for the test run ready in ${Date.now() - started} ms`);
}
