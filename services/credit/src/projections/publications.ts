import type { EventStore } from '@liaison/platform';
import { MongoProjection, type ProjectedDocument } from '@liaison/platform';
import type { Connection } from 'mongoose';
import { evolvePublication, initialPublicationState, type PublicationState } from '../domain/publication';

export type PublicationDoc = ProjectedDocument<PublicationState>;

/** One document per case publication (the decider's state), read by `status` (top-level equality, FerretDB v1). */
export class PublicationReadModel extends MongoProjection<PublicationState> {
  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    super(
      connection,
      {
        name: 'publications',
        streamPrefix: 'publication-',
        evolve: (current, event) => evolvePublication(current ?? initialPublicationState(), event),
      },
      store,
      { indexes: [{ collection: 'publications', key: { status: 1 } }] },
    );
  }

  byStatus(status: string): Promise<PublicationDoc[]> {
    return this.collection.find({ status } as never).toArray() as Promise<PublicationDoc[]>;
  }
}
