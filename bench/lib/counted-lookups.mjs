// A counted number of TRF lookups, for the benches that measure per lookup rather than per second
// (instruction counts, bytes allocated): the same results in the same order for every server.
import autocannon from 'autocannon';
import { trfLookup } from './load-results.mjs';

/**
 * `amount` lookups of the first `results` results (a fixed stride through them) on `connections`
 * connections to the server at `port`, every one answered 2xx or an error; `prefix` goes before each
 * path (the bench's hand-written route), `timeoutSeconds` bounds each request (long under valgrind).
 */
export async function countedLookups({ port, prefix = '', connections, amount, results, timeoutSeconds }) {
  let k = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    amount,
    timeout: timeoutSeconds,
    requests: [
      {
        setupRequest: (request) => {
          const lookup = trfLookup((k++ * 7919) % results);
          return { ...request, method: 'GET', ...lookup, path: prefix + lookup.path };
        },
      },
    ],
  });
  if (result['2xx'] !== amount) throw new Error(`port ${port}: ${result['2xx']} of ${amount} lookups answered 2xx`);
}
