/**
 * Choosing the answer language: the "language" command shows a card with one button per
 * language; a button (or typing a language's name, in any of the languages, with or without the
 * command word) sets the choice.
 */
import { readClipAction } from './clipActions.js';
import { card, type CardElement } from '../cards/adaptive.js';
import type { RenderContext } from '../cards/context.js';
import { message, type Reply } from '../cards/renderAnswer.js';
import type { Localizer } from '../i18n.js';
import { LANGUAGES, type Language } from '../inventory/taxonomy.js';
import { fold } from '../language/analyzer.js';
import { commandWords, normaliseCommand } from './commands.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/adaptive.js';

export const SET_LANGUAGE_ACTION = 'setLanguage';
const BUTTONS_PER_ROW = 4;



/** Every name of every language, as typed: "deutsch", "german", "allemand", "de", … */
function languageNames(localizer: Localizer): Map<string, Language> {
  const names = new Map<string, Language>();
  for (const language of LANGUAGES) names.set(language, language);
  for (const locale of localizer.languages) {
    const t = localizer.t(locale);
    names.set(fold(normaliseCommand(t('taxonomy:selfName'))), locale);
    for (const language of LANGUAGES) names.set(fold(normaliseCommand(t(`taxonomy:language.${language}`))), language);
  }
  return names;
}

export class LanguageChooser {
  private readonly names: Map<string, Language>;
  private readonly commands: Set<string>;
  /** The command words folded once, as typed choices are compared with them. */
  private readonly foldedCommands: string[];

  constructor(private readonly localizer: Localizer) {
    this.names = languageNames(localizer);
    this.commands = commandWords('language', localizer);
    this.foldedCommands = [...this.commands].map((command) => fold(command));
  }

  /** The "language" command on its own: show the picker. */
  isRequest(text: string): boolean {
    return this.commands.has(normaliseCommand(text));
  }

  /** A choice made with a button (activity.value) or typed ("Deutsch", "language: fi", "Sprache Deutsch"). */
  choice(text: string, value: unknown): Language | undefined {
    const action = readClipAction(value);
    if (action?.clipAction === SET_LANGUAGE_ACTION) return action.language;
    const said = fold(normaliseCommand(text));
    const direct = this.names.get(said);
    if (direct) return direct;
    for (const word of this.foldedCommands) {
      if (said.startsWith(`${word} `)) return this.names.get(said.slice(word.length + 1).trim());
    }
    return undefined;
  }

  renderPicker(ctx: RenderContext): Reply {
    const buttons: CardElement[] = this.localizer.languages.map((language) => ({
      type: 'Action.Submit',
      title: this.localizer.t(language)('taxonomy:selfName'),
      data: { clipAction: SET_LANGUAGE_ACTION, language },
    }));
    // Rows of ActionSets rather than card actions: hosts such as Teams show only a few card actions.
    const rows: CardElement[] = [];
    for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) rows.push({ type: 'ActionSet', actions: buttons.slice(i, i + BUTTONS_PER_ROW) });
    const picker = card(ctx.language, [{ type: 'TextBlock', text: ctx.t('bot:language.buttonsTitle'), weight: 'Bolder', wrap: true }, ...rows]);
    const reply = message(ctx, ctx.t('bot:language.pick'));
    return { ...reply, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: picker }] };
  }
}
