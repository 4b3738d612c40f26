import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenApiDocument } from '../../src/contract/contract-document.js';

/**
 * Each module contract with the parts it references in other files (components.yaml) copied into
 * its own `components`, so that every ref is local: the Redocly CLI's `bundle`, the same tool that
 * lints the contracts, run once for all of them.
 */
export function bundleWithRedocly(root: string, modules: readonly string[]): Record<string, OpenApiDocument> {
  const out = mkdtempSync(join(tmpdir(), 'openapi-bundles-'));
  try {
    const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const files = modules.map((module) => join(root, 'openapi', `${module}.yaml`));
    execFileSync(process.execPath, [cli, 'bundle', ...files, '--config', join(root, 'openapi', 'redocly.yaml'), '--output', out, '--ext', 'json'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return Object.fromEntries(modules.map((module) => [module, JSON.parse(readFileSync(join(out, `${module}.json`), 'utf8')) as OpenApiDocument]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
