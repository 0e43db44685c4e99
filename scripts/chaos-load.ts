// The load of the scale-out test and of `npm run chaos`: leads posted, shared and acknowledged
// through every gateway, each command retried with its own Idempotency-Key until acknowledged.
import { randomUUID } from 'node:crypto';
import { creditCodeFrom } from '@liaison/contracts';
import { backOff } from 'exponential-backoff';

// Officers from seeds/directory.json: Jinshui posts and shares, Erqi acknowledges.
export const OWNER = 'officer-jinshui-msb-li';
export const RECIPIENT = 'officer-erqi-msb-wang';
export const RECIPIENT_UNIT = 'msb-erqi';

export interface LoadOptions {
  gateways: string[];
  /** Leads to post; each takes three commands (post, share, acknowledge). */
  leads: number;
  /** Leads in flight at once. */
  concurrency: number;
  /** Units each lead is shared with; RECIPIENT_UNIT acknowledges, the others never do. */
  shareWith: string[];
  /** Names this run's leads (enterprise names differ per lead, so no possible-duplicate flags). */
  tag: string;
  /**
   * Faults, one after another: the load is cut in `faults.length + 1` equal segments; after a
   * segment the next fault's `inject` runs (awaited) and its `recover` starts in the background
   * while the load goes on (a killed consumer's replacement waits out the group's session
   * timeout before it is ready, so recoveries overlap); all are awaited before the load ends.
   */
  faults?: Fault[];
  /** Every acknowledged command (progress bars, logs). */
  onCommand?(done: number, total: number): void;
  log?(line: string): void;
}

export interface Fault {
  name: string;
  inject(): Promise<void>;
  recover(): Promise<void>;
}

export type CommandKind = 'post' | 'share' | 'acknowledge';

export interface LoadResult {
  leadIds: string[];
  /** Commands sent (each counted once however often it was retried). */
  commands: number;
  /** Commands answered with 2xx in the end, per kind. */
  acknowledged: Record<CommandKind, number>;
  /** Attempts beyond the first. */
  retries: number;
  /** Answers carrying Idempotent-Replayed: a retry of a command the service had already applied. */
  replayed: number;
  /** Commands never acknowledged (after every retry), with the last answer. */
  failures: string[];
  /** Per lead, which commands were acknowledged. */
  effects: Map<string, Set<CommandKind>>;
  /** What the faults did, in order, with the commands acknowledged when each began. */
  faultLog: string[];
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

/** Thrown for an answer worth retrying: the same request (same Idempotency-Key) goes again. */
class Retryable extends Error {}

export class GatewayClient {
  private tokens = new Map<string, string>();
  constructor(readonly gateways: string[]) {}

  /** Dev tokens share one secret across the system's gateways (e2e/src/system.ts), so any gateway issues them. */
  private async token(officerId: string, gateway: string): Promise<string> {
    const known = this.tokens.get(officerId);
    if (known) return known;
    const response = await fetch(`${gateway}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officerId }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Retryable(`login as ${officerId}: ${response.status}`);
    const body = (await response.json()) as { accessToken: string };
    this.tokens.set(officerId, body.accessToken);
    return body.accessToken;
  }

  /**
   * One request, retried on network errors, 5xx, 429 and the given statuses (a follow-up command
   * may meet a read model that has not seen the lead yet: 404), each attempt on the next gateway.
   */
  async send(
    officerId: string,
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; key?: string; retryOn?: number[]; attempts?: number; first?: number; onRetry?(): void } = {},
  ): Promise<Answer> {
    let attempt = options.first ?? 0;
    let last: Answer | undefined;
    const once = async (): Promise<Answer> => {
      const gateway = this.gateways[attempt++ % this.gateways.length]!;
      let response: Response;
      try {
        response = await fetch(`${gateway}${path}`, {
          method,
          headers: {
            accept: 'application/json',
            authorization: `Bearer ${await this.token(officerId, gateway)}`,
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(options.key ? { 'idempotency-key': options.key } : {}),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: AbortSignal.timeout(20_000),
        });
      } catch (error) {
        throw new Retryable(`${method} ${path}: ${(error as Error).message}`);
      }
      const text = await response.text();
      last = { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, replayed: false };
      last.replayed = response.headers.get('idempotent-replayed') === 'true';
      if (response.status >= 500 || response.status === 429 || options.retryOn?.includes(response.status))
        throw new Retryable(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
      return last;
    };
    return backOff(once, {
      numOfAttempts: options.attempts ?? 40,
      startingDelay: 100,
      maxDelay: 3_000,
      jitter: 'full',
      retry: (error) => {
        if (!(error instanceof Retryable)) return false;
        options.onRetry?.();
        return true;
      },
    }).catch((error: unknown) => {
      if (last && !(error instanceof Retryable)) throw error;
      return last ?? { status: 0, body: { error: String(error) }, replayed: false };
    });
  }
}

export function leadBody(tag: string, n: number) {
  return {
    title: `Counterfeit liquor, load ${tag} lead ${n}`,
    category: 'counterfeit_food',
    subject: {
      enterpriseName: `Load ${tag} Trading Co. ${n}`,
      creditCode: creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`),
    },
    location: {
      jurisdiction: 'jinshui',
      address: `${n} Huayuan Road, Jinshui District (${tag})`,
      coordinates: { latitude: 34.7749, longitude: 113.6672 },
    },
    summary: 'Bottles with forged anti-counterfeit labels in a wholesale warehouse.',
    priority: 'normal',
    grading: { sourceReliability: 'B', information: 2 },
    handling: { code: 'AMBER' },
  };
}

