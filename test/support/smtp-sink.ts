import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** How the sink answers: the recipients it turns away at RCPT TO, with the replies mail servers give, and how slowly. */
export interface SinkBehaviour {
  /** Refused for good: 550 quoting the address. The array is read at each recipient, so a test may add to it. */
  refused?: string[];
  /** Refused once, 451 "try again later", then taken, as greylisting servers do. */
  greylisted?: string[];
  /** The first message's reply to DATA waits for this: the message is kept, the sender left waiting, as on a slow server. */
  holdFirstReply?: Promise<void>;
}

/**
 * A real SMTP server (the smtp-server package) on a loopback port, keeping every message it accepts,
 * answering as `behaviour` says.
 */
export async function startSmtpSink(port = 0, behaviour: SinkBehaviour = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const deferredBefore = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo({ address }, session, callback) {
      if (behaviour.refused?.includes(address)) {
        return callback(Object.assign(new Error(`5.1.1 <${address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
      }
      if (behaviour.greylisted?.includes(address) && !deferredBefore.has(address)) {
        deferredBefore.add(address);
        return callback(Object.assign(new Error(`4.7.1 <${address}>: Recipient address rejected: Greylisted, try again later`), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
          return messages.length === 1 ? behaviour.holdFirstReply : undefined;
        })
        .then(() => callback())
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    async waitFor(count, timeoutMs = 15000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
