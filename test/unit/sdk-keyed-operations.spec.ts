import { join } from 'node:path';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { KEYED_OPERATIONS } from '../../sdk/src/idempotency-keys.js';

describe("the SDK's list of operations that take an Idempotency-Key", () => {
  it("is the contract's: every operation with the header parameter, and no other", () => {
    const keyed = contractOperations(loadContract(join(process.cwd(), 'openapi')))
      .filter(({ parameters }) => parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key'))
      .map(({ method, path }) => ({ method: method.toUpperCase(), path }));
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(keyed.length).toBeGreaterThan(0);
    expect([...KEYED_OPERATIONS].sort(byPath)).toEqual(keyed.sort(byPath));
  });
});
