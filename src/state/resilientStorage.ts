/**
 * A circuit breaker (opossum) around the state store. While the store is unreachable, turns fail
 * at once with StorageUnavailableError, which the turn error handler answers with an apology,
 * instead of each waiting for timeouts and piling up; every few seconds one turn tries the store
 * again, and the first success closes the circuit. ETag conflicts are answers, not failures.
 */
import CircuitBreaker from 'opossum';
import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../logger.js';
import { isETagConflict } from './optimisticState.js';

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export interface BreakerSettings {
  /** A store call slower than this counts as a failure. */
  timeoutMs: number;
  /** How long the circuit stays open before one call may try the store again. */
  resetMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { timeoutMs: 20_000, resetMs: 5000 };

export class ResilientStorage implements Storage {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;

  constructor(
    private readonly inner: Storage,
    logger: Logger,
    settings: BreakerSettings = DEFAULT_BREAKER,
  ) {
    this.breaker = new CircuitBreaker((operation: () => Promise<unknown>) => operation(), {
      timeout: settings.timeoutMs,
      resetTimeout: settings.resetMs,
      errorThresholdPercentage: 50,
      volumeThreshold: 4,
      errorFilter: isETagConflict,
    });
    this.breaker.on('open', () => logger.error('state store unreachable: failing turns fast until it answers again'));
    this.breaker.on('halfOpen', () => logger.info('trying the state store again'));
    this.breaker.on('close', () => logger.info('state store reachable again'));
  }

  /** False while the circuit is open (the store is believed to be down). */
  get available(): boolean {
    return !this.breaker.opened;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call(() => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call(() => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call(() => this.inner.delete(keys));
  }

  shutdown(): void {
    this.breaker.shutdown();
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(operation)) as T;
    } catch (error) {
      if (isETagConflict(error)) throw error;
      throw new StorageUnavailableError('the state store is unavailable', { cause: error });
    }
  }
}
