import { mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFeedbackStore, scrubQuestion } from '../src/feedback/store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'clip-feedback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileFeedbackStore', () => {
  it('appends events as JSON lines and reads them back, skipping lines it cannot read', async () => {
    const file = path.join(dir, 'sub', 'feedback.jsonl');
    const store = new FileFeedbackStore(file);
    expect(await store.all()).toEqual([]);
    await store.record({ type: 'rating', at: '2026-01-01T00:00:00.000Z', answerId: 'a', rating: 'helpful' });
    appendFileSync(file, '{not json\n{"type":"weird"}\n');
    await store.record({ type: 'answer', at: '2026-01-01T00:00:00.000Z', answerId: 'b', question: 'q', language: 'en', kind: 'findings', recordIds: ['x'] });
    expect((await store.all()).map((e) => e.answerId)).toEqual(['a', 'b']);
    await store.close();
  });

  it('keeps every event of many recorded at once, in one file, across a close and a reopen', async () => {
    const file = path.join(dir, 'many.jsonl');
    const store = new FileFeedbackStore(file);
    const rating = (i: number) => ({ type: 'rating' as const, at: '2026-01-01T00:00:00.000Z', answerId: `r${i}`, rating: 'helpful' as const });
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.record(rating(i))));
    await store.close();
    await store.record(rating(200));
    await store.close();
    expect((await new FileFeedbackStore(file).all()).map((e) => e.answerId)).toEqual(Array.from({ length: 201 }, (_, i) => `r${i}`));
  });
});

describe('scrubQuestion', () => {
  it('removes e-mail addresses, phone numbers and links', () => {
    expect(scrubQuestion('Call +49 711 216-0 or mail a.b@stuttgart.de, see https://x.y/z')).toBe('Call [number] or mail [e-mail], see [link]');
  });
});
