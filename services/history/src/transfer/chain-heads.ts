import type { EventEnvelope } from '@liaison/contracts';
import { commitHash, GENESIS_HASH } from '@liaison/platform';

/** Per stream: the hash chain of its exported events, each chained as a commit of its own (commitHash, ADR 0017). */
export class ChainHeads {
  private readonly heads = new Map<string, { version: number; events: number; head: string }>();

  add(event: EventEnvelope): void {
    const current = this.heads.get(event.streamId);
    this.heads.set(event.streamId, {
      version: event.version,
      events: (current?.events ?? 0) + 1,
      head: commitHash(current?.head ?? GENESIS_HASH, [event]),
    });
  }

  toJSON(): Record<string, { version: number; events: number; head: string }> {
    return Object.fromEntries([...this.heads.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
