import type { Translate } from '../i18n.js';
import type { Language } from '../inventory/taxonomy.js';
import type { Document, Passage, Period, SourceRef } from '../inventory/types.js';

/** What every renderer needs: the language, its t(), and where the documents we serve live. */
export interface RenderContext {
  language: Language;
  t: Translate;
  /** The public URL of a document's original text (for seed papers without a web source). */
  documentUrl(documentId: string): string;
}

export function formatPeriod(period: Period | undefined, ctx: RenderContext): string | undefined {
  if (!period) return undefined;
  const { start, end } = period;
  const span =
    start !== undefined && end !== undefined
      ? start === end
        ? String(start)
        : ctx.t('cards:period.range', { start, end })
      : start !== undefined
        ? ctx.t('cards:period.since', { start })
        : end !== undefined
          ? ctx.t('cards:period.until', { end })
          : undefined;
  const note = period.note?.[ctx.language] ?? period.note?.en;
  if (!span || !note) return span ?? note;
  // Some languages write years with a full stop ("2017.–2019."): no second one before the note.
  return `${span}${span.endsWith('.') ? '' : '.'} ${note}`;
}

/** A passage's sources; a seed paper's passage cites the original text we serve. */
export function passageSources(passage: Passage, document: Document, ctx: RenderContext): SourceRef[] {
  if (passage.sources.length > 0) return passage.sources;
  return [{ url: ctx.documentUrl(document.id), title: document.title, year: document.year }];
}

export function labels(ctx: RenderContext, group: 'theme' | 'actor' | 'targetGroup', ids: readonly string[]): string {
  return ids.map((id) => ctx.t(`taxonomy:${group}.${id}`)).join(', ');
}
