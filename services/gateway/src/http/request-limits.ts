import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_TYPE_BASE } from '@liaison/platform';
import type { Express, RequestHandler } from 'express';
import { HttpProblem, problemFor, sendProblem } from './problems';

export interface RequestLimits {
  /** Largest request head (request line and headers) in bytes; beyond: 431 before any middleware runs. */
  maxHeaderBytes: number;
  /** Largest JSON body (express.json `limit`); beyond: 413. */
  maxJsonBody: string;
  /**
   * How long a request may take to get its answer; beyond: 503 with Retry-After. Longer than
   * the gRPC deadline so a slow service answers as itself first; streams (live, uploads,
   * exports) are exempt (`exempt`).
   */
  requestTimeoutMs: number;
  /** How long a client may take to send its whole request (a slow-loris client); beyond: 408. */
  receiveTimeoutMs: number;
}

/**
 * Node's own head limit (16 KiB) holds a bearer token many times over; a JSON body of 256 KiB
 * holds the longest lead; 30 s is six gRPC deadlines.
 */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxHeaderBytes: 16_384,
  maxJsonBody: '256kb',
  requestTimeoutMs: 30_000,
  receiveTimeoutMs: 60_000,
};

/**
 * The gateway's HTTP server: the app behind Node's limits on the request head and on how long
 * a client may take to send it. Node answers those itself, before express; `clientError`
 * turns its bare status lines into the same problem+json every other error is.
 */
export function createGatewayServer(app: Express, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Server {
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      requestTimeout: limits.receiveTimeoutMs,
      headersTimeout: Math.min(limits.receiveTimeoutMs, 60_000),
    },
    app,
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, slug, title, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'request-header-fields-too-large',
            'Request header fields too large',
            `the request head exceeds ${limits.maxHeaderBytes} bytes`,
          ]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'request-timeout', 'Request timeout', `the request was not received within ${limits.receiveTimeoutMs} ms`]
          : [400, 'bad-request', 'Bad request', 'malformed HTTP request'];
    const body = JSON.stringify({ type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

/**
 * A deadline on each request's answer: a request still unanswered after `timeoutMs` gets 503
 * problem+json with Retry-After (sendProblem), never a hanging socket or a 500. A command that
 * was still under way may still be applied: the client retries with its Idempotency-Key and gets
 * the first result. `exempt` names the streaming routes whose length is the client's business.
 */
export function requestDeadline(timeoutMs: number, exempt: (path: string, method: string) => boolean): RequestHandler {
  return (req, res, next) => {
    if (exempt(req.path, req.method)) return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const error = new HttpProblem(
        503,
        'timeout',
        'Service unavailable',
        `no answer within ${timeoutMs} ms; retry after the Retry-After seconds`,
      );
      res.locals.error = error;
      sendProblem(res, problemFor(error, req.originalUrl), error);
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

/** Whether a request carries a body (a length above 0, or chunked). */
export const hasBody = (headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean =>
  headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
