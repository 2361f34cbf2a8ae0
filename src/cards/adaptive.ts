/**
 * Small builders for Adaptive Card elements (schema 1.5, the version Teams and Web Chat render).
 * Only seed texts and locale strings reach them; user input is never rendered in a card.
 */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  lang: string;
  body: CardElement[];
  actions?: CardElement[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(lang: string, body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function paragraph(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function labelled(label: string, text: string, options: Record<string, unknown> = {}): CardElement[] {
  return [
    { type: 'TextBlock', text: label, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'TextBlock', text, wrap: true, spacing: 'Small', ...options },
  ];
}

export function facts(entries: [string, string | undefined][]): CardElement {
  return {
    type: 'FactSet',
    facts: entries.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '').map(([title, value]) => ({ title, value })),
  };
}

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/** A Markdown link; brackets in the label are dropped so the link cannot break. */
export function link(label: string, url: string): string {
  return `[${label.replace(/[[\]]/g, '')}](${url})`;
}
