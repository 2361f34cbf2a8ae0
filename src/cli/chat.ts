/**
 * `npm run chat`: the same bot in the terminal. `npm run chat -- --locale de-DE` sets the locale
 * the activities carry. Type a question; type a number to pick a suggested follow-up; Ctrl+D ends.
 */
import { createInterface } from 'node:readline/promises';
import { ActivityTypes, MemoryStorage, type Activity } from 'botbuilder';
import { createAssistant } from '../bot/createAssistant.js';
import { createBot } from '../bot/createBot.js';
import { FileFeedbackStore } from '../feedback/store.js';
import { readConfig } from '../config.js';
import { SeedError } from '../inventory/load.js';
import { ConsoleAdapter } from './consoleAdapter.js';
import { renderText, resolveInput } from './renderText.js';

const localeFlag = process.argv.indexOf('--locale');
const locale = localeFlag >= 0 ? (process.argv[localeFlag + 1] ?? 'en') : 'en';

async function main(): Promise<void> {
  const config = readConfig();
  const assistant = await createAssistant(config);
  const { bot } = createBot(assistant, new MemoryStorage(), new FileFeedbackStore(config.feedbackFile));
  let lastReply: Partial<Activity> | undefined;
  const adapter = new ConsoleAdapter((reply) => {
    lastReply = reply;
    console.log(`\n${renderText(reply)}\n`);
  }, locale);
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);

  await adapter.receive({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] }, logic);
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  terminal.setPrompt('> ');
  terminal.prompt();
  for await (const line of terminal) {
    const text = resolveInput(line, lastReply);
    if (text !== '') await adapter.receive({ type: ActivityTypes.Message, text }, logic);
    terminal.prompt();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? `Cannot start: ${error.message}` : error);
  process.exit(1);
});
