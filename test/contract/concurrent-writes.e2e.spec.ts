import { join } from 'node:path';
import { contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { assertFetchedMatchesContract } from '../support/contract.js';
import { exampleRequest, sameNewUuids } from '../support/example-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const document = loadContract(join(process.cwd(), 'openapi'));
const AT_ONCE = 8;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Every write operation's example sent eight times at once, as a client that retries too eagerly or
 * a balancer that repeats a request would: first as the contract gives it, then with each UUID path
 * parameter new (the same new one in all eight), so that the eight race to create. Which of them
 * succeed is each operation's own rule (an upsert answers all eight, a create one and a conflict
 * the rest); none may answer 5xx, and every answer must be one the contract lists.
 */
describe('identical writes at once', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
  }, 180_000);
  afterAll(async () => app?.close());

  it('never answer 5xx, and answer only what the contract lists', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const entry of contractOperations(document).filter((candidate) => WRITES.has(candidate.method))) {
      for (const uuids of [undefined, sameNewUuids()]) {
        // Built once each, so that a signed request carries a nonce of its own, as a client's retry must.
        const requests = Array.from({ length: AT_ONCE }, () => exampleRequest(entry, { uuids }));
        const answers = await Promise.all(
          requests.map(async ({ url, method, headers, body }) => {
            const target = `${app.baseUrl}${url}`;
            const response = await fetch(target, { method, headers, body });
            const text = await response.text();
            if (response.status >= 500) failures.push(`${entry.operation.operationId} ${method} ${url}: ${response.status} ${text.slice(0, 200)}`);
            else assertFetchedMatchesContract(method, target, response, text);
            return response.status;
          }),
        );
        sent += answers.length;
      }
    }
    expect(failures).toEqual([]);
    // Every write operation of the contract was sent, both ways.
    expect(sent).toBe(2 * AT_ONCE * contractOperations(document).filter((candidate) => WRITES.has(candidate.method)).length);
  }, 180_000);
});
