/**
 * `npm run chat`: the same bot in the terminal. `npm run chat -- --locale de-DE` sets the locale
 * the activities carry. Type a question; type a number to pick a suggested follow-up; Ctrl+D ends.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { ActivityTypes, type Activity } from 'botbuilder';
import { createAssistant } from '../bot/createAssistant.js';
import { createBot } from '../bot/createBot.js';
import { InProcessAdapter } from '../bot/inProcessAdapter.js';
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createStores } from '../state/createStores.js';
import { SeedError } from '../inventory/load.js';
import { renderText, resolveInput } from './renderText.js';

const localeFlag = process.argv.indexOf('--locale');
const locale = localeFlag >= 0 ? (process.argv[localeFlag + 1] ?? 'en') : 'en';

/** An activity as the terminal user sends it. */
export function consoleActivity(activity: Partial<Activity>, locale: string): Activity {
  return {
    id: randomUUID(),
    channelId: 'console',
    serviceUrl: 'console:',
    locale,
    timestamp: new Date(),
    conversation: { id: 'console', isGroup: false, conversationType: 'personal', name: 'console' },
    from: { id: 'user', name: 'User', role: 'user' },
    recipient: { id: 'bot', name: 'CLIP Housing Assistant', role: 'bot' },
    ...activity,
  } as Activity;
}

async function main(): Promise<void> {
  const config = readConfig();
  const assistant = await createAssistant(config);
  const stores = await createStores(config, createLogger('warn'));
  const { bot } = createBot(assistant, { storage: stores.storage, feedback: stores.feedback });
  const adapter = new InProcessAdapter();
  let lastReply: Partial<Activity> | undefined;
  const run = async (activity: Partial<Activity>) => {
    for (const reply of await adapter.turn(consoleActivity(activity, locale), (context) => bot.run(context))) {
      lastReply = reply;
      console.log(`\n${renderText(reply)}\n`);
    }
  };

  await run({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  terminal.setPrompt('> ');
  terminal.prompt();
  for await (const line of terminal) {
    const text = resolveInput(line, lastReply);
    if (text !== '') await run({ type: ActivityTypes.Message, text });
    terminal.prompt();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(error instanceof SeedError ? `Cannot start: ${error.message}` : error);
    process.exit(1);
  });
}
