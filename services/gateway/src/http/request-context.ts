import { randomUUID } from 'node:crypto';
import type { Actor } from '@liaison/contracts';
import { contextLogger, extractFromHeaders, observeHttpRequest, withSpan, type HeaderBag, type Logger } from '@liaison/platform';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestContext {
  correlationId: string;
  logger: Logger;
  actor?: Actor;
}

/** Records where a router is mounted, for the route template in spans and logs. */
export const mountPoint: RequestHandler = (req, res, next) => {
  res.locals.mount = req.baseUrl;
  next();
};

/** What the middlewares below leave on `res.locals`. */
export const contextOf = (res: Response): RequestContext => res.locals.ctx as RequestContext;

export function actorOf(res: Response): Actor {
  const actor = contextOf(res).actor;
  if (!actor) throw new Error('route is missing the authenticate middleware');
  return actor;
}

/**
 * First middleware: a correlation id (the caller's `X-Correlation-Id` if well-formed, else a new
 * one, echoed in the response), a SERVER span continuing the caller's W3C trace context (the
 * gRPC client call runs inside it, so the trace continues into the services), and exactly one
 * structured log line per request with status and duration.
 */
export function requestContext(rootLogger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const offered = req.get(CORRELATION_HEADER);
    const correlationId = offered && CORRELATION_ID.test(offered) ? offered : randomUUID();
    res.setHeader('X-Correlation-Id', correlationId);
    const logger = contextLogger(rootLogger, { correlationId });
    res.locals.ctx = { correlationId, logger } satisfies RequestContext;

    const attributes = { 'http.request.method': req.method, 'url.path': req.path, 'liaison.correlation_id': correlationId };
    void withSpan(
      `${req.method} ${req.path}`,
      SpanKind.SERVER,
      attributes,
      (span) =>
        new Promise<void>((resolve) => {
          let done = false;
          const finish = () => {
            if (done) return;
            done = true;
            const route = (req.route as { path?: string } | undefined)?.path;
            // Express restores req.baseUrl when a request leaves a router (e.g. for the error
            // handler), so mounted routers record their mount point in res.locals.mount.
            const mount = typeof res.locals.mount === 'string' ? res.locals.mount : req.baseUrl;
            const fullRoute = route ? `${mount}${route}` : undefined;
            if (fullRoute) {
              span.updateName(`${req.method} ${fullRoute}`);
              span.setAttribute('http.route', fullRoute);
            }
            span.setAttribute('http.response.status_code', res.statusCode);
            observeHttpRequest(req.method, fullRoute, res.statusCode, (performance.now() - started) / 1000);
            if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
            const actor = contextOf(res).actor;
            if (actor) span.setAttributes({ 'liaison.officer_id': actor.officerId, 'liaison.unit_id': actor.unitId });
            const { traceId, spanId } = span.spanContext();
            const line = {
              method: req.method,
              path: req.originalUrl,
              route: fullRoute,
              status: res.statusCode,
              durationMs: Math.round(performance.now() - started),
              officerId: actor?.officerId,
              traceId,
              spanId,
              // 503 is an expected outcome (a service is down): its reason, not a stack trace.
              ...(res.statusCode === 503 && res.locals.error instanceof Error ? { reason: res.locals.error.message } : {}),
              ...(res.statusCode >= 500 && res.statusCode !== 503 && res.locals.error ? { err: res.locals.error } : {}),
              ...(res.writableFinished ? {} : { aborted: true }),
            };
            if (res.statusCode === 503) logger.warn(line, 'request failed: dependency unavailable');
            else if (res.statusCode >= 500) logger.error(line, 'request failed');
            else logger.info(line, 'request completed');
            resolve();
          };
          res.once('finish', finish);
          res.once('close', finish);
          next();
        }),
      extractFromHeaders(req.headers as HeaderBag),
    );
  };
}
