/**
 * Writes what was asked and answered (scrubbed, no ids of people) and ratings to the feedback
 * store, once the turn's state is committed: a turn that runs again after a conflict is recorded once.
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { scrubQuestion, type FeedbackStore } from '../feedback/store.js';
import { afterCommit } from '../state/turnTransaction.js';

export class AnswerLogger {
  constructor(private readonly store: FeedbackStore) {}

  /** Records an answer and returns the id its feedback buttons carry. */
  async answered(context: TurnContext, question: string, language: string, kind: string, recordIds: string[]): Promise<string> {
    const answerId = randomUUID();
    const event = { type: 'answer' as const, at: new Date().toISOString(), answerId, question: scrubQuestion(question), language, kind, recordIds };
    await afterCommit(context, () => this.store.record(event));
    return answerId;
  }

  async rated(context: TurnContext, answerId: string, rating: 'helpful' | 'notHelpful'): Promise<void> {
    const event = { type: 'rating' as const, at: new Date().toISOString(), answerId, rating };
    await afterCommit(context, () => this.store.record(event));
  }
}
