/** Starts the real server on 127.0.0.1, port 0, for one test file. */
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createBot, installTurnErrorHandler } from '../../src/bot/createBot.js';
import { preserveEntityProperties } from '../../src/channel/preserveEntities.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/createServer.js';
import { realAssistant } from './assistant.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const assistant = await realAssistant();
  preserveEntityProperties();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(env));
  const parts = createBot(assistant);
  const logger = createLogger('silent');
  installTurnErrorHandler(adapter, parts, assistant, logger);
  const { server } = createServer({ adapter, bot: parts.bot, assistant, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'activity-1',
    text: 'How does Frankfurt avoid segregation in social housing?',
    locale: 'en-US',
    channelId: 'test',
    deliveryMode: 'expectReplies',
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: 'conversation-1' },
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    ...overrides,
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
