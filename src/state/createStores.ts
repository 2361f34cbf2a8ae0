/**
 * Where state and feedback live, by configuration: MemoryStorage and the feedback file on one
 * machine; Azure Blob Storage for both when AZURE_STORAGE_CONNECTION_STRING is set, so several
 * instances behind a load balancer share conversations.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { BlobFeedbackStore } from '../feedback/blobStore.js';
import { FileFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import type { Logger } from '../logger.js';
import { BlobStateStorage } from './blobStateStorage.js';
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

export function createStores(config: Pick<Config, 'azureStorage' | 'feedbackFile'>, logger: Logger, breaker: BreakerSettings = DEFAULT_BREAKER): Stores {
  const azure = config.azureStorage;
  if (!azure) {
    const feedback = feedbackStoreFor(config);
    return { storage: new MemoryStorage(), feedback, description: 'memory', available: () => true, close: async () => feedback.close?.() };
  }
  const storage = new ResilientStorage(new BlobStateStorage(azure.connectionString, azure.container), logger, breaker);
  return {
    storage,
    feedback: feedbackStoreFor(config),
    description: `azure-blob:${azure.container}`,
    available: () => storage.available,
    close: async () => storage.shutdown(),
  };
}

/** The feedback store `npm run report` reads: the same choice as the bot's. */
export function feedbackStoreFor(config: Pick<Config, 'azureStorage' | 'feedbackFile'>): FeedbackStore {
  const azure = config.azureStorage;
  return azure ? new BlobFeedbackStore(azure.connectionString, azure.container) : new FileFeedbackStore(config.feedbackFile);
}
