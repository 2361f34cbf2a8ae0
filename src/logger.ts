/** The one logger. Message texts are never logged: only ids, kinds, counts and timings. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'clip-housing-assistant' } });
}
