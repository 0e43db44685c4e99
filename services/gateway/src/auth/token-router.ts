import { Router } from 'express';
import { HttpProblem } from '../http/problems';
import { parse } from '../http/validate';
import { tokenRequestSchema } from '../leads/schemas';
import type { Authenticator } from './authenticator';

/**
 * POST /api/v1/auth/token {officerId}: dev mode only. In production (AUTH_MODE=oidc) the route
 * does not exist (404): tokens come from the organisation's identity provider.
 */
export function tokenRouter(authenticator: Authenticator): Router {
  const router = Router();
  router.post('/token', async (req, res) => {
    const issue = authenticator.issue;
    if (!issue)
      throw new HttpProblem(404, 'not-found', 'Not found', 'token issuing is disabled (AUTH_MODE=oidc); use your identity provider');
    const { officerId } = parse(tokenRequestSchema, req.body ?? {});
    const token = await issue(officerId);
    if (!token) {
      throw new HttpProblem(400, 'validation', 'Invalid request', `unknown officer ${officerId}`, {
        issues: [{ path: 'officerId', message: 'not a seeded officer' }],
      });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(token);
  });
  return router;
}
