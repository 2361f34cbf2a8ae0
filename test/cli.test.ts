import { ActivityTypes, MemoryStorage, type Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/createBot.js';
import { InProcessAdapter } from '../src/bot/inProcessAdapter.js';
import { consoleActivity } from '../src/cli/chat.js';
import { renderText, resolveInput } from '../src/cli/renderText.js';
import { readConfig, ConfigError } from '../src/config.js';
import { realAssistant } from './helpers/assistant.js';

describe('the terminal chat', () => {
  const replies: Partial<Activity>[] = [];
  const adapter = new InProcessAdapter();
  let receive: (activity: Partial<Activity>) => Promise<void>;
  beforeAll(async () => {
    const { bot } = createBot(await realAssistant(), { storage: new MemoryStorage() });
    receive = async (activity) => {
      replies.push(...(await adapter.turn(consoleActivity(activity, 'en'), (context) => bot.run(context))));
    };
  });

  it('welcomes, then answers with the practice, its facts and its source link as text', async () => {
    await receive({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
    await receive({ type: ActivityTypes.Message, text: 'How does Frankfurt avoid segregation in social housing?' });
    expect(replies).toHaveLength(2);
    const text = renderText(replies[1]!);
    expect(text).toContain('Allocation of social housing that actively avoids segregation');
    expect(text).toContain('City: Frankfurt am Main');
    expect(text).toContain('Open the source: https://www.eurofound.europa.eu/en/publications/2009/housing-and-segregation-migrants-case-study-frankfurt-germany');
    expect(text).toMatch(/\[1\] More about Frankfurt am Main/);
  });

  it('takes a number as the suggested action with that number', () => {
    const reply = { suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'More', value: 'What has Vienna done?' }] } };
    expect(resolveInput('1', reply)).toBe('What has Vienna done?');
    expect(resolveInput('7', reply)).toBe('7');
    expect(resolveInput('  hello ', reply)).toBe('hello');
  });
});

describe('readConfig', () => {
  it('uses the defaults when nothing is set', () => {
    const config = readConfig({});
    expect(config.port).toBe(3978);
    expect(config.publicBaseUrl).toBe('http://localhost:3978');
    expect(config.bot).toEqual({ appId: '', appPassword: '', appType: '', tenantId: '' });
  });

  it('reads the Bot Framework variables under their usual names', () => {
    const config = readConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 't', PORT: '8080' });
    expect(config.bot).toEqual({ appId: 'id', appPassword: 'pw', appType: 'SingleTenant', tenantId: 't' });
    expect(config.port).toBe(8080);
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/^configuration: PORT: /);
  });
});
