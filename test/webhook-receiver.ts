import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A company's receiver on this machine: records what arrives and answers what it is told to. */
export function startReceiver() {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const answers: number[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = answers.shift() ?? 204;
      if (status === 302) response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      else response.writeHead(status).end();
    });
  });
  return {
    received,
    answers,
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/kuulo`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
