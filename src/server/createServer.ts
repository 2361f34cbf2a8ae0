/**
 * Builds the HTTP server without listening, so tests start it on port 0.
 *   POST /api/messages   Bot Framework activities (CloudAdapter; expectReplies supported)
 *   GET  /api/search     ranked inventory search as JSON
 *   GET  /documents/:id  the original text of a seed paper, which its passages cite
 *   GET  /healthz        liveness and inventory counts
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
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

/** Activities are small; anything larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 256 * 1024;
/** The page's endpoint: per client address, bursts of this many turns, then this many a second. */
const PAGE_BURST = 20;
const PAGE_RATE = 2;

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
}

export function createServer({ adapter, bot, assistant, logger }: ServerDeps): Server {
  const server = restify.createServer({ name: 'clip-housing-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }));

  const page = new PageChannel(bot);
  const bundle = webChatBundlePath();
  const clientScript = path.join(PROJECT_ROOT, 'src', 'web', 'client.js');
  const pageLimit = restify.plugins.throttle({ burst: PAGE_BURST, rate: PAGE_RATE, ip: true });

  server.get('/', async (req: Request, res: Response) => {
    const language = languageOfLocale(String(req.query?.lang ?? '')) ?? REFERENCE_LANGUAGE;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.sendRaw(200, renderPage(assistant.localizer, language));
  });
  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => sendFile(res, bundle, 'text/javascript; charset=utf-8'));
  server.get('/webchat/client.js', async (_req: Request, res: Response) => sendFile(res, clientScript, 'text/javascript; charset=utf-8'));
  server.post('/api/webchat/activities', pageLimit, async (req: Request, res: Response) => {
    const result = await page.turn(req.body);
    res.send(result.status, result.body);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = describeBadActivity(req.body);
    if (problem !== undefined) {
      res.send(400, { error: problem });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/api/search', async (req: Request, res: Response) => {
    const result = runSearch(req.query as Record<string, unknown>, assistant);
    res.send(result.status, result.body);
  });

  server.get('/documents/:id', async (req: Request, res: Response) => {
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
    res.send(200, { status: 'ok', cities: cities.size, practices: practices.size, passages: passages.size });
  });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    // The throttle refuses with a bare 429; clients are told when to come back.
    if (error.statusCode === 429) res.header('Retry-After', String(Math.ceil(1 / PAGE_RATE)));
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, url: req.url }, 'request failed');
    callback();
  });
  return server;
}
