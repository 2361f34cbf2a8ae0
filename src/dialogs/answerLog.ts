/** Writes what was asked and answered (scrubbed, no ids of people) and ratings to the feedback store. */
import { randomUUID } from 'node:crypto';
import { scrubQuestion, type FeedbackStore } from '../feedback/store.js';

export class AnswerLogger {
  constructor(private readonly store: FeedbackStore) {}

  /** Records an answer and returns the id its feedback buttons carry. */
  async answered(question: string, language: string, kind: string, recordIds: string[]): Promise<string> {
    const answerId = randomUUID();
    await this.store.record({ type: 'answer', at: new Date().toISOString(), answerId, question: scrubQuestion(question), language, kind, recordIds });
    return answerId;
  }

  async rated(answerId: string, rating: 'helpful' | 'notHelpful'): Promise<void> {
    await this.store.record({ type: 'rating', at: new Date().toISOString(), answerId, rating });
  }
}
