import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailContent, MailRecipients } from './entities/outbox-mail.entity.js';

/** A recipient the mail server turned away while it took the message for the others. */
export interface RefusedRecipient {
  address: string;
  /** The server's reply to RCPT TO ("550 5.1.1 <…>: Recipient address rejected"). */
  reply: string;
}

export interface MailSent {
  /** Where it went: the SMTP response, or the file written. */
  where: string;
  refused: RefusedRecipient[];
}

export interface MailTransport {
  /** Sends one message; throws when no recipient took it. */
  send(id: string, recipients: MailRecipients, content: MailContent): Promise<MailSent>;
  close(): void;
}

function messageFields(id: string, recipients: MailRecipients, content: MailContent) {
  return {
    messageId: `<${id}@assessment-platform>`,
    from: content.from,
    to: recipients.to,
    bcc: recipients.bcc,
    subject: content.subject,
    text: content.text,
    html: content.html,
  };
}

/**
 * SMTP through nodemailer (SMTP_URL). The socket time-outs catch a server that stops answering; one
 * that trickles its replies (a tarpit) would hold its mail and its process's batch, leased the while
 * (lease-renewal.ts), so a whole send is given up after `sendTimeoutMs` and tried again later.
 */
export function smtpTransport(url: string, sendTimeoutMs: number): MailTransport {
  const transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
  return {
    async send(id, recipients, content) {
      // Aborting closes the connection; the server may have taken the message just before: at least once.
      const info = await transporter
        .sendMail({ ...messageFields(id, recipients, content), signal: AbortSignal.timeout(sendTimeoutMs) })
        .catch((error: Error) => {
          throw (error as { code?: string }).code === 'EABORT' ? new Error(`the mail server had not finished within ${sendTimeoutMs} ms`) : error;
        });
      // nodemailer sends to the recipients the server accepted and lists the others, with its replies.
      const replies = new Map((info.rejectedErrors ?? []).map((error) => [String(error.recipient), String(error.response ?? error.message)]));
      const refused = (info.rejected ?? []).map((address) => ({ address, reply: replies.get(address) ?? 'refused' }));
      return { where: String(info.response ?? 'sent'), refused };
    },
    close: () => transporter.close(),
  };
}

/** The embedded default: each message as an .eml file, Bcc kept, under `<DATA_DIR>/mail`. */
export function fileTransport(directory: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(id, recipients, content) {
      const info = await transporter.sendMail({ ...messageFields(id, recipients, content), keepBcc: true } as never);
      await mkdir(directory, { recursive: true });
      const file = join(directory, `${id}.eml`);
      await writeFile(file, info.message as Buffer);
      return { where: file, refused: [] };
    },
    close: () => transporter.close(),
  };
}