/** Runs the load (and the faults between its segments); resolves once every command is answered for good. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const client = new GatewayClient(options.gateways);
  const faults = options.faults ?? [];
  const total = options.leads * 3;
  const result: LoadResult = {
    leadIds: [],
    commands: 0,
    acknowledged: { post: 0, share: 0, acknowledge: 0 },
    retries: 0,
    replayed: 0,
    failures: [],
    effects: new Map(),
    faultLog: [],
  };
  const onRetry = () => (result.retries += 1);
  let done = 0;
  const command = async (kind: CommandKind, leadId: string | undefined, n: number, run: () => Promise<Answer>) => {
    result.commands += 1;
    const answer = await run();
    if (answer.status >= 200 && answer.status < 300) {
      result.acknowledged[kind] += 1;
      if (answer.replayed) result.replayed += 1;
      done += 1;
      options.onCommand?.(done, total);
      return answer;
    }
    result.failures.push(`${kind} of lead ${leadId ?? `#${n}`}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    return undefined;
  };
  const oneLead = async (n: number) => {
    const posted = await command('post', undefined, n, () =>
      client.send(OWNER, 'POST', '/api/v1/leads', { body: leadBody(options.tag, n), key: randomUUID(), first: n, onRetry }),
    );
    const leadId = posted?.body.leadId as string | undefined;
    if (!leadId) return;
    result.leadIds.push(leadId);
    const effects = new Set<CommandKind>(['post']);
    result.effects.set(leadId, effects);
    const follow = (kind: CommandKind, officer: string, path: string, body: unknown) =>
      command(kind, leadId, n, () =>
        client.send(officer, 'POST', path, { body, key: randomUUID(), retryOn: [404, 409], first: n, onRetry }),
      );
    if (!(await follow('share', OWNER, `/api/v1/leads/${leadId}/share`, { unitIds: options.shareWith, message: 'Please check.' }))) return;
    effects.add('share');
    if (await follow('acknowledge', RECIPIENT, `/api/v1/leads/${leadId}/acknowledge`, {})) effects.add('acknowledge');
  };

  // Segment k holds leads [k·size, (k+1)·size); `concurrency` workers drain each.
  const segments = faults.length + 1;
  const size = Math.ceil(options.leads / segments);
  const recovering: Promise<void>[] = [];
  for (let segment = 0; segment < segments; segment++) {
    if (segment > 0) {
      const fault = faults[segment - 1]!;
      result.faultLog.push(`${fault.name} after ${done} of ${total} commands`);
      options.log?.(`fault: ${fault.name} (${done}/${total} commands acknowledged)`);
      await fault.inject();
      const recovered = fault.recover().then(() => options.log?.(`recovered: ${fault.name} (${done}/${total})`));
      recovered.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      recovering.push(recovered);
    }
    let next = segment * size;
    const end = Math.min(options.leads, next + size);
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < end) await oneLead(next++);
      }),
    );
  }
  await Promise.all(recovering);
  return result;
}
