// Before anything is measured: the project and the reference answer the same bytes, headers and
// body (apart from the request's own id, time and quota count), so that the two are compared doing
// the same work.
export async function checkSameAnswers(ports, authorization, queries) {
  for (const query of queries) {
    const [project, reference] = await Promise.all(
      [ports.project, ports.reference].map(async (port) => {
        // As the measured rounds ask: for the body as it is (fetch would ask for gzip, which the reference does not offer).
        const response = await fetch(`http://127.0.0.1:${port}/v1/ielts/result-verification?${query}`, {
          headers: { authorization, 'accept-encoding': 'identity' },
        });
        if (!response.ok) throw new Error(`${query} on port ${port}: ${response.status} ${await response.text()}`);
        const headers = [...response.headers].filter(([name]) => !VARYING.has(name)).map(([name, value]) => `${name}: ${value}`);
        return `${headers.join('\n')}\n\n${normalise(await response.text())}`;
      }),
    );
    if (project !== reference) {
      const at = [...project].findIndex((char, i) => char !== reference[i]);
      throw new Error(
        `the project and the reference answer ${query} differently from character ${at}:\n project:   ${project.slice(Math.max(0, at - 80), at + 80)}\n reference: ${reference.slice(Math.max(0, at - 80), at + 80)}`,
      );
    }
  }
}

// Headers whose values belong to the request (its id, its time, where the quota stood) or to the
// framing (a streamed page is chunked where a built one has a length).
const VARYING = new Set(['x-transaction-id', 'date', 'ratelimit', 'ratelimit-remaining', 'ratelimit-reset', 'content-length', 'transfer-encoding']);

function normalise(body) {
  return body.replace(/"messageRequestUid":"[^"]*"/, '"messageRequestUid":"-"').replace(/"messageRequestDateTime":"[^"]*"/, '"messageRequestDateTime":"-"');
}
