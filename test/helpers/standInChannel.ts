/**
 * A local stand-in for a Bot Framework channel (the Emulator, Azure Bot Service): it receives
 * what the bot posts to its serviceUrl, as a real channel would, and keeps it for assertions.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  activity: Record<string, unknown>;
}

export interface StandInChannel {
  serviceUrl: string;
  received: Received[];
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/[^/]+\/activities(?:\/[^/]+)?$/;

export async function startStandInChannel(): Promise<StandInChannel> {
  const received: Received[] = [];
  let counter = 0;
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = decodeURI(req.url ?? '');
      if (req.method !== 'POST' || !ACTIVITY_PATH.test(path)) {
        res.statusCode = 404;
        res.end();
        return;
      }
      received.push({ method: req.method, path, activity: JSON.parse(body) as Record<string, unknown> });
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `sent-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
