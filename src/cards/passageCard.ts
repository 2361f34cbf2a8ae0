import type { Document, Passage } from '../inventory/types.js';
import { card, facts, heading, labelled, link, openUrl, paragraph, type AdaptiveCard, type CardElement } from './adaptive.js';
import { passageSources, type RenderContext } from './context.js';
import { textIn } from './localize.js';

/**
 * A passage of a report or paper as a card. Read in the document's language, it shows the
 * passage; in another language, the gist in that language and then the original passage, or the
 * original alone with a note when the gist has not been translated yet.
 */
export function renderPassageCard(passage: Passage, document: Document, ctx: RenderContext): AdaptiveCard {
  const { t, language } = ctx;
  const sources = passageSources(passage, document, ctx);
  const originalLanguage = t(`taxonomy:language.${document.language}`);
  const body: CardElement[] = [
    heading(textIn(passage.section, passage.sectionIn, language)),
    facts([
      [t('cards:passage.document'), textIn(document.title, document.titleIn, language)],
      [t('cards:passage.author'), document.author],
      [t('cards:passage.year'), String(document.year)],
    ]),
  ];
  if (language === document.language) {
    body.push(paragraph(passage.text));
  } else {
    const gist = passage.gist?.[language];
    if (gist !== undefined) body.push(paragraph(gist));
    else body.push(paragraph(t('cards:translationMissing', { language: originalLanguage }), { isSubtle: true, size: 'Small' }));
    body.push(...labelled(t('cards:passage.original', { language: originalLanguage }), passage.text, { isSubtle: true }));
  }
  body.push(...labelled(t('cards:practice.sources'), sources.map((s) => `- ${link(s.title ?? s.url, s.url)}`).join('\n')));
  return card(language, body, [openUrl(t('cards:practice.openSource'), sources[0]!.url)]);
}

/** A passage in a few words for a citation: its gist in the language, else its own text. */
export function passageAbstract(passage: Passage, document: Document, ctx: RenderContext): string {
  return (ctx.language !== document.language ? passage.gist?.[ctx.language] : undefined) ?? passage.text;
}
