import * as oauth from 'oauth4webapi';
import type { ConsoleConfig } from './console-config';
import { startSession } from './session';

/** The authorization-code flow with PKCE (RFC 7636) against the configured issuer, via oauth4webapi. */
export const CALLBACK_PATH = '/auth/callback';
const PENDING = 'liaison.oidc.pending';

const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url));
}

export async function beginOidcSignIn(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<void> {
  const as = await discover(oidc.issuer);
  if (!as.authorization_endpoint) throw new Error('the issuer publishes no authorization endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, back: location.pathname }));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', oidc.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  location.assign(url.href);
}

/** On /auth/callback: the code for a token, then who it stands for (GET /console/me); returns where to go. */
export async function completeOidcSignIn(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    verifier: string;
    state: string;
    nonce: string;
    back: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  if (!pending) throw new Error('no sign-in in progress');
  const as = await discover(oidc.issuer);
  const client: oauth.Client = { client_id: oidc.clientId };
  const params = oauth.validateAuthResponse(as, client, new URL(location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri(), pending.verifier);
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce });
  const me = await fetch('/console/me', { headers: { Authorization: `Bearer ${result.access_token}` } });
  if (!me.ok) throw new Error(`the gateway does not accept this token (HTTP ${me.status})`);
  const officer = (await me.json()) as { officerId: string; unitId: string; roles: string[] };
  startSession({ token: result.access_token, expiresAt: Date.now() + (result.expires_in ?? 300) * 1000, officer });
  return pending.back === CALLBACK_PATH ? '/' : pending.back;
}
