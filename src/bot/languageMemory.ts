/**
 * What the bot remembers about languages: the user's explicit choice (user state, so it follows
 * the user into new conversations) and the language of the conversation's last reply.
 */
import type { ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { LANGUAGES, type Language } from '../inventory/taxonomy.js';
import type { LanguageSignals } from '../language/resolveLanguage.js';

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export class LanguageMemory {
  private readonly choice: StatePropertyAccessor<string | undefined>;
  private readonly previous: StatePropertyAccessor<string | undefined>;

  constructor(userState: UserState, conversationState: ConversationState) {
    this.choice = userState.createProperty('preferredLanguage');
    this.previous = conversationState.createProperty('lastLanguage');
  }

  async signals(context: TurnContext): Promise<Omit<LanguageSignals, 'detection'>> {
    const choice = await this.choice.get(context);
    const previous = await this.previous.get(context);
    return {
      choice: isLanguage(choice) ? choice : undefined,
      locale: context.activity.locale,
      previous: isLanguage(previous) ? previous : undefined,
    };
  }

  async choose(context: TurnContext, language: Language): Promise<void> {
    await this.choice.set(context, language);
  }

  async replied(context: TurnContext, language: Language): Promise<void> {
    await this.previous.set(context, language);
  }
}
