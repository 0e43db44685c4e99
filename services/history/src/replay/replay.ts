import type { Actor } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { Db } from 'mongodb';
import type { Archive } from '../archive/archive';
import type { ArchiveFilter } from '../application/archive-filter';
import type { HistoryQueries } from '../application/history-queries';
import { envelopeOf } from '../as-of/as-of';
import { MAX_SPEED, type ReplayClock, ReplayPacer, realClock } from './pacing';
import { Sandbox, SANDBOX_NAME } from './sandbox';

export interface ReplayUpdate {
  replayed: number;
  total: number;
  simulatedAt: string;
  eventType: string;
  recordId: string;
  done: boolean;
  records: number;
  elapsedMs: number;
}

export interface ReplayRequest {
  filter: ArchiveFilter;
  speed: number;
  sandbox: string;
}

/** Unpaced, an update per this many events (a paced replay reports every event). */
const UNPACED_EVERY = 200;

export function checkReplayRequest(request: { speed: number; sandbox: string }): void {
  if (!SANDBOX_NAME.test(request.sandbox)) throw ValidationError.field('sandbox', 'a name of a-z, 0-9 and -, up to 40 characters');
  if (!Number.isFinite(request.speed) || request.speed < 0 || request.speed > MAX_SPEED)
    throw ValidationError.field('speed', `between 0 (as fast as possible) and ${MAX_SPEED} times real time`);
}

/**
 * Replays a period of the archive into the caller's sandbox (ADR 0029): the events the caller
 * may see (the same scan as query and export), in global order, each folded into its record's
 * sandbox state after the pacer lets it through. Counted first so progress has a total.
 */
export async function* replayIntoSandbox(
  deps: { db: Db; archive: Archive; queries: HistoryQueries },
  actor: Actor,
  request: ReplayRequest,
  clock: ReplayClock = realClock,
): AsyncGenerator<ReplayUpdate> {
  checkReplayRequest(request);
  const started = clock.now();
  let total = 0;
  for await (const _row of deps.queries.scan(actor, request.filter)) total += 1;
  const sandbox = await Sandbox.open(deps.db, deps.archive, actor, request.sandbox);
  const pacer = new ReplayPacer(request.speed, clock);
  let replayed = 0;
  let last: ReplayUpdate = { replayed, total, simulatedAt: '', eventType: '', recordId: '', done: false, records: 0, elapsedMs: 0 };
  for await (const row of deps.queries.scan(actor, request.filter)) {
    // Events archived after the count are left for the next replay: the total stays true.
    if (replayed === total) break;
    await pacer.waitFor(Date.parse(row.recordedAt));
    await sandbox.apply(envelopeOf(row));
    replayed += 1;
    last = {
      replayed,
      total,
      simulatedAt: row.recordedAt,
      eventType: row.type,
      recordId: row.streamId,
      done: false,
      records: sandbox.records,
      elapsedMs: clock.now() - started,
    };
    if (request.speed > 0 || replayed % UNPACED_EVERY === 0) yield last;
  }
  yield { ...last, replayed, total, done: true, records: sandbox.records, elapsedMs: clock.now() - started };
}
