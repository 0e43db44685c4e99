import { readFileSync } from 'node:fs';
import { SERVICE_MANIFEST } from '@liaison/contracts';
import { z } from 'zod';

/**
 * Key material from the environment: the text itself (PEM or JSON, with `\n` escapes allowed so
 * it fits one env line) or the path of a file holding it (a mounted secret).
 */
export const keyMaterialVar = (looksInline: (value: string) => boolean) =>
  z.string().transform((value, ctx) => {
    if (looksInline(value)) return value.replace(/\\n/g, '\n');
    try {
      return readFileSync(value, 'utf8');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `neither inline key material nor a readable file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return z.NEVER;
    }
  });

const pem = () => keyMaterialVar((value) => value.includes('-----BEGIN'));
const pemOrJson = () => keyMaterialVar((value) => value.includes('-----BEGIN') || value.trimStart().startsWith('{'));

const seconds = (min: number, max: number, fallback: number) =>
  z.string().regex(/^\d+$/, 'expected seconds').transform(Number).pipe(z.number().int().min(min).max(max)).default(fallback);

/** Issuers trusted when nothing narrower is known: every process of the manifest. */
export const DEFAULT_TRUSTED_ISSUERS = ['gateway', ...SERVICE_MANIFEST.map((entry) => entry.name).filter((name) => name !== 'gateway')];

/**
 * Who may call `service` by default: the gateway and the services whose manifest entry lists it
 * under `calls` (operations → leads). Least privilege without configuration: a token signed by
 * any other process is refused even with a valid signature.
 */
export const callersOf = (service: string): string[] => [
  ...new Set([
    'gateway',
    ...SERVICE_MANIFEST.filter((entry) => (entry.calls as readonly string[]).includes(service)).map((entry) => entry.name),
  ]),
];

/** Comma list of issuers, defaulting to `fallback`. */
export const trustedIssuersVar = (fallback: string[]) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, 'expected at least one issuer'))
    .default(fallback);

/**
 * How gRPC callers prove who they are (docs/adr/0009-verified-service-identity.md) and whether
 * the channel is TLS. Shared by every process that serves or calls gRPC: the gateway and every
 * service. Cross-field rules (a signing key in keys mode, cert with key) are checked where the
 * settings are turned into keys and credentials (grpc/security.ts), so this shape stays extendable.
 */
export const grpcSecurityConfigShape = {
  /**
   * dev (default): one Ed25519 key pair generated once into `<repo>/.liaison/keys/`, shared by
   * every local process; refused when NODE_ENV=production. keys: the keys below.
   */
  SERVICE_IDENTITY_MODE: z.enum(['dev', 'keys']).default('dev'),
  /** The `iss` of tokens this process signs; defaults to the service's manifest name (else SERVICE_NAME). */
  SERVICE_IDENTITY_ISSUER: z.string().min(1).optional(),
  /** keys: this process's private signing key (PKCS#8 PEM: Ed25519, P-256 or RSA), inline or a file path. */
  SERVICE_IDENTITY_SIGNING_KEY: pem().optional(),
  /** keys: the `kid` header of signed tokens (match it in the JWKS); defaults to the issuer. */
  SERVICE_IDENTITY_KEY_ID: z.string().min(1).optional(),
  /** keys: the public keys to trust, as a JWKS (`{"keys":[…]}`) or one SPKI PEM, inline or a file path. */
  SERVICE_IDENTITY_PUBLIC_KEYS: pemOrJson().optional(),
  /** keys: or fetch (and cache) the trusted keys from a JWKS URL. */
  SERVICE_IDENTITY_JWKS_URL: z.url().optional(),
  /** Comma list of the `iss` values accepted on incoming calls. */
  SERVICE_IDENTITY_TRUSTED_ISSUERS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, 'expected at least one issuer'))
    .default(DEFAULT_TRUSTED_ISSUERS),
  /** Lifetime of the tokens this process signs. Verifiers refuse tokens that live longer than 300 s. */
  SERVICE_IDENTITY_TOKEN_TTL_SECONDS: seconds(5, 300, 60),
  /** TLS: this process's certificate chain (PEM, inline or a file path); with GRPC_TLS_KEY the server speaks TLS. */
  GRPC_TLS_CERT: pem().optional(),
  GRPC_TLS_KEY: pem().optional(),
  /** TLS: the CA that signs peer certificates. Server: clients must present a certificate it signed (mTLS). Client: verifies servers. */
  GRPC_TLS_CA: pem().optional(),
  /** TLS client: the name to verify in the server certificate when addresses are IPs or aliases. */
  GRPC_TLS_SERVER_NAME: z.string().min(1).optional(),
};

export type GrpcSecurityConfig = z.output<z.ZodObject<typeof grpcSecurityConfigShape>> & { SERVICE_NAME: string };
