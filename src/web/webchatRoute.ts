/**
 * The page's endpoint: POST /api/webchat/activities takes one activity from the page's
 * Direct Line–compatible object, runs it through the same bot in this process, and answers with
 * the bot's replies. It is public (the page has no Bot Framework token), so it is bounded: the
 * server's body limit, the question length cap, a per-client rate limit (restify's throttle, set
 * up in createServer) and activity validation.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Activity, ActivityHandler, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { InProcessAdapter } from '../bot/inProcessAdapter.js';

const account = z.looseObject({ id: z.string().min(1).max(128), name: z.string().max(128).optional() });

export const pageActivitySchema = z.looseObject({
  type: z.enum(['message', 'conversationUpdate']),
  id: z.string().max(128).optional(),
  text: z.string().optional(),
  locale: z.string().max(64).optional(),
  value: z.unknown().optional(),
  from: account,
  conversation: z.looseObject({ id: z.string().regex(/^webchat-[\w-]{1,100}$/, 'must be a page conversation id') }),
  membersAdded: z.array(account).max(5).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(64) })).max(20).optional(),
  attachments: z.array(z.looseObject({})).max(10).optional(),
});

export type PageTurnResult = { status: 200; body: { activities: Partial<Activity>[] } } | { status: 400; body: { error: string } };

const BOT = { id: 'clip-housing-assistant', name: 'CLIP Housing Assistant', role: 'bot' };

export class PageChannel {
  private readonly adapter = new InProcessAdapter();

  constructor(
    private readonly bot: ActivityHandler,
    onTurnError?: (context: TurnContext, error: Error) => Promise<void>,
  ) {
    if (onTurnError) this.adapter.onTurnError = onTurnError;
  }

  async turn(body: unknown): Promise<PageTurnResult> {
    const parsed = pageActivitySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { status: 400, body: { error: `activity.${issue.path.join('.') || '(root)'}: ${issue.message}` } };
    }
    const incoming = parsed.data;
    const activity = {
      ...incoming,
      id: incoming.id ?? randomUUID(),
      channelId: 'webchat',
      serviceUrl: 'inproc:webchat',
      timestamp: new Date(),
      from: { id: incoming.from.id, name: incoming.from.name ?? '', role: 'user' },
      recipient: BOT,
      conversation: { id: incoming.conversation.id },
      membersAdded: incoming.membersAdded?.map((m) => ({ id: m.id, name: m.name ?? '' })),
    } as Activity;
    const replies = await this.adapter.turn(activity, (context) => this.bot.run(context));
    return { status: 200, body: { activities: replies.map((r) => ({ ...r, from: BOT, replyToId: activity.id })) } };
  }
}

/** Where the botframework-webchat package keeps its browser bundle. */
export function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its CommonJS entry is lib/index.js, beside dist/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}
