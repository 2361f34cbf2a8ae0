/** Questions longer than this are cut: no housing question needs more, and it bounds the work. */
export const MAX_QUESTION_LENGTH = 500;

/** Drops control and format characters and lone surrogates, and cuts overlong input; what is left is only ever searched, never echoed. */
export function cleanQuestion(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}
