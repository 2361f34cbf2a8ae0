/**
 * Conversation and user state that honour the store's ETags.
 *
 * The SDK's BotState.saveChanges writes with eTag "*", so when two instances run turns of one
 * conversation at the same time the later write silently wins. These subclasses remember the
 * ETag each state was read with and write with it; a state that did not exist is written only if
 * it still does not (CREATE_ONLY). A store that sees a newer version refuses the write with the
 * SDK's own "eTag conflict" error, and the turn transaction runs the turn again on fresh state.
 */
import { calculateChangeHash, ConversationState, UserState, type BotState, type TurnContext } from 'botbuilder';

/** The eTag of a state that was not stored when it was read: write it only if nothing is stored yet. */
export const CREATE_ONLY = 'clip:create-only';

/** MemoryStorage and BlobsStorage both report a lost race with this message. */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}

export function eTagConflict(key: string): Error {
  return new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}

interface Loaded {
  hash: string;
  /** undefined after this turn wrote the state: the store's new ETag is not known. */
  eTag: string | undefined;
}

type StateClass = new (...args: any[]) => BotState;

function withETags<Base extends StateClass>(base: Base) {
  return class extends base {
    private readonly loadedKey = Symbol('loaded');

    override async load(context: TurnContext, force = false): Promise<any> {
      const fresh = force || this.get(context) === undefined;
      const state = await super.load(context, force);
      if (fresh) context.turnState.set(this.loadedKey, { hash: this.loadedHash(context) ?? calculateChangeHash(state), eTag: state.eTag ?? CREATE_ONLY } satisfies Loaded);
      return state;
    }

    /** The hash BotState.load has just computed (kept under its private key), so state is not serialised twice. */
    private loadedHash(context: TurnContext): string | undefined {
      const key = (this as unknown as { stateKey?: symbol }).stateKey;
      const cached = key ? (context.turnState.get(key) as { hash?: unknown } | undefined) : undefined;
      return typeof cached?.hash === 'string' ? cached.hash : undefined;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
      if (!loaded) {
        if (!force) return;
        await this.load(context);
        loaded = context.turnState.get(this.loadedKey) as Loaded;
      }
      const state = this.get(context) ?? {};
      const hash = calculateChangeHash(state);
      if (!force && hash === loaded.hash) return;
      const key = await this.storageKey(context);
      // A second save in one turn (rare) asks the store for the ETag its first save produced.
      const eTag = loaded.eTag ?? (await this.storage.read([key]))[key]?.eTag ?? CREATE_ONLY;
      await this.storage.write({ [key]: { ...state, eTag } });
      context.turnState.set(this.loadedKey, { hash, eTag: undefined } satisfies Loaded);
    }
  };
}

export const SharedConversationState = withETags(ConversationState);
export const SharedUserState = withETags(UserState);
export type SharedConversationState = InstanceType<typeof SharedConversationState>;
export type SharedUserState = InstanceType<typeof SharedUserState>;
