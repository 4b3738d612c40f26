import { join } from 'node:path';
import { CONTRACT_MODULES } from '../../src/contract/contract-bundle.js';
import { generateModule, writeGenerated } from './generate.js';

// Usage: node dist-tools/tools/openapi-codegen/cli.js [repoRoot]
const root = process.argv[2] ?? process.cwd();
for (const moduleName of CONTRACT_MODULES) {
  const files = generateModule(join(root, 'openapi', `${moduleName}.yaml`), moduleName);
  const outDir = join(root, 'src', moduleName, 'generated');
  writeGenerated(outDir, files);
  console.log(`${moduleName}: ${files.length} file(s) in ${outDir}`);
}
