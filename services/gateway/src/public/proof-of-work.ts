import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

/** altcha-lib's v1 API (ESM typings; its CommonJS build is what loads here). */
interface AltchaV1 {
  createChallenge(options: { hmacKey: string; maxNumber: number; expires: Date }): Promise<{
    algorithm: string;
    challenge: string;
    maxnumber?: number;
    salt: string;
    signature: string;
  }>;
  verifySolution(payload: string, hmacKey: string, checkExpires?: boolean): Promise<boolean>;
}
const { createChallenge, verifySolution } = createRequire(__filename)('altcha-lib/v1') as AltchaV1;

/**
 * The public endpoint's proof-of-work (ALTCHA v1 challenges, altcha-lib): the client finds the
 * number whose SHA-256 with the salt is the challenge (up to maxNumber tries), the gateway checks
 * the HMAC-signed answer without any outside service. A solved challenge is accepted once (kept
 * until it expires) and for 10 minutes.
 */
export class ProofOfWork {
  private readonly used = new Map<string, number>();
  private readonly hmacKey: string;

  constructor(
    private readonly maxNumber: number,
    hmacKey?: string,
    private readonly ttlMs = 10 * 60_000,
  ) {
    this.hmacKey = hmacKey ?? randomBytes(32).toString('hex');
  }

  challenge() {
    return createChallenge({ hmacKey: this.hmacKey, maxNumber: this.maxNumber, expires: new Date(Date.now() + this.ttlMs) });
  }

  /** True for a correct, unexpired solution seen for the first time (the payload is ALTCHA's base64 JSON). */
  async accept(payload: string): Promise<boolean> {
    const now = Date.now();
    for (const [signature, until] of this.used) if (until <= now) this.used.delete(signature);
    let signature = '';
    try {
      signature = String((JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature?: unknown }).signature ?? '');
    } catch {
      return false;
    }
    if (!signature || this.used.has(signature)) return false;
    if (!(await verifySolution(payload, this.hmacKey, true))) return false;
    this.used.set(signature, now + this.ttlMs);
    return true;
  }
}
