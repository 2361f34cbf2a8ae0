/** Starts the real server on 127.0.0.1, port 0, for one test file: one "instance" of the assistant. */
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MemoryStorage, type Storage } from 'botbuilder';
import { MemoryFeedbackStore } from '../../src/feedback/store.js';
import { createBot, turnErrorHandler } from '../../src/bot/createBot.js';
import { preserveEntityProperties } from '../../src/channel/preserveEntities.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createServer, type RATE_LIMITS } from '../../src/server/createServer.js';
import type { RequestTracker } from '../../src/server/lifecycle.js';
import { createStores, type Stores } from '../../src/state/createStores.js';
import type { BreakerSettings } from '../../src/state/resilientStorage.js';
import { realAssistant } from './assistant.js';

export interface RunningServer {
  url: string;
  stores: Stores;
  requests: RequestTracker;
  close(): Promise<void>;
}

export interface InstanceOptions {
  /** Share state through this Azure Blob Storage (Azurite in tests); MemoryStorage otherwise. */
  azure?: { connectionString: string; container: string };
  /** Wrap the state store, e.g. to hold writes back until a test lets them through. */
  wrapStorage?: (storage: Storage) => Storage;
  breaker?: BreakerSettings;
  logger?: Logger;
  rateLimits?: typeof RATE_LIMITS;
  trustProxy?: boolean;
  logMessageText?: boolean;
}

export async function startServer(env: Record<string, string> = {}, options: InstanceOptions = {}): Promise<RunningServer> {
  const assistant = await realAssistant();
  preserveEntityProperties();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(env));
  const logger = options.logger ?? createLogger('silent');
  const stores: Stores = options.azure
    ? await createStores({ azureStorage: options.azure, feedbackFile: '' }, logger, options.breaker)
    : { storage: new MemoryStorage(), feedback: new MemoryFeedbackStore(), description: 'memory', available: () => true, close: async () => {} };
  const storage = options.wrapStorage ? options.wrapStorage(stores.storage) : stores.storage;
  const parts = createBot(assistant, { storage, feedback: stores.feedback, logger });
  const onTurnError = turnErrorHandler(parts, assistant, logger);
  adapter.onTurnError = onTurnError;
  const { server, requests } = createServer({ adapter, bot: parts.bot, assistant, logger, onTurnError, rateLimits: options.rateLimits, trustProxy: options.trustProxy, logMessageText: options.logMessageText, storageHealth: () => ({ kind: stores.description, available: stores.available() }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stores,
    requests,
    close: async () => {
      await requests.shutdown(1000);
      await stores.close();
    },
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

/** An activity as the chat page's client sends it to POST /api/webchat/activities. */
export function pageActivity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text: 'What has Vienna done?',
    locale: 'en',
    from: { id: 'user-page' },
    conversation: { id: 'webchat-test-1' },
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
