import net from 'node:net';

/**
 * What the proxy does with a connection: pass it through; reset it before anything is sent on; pass
 * the request on but cut the connection as the answer starts back (the service acted, the caller
 * never heard); or answer as a busy balancer would (503 with Retry-After: 1, the service untouched).
 */
export type ConnectionFate = 'pass' | 'reset' | 'lose-answer' | 'busy';

export interface FlakyProxy {
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback in front of the service, for clients' fault handling: the n-th connection
 * meets `fates[n]`, and every later one is passed through.
 */
export async function startFlakyProxy(targetUrl: string, fates: ConnectionFate[]): Promise<FlakyProxy> {
  const target = new URL(targetUrl);
  let accepted = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const fate = fates[accepted++] ?? 'pass';
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (fate === 'reset') return void client.resetAndDestroy();
    if (fate === 'busy') {
      client.once('data', () =>
        client.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nVia: 1.1 flaky-proxy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
      );
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    if (fate === 'lose-answer') upstream.once('data', () => client.resetAndDestroy());
    else upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => accepted,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
