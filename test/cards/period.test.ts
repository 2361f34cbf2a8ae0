import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/cards/context.js';
import { realContext } from '../helpers/assistant.js';

describe('formatPeriod', () => {
  it('writes a range, an open start or end, and a note after it', async () => {
    const en = await realContext('en');
    expect(formatPeriod({ start: 2003, end: 2005 }, en)).toBe('2003–2005');
    expect(formatPeriod({ start: 1999 }, en)).toBe('since 1999');
    expect(formatPeriod({ start: 2005, end: 2005 }, en)).toBe('2005');
    expect(formatPeriod({ end: 2014, note: { en: 'After the CLIP period.' } }, en)).toBe('until 2014. After the CLIP period.');
    expect(formatPeriod(undefined, en)).toBeUndefined();
  });

  it('puts no second full stop after a year that already ends with one', async () => {
    const hr = await realContext('hr');
    const range = formatPeriod({ start: 2017, end: 2019 }, hr)!;
    const withNote = formatPeriod({ start: 2017, end: 2019, note: { en: 'A post-CLIP case.' } }, hr)!;
    expect(withNote).not.toContain('..');
    expect(withNote.startsWith(range)).toBe(true);
  });
});
