/** Commands are recognised by the words listed for them in locales (bot:commands.<name>). */
import type { Translate } from '../i18n.js';

export type Command = 'help';

export function isCommand(text: string, command: Command, t: Translate): boolean {
  const words = t(`bot:commands.${command}`, { returnObjects: true }) as unknown;
  if (!Array.isArray(words)) return false;
  const said = normalise(text);
  return words.some((w) => typeof w === 'string' && normalise(w) === said);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[.!¡¿]+/g, '').replace(/\s+/g, ' ').trim();
}
