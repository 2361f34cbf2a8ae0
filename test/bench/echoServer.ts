/**
 * The stack's ceiling for the benchmark: an echo bot on the same botbuilder CloudAdapter and
 * restify server settings as the assistant. Prints its port on stdout.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import type { AddressInfo } from 'node:net';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity({ type: 'message', text: `echo: ${context.activity.text}`, locale: context.activity.locale ?? 'en' });
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
