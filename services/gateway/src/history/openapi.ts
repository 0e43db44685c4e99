import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { problemSchema } from '../http/common-schemas';
import { archiveQuerySchema, asOfQuery, HISTORY_BASE, recordIdParam, replayQuerySchema, sandboxRecordParams } from './router';

type Responses = RouteConfig['responses'];
const json = (description: string) => ({ description, content: { 'application/json': { schema: z.object({}).passthrough() } } });

/** The OpenAPI paths of /api/v1/history (router.ts), with the gateway's common errors and bearer security. */
export function historyRouteDocs(security: RouteConfig['security'], errors: Responses): RouteConfig[] {
  const tags = ['history'];
  // A `recordId` filter is checked like a path id by the history service: a record nobody made, or one the caller may not see.
  const filtered = {
    404: {
      description: 'The `recordId` filter names no record, or one whose existence must not be disclosed',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
  };
  return [
    {
      method: 'get',
      path: `${HISTORY_BASE}/records/{recordId}/timeline`,
      tags,
      summary:
        'Timeline of a record and the records linked to it, in causal order with causation links; analysts within their clearance and the record’s parties; recorded in the read audit; rpc GetTimeline',
      security,
      request: { params: recordIdParam },
      responses: { 200: json('The timeline'), ...errors },
    },
    {
      method: 'get',
      path: `${HISTORY_BASE}/records/{recordId}/as-of`,
      tags,
      summary:
        'State of a record as of `at`, as recorded (default) or as occurred, folded with the owning service’s evolve; rpc GetRecordAsOf',
      security,
      request: { params: recordIdParam, query: asOfQuery },
      responses: { 200: json('The state'), ...errors },
    },
    {
      method: 'get',
      path: `${HISTORY_BASE}/records/{recordId}/views`,
      tags,
      summary: 'Who viewed the record (ADR 0023): its owner unit and supervisors; rpc ListRecordViews',
      security,
      request: { params: recordIdParam, query: archiveQuerySchema.pick({ pageSize: true, cursor: true }) },
      responses: { 200: json('Views, newest first'), ...errors },
    },
    {
      method: 'get',
      path: `${HISTORY_BASE}/events`,
      tags,
      summary:
        'Archived events in global order by time range, type, unit, jurisdiction, context, record; cursor-paginated; rpc QueryArchive',
      security,
      request: { query: archiveQuerySchema },
      responses: { 200: json('A page of events'), ...errors, ...filtered },
    },
    {
      method: 'post',
      path: `${HISTORY_BASE}/replay`,
      tags,
      summary:
        'Replay a period (the query filters) into the caller’s sandbox at `speed` × real time (0 = as fast as possible); NDJSON progress lines, the last with done=true; rpc ReplayArchive',
      security,
      request: { query: replayQuerySchema },
      responses: {
        200: { description: 'NDJSON progress', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
        ...errors,
        ...filtered,
      },
    },
    {
      method: 'get',
      path: `${HISTORY_BASE}/sandboxes/{sandbox}/records/{recordId}`,
      tags,
      summary: 'A record’s state in the caller’s sandbox as the replay left it; rpc GetSandboxRecord',
      security,
      request: { params: sandboxRecordParams },
      responses: { 200: json('The sandbox state'), ...errors },
    },
    {
      method: 'get',
      path: `${HISTORY_BASE}/export`,
      tags,
      summary: 'A filtered slice as NDJSON (streamed): event lines, then a manifest with counts and chain heads; rpc ExportArchive',
      security,
      request: { query: archiveQuerySchema },
      responses: {
        200: { description: 'NDJSON', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
        ...errors,
        ...filtered,
      },
    },
    {
      method: 'post',
      path: `${HISTORY_BASE}/import`,
      tags,
      summary: 'Import an export (application/x-ndjson body, admins), checked and written per batch (`batchSize`); rpc ImportArchive',
      security,
      request: { query: z.object({ batchSize: z.coerce.number().int().min(1).max(5_000).optional() }) },
      responses: { 200: json('How far it got'), ...errors },
    },
  ];
}
