import { createPublicKey } from 'node:crypto';
import { DEFAULT_TRUSTED_ISSUERS } from '../../config/grpc-security';
import { devIdentityKey } from './dev-key';
import { createIdentitySigner, createIdentityVerifier, type IdentitySigner, type IdentityVerifier } from './identity-token';

let signer: IdentitySigner | undefined;
let verifier: IdentityVerifier | undefined;

/**
 * What a client or server uses when its creator passes no identity: the shared dev key (created
 * on first use), signing as `gateway` and trusting the default issuers. Tests and local tools
 * rely on it; a production process always passes the signer and verifier of its configuration
 * (grpcSecurityFromConfig), whose keys never include the dev key, so forgetting fails closed.
 */
export function defaultDevSigner(): IdentitySigner {
  signer ??= createIdentitySigner({ issuer: 'gateway', privateKey: devIdentityKey(), keyId: 'liaison-dev' });
  return signer;
}

export function defaultDevVerifier(): IdentityVerifier {
  verifier ??= createIdentityVerifier({ keys: createPublicKey(devIdentityKey()), trustedIssuers: DEFAULT_TRUSTED_ISSUERS });
  return verifier;
}
