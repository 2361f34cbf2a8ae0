/**
 * Commands are recognised by the words listed for them in locales (bot:commands.<name>), in any
 * of the interface's languages: a German speaker typing "Hilfe" in an English conversation gets help.
 */
import type { Localizer } from '../i18n.js';

export type Command = 'help' | 'language' | 'recommend' | 'compare' | 'browse' | 'cancel' | 'startOver' | 'more' | 'next' | 'followUp' | 'none';

export function normaliseCommand(text: string): string {
  return text.toLowerCase().replace(/[.!?¡¿:;,]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export class Commands {
  private readonly words = new Map<Command, string[]>();

  constructor(private readonly localizer: Localizer) {}

  /** All words for a command, in every language, normalised, longest first. */
  wordsFor(command: Command): string[] {
    let words = this.words.get(command);
    if (!words) {
      const all = new Set<string>();
      for (const language of this.localizer.languages) {
        const list = this.localizer.t(language)(`bot:commands.${command}`, { returnObjects: true }) as unknown;
        if (Array.isArray(list)) for (const w of list) if (typeof w === 'string' && w.trim() !== '') all.add(normaliseCommand(w));
      }
      words = [...all].sort((a, b) => b.length - a.length);
      this.words.set(command, words);
    }
    return words;
  }

  /** The whole text is the command. */
  is(text: string, command: Command): boolean {
    return this.wordsFor(command).includes(normaliseCommand(text));
  }

  /** The text starts with the command's word; returns what follows it ('' for the word alone). */
  rest(text: string, command: Command): string | undefined {
    const said = normaliseCommand(text);
    for (const word of this.wordsFor(command)) {
      if (said === word) return '';
      if (said.startsWith(`${word} `)) return said.slice(word.length + 1);
    }
    return undefined;
  }
}

export function commandWords(command: Command, localizer: Localizer): Set<string> {
  return new Set(new Commands(localizer).wordsFor(command));
}
