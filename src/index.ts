/**
 * The only module with side effects: config → seeds → index → locales → stores → bot → server.listen,
 * and on SIGTERM or SIGINT a graceful stop: no new requests, turns in flight finish, then exit.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createAssistant } from './bot/createAssistant.js';
import { createBot, turnErrorHandler } from './bot/createBot.js';
import { preserveEntityProperties } from './channel/preserveEntities.js';
import { ConfigError, readConfig } from './config.js';
import { LocalesError } from './i18n.js';
import { SeedError } from './inventory/load.js';
import { createLogger } from './logger.js';
import { createServer } from './server/createServer.js';
import { createStores } from './state/createStores.js';

/** How long a stopping instance waits for turns in flight. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const assistant = await createAssistant(config);
  logger.info(
    { cities: assistant.inventory.cities.size, practices: assistant.inventory.practices.size, passages: assistant.inventory.passages.size, ms: Math.round(performance.now() - started) },
    'inventory loaded and indexed',
  );

  preserveEntityProperties();
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const adapter = new CloudAdapter(auth);
  const stores = await createStores(config, logger);
  const parts = createBot(assistant, { storage: stores.storage, feedback: stores.feedback, logger });
  const onTurnError = turnErrorHandler(parts, assistant, logger);
  adapter.onTurnError = onTurnError;
  const { server, requests } = createServer({ adapter, bot: parts.bot, assistant, logger, onTurnError, trustProxy: config.trustProxy, logMessageText: config.logMessageText, storageHealth: () => ({ kind: stores.description, available: stores.available() }) });

  server.listen(config.port, config.host, () => {
    logger.info({ url: server.url, authenticated: config.bot.appId !== '', storage: stores.description }, 'CLIP Housing Assistant is listening; POST /api/messages');
  });
  const stop = async (signal: string) => {
    logger.info({ signal, inFlight: requests.inFlight }, 'shutting down: finishing the turns in flight');
    await requests.shutdown(SHUTDOWN_GRACE_MS);
    await stores.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof SeedError || error instanceof ConfigError || error instanceof LocalesError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
