import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { useAgent } from 'request-filtering-agent';
import type { WebhookNetwork } from '../config/app-config.js';
import { webhookHostLookup } from './webhook-host-lookup.js';

export interface WebhookAnswer {
  statusCode: number;
}

/**
 * POSTs one webhook body and waits for the status line (the answer's body is read and dropped).
 * The connection goes through request-filtering-agent, which refuses to connect to a private,
 * loopback or reserved address whatever the name resolved to when the endpoint was registered.
 * The host's addresses are asked of DNS as at registration (webhookHostLookup: a deadline, no
 * thread held); where private receivers are allowed, the system's lookup, so /etc/hosts names work.
 * Redirects are not followed: a 3xx is an answer like any other non-2xx.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number, network: WebhookNetwork): Promise<WebhookAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // A deadline for the whole answer, not only for a silent socket.
    const deadline = setTimeout(() => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const settle =
      <T>(done: (value: T) => void) =>
      (value: T) => {
        clearTimeout(deadline);
        done(value);
      };
    resolve = settle(resolve);
    reject = settle(reject);
    const outgoing = send(
      target,
      {
        method: 'POST',
        agent: useAgent(url, { allowPrivateIPAddress: network.allowPrivate, keepAlive: false }),
        lookup: network.allowPrivate ? undefined : webhookHostLookup(network),
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (answer) => {
        answer.resume();
        answer.on('end', () => resolve({ statusCode: answer.statusCode ?? 0 }));
        answer.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
