/**
 * The only module with side effects: config → seeds → index → locales → bot → server.listen.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MemoryStorage } from 'botbuilder';
import { FileFeedbackStore } from './feedback/store.js';
import { createAssistant } from './bot/createAssistant.js';
import { createBot, installTurnErrorHandler } from './bot/createBot.js';
import { preserveEntityProperties } from './channel/preserveEntities.js';
import { ConfigError, readConfig } from './config.js';
import { LocalesError } from './i18n.js';
import { SeedError } from './inventory/load.js';
import { createLogger } from './logger.js';
import { createServer } from './server/createServer.js';

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
  const parts = createBot(assistant, new MemoryStorage(), new FileFeedbackStore(config.feedbackFile));
  installTurnErrorHandler(adapter, parts, assistant, logger);
  const server = createServer({ adapter, bot: parts.bot, assistant, logger });

  server.listen(config.port, config.host, () => {
    logger.info({ url: server.url, authenticated: config.bot.appId !== '' }, 'CLIP Housing Assistant is listening; POST /api/messages');
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof SeedError || error instanceof ConfigError || error instanceof LocalesError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
