/**
 * Renders a reply for a plain-text terminal: the text, each Adaptive Card's text blocks, facts
 * and links, and the suggested actions numbered so the user can pick one by its number.
 */
import type { Activity } from 'botbuilder';

interface Element {
  type?: string;
  text?: string;
  facts?: { title: string; value: string }[];
  title?: string;
  url?: string;
  rows?: { cells: { items: Element[] }[] }[];
}

export function renderText(reply: Partial<Activity>): string {
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  for (const attachment of reply.attachments ?? []) {
    const content = attachment.content as { body?: Element[]; actions?: Element[] } | undefined;
    if (!content?.body) continue;
    const lines: string[] = [];
    for (const element of content.body) {
      if (element.type === 'TextBlock' && element.text) lines.push(element.text);
      if (element.type === 'FactSet') for (const fact of element.facts ?? []) lines.push(`${fact.title}: ${fact.value}`);
      if (element.type === 'Table') {
        for (const row of element.rows ?? []) lines.push(row.cells.map((c) => c.items.map((i) => i.text ?? '').join(' ').replaceAll('\n', '; ')).join(' | '));
      }
    }
    for (const action of content.actions ?? []) if (action.url) lines.push(`${action.title}: ${action.url}`);
    parts.push(lines.map((l) => `  ${l.replaceAll('\n', '\n  ')}`).join('\n'));
  }
  const actions = reply.suggestedActions?.actions ?? [];
  if (actions.length > 0) parts.push(actions.map((a, i) => `  [${i + 1}] ${a.title}`).join('\n'));
  return parts.join('\n\n');
}

/** What the user typed, or the value of the suggested action whose number they typed. */
export function resolveInput(line: string, lastReply: Partial<Activity> | undefined): string {
  const trimmed = line.trim();
  const number = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  const action = lastReply?.suggestedActions?.actions[number - 1];
  return action && typeof action.value === 'string' ? action.value : trimmed;
}
