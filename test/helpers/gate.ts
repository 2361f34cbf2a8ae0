/**
 * A storage wrapper that makes a race happen on purpose: once armed, writes of keys matching
 * `key` wait until that key has been read `need` times in all (by every wrapper sharing the
 * gate), so two turns both read the old state before either saves.
 */
import type { Storage, StoreItems } from 'botbuilder';

export class RaceGate {
  private reads = 0;
  private armed = false;
  private readonly waiting: { need: number; wake: () => void }[] = [];
  writes = 0;

  constructor(
    private readonly key: RegExp,
    private readonly need: number,
  ) {}

  /** From now on, count reads and hold writes. */
  arm(): void {
    this.armed = true;
    this.reads = 0;
    this.writes = 0;
  }

  wrap(inner: Storage): Storage {
    return {
      read: async (keys: string[]) => {
        const items = await inner.read(keys);
        if (this.armed && keys.some((k) => this.key.test(k))) {
          this.reads += 1;
          this.waiting.filter((w) => this.reads >= w.need).forEach((w) => w.wake());
        }
        return items;
      },
      write: async (changes: StoreItems) => {
        if (this.armed && Object.keys(changes).some((k) => this.key.test(k))) {
          this.writes += 1;
          if (this.reads < this.need) await new Promise<void>((wake) => this.waiting.push({ need: this.need, wake }));
        }
        return inner.write(changes);
      },
      delete: (keys: string[]) => inner.delete(keys),
    };
  }
}

/** Holds every write until `release()`: a turn stays in flight as long as the test wants. */
export class WriteHold {
  private released = false;
  private readonly held: (() => void)[] = [];
  entered = 0;

  wrap(inner: Storage): Storage {
    return {
      read: (keys) => inner.read(keys),
      write: async (changes) => {
        this.entered += 1;
        if (!this.released) await new Promise<void>((wake) => this.held.push(wake));
        return inner.write(changes);
      },
      delete: (keys) => inner.delete(keys),
    };
  }

  release(): void {
    this.released = true;
    this.held.splice(0).forEach((wake) => wake());
  }
}
