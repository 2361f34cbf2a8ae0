import type { Document, Passage } from '../inventory/types.js';
import { card, facts, heading, labelled, link, openUrl, paragraph, type AdaptiveCard } from './adaptive.js';
import { passageSources, type RenderContext } from './context.js';
import { pick } from './localize.js';

/** A passage of a report or paper as a card, with the document it comes from and its sources. */
export function renderPassageCard(passage: Passage, document: Document, ctx: RenderContext): AdaptiveCard {
  const { t, language } = ctx;
  const sources = passageSources(passage, document, ctx);
  const gist = passage.gist ? pick(passage.gist, language) : undefined;
  const body = [
    heading(passage.section),
    facts([
      [t('cards:passage.document'), document.title],
      [t('cards:passage.author'), document.author],
      [t('cards:passage.year'), String(document.year)],
    ]),
    ...(gist && !gist.fallback && gist.language !== document.language ? [paragraph(gist.text)] : []),
    paragraph(passage.text),
    ...labelled(t('cards:practice.sources'), sources.map((s) => `- ${link(s.title ?? s.url, s.url)}`).join('\n')),
  ];
  return card(language, body, [openUrl(t('cards:practice.openSource'), sources[0]!.url)]);
}
