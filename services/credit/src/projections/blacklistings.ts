import type { EventStore } from '@liaison/platform';
import { MongoProjection, type ProjectedDocument } from '@liaison/platform';
import type { Connection } from 'mongoose';
import { type BlacklistingState, evolveBlacklisting, initialBlacklistingState } from '../domain/blacklisting';

export type BlacklistingDoc = ProjectedDocument<BlacklistingState>;

/**
 * One document per blacklisting (the decider's own state): the lists by status, a credit file's
 * blacklistings (by `fileId`) and the period scheduler's view (`status`, compared with
 * `publishedUntil` in code) read it by top-level equality only (FerretDB v1).
 */
export class BlacklistingReadModel extends MongoProjection<BlacklistingState> {
  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    super(
      connection,
      {
        name: 'blacklistings',
        streamPrefix: 'blacklisting-',
        evolve: (current, event) => evolveBlacklisting(current ?? initialBlacklistingState(), event),
      },
      store,
      {
        indexes: [
          { collection: 'blacklistings', key: { fileId: 1 } },
          { collection: 'blacklistings', key: { status: 1 } },
        ],
      },
    );
  }

  byFile(fileId: string): Promise<BlacklistingDoc[]> {
    return this.collection.find({ fileId } as never).toArray() as Promise<BlacklistingDoc[]>;
  }

  byStatus(status: string): Promise<BlacklistingDoc[]> {
    return this.collection.find({ status } as never).toArray() as Promise<BlacklistingDoc[]>;
  }
}
