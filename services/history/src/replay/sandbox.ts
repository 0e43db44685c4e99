import { type Actor, type EventEnvelope, recordKindOf } from '@liaison/contracts';
import { ensureIndexes, NotFoundError } from '@liaison/platform';
import type { Collection, Db } from 'mongodb';
import type { Archive } from '../archive/archive';
import { envelopeOf } from '../as-of/as-of';
import { foldWithOwnerFrom } from '../as-of/owning-evolves';

/** One record's state in one officer's sandbox, as a replay left it. */
export interface SandboxRow {
  /** `<officerId>/<sandbox>/<recordId>`. */
  _id: string;
  owner: string;
  sandbox: string;
  recordId: string;
  version: number;
  recordedAt: string;
  /** JSON, as GetRecordAsOf answers it (a decision state is not always BSON-friendly). */
  stateJson: string;
}

export const SANDBOX_NAME = /^[a-z0-9-]{1,40}$/;

/**
 * A sandbox projection (ADR 0029): each record's state folded with its owning context's evolve,
 * event by event as a replay feeds it, in the history database and nowhere else (a replay never
 * touches a service's read model). Sandboxes are the replaying officer's own.
 */
export class Sandbox {
  private readonly states = new Map<string, { version: number; state: unknown }>();

  private constructor(
    private readonly rows: Collection<SandboxRow>,
    private readonly archive: Archive,
    private readonly owner: string,
    readonly name: string,
  ) {}

  static collection(db: Db): Collection<SandboxRow> {
    return db.collection<SandboxRow>('history_sandboxes');
  }

  static async init(db: Db): Promise<void> {
    await ensureIndexes([{ collection: Sandbox.collection(db), key: { owner: 1, sandbox: 1 } }]);
  }

  /** A fresh sandbox: whatever an earlier replay left under this name is removed. */
  static async open(db: Db, archive: Archive, actor: Actor, name: string): Promise<Sandbox> {
    const rows = Sandbox.collection(db);
    await rows.deleteMany({ owner: actor.officerId, sandbox: name });
    return new Sandbox(rows, archive, actor.officerId, name);
  }

  static async get(db: Db, actor: Actor, name: string, recordId: string): Promise<SandboxRow> {
    const row = await Sandbox.collection(db).findOne({ _id: `${actor.officerId}/${name}/${recordId}` });
    if (!row) throw new NotFoundError(`record in sandbox ${name}`, recordId);
    return row;
  }

  get records(): number {
    return this.states.size;
  }

  /**
   * Folds one event into its record's state. A record first met mid-stream (the period starts
   * after its first event) starts from its archived events before this one, so the sandbox shows
   * the record as it stood when the period began. Events of no record (registry) are skipped.
   */
  async apply(event: EventEnvelope): Promise<boolean> {
    const kind = recordKindOf(event.streamId);
    if (!kind) return false;
    let current = this.states.get(event.streamId);
    if (!current) {
      const earlier = (await this.archive.eventsOf(event.streamId))
        .filter((row) => row.version < event.version)
        .sort((a, b) => a.version - b.version)
        .map(envelopeOf);
      current = { version: earlier.at(-1)?.version ?? 0, state: foldWithOwnerFrom(kind, undefined, earlier) };
    }
    if (event.version <= current.version) return false;
    const next = { version: event.version, state: foldWithOwnerFrom(kind, current.state, [event]) };
    this.states.set(event.streamId, next);
    const row: SandboxRow = {
      _id: `${this.owner}/${this.name}/${event.streamId}`,
      owner: this.owner,
      sandbox: this.name,
      recordId: event.streamId,
      version: next.version,
      recordedAt: event.recordedAt,
      stateJson: JSON.stringify(next.state),
    };
    await this.rows.replaceOne({ _id: row._id }, row, { upsert: true });
    return true;
  }
}
