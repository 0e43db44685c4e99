import { randomUUID, type KeyObject } from 'node:crypto';
import { actorSchema, type Actor } from '@liaison/contracts';
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../../errors';

/**
 * Service identity on gRPC (docs/adr/0009-verified-service-identity.md): every call carries
 * `authorization: Bearer <jwt>`, signed by the calling process (the gateway for a user, a
 * service for its own reactions and schedulers or for the user it acts for), with
 *   iss  the calling process (`gateway`, `operations`, …),
 *   aud  the called gRPC service (`liaison.v1.LeadsService`): a token is good for one service,
 *   sub  the officer, `unit` and `roles` the rest of the actor,
 *   iat/exp  a short life (60 s by default, 300 s at most), jti a fresh id.
 * The callee verifies signature, issuer, audience and expiry before it trusts any of it.
 */
export interface IdentitySigner {
  readonly issuer: string;
  /** A bearer token saying that `actor` calls `audience` (a gRPC service's full name). */
  tokenFor(actor: Actor, audience: string): Promise<string>;
}

export interface IdentityVerifier {
  /** The actor of a token addressed to `audience`; UnauthenticatedError when it is not valid. */
  verify(token: string, audience: string): Promise<Actor>;
}

/** Tokens that would live longer than this are refused, whoever signed them. */
export const MAX_TOKEN_LIFETIME_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 5;
const CACHE_LIMIT = 10_000;
export const IDENTITY_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256'];

/** The JWS algorithm a private key signs with. */
export function algorithmOf(key: KeyObject): string {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'EdDSA';
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (curve === 'prime256v1' || curve === 'P-256') return 'ES256';
      if (curve === 'secp384r1' || curve === 'P-384') return 'ES384';
      throw new Error(`unsupported EC curve ${curve} for service identity (use P-256, P-384 or Ed25519)`);
    }
    case 'rsa':
      return 'RS256';
    default:
      throw new Error(`unsupported key type ${key.asymmetricKeyType} for service identity (use Ed25519, P-256 or RSA)`);
  }
}

/**
 * Signs identity tokens with `privateKey`. A token is reused for the same actor and audience
 * until half its life is gone, so a busy gateway signs a few tokens a minute, not one per call.
 */
export function createIdentitySigner(options: {
  issuer: string;
  privateKey: KeyObject;
  keyId?: string;
  ttlSeconds?: number;
  clock?: () => number;
}): IdentitySigner {
  const ttlSeconds = Math.min(options.ttlSeconds ?? 60, MAX_TOKEN_LIFETIME_SECONDS);
  const alg = algorithmOf(options.privateKey);
  const now = options.clock ?? Date.now;
  const cache = new Map<string, { token: string; renewAt: number }>();
  return {
    issuer: options.issuer,
    async tokenFor(actor, audience) {
      const key = `${audience}\n${actor.officerId}\n${actor.unitId}\n${actor.roles.join(',')}\n${actor.clearance ?? ''}`;
      const cached = cache.get(key);
      if (cached && cached.renewAt > now()) return cached.token;
      const issuedAt = Math.floor(now() / 1000);
      const token = await new SignJWT({
        unit: actor.unitId,
        roles: actor.roles,
        ...(actor.clearance ? { clearance: actor.clearance } : {}),
      })
        .setProtectedHeader({ alg, typ: 'JWT', ...(options.keyId ? { kid: options.keyId } : {}) })
        .setIssuer(options.issuer)
        .setAudience(audience)
        .setSubject(actor.officerId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .setJti(randomUUID())
        .sign(options.privateKey);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, { token, renewAt: now() + (ttlSeconds * 1000) / 2 });
      return token;
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'identity token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `identity token claim "${error.claim}" invalid (${error.reason})`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'identity token signature invalid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'identity token signed with a key that is not trusted';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'identity token algorithm not allowed';
  if (error instanceof joseErrors.JOSEError) return `identity token invalid (${error.code})`;
  return 'identity token invalid';
}

/**
 * Verifies identity tokens against `keys` (a public key or a key set), accepting only
 * `trustedIssuers` and the called service as audience. A token verified once is remembered
 * until it expires, so repeated calls with the same token cost a map lookup.
 */
export function createIdentityVerifier(options: {
  keys: KeyObject | JWTVerifyGetKey;
  trustedIssuers: readonly string[];
  clock?: () => number;
}): IdentityVerifier {
  const now = options.clock ?? Date.now;
  const cache = new Map<string, { actor: Actor; expiresAt: number }>();
  const issuers = [...options.trustedIssuers];
  return {
    async verify(token, audience) {
      const cacheKey = `${audience} ${token}`;
      const cached = cache.get(cacheKey);
      if (cached && cached.expiresAt > now()) return cached.actor;

      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, options.keys as KeyObject, {
          issuer: issuers,
          audience,
          algorithms: IDENTITY_ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['iss', 'aud', 'sub', 'iat', 'exp'],
          currentDate: options.clock ? new Date(now()) : undefined,
        }));
      } catch (error) {
        throw new UnauthenticatedError(describe(error), { audience });
      }
      if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS) {
        throw new UnauthenticatedError(`identity token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS} s`, { audience });
      }
      const parsed = actorSchema.safeParse({
        officerId: payload.sub,
        unitId: payload.unit,
        roles: payload.roles,
        clearance: payload.clearance,
      });
      if (!parsed.success)
        throw new UnauthenticatedError('identity token does not name a valid actor (sub, unit, roles, clearance)', { audience });

      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(cacheKey, { actor: parsed.data, expiresAt: (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000 });
      return parsed.data;
    },
  };
}
