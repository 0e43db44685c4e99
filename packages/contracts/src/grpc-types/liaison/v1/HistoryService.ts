// Original file: protos/liaison/v1/history.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ArchiveLine as _liaison_v1_ArchiveLine, ArchiveLine__Output as _liaison_v1_ArchiveLine__Output } from '../../liaison/v1/ArchiveLine';
import type { ArchivePage as _liaison_v1_ArchivePage, ArchivePage__Output as _liaison_v1_ArchivePage__Output } from '../../liaison/v1/ArchivePage';
import type { ArchiveStatus as _liaison_v1_ArchiveStatus, ArchiveStatus__Output as _liaison_v1_ArchiveStatus__Output } from '../../liaison/v1/ArchiveStatus';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from '../../liaison/v1/Empty';
import type { GetSandboxRecordRequest as _liaison_v1_GetSandboxRecordRequest, GetSandboxRecordRequest__Output as _liaison_v1_GetSandboxRecordRequest__Output } from '../../liaison/v1/GetSandboxRecordRequest';
import type { GetTimelineRequest as _liaison_v1_GetTimelineRequest, GetTimelineRequest__Output as _liaison_v1_GetTimelineRequest__Output } from '../../liaison/v1/GetTimelineRequest';
import type { ImportArchiveMessage as _liaison_v1_ImportArchiveMessage, ImportArchiveMessage__Output as _liaison_v1_ImportArchiveMessage__Output } from '../../liaison/v1/ImportArchiveMessage';
import type { ImportResult as _liaison_v1_ImportResult, ImportResult__Output as _liaison_v1_ImportResult__Output } from '../../liaison/v1/ImportResult';
import type { ListRecordViewsRequest as _liaison_v1_ListRecordViewsRequest, ListRecordViewsRequest__Output as _liaison_v1_ListRecordViewsRequest__Output } from '../../liaison/v1/ListRecordViewsRequest';
import type { QueryArchiveRequest as _liaison_v1_QueryArchiveRequest, QueryArchiveRequest__Output as _liaison_v1_QueryArchiveRequest__Output } from '../../liaison/v1/QueryArchiveRequest';
import type { RecordAsOf as _liaison_v1_RecordAsOf, RecordAsOf__Output as _liaison_v1_RecordAsOf__Output } from '../../liaison/v1/RecordAsOf';
import type { RecordAsOfRequest as _liaison_v1_RecordAsOfRequest, RecordAsOfRequest__Output as _liaison_v1_RecordAsOfRequest__Output } from '../../liaison/v1/RecordAsOfRequest';
import type { RecordViewPage as _liaison_v1_RecordViewPage, RecordViewPage__Output as _liaison_v1_RecordViewPage__Output } from '../../liaison/v1/RecordViewPage';
import type { ReplayArchiveRequest as _liaison_v1_ReplayArchiveRequest, ReplayArchiveRequest__Output as _liaison_v1_ReplayArchiveRequest__Output } from '../../liaison/v1/ReplayArchiveRequest';
import type { ReplayUpdate as _liaison_v1_ReplayUpdate, ReplayUpdate__Output as _liaison_v1_ReplayUpdate__Output } from '../../liaison/v1/ReplayUpdate';
import type { SandboxRecord as _liaison_v1_SandboxRecord, SandboxRecord__Output as _liaison_v1_SandboxRecord__Output } from '../../liaison/v1/SandboxRecord';
import type { Timeline as _liaison_v1_Timeline, Timeline__Output as _liaison_v1_Timeline__Output } from '../../liaison/v1/Timeline';

