import { type Actor, protoFile, type proto } from '@liaison/contracts';
import {
  type CallContext,
  type ClientStreamingHandlerOf,
  ForbiddenError,
  loadServiceDefinition,
  type ServerStreamingHandlerOf,
  type ServiceHandlers,
} from '@liaison/platform';
import type { Archive } from '../archive/archive';
import type { ArchivedEventRow } from '../archive/archive-rows';
import { parseArchiveFilter } from '../application/archive-filter';
import type { HistoryQueries } from '../application/history-queries';
import { recordAsOf } from '../as-of/as-of';
import type { RecordViews } from '../audit/record-views';
import { exportLines } from '../transfer/export';
import { DEFAULT_IMPORT_BATCH, importLines } from '../transfer/import';
import { replayIntoSandbox } from '../replay/replay';
import { Sandbox } from '../replay/sandbox';
import type { Db } from 'mongodb';

export const historyServiceDefinition = () => loadServiceDefinition(protoFile('history'), 'liaison.v1.HistoryService');

type History = proto.HistoryServiceDefinition;
type Streaming = 'ExportArchive' | 'ImportArchive' | 'ReplayArchive';

const archivedEvent = (row: ArchivedEventRow): proto.ArchivedEvent => ({
  seq: row.seq ?? 0,
  eventId: row._id,
  type: row.type,
  schemaVersion: row.schemaVersion,
  streamId: row.streamId,
  version: row.version,
  occurredAt: row.occurredAt,
  recordedAt: row.recordedAt,
  actor: { officerId: row.actor.officerId, unitId: row.actor.unitId, roles: row.actor.roles },
  correlationId: row.correlationId,
  causationId: row.causationId ?? '',
  dataJson: JSON.stringify(row.data),
  context: row.context,
  topic: row.topic,
  partition: row.partition,
  offset: row.offset,
  archivedAt: row.archivedAt,
});

const filterOf = (r: proto.QueryArchiveRequest__Output) =>
  parseArchiveFilter({
    from: r.from,
    to: r.to,
    type: r.type,
    unitId: r.unitId,
    jurisdiction: r.jurisdiction,
    context: r.context,
    recordId: r.recordId,
  });

const emptyFilter: proto.QueryArchiveRequest__Output = {
  from: '',
  to: '',
  type: '',
  unitId: '',
  jurisdiction: '',
  context: '',
  recordId: '',
  page: null,
};

/** Importing writes the archive of an environment: admins only (an analyst's export is read anywhere). */
const requireImporter = (actor: Actor) => {
  if (!actor.roles.includes('admin')) throw new ForbiddenError('importing into the archive is for admins');
};

/** HistoryService: every rpc of history.proto, each within need-to-know (ADR 0022, ADR 0023). */
export function historyGrpcImplementation(
  archive: Archive,
  queries: HistoryQueries,
  views: RecordViews,
  db: Db,
): ServiceHandlers<History, Streaming> {
  return {
    GetTimeline: async (r, ctx) => {
      const timeline = await queries.timeline(ctx.actor, r.recordId);
      return { ...timeline, entries: timeline.entries.map((entry) => ({ ...entry, event: archivedEvent(entry.event) })) };
    },
    QueryArchive: async (r, ctx) => {
      const page = await queries.query(ctx.actor, filterOf(r), r.page ?? undefined);
      return { events: page.items.map(archivedEvent), page: { nextCursor: page.nextCursor } };
    },
    GetRecordAsOf: async (r, ctx) => {
      const asOf = await recordAsOf(archive, queries, ctx.actor, r);
      return { ...asOf, stateJson: JSON.stringify(asOf.state) };
    },
    ListRecordViews: async (r, ctx) => {
      const page = await views.list(ctx.actor, r.recordId, r.page ?? undefined);
      return { views: page.items.map(({ _id, ...view }) => view), page: { nextCursor: page.nextCursor } };
    },
    GetArchiveStatus: () => queries.status(),
    GetSandboxRecord: async (r, ctx) => {
      // Still within need-to-know now, not only when it was replayed.
      await queries.disclosure(ctx.actor).require(r.recordId);
      const row = await Sandbox.get(db, ctx.actor, r.sandbox, r.recordId);
      return { sandbox: row.sandbox, recordId: row.recordId, version: row.version, recordedAt: row.recordedAt, stateJson: row.stateJson };
    },
  };
}

/** The streaming rpcs: export (server streaming) and import (client streaming). */
export function historyStreamingHandlers(
  archive: Archive,
  queries: HistoryQueries,
  db: Db,
): {
  ExportArchive: ServerStreamingHandlerOf<History, 'ExportArchive'>;
  ImportArchive: ClientStreamingHandlerOf<History, 'ImportArchive'>;
  ReplayArchive: ServerStreamingHandlerOf<History, 'ReplayArchive'>;
} {
  return {
    ReplayArchive: async function* (r, ctx: CallContext) {
      const filter = filterOf(r.filter ?? emptyFilter);
      yield* replayIntoSandbox({ db, archive, queries }, ctx.actor, { filter, speed: r.speed, sandbox: r.sandbox });
    },
    ExportArchive: async function* (r, ctx: CallContext) {
      for await (const line of exportLines(queries, ctx.actor, filterOf(r))) yield { line };
    },
    ImportArchive: async (messages, ctx) => {
      requireImporter(ctx.actor);
      let batchSize = DEFAULT_IMPORT_BATCH;
      let first = true;
      async function* lines() {
        for await (const message of messages) {
          if (first && message.batchSize > 0) batchSize = message.batchSize;
          first = false;
          yield message.line;
        }
      }
      // The batch size arrives with the first message: peek it before the import starts batching.
      const iterator = lines()[Symbol.asyncIterator]();
      const head = await iterator.next();
      async function* all() {
        if (!head.done) yield head.value;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      }
      return importLines(archive, all(), batchSize);
    },
  };
}
