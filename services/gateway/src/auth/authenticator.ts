import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Officer } from '@liaison/contracts';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DEV_ISSUER, type GatewayEnv } from '../config';
import type { OfficerLookup } from '../directory/officer-lookup';

/** Why a request is not authenticated; becomes 401 with `WWW-Authenticate: Bearer …`. */
export class AuthenticationFailure extends Error {
  constructor(
    message: string,
    /** RFC 6750 error code: absent when no credentials were sent at all. */
    readonly bearerError?: 'invalid_token' | 'invalid_request',
  ) {
    super(message);
    this.name = 'AuthenticationFailure';
  }
}

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  officer: { officerId: string; unitId: string; roles: string[] };
}

export interface Authenticator {
  readonly mode: 'dev' | 'oidc';
  /** Verifies a bearer token and returns the officer it stands for (from the directory). */
  authenticate(token: string): Promise<Actor>;
  /** dev only: a short-lived token for a seeded officer; undefined when the officer is unknown. */
  issue?(officerId: string): Promise<IssuedToken | undefined>;
}

const actorOf = (officer: Officer): Actor => ({
  officerId: officer.officerId,
  unitId: officer.unitId,
  roles: [...officer.roles],
  ...(officer.clearance ? { clearance: officer.clearance } : {}),
});

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `token claim "${error.claim}" invalid`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature invalid';
  if (error instanceof joseErrors.JOSEError) return `token invalid (${error.code})`;
  return 'token invalid';
}

/** The directory, not the token, is the authority on an officer's unit and roles. */
async function officerFor(payload: JWTPayload, claim: string, officers: OfficerLookup): Promise<Actor> {
  const officerId = payload[claim];
  if (typeof officerId !== 'string' || officerId === '') throw new AuthenticationFailure(`token has no "${claim}" claim`, 'invalid_token');
  const officer = await officers.findOfficer(officerId);
  if (!officer) throw new AuthenticationFailure('token names an officer unknown to the directory', 'invalid_token');
  return actorOf(officer);
}

async function verify(token: string, key: Uint8Array | JWTVerifyGetKey, options: Parameters<typeof jwtVerify>[2]): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, key as Uint8Array, options);
    return payload;
  } catch (error) {
    throw new AuthenticationFailure(describeJoseError(error), 'invalid_token');
  }
}

/** dev: the gateway signs HS256 tokens for seeded officers and verifies its own. */
export function createDevAuthenticator(options: {
  officers: OfficerLookup;
  secret?: string;
  issuer?: string;
  audience: string;
  ttlSeconds: number;
}): Authenticator {
  const secret = new TextEncoder().encode(options.secret ?? randomBytes(32).toString('base64url'));
  const issuer = options.issuer ?? DEV_ISSUER;
  return {
    mode: 'dev',
    async authenticate(token) {
      const payload = await verify(token, secret, { issuer, audience: options.audience, algorithms: ['HS256'] });
      return officerFor(payload, 'sub', options.officers);
    },
    async issue(officerId) {
      const officer = await options.officers.findOfficer(officerId);
      if (!officer) return undefined;
      const accessToken = await new SignJWT({ unit: officer.unitId, roles: officer.roles })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(officer.officerId)
        .setIssuer(issuer)
        .setAudience(options.audience)
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(`${options.ttlSeconds}s`)
        .sign(secret);
      return { accessToken, tokenType: 'Bearer', expiresIn: options.ttlSeconds, officer: actorOf(officer) };
    },
  };
}

/** Production: tokens of an external OpenID Connect issuer, verified against its JWKS. */
export function createOidcAuthenticator(options: {
  officers: OfficerLookup;
  issuer: string;
  audience: string;
  jwksUrl: string;
  officerClaim: string;
  /** Tests pass a local key set; production fetches (and caches) the issuer's. */
  keys?: JWTVerifyGetKey;
}): Authenticator {
  const keys = options.keys ?? createRemoteJWKSet(new URL(options.jwksUrl));
  return {
    mode: 'oidc',
    async authenticate(token) {
      const payload = await verify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'],
      });
      return officerFor(payload, options.officerClaim, options.officers);
    },
  };
}

export function createAuthenticator(env: GatewayEnv, officers: OfficerLookup): Authenticator {
  if (env.AUTH_MODE === 'oidc') {
    return createOidcAuthenticator({
      officers,
      issuer: env.AUTH_ISSUER!,
      audience: env.AUTH_AUDIENCE,
      jwksUrl: env.AUTH_JWKS_URL!,
      officerClaim: env.AUTH_OFFICER_CLAIM,
    });
  }
  return createDevAuthenticator({
    officers,
    secret: env.AUTH_DEV_SECRET,
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    ttlSeconds: env.AUTH_TOKEN_TTL_SECONDS,
  });
}
