/**
 * A turn as one transaction over the bot's state.
 *
 * Replies and side effects (feedback records) are held back while the turn runs. When the turn's
 * state is saved, the store checks the ETags it was read with; if another instance saved the same
 * conversation meanwhile, the held-back replies are dropped, the state is read again and the turn
 * runs again on top of the other instance's result. Only a committed turn is heard by the user
 * and recorded, so two turns arriving at once on two instances are applied one after the other.
 */
import type { Activity, BotState, ResourceResponse, TurnContext } from 'botbuilder';
import { setTimeout as sleep } from 'node:timers/promises';
import { isETagConflict } from './optimisticState.js';

const OUTBOX = Symbol('clip.outbox');

interface Outbox {
  holding: boolean;
  replies: Partial<Activity>[];
  effects: (() => Promise<void>)[];
}

/** Runs `effect` once the turn's state is committed, or now when no transaction is running. */
export async function afterCommit(context: TurnContext, effect: () => Promise<void>): Promise<void> {
  const outbox = context.turnState.get(OUTBOX) as Outbox | undefined;
  if (outbox?.holding) outbox.effects.push(effect);
  else await effect();
}

/** A turn that kept losing the race for its conversation's state. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

export interface TransactionOptions {
  /** How often a turn runs before it gives up; each conflict waits a little longer. */
  attempts?: number;
  onConflict?(attempt: number): void;
  onEffectFailed?(error: unknown): void;
}

export class TurnTransaction {
  private readonly attempts: number;

  /** `states` are saved in this order; put states whose writes are plain settings (user state) first. */
  constructor(
    private readonly states: BotState[],
    private readonly options: TransactionOptions = {},
  ) {
    this.attempts = options.attempts ?? 5;
  }

  async run(context: TurnContext, logic: () => Promise<void>): Promise<void> {
    const outbox: Outbox = { holding: true, replies: [], effects: [] };
    context.turnState.set(OUTBOX, outbox);
    context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
      if (!outbox.holding) return next();
      outbox.replies.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    try {
      await this.commit(context, logic, outbox);
    } finally {
      outbox.holding = false;
    }
    if (outbox.replies.length > 0) await context.sendActivities(outbox.replies);
    for (const effect of outbox.effects) {
      await effect().catch((error: unknown) => this.options.onEffectFailed?.(error));
    }
  }

  private async commit(context: TurnContext, logic: () => Promise<void>, outbox: Outbox): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      outbox.replies = [];
      outbox.effects = [];
      if (attempt > 1) for (const state of this.states) await state.load(context, true);
      await logic();
      try {
        for (const state of this.states) await state.saveChanges(context);
        return;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
        if (attempt >= this.attempts) throw new ConflictError(`conversation state still contended after ${attempt} attempts`, { cause: error });
        this.options.onConflict?.(attempt);
        await sleep(attempt * (5 + Math.random() * 20));
      }
    }
  }
}
