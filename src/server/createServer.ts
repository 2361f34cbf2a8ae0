/**
 * Builds the HTTP server without listening, so tests start it on port 0.
 *   POST /api/messages   Bot Framework activities (CloudAdapter; expectReplies supported)
 *   GET  /api/search     ranked inventory search as JSON
 *   GET  /documents/:id  the original text of a seed paper, which its passages cite
 *   GET  /healthz        liveness and inventory counts
 *   GET  /               the chat page (Web Chat), its scripts, and its endpoint POST /api/webchat/activities
 * Public routes are rate limited per client; every request gets an id and one log line.
 */
import restify, { type Next, type Request, type RequestHandler, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler, CloudAdapter, TurnContext } from 'botbuilder';
import type { Assistant } from '../bot/assistant.js';
import type { Logger } from '../logger.js';
import { describeBadActivity } from './activityShape.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { REFERENCE_LANGUAGE } from '../inventory/taxonomy.js';
import { languageOfLocale } from '../language/resolveLanguage.js';
import { renderPage } from '../web/page.js';
import { PageChannel, webChatBundlePath } from '../web/webchatRoute.js';
import { runSearch } from './searchRoute.js';
import { RequestTracker } from './lifecycle.js';

/** Activities are small; anything larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Per client: a burst of this many requests, then this many a second. */
export interface RateLimit {
  burst: number;
  rate: number;
}

export const RATE_LIMITS = {
  /** The page's chat endpoint: each request is a turn. */
  chat: { burst: 20, rate: 2 },
  search: { burst: 30, rate: 5 },
  /** The page, its scripts and the documents it links to. */
  files: { burst: 60, rate: 10 },
} satisfies Record<string, RateLimit>;

const fileCache = new Map<string, Buffer>();
async function sendFile(res: Response, file: string, type: string): Promise<void> {
  let content = fileCache.get(file);
  if (!content) {
    content = await readFile(file);
    fileCache.set(file, content);
  }
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'public, max-age=3600');
  res.sendRaw(200, content);
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  assistant: Assistant;
  logger: Logger;
  /** What a failed turn on the page's endpoint does; the CloudAdapter has its own. */
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  /** Take the client's address for rate limits from the last X-Forwarded-For entry. */
  trustProxy?: boolean;
  /** Log message texts (off unless an operator asks: they can hold personal data). */
  logMessageText?: boolean;
  rateLimits?: typeof RATE_LIMITS;
  /** What /healthz says of the state store, e.g. { kind: 'azure-blob:…', available: true }. */
  storageHealth?: () => { kind: string; available: boolean };
}

export interface AssistantServer {
  server: Server;
  requests: RequestTracker;
}

export function createServer(deps: ServerDeps): AssistantServer {
  const { adapter, bot, assistant, logger } = deps;
  const limits = deps.rateLimits ?? RATE_LIMITS;
  // restify logs through its own logger; only warnings and worse, never URLs with questions in them.
  const server = restify.createServer({ name: 'clip-housing-assistant', handleUncaughtExceptions: false, log: logger.child({ component: 'restify' }, { level: 'warn' }) as never });
  const requests = new RequestTracker(server, logger);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }));
  server.use(requests.scope());

  const page = new PageChannel(bot, deps.onTurnError);
  const bundle = webChatBundlePath();
  const clientScript = path.join(PROJECT_ROOT, 'src', 'web', 'client.js');
  const limit = rateLimiter(deps.trustProxy ?? false);
  const logActivity = (body: Partial<Activity>) =>
    logger.info(
      { channel: body.channelId, activityType: body.type, locale: body.locale, textLength: body.text?.length ?? 0, ...(deps.logMessageText ? { text: body.text } : {}) },
      'activity',
    );

  server.get('/', limit(limits.files), async (req: Request, res: Response) => {
    const language = languageOfLocale(String(req.query?.lang ?? '')) ?? REFERENCE_LANGUAGE;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.sendRaw(200, renderPage(assistant.localizer, language));
  });
  server.get('/webchat/webchat.js', limit(limits.files), async (_req: Request, res: Response) => sendFile(res, bundle, 'text/javascript; charset=utf-8'));
  server.get('/webchat/client.js', limit(limits.files), async (_req: Request, res: Response) => sendFile(res, clientScript, 'text/javascript; charset=utf-8'));
  server.post('/api/webchat/activities', limit(limits.chat), async (req: Request, res: Response) => {
    const result = await page.turn(req.body);
    if (result.status === 200) logActivity(req.body as Partial<Activity>);
    res.send(result.status, result.body);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = describeBadActivity(req.body);
    if (problem !== undefined) {
      res.send(400, { error: problem });
      return;
    }
    logActivity(req.body as Partial<Activity>);
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/api/search', limit(limits.search), async (req: Request, res: Response) => {
    const result = runSearch(req.query as Record<string, unknown>, assistant);
    res.send(result.status, result.body);
  });

  server.get('/documents/:id', limit(limits.files), async (req: Request, res: Response) => {
    const document = assistant.inventory.documents.get(String(req.params.id));
    if (!document?.originalText) {
      res.send(404, { error: 'no such document' });
      return;
    }
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.sendRaw(200, document.originalText);
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const { cities, practices, passages } = assistant.inventory;
    // Still 200 while the store is down: the instance answers (with an apology) and should stay in the pool.
    res.send(200, { status: 'ok', cities: cities.size, practices: practices.size, passages: passages.size, storage: deps.storageHealth?.() ?? { kind: 'memory', available: true } });
  });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    // The throttle refuses with a bare 429; clients are told when to come back.
    const retryAfter = (req as LimitedRequest).retryAfterSeconds;
    if (error.statusCode === 429 && retryAfter !== undefined) res.header('Retry-After', String(retryAfter));
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, route: req.getRoute?.()?.path }, 'request failed');
    callback();
  });
  return { server, requests };
}

type LimitedRequest = Request & { retryAfterSeconds?: number; username?: string };

/**
 * restify's token-bucket throttle, one table per route. The client is the socket's address, or
 * behind a trusted proxy the last X-Forwarded-For entry (the one the proxy added; earlier entries
 * are the client's own word). The key goes in through the throttle's `username` option.
 */
function rateLimiter(trustProxy: boolean) {
  const clientOf = (req: Request): string => {
    const forwarded = trustProxy ? req.header('x-forwarded-for') : undefined;
    const last = forwarded?.split(',').pop()?.trim();
    return last || req.socket.remoteAddress || 'unknown';
  };
  return ({ burst, rate }: RateLimit): RequestHandler[] => {
    const throttle = restify.plugins.throttle({ burst, rate, username: true });
    const identify: RequestHandler = (req: Request, _res: Response, next: Next) => {
      const limited = req as LimitedRequest;
      limited.username = clientOf(req);
      limited.retryAfterSeconds = Math.max(1, Math.ceil(1 / rate));
      return next();
    };
    return [identify, throttle];
  };
}
