/**
 * Where state and feedback live, by configuration: MemoryStorage and the feedback file on one
 * machine; Azure Blob Storage for both when AZURE_STORAGE_CONNECTION_STRING is set, so several
 * instances behind a load balancer share conversations.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { FileFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import type { Logger } from '../logger.js';
import { DEFAULT_BREAKER, ResilientStorage, type BreakerSettings } from './resilientStorage.js';

export interface Stores {
  storage: Storage;
  feedback: FeedbackStore;
  /** For logs and /healthz: "memory" or "azure-blob:<container>". */
  description: string;
  /** False while the circuit breaker holds the store for unreachable. */
  available(): boolean;
  close(): Promise<void>;
}

/** The Azure SDK is loaded only when Azure storage is configured: it is a large part of a cold start. */
export async function createStores(config: Pick<Config, 'azureStorage' | 'feedbackFile'>, logger: Logger, breaker: BreakerSettings = DEFAULT_BREAKER): Promise<Stores> {
  const azure = config.azureStorage;
  if (!azure) {
    const feedback = await feedbackStoreFor(config);
    return { storage: new MemoryStorage(), feedback, description: 'memory', available: () => true, close: async () => feedback.close?.() };
  }
  const { BlobStateStorage } = await import('./blobStateStorage.js');
  const storage = new ResilientStorage(new BlobStateStorage(azure.connectionString, azure.container), logger, breaker);
  return {
    storage,
    feedback: await feedbackStoreFor(config),
    description: `azure-blob:${azure.container}`,
    available: () => storage.available,
    close: async () => storage.shutdown(),
  };
}

/** The feedback store `npm run report` reads: the same choice as the bot's. */
export async function feedbackStoreFor(config: Pick<Config, 'azureStorage' | 'feedbackFile'>): Promise<FeedbackStore> {
  const azure = config.azureStorage;
  if (!azure) return new FileFeedbackStore(config.feedbackFile);
  const { BlobFeedbackStore } = await import('../feedback/blobStore.js');
  return new BlobFeedbackStore(azure.connectionString, azure.container);
}