export interface HistoryServiceClient extends grpc.Client {
  /**
   * NDJSON lines of a filtered slice: one `event` line per archived event the caller may see,
   * then one `manifest` line (counts per context and type, chain heads per stream).
   */
  ExportArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ArchiveLine__Output>;
  ExportArchive(argument: _liaison_v1_QueryArchiveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ArchiveLine__Output>;
  /**
   * NDJSON lines of a filtered slice: one `event` line per archived event the caller may see,
   * then one `manifest` line (counts per context and type, chain heads per stream).
   */
  exportArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ArchiveLine__Output>;
  exportArchive(argument: _liaison_v1_QueryArchiveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ArchiveLine__Output>;
  
  /**
   * How far the archive got: events archived and sequenced.
   */
  GetArchiveStatus(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  GetArchiveStatus(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  GetArchiveStatus(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  GetArchiveStatus(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  /**
   * How far the archive got: events archived and sequenced.
   */
  getArchiveStatus(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  getArchiveStatus(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  getArchiveStatus(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  getArchiveStatus(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_ArchiveStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * The record's state as of a time, folded with its owning context's evolve.
   */
  GetRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  GetRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  GetRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  GetRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  /**
   * The record's state as of a time, folded with its owning context's evolve.
   */
  getRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  getRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  getRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  getRecordAsOf(argument: _liaison_v1_RecordAsOfRequest, callback: grpc.requestCallback<_liaison_v1_RecordAsOf__Output>): grpc.ClientUnaryCall;
  
  /**
   * A record's state in a sandbox as the replay left it (the replaying officer's own sandboxes).
   */
  GetSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  GetSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  GetSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  GetSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  /**
   * A record's state in a sandbox as the replay left it (the replaying officer's own sandboxes).
   */
  getSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  getSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  getSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  getSandboxRecord(argument: _liaison_v1_GetSandboxRecordRequest, callback: grpc.requestCallback<_liaison_v1_SandboxRecord__Output>): grpc.ClientUnaryCall;
  
  /**
   * The record's own events and the events of the records it is linked to (an id named in the
   * data of either side), in causal order: an event comes after the event that caused it.
   */
  GetTimeline(argument: _liaison_v1_GetTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  GetTimeline(argument: _liaison_v1_GetTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  GetTimeline(argument: _liaison_v1_GetTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  GetTimeline(argument: _liaison_v1_GetTimelineRequest, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  /**
   * The record's own events and the events of the records it is linked to (an id named in the
   * data of either side), in causal order: an event comes after the event that caused it.
   */
  getTimeline(argument: _liaison_v1_GetTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  getTimeline(argument: _liaison_v1_GetTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  getTimeline(argument: _liaison_v1_GetTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  getTimeline(argument: _liaison_v1_GetTimelineRequest, callback: grpc.requestCallback<_liaison_v1_Timeline__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lines of an export, in order; written in batches of `batch_size` lines, each batch checked
   * whole before any of it is written. A bad line fails the call (INVALID_ARGUMENT naming the line),
   * and the batches written before it stay written (ImportProgress in the error detail).
   */
  ImportArchive(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  ImportArchive(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  ImportArchive(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  ImportArchive(callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  /**
   * Lines of an export, in order; written in batches of `batch_size` lines, each batch checked
   * whole before any of it is written. A bad line fails the call (INVALID_ARGUMENT naming the line),
   * and the batches written before it stay written (ImportProgress in the error detail).
   */
  importArchive(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  importArchive(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  importArchive(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  importArchive(callback: grpc.requestCallback<_liaison_v1_ImportResult__Output>): grpc.ClientWritableStream<_liaison_v1_ImportArchiveMessage>;
  
  /**
   * Who viewed a record (ADR 0023): its owner unit's officers and supervisors.
   */
  ListRecordViews(argument: _liaison_v1_ListRecordViewsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  ListRecordViews(argument: _liaison_v1_ListRecordViewsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  ListRecordViews(argument: _liaison_v1_ListRecordViewsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  ListRecordViews(argument: _liaison_v1_ListRecordViewsRequest, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  /**
   * Who viewed a record (ADR 0023): its owner unit's officers and supervisors.
   */
  listRecordViews(argument: _liaison_v1_ListRecordViewsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  listRecordViews(argument: _liaison_v1_ListRecordViewsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  listRecordViews(argument: _liaison_v1_ListRecordViewsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  listRecordViews(argument: _liaison_v1_ListRecordViewsRequest, callback: grpc.requestCallback<_liaison_v1_RecordViewPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Archived events in global order, filtered; events of records the caller may not see are left
   * out (the cursor moves past them, so a page may be short while next_cursor is set).
   */
  QueryArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  QueryArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  QueryArchive(argument: _liaison_v1_QueryArchiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  QueryArchive(argument: _liaison_v1_QueryArchiveRequest, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  /**
   * Archived events in global order, filtered; events of records the caller may not see are left
   * out (the cursor moves past them, so a page may be short while next_cursor is set).
   */
  queryArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  queryArchive(argument: _liaison_v1_QueryArchiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  queryArchive(argument: _liaison_v1_QueryArchiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  queryArchive(argument: _liaison_v1_QueryArchiveRequest, callback: grpc.requestCallback<_liaison_v1_ArchivePage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replays a period of the archive (the events the caller may see, in global order) into a
   * sandbox: one state per record, folded with its owning context's evolve, paced at `speed`
   * times real time (gaps between recorded_at stretched or shrunk; 0 = as fast as possible).
   * Progress after every event; the last message carries the outcome (ADR 0029).
   */
  ReplayArchive(argument: _liaison_v1_ReplayArchiveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReplayUpdate__Output>;
  ReplayArchive(argument: _liaison_v1_ReplayArchiveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReplayUpdate__Output>;
  /**
   * Replays a period of the archive (the events the caller may see, in global order) into a
   * sandbox: one state per record, folded with its owning context's evolve, paced at `speed`
   * times real time (gaps between recorded_at stretched or shrunk; 0 = as fast as possible).
   * Progress after every event; the last message carries the outcome (ADR 0029).
   */
  replayArchive(argument: _liaison_v1_ReplayArchiveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReplayUpdate__Output>;
  replayArchive(argument: _liaison_v1_ReplayArchiveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReplayUpdate__Output>;
  
}

export interface HistoryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * NDJSON lines of a filtered slice: one `event` line per archived event the caller may see,
   * then one `manifest` line (counts per context and type, chain heads per stream).
   */
  ExportArchive: grpc.handleServerStreamingCall<_liaison_v1_QueryArchiveRequest__Output, _liaison_v1_ArchiveLine>;
  
  /**
   * How far the archive got: events archived and sequenced.
   */
  GetArchiveStatus: grpc.handleUnaryCall<_liaison_v1_Empty__Output, _liaison_v1_ArchiveStatus>;
  
  /**
   * The record's state as of a time, folded with its owning context's evolve.
   */
  GetRecordAsOf: grpc.handleUnaryCall<_liaison_v1_RecordAsOfRequest__Output, _liaison_v1_RecordAsOf>;
  
  /**
   * A record's state in a sandbox as the replay left it (the replaying officer's own sandboxes).
   */
  GetSandboxRecord: grpc.handleUnaryCall<_liaison_v1_GetSandboxRecordRequest__Output, _liaison_v1_SandboxRecord>;
  
  /**
   * The record's own events and the events of the records it is linked to (an id named in the
   * data of either side), in causal order: an event comes after the event that caused it.
   */
  GetTimeline: grpc.handleUnaryCall<_liaison_v1_GetTimelineRequest__Output, _liaison_v1_Timeline>;
  
  /**
   * Lines of an export, in order; written in batches of `batch_size` lines, each batch checked
   * whole before any of it is written. A bad line fails the call (INVALID_ARGUMENT naming the line),
   * and the batches written before it stay written (ImportProgress in the error detail).
   */
  ImportArchive: grpc.handleClientStreamingCall<_liaison_v1_ImportArchiveMessage__Output, _liaison_v1_ImportResult>;
  
  /**
   * Who viewed a record (ADR 0023): its owner unit's officers and supervisors.
   */
  ListRecordViews: grpc.handleUnaryCall<_liaison_v1_ListRecordViewsRequest__Output, _liaison_v1_RecordViewPage>;
  
  /**
   * Archived events in global order, filtered; events of records the caller may not see are left
   * out (the cursor moves past them, so a page may be short while next_cursor is set).
   */
  QueryArchive: grpc.handleUnaryCall<_liaison_v1_QueryArchiveRequest__Output, _liaison_v1_ArchivePage>;
  
  /**
   * Replays a period of the archive (the events the caller may see, in global order) into a
   * sandbox: one state per record, folded with its owning context's evolve, paced at `speed`
   * times real time (gaps between recorded_at stretched or shrunk; 0 = as fast as possible).
   * Progress after every event; the last message carries the outcome (ADR 0029).
   */
  ReplayArchive: grpc.handleServerStreamingCall<_liaison_v1_ReplayArchiveRequest__Output, _liaison_v1_ReplayUpdate>;
  
}

export interface HistoryServiceDefinition extends grpc.ServiceDefinition {
  ExportArchive: MethodDefinition<_liaison_v1_QueryArchiveRequest, _liaison_v1_ArchiveLine, _liaison_v1_QueryArchiveRequest__Output, _liaison_v1_ArchiveLine__Output>
  GetArchiveStatus: MethodDefinition<_liaison_v1_Empty, _liaison_v1_ArchiveStatus, _liaison_v1_Empty__Output, _liaison_v1_ArchiveStatus__Output>
  GetRecordAsOf: MethodDefinition<_liaison_v1_RecordAsOfRequest, _liaison_v1_RecordAsOf, _liaison_v1_RecordAsOfRequest__Output, _liaison_v1_RecordAsOf__Output>
  GetSandboxRecord: MethodDefinition<_liaison_v1_GetSandboxRecordRequest, _liaison_v1_SandboxRecord, _liaison_v1_GetSandboxRecordRequest__Output, _liaison_v1_SandboxRecord__Output>
  GetTimeline: MethodDefinition<_liaison_v1_GetTimelineRequest, _liaison_v1_Timeline, _liaison_v1_GetTimelineRequest__Output, _liaison_v1_Timeline__Output>
  ImportArchive: MethodDefinition<_liaison_v1_ImportArchiveMessage, _liaison_v1_ImportResult, _liaison_v1_ImportArchiveMessage__Output, _liaison_v1_ImportResult__Output>
  ListRecordViews: MethodDefinition<_liaison_v1_ListRecordViewsRequest, _liaison_v1_RecordViewPage, _liaison_v1_ListRecordViewsRequest__Output, _liaison_v1_RecordViewPage__Output>
  QueryArchive: MethodDefinition<_liaison_v1_QueryArchiveRequest, _liaison_v1_ArchivePage, _liaison_v1_QueryArchiveRequest__Output, _liaison_v1_ArchivePage__Output>
  ReplayArchive: MethodDefinition<_liaison_v1_ReplayArchiveRequest, _liaison_v1_ReplayUpdate, _liaison_v1_ReplayArchiveRequest__Output, _liaison_v1_ReplayUpdate__Output>
}
