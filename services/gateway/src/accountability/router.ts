import { encodeCursor, NotFoundError } from '@liaison/platform';
import { Router } from 'express';
import { requireRole, ROLE_POLICY } from '../auth/middleware';
import { callContext, commandContext, sendCommandResult, sendPage } from '../http/command-routes';
import { commandIdFor, IDEMPOTENCY_HEADER } from '../http/idempotency';
import { actorOf } from '../http/request-context';
import { parse } from '../http/validate';
import type { LeadsPort } from '../leads/leads-port';
import type { MeetingsPort } from '../meetings/meetings-port';
import type { OperationsPort } from '../operations/operations-port';
import * as s from './schemas';

export const ACCOUNTABILITY_BASE = '/api/v1/accountability';

/** Who reads the register at the gateway (the services decide entry by entry: @liaison/contracts accountabilityEntry). */
export const REGISTER_READERS = ['supervisor', 'liaison_officer', 'coordinator', 'analyst'] as const;

type Entry = { entryId: string; detectedAt: string };
/** Newest first, then entry id: the order and the cursor of every context's register. */
const newestFirst = (a: Entry, b: Entry) => b.detectedAt.localeCompare(a.detectedAt) || b.entryId.localeCompare(a.entryId);

/**
 * The accountability register (ADR 0013) over both contexts: GET merges the leads and the
 * operations registers, newest breach first, behind one cursor (both use the same keyset on
 * detectedAt and entry id, so a cursor taken from the merged page is valid in each). POST
 * /explanations records the responsible unit's reason on the record's stream (ExplainBreach).
 */
export function accountabilityRouter({
  leads,
  operations,
  meetings,
}: {
  leads: LeadsPort;
  operations: OperationsPort;
  /** The meetings register (action items, ADR 0020), when the meetings service is wired. */
  meetings?: MeetingsPort;
}): Router {
  const router = Router();

  router.get('/', requireRole(REGISTER_READERS), async (req, res) => {
    const q = parse(s.accountabilityQuery, req.query, 'query');
    const request = { unitId: q.unitId ?? '', from: q.from ?? '', to: q.to ?? '', page: { pageSize: q.limit, cursor: q.cursor ?? '' } };
    const ctx = callContext(res);
    const [fromLeads, fromOperations, fromMeetings] = await Promise.all([
      leads.call('ListAccountability', request, ctx),
      operations.call('ListAccountability', request, ctx),
      meetings ? meetings.call('ListAccountability', request, ctx) : Promise.resolve({ items: [], page: { nextCursor: '' } }),
    ]);
    const merged = [...fromLeads.items, ...fromOperations.items, ...fromMeetings.items].sort(newestFirst);
    const items = merged.slice(0, q.limit);
    const more =
      merged.length > q.limit || !!fromLeads.page?.nextCursor || !!fromOperations.page?.nextCursor || !!fromMeetings.page?.nextCursor;
    const last = items.at(-1);
    sendPage(req, res, items, { nextCursor: more && last ? encodeCursor(last.detectedAt, last.entryId) : '' });
  });

  router.post('/explanations', requireRole(ROLE_POLICY.act), async (req, res) => {
    const body = parse(s.explanationBody, req.body ?? {});
    const commandId = commandIdFor(actorOf(res).officerId, req.get(IDEMPOTENCY_HEADER));
    const ctx = commandContext(req, res);
    const common = { commandId, ifMatchVersion: 0, kind: body.kind, reason: body.reason };
    if (body.context === 'leads') {
      const result = await leads.call('ExplainBreach', { ...common, leadId: body.recordId, taskId: body.taskId ?? '' }, ctx);
      return void sendCommandResult(res, result, 'leadId', 200);
    }
    if (body.context === 'meetings') {
      if (!meetings) throw new NotFoundError('meeting', body.recordId);
      const result = await meetings.call('ExplainBreach', { ...common, meetingId: body.recordId, actionItemId: body.taskId ?? '' }, ctx);
      return void sendCommandResult(res, result, 'meetingId', 200);
    }
    const result = await operations.call('ExplainBreach', { ...common, operationId: body.recordId, taskId: body.taskId ?? '' }, ctx);
    sendCommandResult(res, result, 'operationId', 200);
  });
  return router;
}
