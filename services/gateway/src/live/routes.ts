import { decodeJwt } from 'jose';
import { Router, type RequestHandler } from 'express';
import { contextOf } from '../http/request-context';
import type { LiveFeed } from './live-feed';

export const LIVE_PATH = '/api/v1/live';

/** A comment line every so often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * GET /api/v1/live (after `authenticate`): server-sent events, one `notice` event per change the
 * officer may see (LiveFeed decides). The stream ends when the bearer token expires, so a
 * session never outlives its token; the console then signs out.
 */
export function liveRouter(feed: LiveFeed): Router {
  const router = Router();
  const stream: RequestHandler = (req, res) => {
    const actor = contextOf(res).actor!;
    const token = /^Bearer\s+(\S+)/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    const exp = decodeJwt(token).exp;
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`event: ready\ndata: ${JSON.stringify({ officerId: actor.officerId, unitId: actor.unitId })}\n\n`);
    const unsubscribe = feed.subscribe(actor, (notice) => {
      res.write(`event: notice\ndata: ${JSON.stringify(notice)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const expiry = exp
      ? setTimeout(
          () => {
            res.write('event: expired\ndata: {}\n\n');
            res.end();
          },
          Math.max(0, exp * 1000 - Date.now()),
        )
      : undefined;
    res.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
    });
  };
  router.get('/', stream);
  return router;
}
