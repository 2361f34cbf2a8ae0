/**
 * Conversations with the main dialog, as data tables: what the user says, and what the reply
 * must show. The dialog runs through botbuilder-testing's DialogTestClient.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import type { CitationEntity } from '../../src/cards/citations.js';
import { cleanQuestion, MAX_QUESTION_LENGTH } from '../../src/dialogs/mainDialog.js';
import { realAssistant } from '../helpers/assistant.js';
import { mainDialogClient, say } from '../helpers/dialogClient.js';

interface Expectation {
  /** Text the reply's text contains. */
  says: string;
  /** Text that appears in the reply's first card. */
  card?: string;
  /** Whether the reply carries a citation entity. */
  cited: boolean;
}

type Turn = [userSays: string, expected: Expectation];

const conversations: Record<string, Turn[]> = {
  'a question about a city and a topic, then the city as a whole': [
    ['How does Frankfurt avoid segregation in social housing?', { says: 'documented entries for Frankfurt am Main', card: 'Allocation of social housing that actively avoids segregation', cited: true }],
    ['What has Frankfurt am Main done?', { says: 'Frankfurt am Main (Germany):', card: 'CLIP housing case study', cited: true }],
  ],
  'help, then an off-topic question, then a real one': [
    ['help', { says: 'Here is what you can ask me', cited: false }],
    ['Who won the football match?', { says: 'I found nothing in the inventory', cited: false }],
    ['What is the weather in Turin?', { says: 'I can only help with housing', cited: false }],
    ['Turin social rental agency', { says: 'documented entries for Turin', card: 'Lo.C.A.Re.', cited: true }],
  ],
  'a question about the network itself': [['Who founded CLIP?', { says: 'best matches in the inventory', card: 'founding of CLIP', cited: true }]],
};

let assistant: Assistant;
beforeAll(async () => {
  assistant = await realAssistant();
});


describe('MainDialog', () => {
  for (const [name, turns] of Object.entries(conversations)) {
    it(`handles ${name}`, async () => {
      const client = mainDialogClient(assistant);
      for (const [userSays, expected] of turns) {
        const reply = await say(client, { text: userSays, locale: 'en-GB' });
        expect(reply.text, userSays).toContain(expected.says);
        expect(reply.locale, userSays).toBe('en');
        if (expected.card) expect(JSON.stringify(reply.attachments?.[0]?.content), userSays).toContain(expected.card);
        const entity = reply.entities?.[0] as CitationEntity | undefined;
        expect(entity !== undefined && entity.citation.length > 0, userSays).toBe(expected.cited);
        expect(client.getNextReply(), 'one reply per turn').toBeUndefined();
      }
    });
  }

  it('falls back to English for a locale it has no texts for, and still sets locale', async () => {
    const client = mainDialogClient(assistant);
    const reply = await say(client, { text: 'What has Vienna done?', locale: 'xx-YY' });
    expect(reply.locale).toBe('en');
    expect(reply.text).toContain('Vienna (Austria)');
  });
});

describe('cleanQuestion', () => {
  it('drops control characters and lone surrogates and folds white space', () => {
    expect(cleanQuestion('Frank\u0000furt\n\tsocial\u200b housing\ud800')).toBe('Frank furt social housing');
  });

  it(`cuts questions longer than ${MAX_QUESTION_LENGTH} characters`, () => {
    expect(cleanQuestion('a'.repeat(MAX_QUESTION_LENGTH * 3))).toHaveLength(MAX_QUESTION_LENGTH);
  });

  it('treats a missing text as empty', () => {
    expect(cleanQuestion(undefined)).toBe('');
  });
});
