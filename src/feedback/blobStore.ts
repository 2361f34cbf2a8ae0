/**
 * Feedback in the same Azure Blob container as the bot's state, so every instance writes to one
 * place and `npm run report` reads them all: one append blob per hour (feedback/2026-11-25T14.jsonl),
 * one JSON line per event. Appends from several instances never overwrite each other.
 */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BLOB_PIPELINE } from '../state/blobStateStorage.js';
import { feedbackEventSchema, type FeedbackEvent, type FeedbackStore } from './store.js';

const PREFIX = 'feedback/';

export class BlobFeedbackStore implements FeedbackStore {
  private readonly container: ContainerClient;
  private readonly created = new Set<string>();

  constructor(connectionString: string, containerName: string, pipeline: StoragePipelineOptions = BLOB_PIPELINE) {
    this.container = new ContainerClient(connectionString, containerName, pipeline);
  }

  async record(event: FeedbackEvent): Promise<void> {
    const name = `${PREFIX}${event.at.slice(0, 13)}.jsonl`;
    const blob = this.container.getAppendBlobClient(name);
    if (!this.created.has(name)) {
      await this.container.createIfNotExists();
      await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson' } });
      this.created.add(name);
    }
    const line = `${JSON.stringify(event)}\n`;
    await blob.appendBlock(line, Buffer.byteLength(line));
  }

  async all(): Promise<FeedbackEvent[]> {
    if (!(await this.container.exists())) return [];
    const events: FeedbackEvent[] = [];
    for await (const item of this.container.listBlobsFlat({ prefix: PREFIX })) {
      const content = await this.container.getBlobClient(item.name).downloadToBuffer();
      for (const line of content.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          const parsed = feedbackEventSchema.safeParse(JSON.parse(line));
          if (parsed.success) events.push(parsed.data);
        } catch {
          // a line cut short by an interrupted append is skipped, as in the file store
        }
      }
    }
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }
}
