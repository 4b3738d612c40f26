import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONTRACT_MODULES, bundleAllContracts } from '../../src/contract/contract-bundle.js';
import { generateModule, writeGenerated } from './generate.js';

// Usage: node dist-tools/tools/openapi-codegen/cli.js [repoRoot]
const root = process.argv[2] ?? process.cwd();
for (const moduleName of CONTRACT_MODULES) {
  const files = generateModule(join(root, 'openapi', `${moduleName}.yaml`), moduleName);
  const outDir = join(root, 'src', moduleName, 'generated');
  writeGenerated(outDir, files);
  console.log(`${moduleName}: ${files.length} file(s) in ${outDir}`);
}

// The bundled contract the SDK is generated from (by @hey-api/openapi-ts, see package.json).
mkdirSync(join(root, 'sdk'), { recursive: true });
writeFileSync(join(root, 'sdk', 'openapi.json'), `${JSON.stringify(bundleAllContracts(join(root, 'openapi')), null, 2)}\n`);
console.log('sdk/openapi.json: the bundled contract');
