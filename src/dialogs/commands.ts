/**
 * Commands are recognised by the words listed for them in locales (bot:commands.<name>), in any
 * of the interface's languages: a German speaker typing "Hilfe" in an English conversation gets help.
 */
import type { Localizer } from '../i18n.js';

export type Command = 'help' | 'language';

export function normaliseCommand(text: string): string {
  return text.toLowerCase().replace(/[.!?¡¿:;,]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** All words for a command, in every language, normalised. */
export function commandWords(command: Command, localizer: Localizer): Set<string> {
  const words = new Set<string>();
  for (const language of localizer.languages) {
    const list = localizer.t(language)(`bot:commands.${command}`, { returnObjects: true }) as unknown;
    if (Array.isArray(list)) for (const w of list) if (typeof w === 'string') words.add(normaliseCommand(w));
  }
  return words;
}

export function isCommand(text: string, command: Command, localizer: Localizer): boolean {
  return commandWords(command, localizer).has(normaliseCommand(text));
}
