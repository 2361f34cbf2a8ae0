/**
 * The assistant in every language the interface has: the welcome examples answered in their own
 * language, explicit language choice, locale fallback and detection without a locale.
 */
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import type { CitationEntity } from '../../src/cards/citations.js';
import { SET_LANGUAGE_ACTION } from '../../src/dialogs/languageChoice.js';
import { realAssistant } from '../helpers/assistant.js';
import { mainDialogClient, say } from '../helpers/dialogClient.js';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await realAssistant();
});



const cardText = (reply: Partial<Activity>) => JSON.stringify(reply.attachments?.[0]?.content ?? {});

describe('every interface language', () => {
  it('answers its own example question about Frankfurt with the Frankfurt practice, in that language, cited', async () => {
    const frankfurt = assistant.inventory.practices.get('frankfurt-anti-segregation-allocation')!;
    for (const language of assistant.localizer.languages) {
      const question = assistant.localizer.t(language)('bot:examples.segregation');
      const reply = await say(mainDialogClient(assistant), { text: question, locale: language });
      expect(reply.locale, language).toBe(language);
      expect(cardText(reply), language).toContain(JSON.stringify(frankfurt.title[language] ?? frankfurt.title.en).slice(1, -1));
      expect((reply.entities?.[0] as CitationEntity | undefined)?.citation[0]?.appearance.url, language).toBe(frankfurt.sources[0]!.url);
    }
  });

  it('is understood without a locale, and answered in the detected language', async () => {
    for (const language of assistant.localizer.languages) {
      const question = assistant.localizer.t(language)('bot:examples.segregation');
      const reply = await say(mainDialogClient(assistant), { text: question });
      expect(reply.locale, `${language}: ${question}`).toBe(language);
    }
  });
});

describe('choosing the language', () => {
  it('shows a picker with a button per language, and remembers the choice over the locale', async () => {
    const client = mainDialogClient(assistant);
    const picker = await say(client, { text: 'language', locale: 'en-GB' });
    const buttons = JSON.stringify(picker.attachments?.[0]?.content);
    for (const language of assistant.localizer.languages) {
      expect(buttons).toContain(`"language":"${language}"`);
      expect(buttons).toContain(assistant.localizer.t(language)('taxonomy:selfName'));
    }
    const set = await say(client, { value: { clipAction: SET_LANGUAGE_ACTION, language: 'fr' }, locale: 'en-GB' });
    expect(set.locale).toBe('fr');
    expect(set.text).toBe(assistant.localizer.t('fr')('bot:language.set'));
    const answer = await say(client, { text: 'What has Vienna done?', locale: 'en-GB' });
    expect(answer.locale).toBe('fr');
    expect(answer.text).toContain('Vienne');
  });

  it('takes a typed language name, in any language', async () => {
    const client = mainDialogClient(assistant);
    expect((await say(client, { text: 'Svenska', locale: 'en' })).locale).toBe('sv');
    expect((await say(client, { text: 'language: italiano', locale: 'en' })).locale).toBe('it');
  });

  it('ignores a junk choice and answers as usual', async () => {
    const reply = await say(mainDialogClient(assistant), { text: 'What has Vienna done?', value: { clipAction: SET_LANGUAGE_ACTION, language: '../../etc' }, locale: 'en' });
    expect(reply.locale).toBe('en');
    expect(reply.text).toContain('Vienna');
  });
});

describe('locales', () => {
  it('fall back from a region variant to the language', async () => {
    expect((await say(mainDialogClient(assistant), { text: 'help', locale: 'fr-BE' })).locale).toBe('fr');
    expect((await say(mainDialogClient(assistant), { text: 'help', locale: 'sv-FI' })).locale).toBe('sv');
  });

  it('recognise help in another language than the locale\'s', async () => {
    const reply = await say(mainDialogClient(assistant), { text: assistant.localizer.t('fr')('bot:commands.help.0'), locale: 'en' });
    expect(reply.text).toContain(assistant.localizer.t('en')('bot:help.citiesCovered', { count: 20, cities: '' }).split(':')[0]);
  });
});
