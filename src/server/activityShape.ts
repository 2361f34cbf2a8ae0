/**
 * The minimum an incoming activity must have before the adapter sees it. The SDK's own parsing
 * throws on wrong types (a 500); checking here first turns that into a 400 that says what is wrong.
 */
import { z } from 'zod';

const account = z.looseObject({ id: z.string().max(512).optional(), name: z.string().max(512).optional() });

export const incomingActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    serviceUrl: z.string().max(2048).optional(),
    channelId: z.string().max(128).optional(),
    deliveryMode: z.string().max(64).optional(),
    from: account.optional(),
    recipient: account.optional(),
    conversation: z.looseObject({ id: z.string().min(1).max(512) }),
    membersAdded: z.array(account).optional(),
    entities: z.array(z.looseObject({ type: z.string() })).optional(),
    attachments: z.array(z.looseObject({})).optional(),
  })
  .refine((a) => a.deliveryMode === 'expectReplies' || (a.serviceUrl !== undefined && /^https?:\/\//.test(a.serviceUrl)), {
    message: 'serviceUrl must be an http(s) URL unless deliveryMode is expectReplies',
    path: ['serviceUrl'],
  });

/** A one-line description of what is wrong with a body, or undefined when it is acceptable. */
export function describeBadActivity(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object (an activity)';
  const result = incomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `activity.${issue.path.join('.') || '(root)'}: ${issue.message}`;
}
