/**
 * The one logger (pino, JSON lines). Message texts are never logged unless LOG_MESSAGE_TEXT is
 * set: log ids, kinds, counts and timings. Every line written while a request is handled carries
 * that request's id, through AsyncLocalStorage, so one request's lines can be found together.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'clip-housing-assistant' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { reqId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
