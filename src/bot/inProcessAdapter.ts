/**
 * An adapter for hosts that run a turn in this process and hand the replies back themselves:
 * the terminal chat and the web page's endpoint. Each turn's replies are collected apart, so
 * concurrent turns do not mix. Editing, deleting and proactive messages are refused.
 */
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

const REPLIES = Symbol('replies');

export class InProcessAdapter extends BotAdapter {
  private sequence = 0;

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies = context.turnState.get(REPLIES) as Partial<Activity>[] | undefined;
    return activities.map((activity) => {
      const id = `reply-${++this.sequence}`;
      if (activity.type !== 'trace') replies?.push({ ...activity, id, timestamp: new Date() });
      return { id };
    });
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter: updating activities is not supported'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter: deleting activities is not supported'));
  }

  continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter: proactive messages are not supported'));
  }

  /** Runs one turn and returns what the bot sent in it. */
  async turn(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const replies: Partial<Activity>[] = [];
    context.turnState.set(REPLIES, replies);
    await this.runMiddleware(context, logic);
    return replies;
  }
}
