/**
 * A minimal adapter for the terminal: turns lines typed by the user into message activities
 * and hands the bot's replies to a callback. Editing, deleting and proactive messages have no
 * meaning in a terminal, so they are refused.
 */
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

export class ConsoleAdapter extends BotAdapter {
  private sequence = 0;

  constructor(
    private readonly onReply: (activity: Partial<Activity>) => void,
    private readonly locale: string,
  ) {
    super();
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message) this.onReply(activity);
      return { id: String(++this.sequence) };
    });
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter: updating activities is not supported'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter: deleting activities is not supported'));
  }

  continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter: proactive messages are not supported'));
  }

  /** Runs one turn for an activity from the terminal user. */
  async receive(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const full = {
      id: String(++this.sequence),
      channelId: 'console',
      serviceUrl: 'console:',
      locale: this.locale,
      timestamp: new Date(),
      conversation: { id: 'console', isGroup: false, conversationType: 'personal', name: 'console' },
      from: { id: 'user', name: 'User' },
      recipient: { id: 'bot', name: 'CLIP Housing Assistant' },
      ...activity,
    } as Activity;
    await this.runMiddleware(new TurnContext(this, full), logic);
  }
}
