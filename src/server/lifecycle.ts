/**
 * Request bookkeeping for the server: request ids, one log line per request, and a graceful
 * shutdown that stops taking requests, lets the turns in flight finish, then resolves.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Request, Response, Server } from 'restify';
import { requestScope, type Logger } from '../logger.js';

/** A caller's own request id is kept when it is short and plain; anything else gets a fresh one. */
const CALLER_ID = /^[\w.:-]{1,64}$/;

export class RequestTracker {
  private active = 0;
  private draining = false;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly server: Server,
    private readonly logger: Logger,
  ) {
    server.pre((req: Request, res: Response, next: (error?: unknown) => void) => {
      const given = req.header('x-request-id');
      const requestId = given && CALLER_ID.test(given) ? given : randomUUID();
      (req as Request & { requestId: string }).requestId = requestId;
      res.setHeader('x-request-id', requestId);
      if (this.draining) {
        res.setHeader('connection', 'close');
        res.setHeader('retry-after', '1');
        res.send(503, { error: 'shutting down' });
        return next(false);
      }
      const started = performance.now();
      this.active += 1;
      res.once('close', () => {
        this.active -= 1;
        // The route's pattern, never the URL: a query string can hold a user's question.
        const route = (req.getRoute?.()?.path as string | undefined) ?? '(no route)';
        this.logger.info({ reqId: requestId, method: req.method, route, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
        if (this.active === 0) this.waiters.splice(0).forEach((wake) => wake());
      });
      return next();
    });
  }

  /** Run the rest of the handler chain inside the request's logging scope (after body parsing). */
  scope() {
    return (req: Request, _res: Response, next: () => void) => requestScope.run({ requestId: (req as Request & { requestId: string }).requestId }, next);
  }

  get inFlight(): number {
    return this.active;
  }

  /** Stop accepting, wait for the requests in flight (at most graceMs), close what is left. */
  async shutdown(graceMs = 10_000): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.server.closeIdleConnections();
    const idle = this.active === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.waiters.push(resolve));
    const finished = await Promise.race([idle.then(() => true), sleep(graceMs).then(() => false)]);
    if (!finished) this.logger.warn({ inFlight: this.active }, 'shutdown: requests still running after the grace period');
    this.server.server.closeAllConnections();
    await closed;
  }
}
