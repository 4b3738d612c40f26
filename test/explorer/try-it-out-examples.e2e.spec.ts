import { join } from 'node:path';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { exampleRequest } from '../support/example-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const document = loadContract(join(process.cwd(), 'openapi'));

/**
 * Swagger UI's "Try it out" as a person uses it on a fresh sandbox: every parameter and body filled
 * with the contract's example, the demo client that holds the operation's scope, and nothing else.
 * Every operation answers 2xx (the signed fulfilment call is signed here, as "Try it out" cannot),
 * one after the other in the contract's order on one sandbox, as a generated contract suite runs
 * them: each destructive example acts on a sandbox resource of its own.
 */
describe("the contract's examples, tried on a fresh sandbox", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
  }, 180_000);
  afterAll(async () => app?.close());

  it('answer 2xx for every operation', async () => {
    const failures: string[] = [];
    for (const entry of contractOperations(document)) {
      const { url, method, headers, body, missing } = exampleRequest(entry);
      if (missing) failures.push(missing);
      const target = `${app.baseUrl}${url}`;
      const response = await fetch(target, { method, headers, body });
      const text = await response.text();
      if (response.status >= 300) failures.push(`${entry.operation.operationId} ${method} ${url}: ${response.status} ${text.slice(0, 200)}`);
      else assertFetchedMatchesContract(method, target, response, text);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
