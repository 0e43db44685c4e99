import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../dist/generated/openapi';
import { currentSession, endSession } from '../auth/session';

/** Types of the gateway's schemas, generated from its OpenAPI document (build.ts). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

const auth: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: the session is over, whatever the page was doing.
    if (response.status === 401 && currentSession()) endSession('expired');
    return response;
  },
};

/** The one client of the public REST API; paths, parameters and bodies are checked against the document. */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

/** Field path → message from a problem's `issues` (400 validation answers). */
export function fieldErrors(problem: unknown): Record<string, string> {
  const issues = (problem as Problem | undefined)?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
}

export const problemDetail = (problem: unknown): string => {
  const p = problem as Partial<Problem> | undefined;
  return p?.detail ?? p?.title ?? String(problem);
};
