import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ConfigError, DEFAULT_TRUSTED_ISSUERS, type ConfigIssue, type GrpcSecurityConfig } from '../config';
import { devIdentityKey } from './identity/dev-key';
import { createIdentitySigner, createIdentityVerifier, type IdentitySigner, type IdentityVerifier } from './identity/identity-token';

/** Everything a process needs to call and serve gRPC securely: identity tokens and TLS. */
export interface GrpcSecurity {
  mode: 'dev' | 'keys';
  /** Signs the tokens of outgoing calls; null in keys mode without SERVICE_IDENTITY_SIGNING_KEY. */
  signer: IdentitySigner | null;
  verifier: IdentityVerifier;
  serverCredentials: grpc.ServerCredentials;
  channelCredentials: grpc.ChannelCredentials;
  /** Channel options for clients (TLS server-name override). */
  channelOptions: grpc.ChannelOptions;
  /** What to log at start-up (never key material). */
  describe: Record<string, unknown>;
}

const signerKeyOf = (pem: string, issues: ConfigIssue[]): KeyObject | null => {
  try {
    return createPrivateKey(pem);
  } catch (error) {
    issues.push({ variable: 'SERVICE_IDENTITY_SIGNING_KEY', message: `not a private key (${(error as Error).message})` });
    return null;
  }
};

const trustedKeysOf = (material: string, issues: ConfigIssue[]): KeyObject | JWTVerifyGetKey | null => {
  try {
    if (material.includes('-----BEGIN')) return createPublicKey(material);
    return createLocalJWKSet(JSON.parse(material) as JSONWebKeySet);
  } catch (error) {
    issues.push({ variable: 'SERVICE_IDENTITY_PUBLIC_KEYS', message: `neither a JWKS nor a public key PEM (${(error as Error).message})` });
    return null;
  }
};

/** The dev identity every local process shares (see identity/dev-key.ts). */
export function devIdentity(issuer: string, trustedIssuers: readonly string[] = DEFAULT_TRUSTED_ISSUERS, ttlSeconds = 60) {
  const privateKey = devIdentityKey();
  return {
    signer: createIdentitySigner({ issuer, privateKey, keyId: 'liaison-dev', ttlSeconds }),
    verifier: createIdentityVerifier({ keys: createPublicKey(privateKey), trustedIssuers }),
  };
}

function tlsOf(config: GrpcSecurityConfig, issues: ConfigIssue[]) {
  const { GRPC_TLS_CERT: cert, GRPC_TLS_KEY: key, GRPC_TLS_CA: ca } = config;
  if (Boolean(cert) !== Boolean(key)) {
    issues.push({ variable: cert ? 'GRPC_TLS_KEY' : 'GRPC_TLS_CERT', message: 'GRPC_TLS_CERT and GRPC_TLS_KEY go together' });
  }
  const pair = cert && key ? { cert_chain: Buffer.from(cert), private_key: Buffer.from(key) } : null;
  const caBuffer = ca ? Buffer.from(ca) : null;
  // Server: TLS with its certificate; with a CA, only clients holding a certificate it signed get in.
  const serverCredentials = pair
    ? grpc.ServerCredentials.createSsl(caBuffer, [pair], Boolean(caBuffer))
    : grpc.ServerCredentials.createInsecure();
  // Client: TLS as soon as a CA (or a client certificate) is configured; the certificate is presented for mTLS.
  const channelCredentials =
    caBuffer || pair
      ? grpc.credentials.createSsl(caBuffer, pair ? pair.private_key : null, pair ? pair.cert_chain : null)
      : grpc.credentials.createInsecure();
  const channelOptions: grpc.ChannelOptions = config.GRPC_TLS_SERVER_NAME
    ? { 'grpc.ssl_target_name_override': config.GRPC_TLS_SERVER_NAME }
    : {};
  const tls = pair ? (caBuffer ? 'mutual' : 'server') : caBuffer ? 'client' : 'off';
  return { serverCredentials, channelCredentials, channelOptions, tls };
}

/**
 * Identity and TLS from the validated environment (config/grpc-security.ts). Throws ConfigError
 * listing every inconsistent setting, so a deployment fails at start-up, not on its first call.
 */
export function grpcSecurityFromConfig(config: GrpcSecurityConfig, env: Record<string, string | undefined> = process.env): GrpcSecurity {
  const issues: ConfigIssue[] = [];
  const issuer = config.SERVICE_IDENTITY_ISSUER ?? config.SERVICE_NAME;
  const trustedIssuers = config.SERVICE_IDENTITY_TRUSTED_ISSUERS;
  const ttlSeconds = config.SERVICE_IDENTITY_TOKEN_TTL_SECONDS;
  const tls = tlsOf(config, issues);

  let signer: IdentitySigner | null = null;
  let verifier: IdentityVerifier | null = null;
  if (config.SERVICE_IDENTITY_MODE === 'dev') {
    if (env.NODE_ENV === 'production') {
      issues.push({
        variable: 'SERVICE_IDENTITY_MODE',
        message: 'dev keys are refused when NODE_ENV=production; set SERVICE_IDENTITY_MODE=keys',
      });
    } else {
      ({ signer, verifier } = devIdentity(issuer, trustedIssuers, ttlSeconds));
    }
  } else {
    const privateKey = config.SERVICE_IDENTITY_SIGNING_KEY ? signerKeyOf(config.SERVICE_IDENTITY_SIGNING_KEY, issues) : null;
    if (privateKey) signer = createIdentitySigner({ issuer, privateKey, keyId: config.SERVICE_IDENTITY_KEY_ID ?? issuer, ttlSeconds });
    const keys = config.SERVICE_IDENTITY_PUBLIC_KEYS
      ? trustedKeysOf(config.SERVICE_IDENTITY_PUBLIC_KEYS, issues)
      : config.SERVICE_IDENTITY_JWKS_URL
        ? createRemoteJWKSet(new URL(config.SERVICE_IDENTITY_JWKS_URL))
        : null;
    if (!config.SERVICE_IDENTITY_PUBLIC_KEYS && !config.SERVICE_IDENTITY_JWKS_URL) {
      issues.push({
        variable: 'SERVICE_IDENTITY_PUBLIC_KEYS',
        message: 'SERVICE_IDENTITY_MODE=keys needs SERVICE_IDENTITY_PUBLIC_KEYS or SERVICE_IDENTITY_JWKS_URL',
      });
    }
    if (keys) verifier = createIdentityVerifier({ keys, trustedIssuers });
  }
  if (issues.length > 0 || !verifier) throw new ConfigError(issues);

  return {
    mode: config.SERVICE_IDENTITY_MODE,
    signer,
    verifier,
    serverCredentials: tls.serverCredentials,
    channelCredentials: tls.channelCredentials,
    channelOptions: tls.channelOptions,
    describe: { identity: config.SERVICE_IDENTITY_MODE, issuer, trustedIssuers, canSign: Boolean(signer), tls: tls.tls },
  };
}

/** A signer that must exist: processes that call other services need SERVICE_IDENTITY_SIGNING_KEY. */
export function requireSigner(security: GrpcSecurity): IdentitySigner {
  if (!security.signer) {
    throw new ConfigError([
      { variable: 'SERVICE_IDENTITY_SIGNING_KEY', message: 'this process calls other services and must sign its calls' },
    ]);
  }
  return security.signer;
}
