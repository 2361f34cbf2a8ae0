/** The small card under an answer: was it helpful? (and, after a recommendation, compare). */
import { ADAPTIVE_CARD_CONTENT_TYPE, card, paragraph, type CardElement } from './adaptive.js';
import type { RenderContext } from './context.js';
import type { Reply } from './renderAnswer.js';

export function feedbackCard(answerId: string, ctx: RenderContext, comparePracticeIds: string[] = []): CardElement {
  const actions: CardElement[] = [];
  if (comparePracticeIds.length >= 2) {
    actions.push({ type: 'Action.Submit', title: ctx.t('bot:actions.compare'), data: { clipAction: 'compare', practiceIds: comparePracticeIds.slice(0, 3) } });
  }
  actions.push(
    { type: 'Action.Submit', title: ctx.t('bot:feedback.helpful'), data: { clipAction: 'feedback', answerId, rating: 'helpful' } },
    { type: 'Action.Submit', title: ctx.t('bot:feedback.notHelpful'), data: { clipAction: 'feedback', answerId, rating: 'notHelpful' } },
  );
  return card(ctx.language, [paragraph(ctx.t('bot:feedback.prompt'), { isSubtle: true, size: 'Small' })], actions) as unknown as CardElement;
}

/** Adds the feedback card to a reply that answered something. */
export function withFeedback(reply: Reply, answerId: string, ctx: RenderContext, comparePracticeIds: string[] = []): Reply {
  const attachments = [...(reply.attachments ?? []), { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: feedbackCard(answerId, ctx, comparePracticeIds) }];
  return { ...reply, attachments, attachmentLayout: reply.attachmentLayout ?? 'list' };
}
