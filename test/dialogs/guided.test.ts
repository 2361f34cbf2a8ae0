/**
 * Guided conversations as data tables, in more than one language: recommend (always taking the
 * first offered choice, with cancel, help and unusable answers in the middle), compare, browse,
 * clarify, follow-ups and feedback.
 */
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import type { CitationEntity } from '../../src/cards/citations.js';
import { buildReport, MemoryFeedbackStore } from '../../src/feedback/store.js';
import type { Language } from '../../src/inventory/taxonomy.js';
import { realAssistant } from '../helpers/assistant.js';
import { mainDialogClient, say } from '../helpers/dialogClient.js';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await realAssistant();
});

const t = (language: Language) => assistant.localizer.t(language);
const firstChoice = (reply: Partial<Activity>) => String(reply.suggestedActions?.actions[0]?.value);
const citations = (reply: Partial<Activity>) => (reply.entities?.[0] as CitationEntity | undefined)?.citation ?? [];
const cards = (reply: Partial<Activity>) => (reply.attachments ?? []).map((a) => JSON.stringify(a.content));

describe.each(['en', 'de', 'fr'] as const)('in %s', (language) => {
  it('recommend, always taking the first choice, ends with at least three cited practices and their reasons', async () => {
    const client = mainDialogClient(assistant);
    let reply = await say(client, { text: t(language)('bot:commands.recommend.0'), locale: language });
    expect(reply.text).toContain(t(language)('bot:recommend.askTheme'));
    const questions = ['askSize', 'askMarket', 'askSocialShare', 'askGroups', 'askActors'];
    for (const next of questions) {
      reply = await say(client, { text: firstChoice(reply), locale: language });
      expect(reply.text, next).toContain(t(language)(`bot:recommend.${next}`));
    }
    reply = await say(client, { text: firstChoice(reply), locale: language });
    expect(reply.locale).toBe(language);
    expect(citations(reply).length).toBeGreaterThanOrEqual(3);
    const practiceCards = cards(reply).filter((c) => c.includes(t(language)('cards:recommend.whyItFits')));
    expect(practiceCards.length).toBeGreaterThanOrEqual(3);
    for (const card of practiceCards) expect(card).toContain(t(language)('bot:recommend.reasons.theme', { theme: t(language)('taxonomy:theme.segregation-and-social-mix') }));
    expect(cards(reply).at(-1)).toContain('"clipAction":"compare"');
  });

  it('"compare Vienna and Frankfurt" shows both side by side in one card', async () => {
    const reply = await say(mainDialogClient(assistant), { text: t(language)('bot:examples.compare'), locale: language });
    expect(reply.locale).toBe(language);
    const table = cards(reply)[0]!;
    expect(table).toContain('"type":"Table"');
    const vienna = assistant.inventory.cities.get('vienna')!;
    const frankfurt = assistant.inventory.cities.get('frankfurt')!;
    expect(table).toContain(vienna.nameIn?.[language] ?? vienna.name);
    expect(table).toContain(frankfurt.nameIn?.[language] ?? frankfurt.name);
    expect(citations(reply).map((c) => c.appearance.url)).toEqual([vienna.sources[0]!.url, frankfurt.sources[0]!.url]);
  });
});

describe.each(['en', 'de'] as const)('interruptions in %s', (language) => {
  it('re-asks with a hint after an unusable answer, shows help mid-dialog, and cancels', async () => {
    const client = mainDialogClient(assistant);
    await say(client, { text: t(language)('bot:commands.recommend.0'), locale: language });
    let reply = await say(client, { text: firstChoice(await say(client, { text: '1', locale: language })), locale: language });
    expect(reply.text).toContain(t(language)('bot:recommend.askMarket'));
    reply = await say(client, { text: 'purple elephants', locale: language });
    expect(reply.text).toContain(t(language)('bot:recommend.retry'));
    expect(reply.text).toContain(t(language)('bot:recommend.askMarket'));
    const help = await client.sendActivity({ type: 'message', text: t(language)('bot:commands.help.0'), locale: language });
    expect((help as Partial<Activity>).text).toContain(t(language)('bot:help.text').slice(0, 20));
    expect(client.getNextReply()?.text).toContain(t(language)('bot:recommend.askMarket'));
    reply = await say(client, { text: t(language)('bot:commands.cancel.0'), locale: language });
    expect(reply.text).toBe(t(language)('bot:dialog.cancelled'));
    reply = await say(client, { text: 'What has Vienna done?', locale: language });
    expect(citations(reply).length).toBeGreaterThan(0);
  });

  it('starts over in mid-dialog', async () => {
    const client = mainDialogClient(assistant);
    await say(client, { text: t(language)('bot:commands.recommend.0'), locale: language });
    await say(client, { text: '1', locale: language });
    const restarted = await client.sendActivity({ type: 'message', text: t(language)('bot:commands.startOver.0'), locale: language });
    expect((restarted as Partial<Activity>).text).toBe(t(language)('bot:dialog.restarted'));
    expect(client.getNextReply()?.text).toContain(t(language)('bot:recommend.askTheme'));
  });
});

