import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** The `data` form field, parsed (the fulfilment results webhook); or the JSON body, parsed (events). */
  data: Record<string, unknown>;
}

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** How many requests came in, answered or refused. */
  attempts: number;
  /** The status to answer (200 by default; 503 to act as an endpoint that is down). */
  status: number;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** A real HTTP endpoint that records the webhooks it accepts (form-encoded or JSON). */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const receiver = { received: [] as ReceivedWebhook[], attempts: 0, status: 200 } as WebhookReceiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.attempts += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      if (receiver.status >= 200 && receiver.status < 300) {
        const json = /json/.test(request.headers['content-type'] ?? '');
        receiver.received.push({ headers: request.headers, body, data: JSON.parse(json ? body : (new URLSearchParams(body).get('data') ?? '{}')) });
      }
      response.statusCode = receiver.status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/itep-results`;
  receiver.waitFor = async (count, timeoutMs = 15000) => {
    const deadline = Date.now() + timeoutMs;
    while (receiver.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} webhook(s), got ${receiver.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return receiver.received;
  };
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** A loopback port nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
