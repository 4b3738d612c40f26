import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';

/** What the server answers for a name: its IPv4 addresses, or `silent` to drop the query unanswered. */
export type DnsZone = Map<string, string[] | 'silent'>;

export interface DnsServer {
  /** `127.0.0.1:<port>`, as WEBHOOK_DNS_SERVERS takes it. */
  address: string;
  /** The zone, read at each query: a test may change where a name points. */
  zone: DnsZone;
  /** Each query's name and type, as they came. */
  queries: Array<{ name: string; type: string }>;
  close(): Promise<void>;
}

/**
 * A real DNS server on a loopback UDP port (dns-packet encodes the answers): A records from `zone`,
 * no AAAA, NXDOMAIN for a name it does not know, and nothing at all for a `silent` one, as an
 * authoritative server that never answers.
 */
export async function startDnsServer(zone: DnsZone = new Map()): Promise<DnsServer> {
  const socket = createSocket('udp4');
  const queries: DnsServer['queries'] = [];
  socket.on('message', (message, peer) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    queries.push({ name: question.name, type: question.type });
    const entry = zone.get(question.name.toLowerCase());
    if (entry === 'silent') return;
    const answers: dnsPacket.Answer[] = question.type === 'A' && entry ? entry.map((data) => ({ type: 'A', name: question.name, ttl: 0, data })) : [];
    const answer = dnsPacket.encode({
      type: 'response',
      id: query.id,
      // rcode 3 (NXDOMAIN) in the flags' low bits for a name the zone does not hold.
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (entry === undefined ? 3 : 0),
      questions: [question],
      answers,
    });
    socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    zone,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
