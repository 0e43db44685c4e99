import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import { ConfigError, loadConfig } from '@liaison/platform';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { AuthenticationFailure, createDevAuthenticator, createOidcAuthenticator } from '../src/auth/authenticator';
import { gatewayEnvSchema } from '../src/config';
import { inMemoryOfficers } from '../src/directory/officer-lookup';

const directory = loadDirectory();
const officers = inMemoryOfficers(directory);
const SECRET = 'a-test-secret-that-is-long-enough-1234567890';

async function rejection(promise: Promise<unknown>): Promise<AuthenticationFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationFailure);
    return error as AuthenticationFailure;
  }
  throw new Error('expected a rejection');
}

describe('dev authenticator (HS256, issued by the gateway)', () => {
  const dev = createDevAuthenticator({ officers, secret: SECRET, audience: 'liaison', ttlSeconds: 300 });

  it('issues a token for a seeded officer and verifies it back to the directory entry', async () => {
    const token = await dev.issue!('officer-jinshui-msb-li');
    expect(token).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 300,
      officer: { officerId: 'officer-jinshui-msb-li', unitId: 'msb-jinshui' },
    });
    const claims = JSON.parse(Buffer.from(token!.accessToken.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({
      sub: 'officer-jinshui-msb-li',
      unit: 'msb-jinshui',
      roles: ['liaison_officer'],
      iss: 'liaison-gateway-dev',
      aud: 'liaison',
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
    await expect(dev.authenticate(token!.accessToken)).resolves.toEqual({
      officerId: 'officer-jinshui-msb-li',
      unitId: 'msb-jinshui',
      roles: ['liaison_officer'],
    });
  });

  it('issues nothing for an unknown officer', async () => {
    await expect(dev.issue!('officer-nobody')).resolves.toBeUndefined();
  });

  it('rejects expired, foreign, tampered and garbage tokens', async () => {
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-jinshui-msb-li')
      .setIssuer('liaison-gateway-dev')
      .setAudience('liaison')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(key);
    expect((await rejection(dev.authenticate(expired))).message).toBe('token expired');

    const otherAudience = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-jinshui-msb-li')
      .setIssuer('liaison-gateway-dev')
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .sign(key);
    expect((await rejection(dev.authenticate(otherAudience))).message).toMatch(/aud/);

    const otherKey = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-jinshui-msb-li')
      .setIssuer('liaison-gateway-dev')
      .setAudience('liaison')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    expect((await rejection(dev.authenticate(otherKey))).message).toBe('token signature invalid');

    const unknownOfficer = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-ghost')
      .setIssuer('liaison-gateway-dev')
      .setAudience('liaison')
      .setExpirationTime('5m')
      .sign(key);
    expect((await rejection(dev.authenticate(unknownOfficer))).message).toMatch(/unknown to the directory/);

    expect((await rejection(dev.authenticate('not.a.jwt'))).bearerError).toBe('invalid_token');
  });

  it('takes unit and roles from the directory, not from the token', async () => {
    const forged = await new SignJWT({ unit: 'lgo-city', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-erqi-msb-wang')
      .setIssuer('liaison-gateway-dev')
      .setAudience('liaison')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    await expect(dev.authenticate(forged)).resolves.toMatchObject({ officerId: 'officer-erqi-msb-wang', unitId: 'msb-erqi' });
  });
});

describe('OIDC authenticator (external issuer, JWKS over HTTP)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: KeyLike;
  let jwks: { keys: JWK[] };
  const ISSUER = 'https://idp.example.test/realms/liaison';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; exp?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? 'liaison')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(privateKey);

  it('verifies a token against the fetched key set and maps the officer claim via the directory', async () => {
    const oidc = createOidcAuthenticator({ officers, issuer: ISSUER, audience: 'liaison', jwksUrl, officerClaim: 'preferred_username' });
    expect(oidc.issue).toBeUndefined();
    const token = await sign({ sub: 'idp-user-123', preferred_username: 'officer-city-lgo-analyst' });
    await expect(oidc.authenticate(token)).resolves.toMatchObject({ officerId: 'officer-city-lgo-analyst', roles: ['analyst'] });
  });

  it('rejects a wrong issuer, a token missing the officer claim, and a token signed by another key', async () => {
    const oidc = createOidcAuthenticator({ officers, issuer: ISSUER, audience: 'liaison', jwksUrl, officerClaim: 'preferred_username' });
    expect(
      (await rejection(oidc.authenticate(await sign({ preferred_username: 'officer-jinshui-msb-li' }, { issuer: 'https://evil.test' }))))
        .message,
    ).toMatch(/iss/);
    expect((await rejection(oidc.authenticate(await sign({ sub: 'x' })))).message).toMatch(/preferred_username/);
    const stranger = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ preferred_username: 'officer-jinshui-msb-li' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience('liaison')
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    expect((await rejection(oidc.authenticate(foreign))).message).toBe('token signature invalid');
  });

  it('refuses HS256 tokens in OIDC mode (no algorithm confusion)', async () => {
    const oidc = createOidcAuthenticator({ officers, issuer: ISSUER, audience: 'liaison', jwksUrl, officerClaim: 'sub' });
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-jinshui-msb-li')
      .setIssuer(ISSUER)
      .setAudience('liaison')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    await rejection(oidc.authenticate(hs));
  });
});

describe('auth configuration', () => {
  const base = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017' };
  it('defaults to dev mode', () => {
    expect(loadConfig(gatewayEnvSchema, base)).toMatchObject({
      AUTH_MODE: 'dev',
      AUTH_AUDIENCE: 'liaison',
      AUTH_TOKEN_TTL_SECONDS: 900,
      HTTP_PORT: 8080,
      LEADS_GRPC_ADDRESS: '127.0.0.1:50051',
    });
  });
  it('requires issuer and JWKS URL in oidc mode', () => {
    try {
      loadConfig(gatewayEnvSchema, { ...base, AUTH_MODE: 'oidc' });
      throw new Error('expected ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.variable).sort()).toEqual(['AUTH_ISSUER', 'AUTH_JWKS_URL']);
    }
  });
});
