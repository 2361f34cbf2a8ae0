/**
 * Conversation and user state in Azure Blob Storage, through the SDK's BlobsStorage.
 *
 * Two things BlobsStorage 4.23 does not do are added here:
 *  - a state that did not exist is created only if it still does not (If-None-Match: *), so two
 *    instances starting the same conversation cannot overwrite each other;
 *  - BlobsStorage remembers a failed container check for ever, so after an outage at start-up it
 *    would never work again; it is replaced after any failure, which costs nothing.
 * Blob names and contents are exactly BlobsStorage's, so either can read what the other wrote.
 */
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey.js';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { CREATE_ONLY, eTagConflict, isETagConflict } from './optimisticState.js';

/**
 * Two tries and no long back-off: an unreachable store is the circuit breaker's business, not the
 * retry policy's. Each try may take 8 s, because under heavy load a turn's own process is slow to
 * read the store's answer; a refused connection fails at once whatever this says.
 */
export const BLOB_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: 8000, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
};

export class BlobStateStorage implements Storage {
  private blobs: BlobsStorage;
  private readonly container: ContainerClient;
  private containerReady: Promise<unknown> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
    private readonly pipeline: StoragePipelineOptions = BLOB_PIPELINE,
  ) {
    this.blobs = this.newBlobsStorage();
    this.container = new ContainerClient(connectionString, containerName, pipeline);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => this.blobs.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(async () => {
      const updates: StoreItems = {};
      const creations: [string, Record<string, unknown>][] = [];
      for (const [key, item] of Object.entries(changes)) {
        if (item?.eTag === CREATE_ONLY) creations.push([key, item]);
        else updates[key] = item;
      }
      if (Object.keys(updates).length > 0) await this.blobs.write(updates);
      for (const [key, item] of creations) await this.create(key, item);
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => this.blobs.delete(keys));
  }

  private async create(key: string, item: Record<string, unknown>): Promise<void> {
    this.containerReady ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    await this.containerReady;
    const { eTag: _ignored, ...content } = item;
    const body = JSON.stringify(content);
    try {
      await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw eTagConflict(key);
      throw error;
    }
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!isETagConflict(error)) this.blobs = this.newBlobsStorage();
      throw error;
    }
  }

  private newBlobsStorage(): BlobsStorage {
    return new BlobsStorage(this.connectionString, this.containerName, { storagePipelineOptions: this.pipeline });
  }
}
