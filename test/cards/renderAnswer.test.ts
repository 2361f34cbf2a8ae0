import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answers/answer.js';
import type { Assistant } from '../../src/bot/assistant.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../src/cards/adaptive.js';
import type { CitationEntity } from '../../src/cards/citations.js';
import type { RenderContext } from '../../src/cards/context.js';
import { renderAnswer, type Reply } from '../../src/cards/renderAnswer.js';
import { PUBLIC_BASE_URL, realAssistant, realContext } from '../helpers/assistant.js';
import { FRANKFURT_CLAIM } from '../helpers/expected.js';

let assistant: Assistant;
let answerer: Answerer;
let ctx: RenderContext;
beforeAll(async () => {
  assistant = await realAssistant();
  answerer = assistant.answerer;
  ctx = await realContext('en');
});

const reply = (question: string): Reply => renderAnswer(answerer.answer(question, 'en'), ctx);
const citation = (r: Reply) => r.entities?.[0] as unknown as CitationEntity | undefined;
const cardJson = (r: Reply, i = 0) => JSON.stringify(r.attachments?.[i]?.content);

describe('renderAnswer', () => {
  it('shows a found practice as an Adaptive Card with its city, country, themes, evidence and source link', () => {
    const r = reply('How does Frankfurt avoid segregation in social housing?');
    expect(r.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    const card = r.attachments?.[0]?.content as { version: string; body: unknown[]; actions: { type: string; url: string }[] };
    expect(card.version).toBe('1.5');
    const json = cardJson(r);
    for (const text of ['Allocation of social housing that actively avoids segregation', 'Frankfurt am Main', 'Germany', 'Segregation and social mix', 'CLIP material']) {
      expect(json).toContain(text);
    }
    expect(card.actions[0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Open the source',
      url: 'https://www.eurofound.europa.eu/en/publications/2009/housing-and-segregation-migrants-case-study-frankfurt-germany',
    });
  });

  it('carries a schema.org citation entity, position 1 the best source, naming the city', () => {
    const r = reply('How does Frankfurt avoid segregation in social housing?');
    const entity = citation(r)!;
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    expect(entity.citation[0]).toMatchObject(FRANKFURT_CLAIM);
    expect(entity.citation.map((c) => c.position)).toEqual(entity.citation.map((_, i) => i + 1));
    expect(entity.citation[0]!.appearance.abstract.length).toBeLessThanOrEqual(160);
  });

  it('marks every cited finding in the text with its position', () => {
    const r = reply('Which cities help migrants rent from private landlords with a guarantee fund?');
    const count = citation(r)!.citation.length;
    expect(count).toBeGreaterThan(1);
    for (let i = 1; i <= count; i++) expect(r.text).toContain(`[${i}]`);
    expect(r.attachmentLayout).toBe('carousel');
  });

  it('sets the reply locale', () => {
    expect(reply('What has Vienna done?').locale).toBe('en');
    expect(reply('lasagne recipe').locale).toBe('en');
  });

  it('gives a city profile with country, CLIP status, practice count and the city as first citation', () => {
    const r = reply('What has Malmö done?');
    const profile = cardJson(r, 0);
    expect(profile).toContain('Sweden');
    expect(profile).toContain('CLIP network member (no housing case study found)');
    const malmo = assistant.inventory.cities.get('malmo')!;
    expect(profile).toContain(`{"title":"Documented practices","value":"${malmo.practiceIds.length}"}`);
    expect(citation(r)!.citation[0]!.appearance.name).toBe('Malmö');
    expect(r.text).toMatch(/^Malmö \(Sweden\): \d+ documented practices, best first\. \[1\]/);
  });

  it('answers an off-topic question without any card or citation', () => {
    const r = reply('What will the weather be in Vienna tomorrow?');
    expect(r.text).toBe(ctx.t('bot:answer.offTopic'));
    expect(r.attachments).toBeUndefined();
    expect(r.entities).toBeUndefined();
    expect(r.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it('cites a seed-paper passage with the link to the original text this service serves', () => {
    const r = reply('What does the Lecce paper say about why cities exchange integration practices?');
    const urls = citation(r)!.citation.map((c) => c.appearance.url);
    expect(urls).toContain(`${PUBLIC_BASE_URL}/documents/ozbabacan-2008-lecce`);
  });

  it('shows what the sources leave uncertain', () => {
    const r = reply('What is the Frankfurter Vertrag?');
    expect(cardJson(r)).toContain('"text":"Uncertain"');
  });

  it('offers follow-ups about the city and the theme of the best practice', () => {
    const r = reply('How does Frankfurt avoid segregation in social housing?');
    expect(r.suggestedActions?.actions.map((a) => a.value)).toEqual([
      'What has Frankfurt am Main done?',
      'Practices on Segregation and social mix',
      'help',
    ]);
  });
});
