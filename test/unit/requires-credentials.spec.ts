import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contractOperations, loadContract, requiresCredentials } from '../../src/contract/contract-document.js';
import { contractOperationOfHandler, type ContractOperationMetadata } from '../../src/contract/contract-operation.decorator.js';

/** Every generated route handler's ContractOperation, by operationId. */
async function generatedOperations(): Promise<Map<string, ContractOperationMetadata>> {
  const found = new Map<string, ContractOperationMetadata>();
  const src = join(process.cwd(), 'src');
  for (const module of readdirSync(src)) {
    let files: string[];
    try {
      files = readdirSync(join(src, module, 'generated')).filter((file) => file.endsWith('.api.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const exported = (await import(`../../src/${module}/generated/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      for (const value of Object.values(exported)) {
        if (typeof value !== 'function') continue;
        for (const name of Object.getOwnPropertyNames(value.prototype)) {
          const metadata = contractOperationOfHandler((value.prototype as Record<string, object>)[name]);
          if (metadata) found.set(metadata.operationId, metadata);
        }
      }
    }
  }
  return found;
}

describe('requiresCredentials', () => {
  it('says of every contract operation what its generated handler says (scopes null when public)', async () => {
    const contract = loadContract(join(process.cwd(), 'openapi'));
    const generated = await generatedOperations();
    const operations = contractOperations(contract);
    expect(generated.size).toBe(operations.length);
    const disagreeing = operations
      .filter(({ operation }) => requiresCredentials(operation, contract) !== (generated.get(operation.operationId)!.scopes !== null))
      .map(({ operation }) => operation.operationId);
    expect(disagreeing).toEqual([]);
    // Both kinds are there: the rule is not trivially true or false.
    expect(new Set(operations.map(({ operation }) => requiresCredentials(operation, contract)))).toEqual(new Set([true, false]));
  });
});