describe('browse', () => {
  it('filters by city and theme, pages, and removes a filter', async () => {
    const client = mainDialogClient(assistant);
    let reply = await say(client, { text: 'browse participation', locale: 'en' });
    const participation = [...assistant.inventory.practices.values()].filter((p) => p.themes.includes('participation')).length;
    expect(reply.text).toContain(`${participation} practices match these filters (page 1 of ${Math.ceil(participation / 5)})`);
    reply = await say(client, { text: 'next', locale: 'en' });
    expect(reply.text).toContain('(page 2 of');
    reply = await say(client, { value: { clipAction: 'browse', remove: 'theme' }, locale: 'en' });
    expect(reply.text).toContain(`All documented practices (page 1 of ${Math.ceil(assistant.inventory.practices.size / 5)})`);
    reply = await say(client, { text: 'browse Vienna', locale: 'en' });
    expect(reply.text).toContain('5 practices match these filters');
  });
});

describe('clarify and follow-ups', () => {
  it('asks "Did you mean …?" for a vague one-word question, and accepts "none of these"', async () => {
    const client = mainDialogClient(assistant);
    let reply = await say(client, { text: 'segregation', locale: 'en' });
    expect(reply.text).toContain('Did you mean one of these?');
    const choices = reply.suggestedActions?.actions.map((a) => a.value) ?? [];
    expect(choices.at(-1)).toBe('none of these');
    expect(choices.length).toBeGreaterThan(2);
    reply = await say(client, { text: String(choices[0]), locale: 'en' });
    expect(citations(reply).length).toBeGreaterThan(0);
    reply = await say(mainDialogClient(assistant), { text: 'none of these', locale: 'en' });
    expect(reply.text).toBe(t('en')('bot:clarify.noneReply'));
  });

  it('takes "and in Turin?" as the previous question for another city', async () => {
    const client = mainDialogClient(assistant);
    await say(client, { text: 'How does Vienna help tenants who cannot pay their rent?', locale: 'en' });
    const reply = await say(client, { text: 'and in Turin?', locale: 'en' });
    expect(reply.text).toContain('Turin');
    for (const c of citations(reply)) expect(c.appearance.keywords).toContain('Turin');
  });

  it('"tell me more" without anything in focus asks for a full question', async () => {
    const reply = await say(mainDialogClient(assistant), { text: 'tell me more', locale: 'en' });
    expect(reply.text).toBe(t('en')('bot:dialog.nothingInFocus'));
  });
});

describe('feedback', () => {
  it('stores questions, answer ids and ratings without personal data, and reports them', async () => {
    const store = new MemoryFeedbackStore();
    const client = mainDialogClient(assistant, store);
    const reply = await say(client, { text: 'How does Frankfurt avoid segregation? Mail me at jane.doe@example.org', locale: 'en', from: { id: 'user-42', name: 'Jane' } });
    const feedback = cards(reply).at(-1)!;
    const answerId = /"answerId":"([0-9a-f-]+)"/.exec(feedback)![1]!;
    const thanks = await say(client, { value: { clipAction: 'feedback', answerId, rating: 'notHelpful' }, locale: 'en' });
    expect(thanks.text).toBe(t('en')('bot:feedback.thanks'));
    await say(client, { text: 'What about student dormitories for migrants?', locale: 'en' });
    const stored = JSON.stringify(store.events);
    expect(stored).not.toContain('jane.doe@example.org');
    expect(stored).not.toContain('user-42');
    expect(stored).not.toContain('Jane');
    const report = buildReport(store.events);
    expect(report.mostAsked.map((q) => q.question)).toContain('How does Frankfurt avoid segregation? Mail me at [e-mail]');
    expect(report.worstRated[0]).toMatchObject({ recordId: 'frankfurt-anti-segregation-allocation', notHelpful: 1 });
    expect(report.unanswered.map((q) => q.question)).toContain('What about student dormitories for migrants?');
  });
});

describe('every interface language', () => {
  it('compares Vienna and Frankfurt from its own example', async () => {
    for (const language of assistant.localizer.languages) {
      const reply = await say(mainDialogClient(assistant), { text: t(language)('bot:examples.compare'), locale: language });
      const urls = citations(reply).map((c) => c.appearance.url);
      expect(urls, `${language}: ${t(language)('bot:examples.compare')}`).toEqual([
        assistant.inventory.cities.get('vienna')!.sources[0]!.url,
        assistant.inventory.cities.get('frankfurt')!.sources[0]!.url,
      ]);
    }
  });

  it('starts the recommend dialog with its own word for it', async () => {
    for (const language of assistant.localizer.languages) {
      const reply = await say(mainDialogClient(assistant), { text: t(language)('bot:commands.recommend.0'), locale: language });
      expect(reply.text, language).toContain(t(language)('bot:recommend.askTheme'));
    }
  });
});
