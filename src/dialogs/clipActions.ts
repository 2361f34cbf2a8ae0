/**
 * The values card buttons send back (activity.value). Anything else in a value, junk included,
 * is ignored: the turn is then handled as text.
 */
import { z } from 'zod';
import { LANGUAGES } from '../inventory/taxonomy.js';

const id = z.string().regex(/^[a-z0-9-]{1,80}$/);

export const clipActionSchema = z.discriminatedUnion('clipAction', [
  z.object({ clipAction: z.literal('setLanguage'), language: z.enum(LANGUAGES) }),
  z.object({ clipAction: z.literal('feedback'), answerId: z.uuid(), rating: z.enum(['helpful', 'notHelpful']) }),
  z.object({ clipAction: z.literal('compare'), practiceIds: z.array(id).min(2).max(3) }),
  z.object({ clipAction: z.literal('browse'), remove: z.enum(['city', 'theme', 'actor', 'targetGroup', 'all']).optional(), page: z.int().min(1).max(100).optional() }),
]);

export type ClipAction = z.infer<typeof clipActionSchema>;

export function readClipAction(value: unknown): ClipAction | undefined {
  const parsed = clipActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
