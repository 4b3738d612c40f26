import { connect } from 'node:net';
import { assertFetchedMatchesContract } from './contract.js';

/** What the server wrote on one connection until it closed it, given raw request bytes (perhaps never finished). */
export function sendAndWaitForClose(baseUrl: string, request: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(request);
  });
}

/** An HTTP/1.1 answer read off the wire: status, headers and body text. */
export function parseAnswer(raw: string): { status: number; headers: Headers; text: string } {
  // An interim answer (100 Continue) comes first where the request asked for it: the final one follows.
  while (/^HTTP\/1\.1 1\d\d /.test(raw)) raw = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, split).split('\r\n');
  const headers = new Headers();
  for (const line of lines) headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
  return { status: Number(statusLine.split(' ')[1]), headers, text: raw.slice(split + 4) };
}

/**
 * A request sent as raw bytes, for what an HTTP client will not send (no Host, a transfer coding, a
 * request that never ends): its answer read until the connection closes, checked against the
 * contract as `call` checks supertest's, for the method and path of the request line (a target that
 * is not a path, as CONNECT's, is checked against the envelope alone). The body is parsed when JSON.
 */
export async function rawCall(
  baseUrl: string,
  request: string | Buffer,
): Promise<{ status: number; headers: Headers; text: string; body: Record<string, unknown> }> {
  const [method, target] = request.toString('latin1').split('\r\n')[0].split(' ');
  const answer = parseAnswer(await sendAndWaitForClose(baseUrl, request));
  assertFetchedMatchesContract(method, `${baseUrl}${target.startsWith('/') ? target : '/'}`, answer, answer.text);
  return { ...answer, body: /json/.test(answer.headers.get('content-type') ?? '') ? JSON.parse(answer.text) : {} };
}
