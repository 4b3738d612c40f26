import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CONTRACT, CONTRACT_MODULES } from '../../src/contract/contract-document.js';
import { combineContracts } from './combine-contracts.js';
import { generateModule, writeGenerated } from './generate.js';
import { bundleWithRedocly } from './redocly-bundle.js';

// Usage: node dist-tools/tools/openapi-codegen/cli.js [repoRoot]
const root = process.argv[2] ?? process.cwd();
const bundles = bundleWithRedocly(root, CONTRACT_MODULES);
for (const moduleName of CONTRACT_MODULES) {
  const files = generateModule(bundles[moduleName], moduleName);
  const outDir = join(root, 'src', moduleName, 'generated');
  writeGenerated(outDir, files);
  console.log(`${moduleName}: ${files.length} file(s) in ${outDir}`);
}

// The one document the server serves and enforces, and the SDK is generated from (by @hey-api/openapi-ts, see package.json).
const combined = combineContracts(readFileSync(join(root, 'openapi', 'README.md'), 'utf8'), bundles);
writeFileSync(join(root, 'openapi', BUNDLED_CONTRACT), `${JSON.stringify(combined, null, 2)}\n`);
console.log(`openapi/${BUNDLED_CONTRACT}: the bundled contract`);
