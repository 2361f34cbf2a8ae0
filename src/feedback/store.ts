/**
 * What users' questions and ratings teach the inventory's maintainers. Events hold no personal
 * data: no user, conversation or channel ids, and questions are scrubbed of e-mail addresses,
 * phone numbers and other long numbers before they are kept.
 *
 * The store is an interface: on one machine JSON lines are appended to a file; with Azure storage
 * configured, BlobFeedbackStore (./blobStore.ts) keeps them beside the bot's state. `npm run
 * report` reads whichever is configured.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const feedbackEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('answer'),
    at: z.string(),
    answerId: z.string(),
    question: z.string(),
    language: z.string(),
    kind: z.string(),
    recordIds: z.array(z.string()),
  }),
  z.object({ type: z.literal('rating'), at: z.string(), answerId: z.string(), rating: z.enum(['helpful', 'notHelpful']) }),
]);

export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;

export interface FeedbackStore {
  record(event: FeedbackEvent): Promise<void>;
  all(): Promise<FeedbackEvent[]>;
  /** Flush and release what the store holds open. */
  close?(): Promise<void>;
}

/** Keeps a question's words and drops what could identify someone. */
export function scrubQuestion(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '[e-mail]')
    .replace(/\+?\d[\d\s()/.-]{5,}\d/g, '[number]')
    .replace(/https?:\/\/\S+/g, '[link]')
    .slice(0, 300);
}

export class FileFeedbackStore implements FeedbackStore {
  /** One append stream for the process, opened on the first event. */
  private stream: Promise<WriteStream> | undefined;

  constructor(private readonly file: string) {}

  async record(event: FeedbackEvent): Promise<void> {
    this.stream ??= mkdir(path.dirname(this.file), { recursive: true }).then(() => createWriteStream(this.file, { flags: 'a', encoding: 'utf8' }));
    const stream = await this.stream;
    await new Promise<void>((resolve, reject) => stream.write(`${JSON.stringify(event)}\n`, (error) => (error ? reject(error) : resolve())));
  }

  async close(): Promise<void> {
    const stream = await this.stream;
    this.stream = undefined;
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }

  async all(): Promise<FeedbackEvent[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        try {
          const parsed = feedbackEventSchema.safeParse(JSON.parse(line));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
  }
}

export class MemoryFeedbackStore implements FeedbackStore {
  readonly events: FeedbackEvent[] = [];
  async record(event: FeedbackEvent): Promise<void> {
    this.events.push(event);
  }
  async all(): Promise<FeedbackEvent[]> {
    return [...this.events];
  }
}

/** Answers that found nothing useful: the gaps of the inventory. */
export const UNANSWERED_KINDS = ['noMatch', 'cityGap', 'offTopic'];

export interface FeedbackReport {
  mostAsked: { question: string; count: number }[];
  worstRated: { recordId: string; helpful: number; notHelpful: number }[];
  unanswered: { question: string; kind: string; count: number }[];
}

export function buildReport(events: FeedbackEvent[], top = 10): FeedbackReport {
  const norm = (q: string) => q.toLowerCase().replace(/[?!.¿¡]+/g, '').replace(/\s+/g, ' ').trim();
  const answers = new Map<string, Extract<FeedbackEvent, { type: 'answer' }>>();
  const asked = new Map<string, { question: string; count: number }>();
  const unanswered = new Map<string, { question: string; kind: string; count: number }>();
  for (const e of events) {
    if (e.type !== 'answer') continue;
    answers.set(e.answerId, e);
    const key = norm(e.question);
    if (key === '') continue;
    asked.set(key, { question: e.question, count: (asked.get(key)?.count ?? 0) + 1 });
    if (UNANSWERED_KINDS.includes(e.kind)) unanswered.set(key, { question: e.question, kind: e.kind, count: (unanswered.get(key)?.count ?? 0) + 1 });
  }
  const ratings = new Map<string, { helpful: number; notHelpful: number }>();
  for (const e of events) {
    if (e.type !== 'rating') continue;
    for (const recordId of answers.get(e.answerId)?.recordIds ?? []) {
      const r = ratings.get(recordId) ?? { helpful: 0, notHelpful: 0 };
      r[e.rating] += 1;
      ratings.set(recordId, r);
    }
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    mostAsked: [...asked.values()].sort(byCount).slice(0, top),
    worstRated: [...ratings.entries()]
      .map(([recordId, r]) => ({ recordId, ...r }))
      .filter((r) => r.notHelpful > 0)
      .sort((a, b) => b.notHelpful / (b.helpful + b.notHelpful) - a.notHelpful / (a.helpful + a.notHelpful) || b.notHelpful - a.notHelpful)
      .slice(0, top),
    unanswered: [...unanswered.values()].sort(byCount).slice(0, top),
  };
}
