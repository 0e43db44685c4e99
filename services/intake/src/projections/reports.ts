import { type EventStore, MongoProjection, type ProjectedDocument } from '@liaison/platform';
import type { Connection } from 'mongoose';
import { evolveReport, initialReportState, type ReportState } from '../domain/report';

export type ReportDoc = ProjectedDocument<ReportState>;

/**
 * One document per report (the decider's state): the unit's queue (`routedToUnitId`), the
 * receipt lookup (`receiptDigest`), the leads-topic reaction (`leadId`) and the rewards (`rewardStatus`) read it by top-level
 * equality only (FerretDB v1).
 */
export class ReportReadModel extends MongoProjection<ReportState> {
  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    super(
      connection,
      { name: 'reports', streamPrefix: 'report-', evolve: (current, event) => evolveReport(current ?? initialReportState(), event) },
      store,
      {
        indexes: [
          { collection: 'reports', key: { routedToUnitId: 1 } },
          { collection: 'reports', key: { receiptDigest: 1 } },
          { collection: 'reports', key: { leadId: 1 } },
          { collection: 'reports', key: { rewardStatus: 1 } },
        ],
      },
    );
  }

  find(
    filter: Partial<Pick<ReportState, 'routedToUnitId' | 'receiptDigest' | 'leadId' | 'status' | 'rewardStatus'>>,
  ): Promise<ReportDoc[]> {
    return this.collection.find(filter as never).toArray() as Promise<ReportDoc[]>;
  }
}
