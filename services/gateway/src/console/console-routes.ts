import type { Directory } from '@liaison/contracts';
import express, { Router, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HttpProblem } from '../http/problems';
import { contextOf } from '../http/request-context';

export interface ConsoleOptions {
  distDir: string;
  authMode: 'dev' | 'oidc';
  /** oidc: where the console signs in (authorization code + PKCE). */
  oidc?: { issuer: string; clientId: string; scope: string; audience: string };
  directory: Directory;
  /** The gateway's bearer-token check, for `/console/me` (who the token stands for; OIDC sign-in needs it). */
  authenticate: RequestHandler;
}

/** Paths the console never answers, so an API typo stays a problem+json 404. */
const NOT_CONSOLE = /^\/(api|healthz|readyz)(\/|$)/;

/**
 * The console's Content-Security-Policy: its own scripts and styles only, no inline script, no
 * framing; fetches go to the gateway itself and, in OIDC mode, to the issuer's token endpoint.
 */
export function consoleCsp(oidcIssuer?: string): string {
  const issuer = oidcIssuer ? ` ${new URL(oidcIssuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${issuer}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self'${issuer}`,
  ].join('; ');
}

/**
 * The web console at `/` (ADR 0026): the built files (hashed assets cached for good, index.html
 * never), `/console/config.json` (how to sign in; in dev mode the seeded officers to pick from),
 * and the single-page fallback: any other GET for HTML that is not an API path gets index.html.
 */
export function consoleRouter(options: ConsoleOptions): Router {
  const router = Router();
  const csp = consoleCsp(options.oidc?.issuer);
  const index = join(options.distDir, 'index.html');
  const headers: RequestHandler = (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };

  router.get('/console/config.json', (_req, res) => {
    const { directory } = options;
    const unitOf = (unitId: string) => directory.unit(unitId);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      authMode: options.authMode,
      oidc: options.authMode === 'oidc' ? options.oidc : null,
      // Reference data, as the registry keeps it (the directory follows it, ADR 0016): names in Chinese and English.
      jurisdictions: directory.data.jurisdictions.map((j) => ({ jurisdictionId: j.jurisdictionId, name: j.name, nameZh: j.nameZh })),
      // Dev mode only: the picker of seeded officers (the same officers POST /api/v1/auth/token accepts).
      officers:
        options.authMode === 'dev'
          ? directory.allOfficers().map((o) => ({
              officerId: o.officerId,
              name: o.name,
              roles: o.roles,
              unitId: o.unitId,
              unitName: unitOf(o.unitId)?.name ?? o.unitId,
              unitNameZh: unitOf(o.unitId)?.nameZh ?? o.unitId,
            }))
          : [],
    });
  });
  router.get('/console/me', options.authenticate, (_req, res) => {
    const actor = contextOf(res).actor!;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ officerId: actor.officerId, unitId: actor.unitId, roles: actor.roles });
  });
  router.use(
    headers,
    express.static(options.distDir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join('assets', '')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_CONSOLE.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index))
      throw new HttpProblem(
        503,
        'unavailable',
        'Console not built',
        'the web console is not built: run `npm run build -w @liaison/console`',
      );
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
