import { connect } from 'node:net';

/** What the server wrote on one connection until it closed it, given raw request bytes (`head`, perhaps never finished). */
export function sendAndWaitForClose(baseUrl: string, head: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(head);
  });
}

/** An HTTP/1.1 answer read off the wire: status, headers and body text. */
export function parseAnswer(raw: string): { status: number; headers: Headers; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, split).split('\r\n');
  const headers = new Headers();
  for (const line of lines) headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
  return { status: Number(statusLine.split(' ')[1]), headers, text: raw.slice(split + 4) };
}
