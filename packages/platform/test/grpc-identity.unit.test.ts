import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { exportJWK, SignJWT } from 'jose';
import type { Actor } from '@liaison/contracts';
import { ConfigError, grpcServiceConfigSchema, loadConfig } from '../src/config';
import { UnauthenticatedError } from '../src/errors';
import { createIdentitySigner, createIdentityVerifier, grpcSecurityFromConfig } from '../src/grpc';

const LEADS = 'liaison.v1.LeadsService';
const officer: Actor = { officerId: 'officer-jinshui-msb-li', unitId: 'jinshui-msb', roles: ['liaison_officer'] };
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const verifier = createIdentityVerifier({ keys: publicKey, trustedIssuers: ['gateway', 'operations'] });
const gateway = createIdentitySigner({ issuer: 'gateway', privateKey });

describe('service identity tokens', () => {
  it('carry the actor to the service they are addressed to', async () => {
    const token = await gateway.tokenFor(officer, LEADS);
    await expect(verifier.verify(token, LEADS)).resolves.toEqual(officer);
  });

  it('are refused by any other service (audience)', async () => {
    const token = await gateway.tokenFor(officer, LEADS);
    await expect(verifier.verify(token, 'liaison.v1.OperationsService')).rejects.toThrow(/claim "aud" invalid/);
  });

  it('are refused from an issuer that is not trusted', async () => {
    const stranger = createIdentitySigner({ issuer: 'someone-else', privateKey });
    await expect(verifier.verify(await stranger.tokenFor(officer, LEADS), LEADS)).rejects.toThrow(/claim "iss" invalid/);
  });

  it('are refused when signed with another key (signature)', async () => {
    const forger = createIdentitySigner({ issuer: 'gateway', privateKey: generateKeyPairSync('ed25519').privateKey });
    await expect(verifier.verify(await forger.tokenFor(officer, LEADS), LEADS)).rejects.toThrow(/signature invalid/);
  });

  it('are refused once expired', async () => {
    const past = Date.now() - 10 * 60_000;
    const old = createIdentitySigner({ issuer: 'gateway', privateKey, ttlSeconds: 60, clock: () => past });
    const error = await verifier.verify(await old.tokenFor(officer, LEADS), LEADS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as Error).message).toBe('identity token expired');
  });

  it('are refused when they would live longer than five minutes', async () => {
    const now = Math.floor(Date.now() / 1000);
    const longLived = await new SignJWT({ unit: officer.unitId, roles: officer.roles })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('gateway')
      .setAudience(LEADS)
      .setSubject(officer.officerId)
      .setIssuedAt(now)
      .setExpirationTime(now + 3_600)
      .sign(privateKey);
    await expect(verifier.verify(longLived, LEADS)).rejects.toThrow(/longer than 300 s/);
  });

  it('are refused when they name no valid actor, or are not JWTs at all', async () => {
    const now = Math.floor(Date.now() / 1000);
    const noUnit = await new SignJWT({ roles: ['liaison_officer'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('gateway')
      .setAudience(LEADS)
      .setSubject('officer-x')
      .setIssuedAt(now)
      .setExpirationTime(now + 30)
      .sign(privateKey);
    await expect(verifier.verify(noUnit, LEADS)).rejects.toThrow(/valid actor/);
    await expect(verifier.verify('not-a-token', LEADS)).rejects.toThrow(UnauthenticatedError);
  });

  it('are reused for the same actor and audience while fresh, new for another', async () => {
    const first = await gateway.tokenFor(officer, LEADS);
    expect(await gateway.tokenFor(officer, LEADS)).toBe(first);
    expect(await gateway.tokenFor({ ...officer, roles: ['analyst'] }, LEADS)).not.toBe(first);
  });
});

describe('grpcSecurityFromConfig', () => {
  const infra = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017' };
  const schema = grpcServiceConfigSchema('leads');

  it('keys mode: signs with the configured key and trusts the configured JWKS', async () => {
    const jwk = { ...(await exportJWK(publicKey)), kid: 'operations', alg: 'EdDSA' };
    const config = loadConfig(schema, {
      ...infra,
      SERVICE_IDENTITY_ISSUER: 'operations',
      SERVICE_IDENTITY_MODE: 'keys',
      SERVICE_IDENTITY_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n'),
      SERVICE_IDENTITY_PUBLIC_KEYS: JSON.stringify({ keys: [jwk] }),
    });
    const security = grpcSecurityFromConfig(config, {});
    const token = await security.signer!.tokenFor(officer, LEADS);
    await expect(security.verifier.verify(token, LEADS)).resolves.toEqual(officer);
    expect(security.describe).toMatchObject({ identity: 'keys', issuer: 'operations', tls: 'off' });
  });

  it('by default, a service trusts the gateway and the services the manifest says call it (operations, evidence and intake call leads)', () => {
    expect(loadConfig(schema, infra)).toMatchObject({
      SERVICE_IDENTITY_ISSUER: 'leads',
      SERVICE_IDENTITY_TRUSTED_ISSUERS: ['gateway', 'operations', 'evidence', 'intake'],
    });
    expect(loadConfig(grpcServiceConfigSchema('operations'), infra).SERVICE_IDENTITY_TRUSTED_ISSUERS).toEqual(['gateway', 'evidence']);
    expect(loadConfig(schema, { ...infra, SERVICE_NAME: 'leads-test-1' }).SERVICE_IDENTITY_ISSUER).toBe('leads');
  });

  it('keys mode without trusted keys, or dev keys in production, fail at start-up', () => {
    expect(() => grpcSecurityFromConfig(loadConfig(schema, { ...infra, SERVICE_IDENTITY_MODE: 'keys' }), {})).toThrow(ConfigError);
    expect(() => grpcSecurityFromConfig(loadConfig(schema, infra), { NODE_ENV: 'production' })).toThrow(/SERVICE_IDENTITY_MODE/);
    const pem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    expect(() => loadConfig(schema, { ...infra, GRPC_TLS_CERT: '/nonexistent/cert.pem' })).toThrow(/GRPC_TLS_CERT/);
    expect(() => grpcSecurityFromConfig(loadConfig(schema, { ...infra, GRPC_TLS_CERT: pem }), {})).toThrow(/GRPC_TLS_KEY/);
  });
});
