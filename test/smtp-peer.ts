import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/** A real SMTP server process's worth of protocol, in this process: what it received, raw. */
export function startSmtpPeer() {
  const received: { from: string; to: string[]; raw: string }[] = [];
  let refuseNext = 0;
  /** Addresses that do not exist here: refused at RCPT TO with a permanent 550. */
  const unknownRecipients = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (unknownRecipients.has(address.address.toLowerCase())) return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          const error = Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 });
          return callback(error);
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return {
    received,
    refuse: (count: number) => (refuseNext = count),
    refuseRecipient: (address: string) => unknownRecipients.add(address.toLowerCase()),
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A peer for a whole test file: listening before any Kuulo of the file is built, with its address
 * put into `env` as `SMTP_URL`, and closed after the file.
 */
export function useSmtpPeer(env: Record<string, string>) {
  const peer = startSmtpPeer();
  beforeAll(async () => {
    env['SMTP_URL'] = `smtp://127.0.0.1:${await peer.listen()}`;
  });
  afterAll(() => peer.close());
  return peer;
}

/** Decodes quoted-printable text (and `=?UTF-8?Q?…?=` header words) into a string. */
const fromQuotedPrintable = (text: string) => Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** A received message's headers (unfolded, encoded words decoded) and its plain text body. */
export function readMail(raw: string): { headers: Record<string, string>; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const value = line.slice(colon + 1).trim().replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, word: string) => fromQuotedPrintable(word.replace(/_/g, ' ')));
    headers[line.slice(0, colon).toLowerCase()] = value;
  }
  const body = rest.join('\n\n');
  return { headers, text: /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '') ? fromQuotedPrintable(body) : body };
}
