import type { Directory } from '@liaison/contracts';
import { Router } from 'express';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import {
  callContext,
  type CommandResource,
  mountActionRoutes,
  mountCreateRoute,
  mountListRoutes,
  sendDetail,
  unitRefs,
} from '../http/command-routes';
import { etagOf } from '../http/preconditions';
import { parse } from '../http/validate';
import type { LeadsPort } from '../leads/leads-port';
import type { OperationsPort } from '../operations/operations-port';
import type { MeetingCommandRpc, MeetingsPort } from './meetings-port';
import { resolveReferences } from './references';
import { MEETING_ACTION_ROUTES, MEETING_LIST_ROUTES } from './routes';
import * as s from './schemas';

export const MEETINGS_BASE = '/api/v1/meetings';
export const MEETING_CALENDAR_PATH = '/:id/calendar.ics';

export interface MeetingsRouterDeps {
  meetings: MeetingsPort;
  leads: LeadsPort;
  operations: OperationsPort;
  directory: Directory;
}

/**
 * REST under /api/v1/meetings, 1:1 with MeetingsService, with the conventions of the operations
 * routes (the generic handlers of ../http/command-routes.ts: auth, problem+json, ETag/If-Match,
 * Idempotency-Key, cursor pagination). Agenda references are resolved to their records' access
 * with the caller's identity before the call (references.ts).
 */
export function meetingsRouter({ meetings, leads, operations, directory }: MeetingsRouterDeps): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.read);
  const resource: CommandResource<MeetingCommandRpc> = {
    base: MEETINGS_BASE,
    idField: 'meetingId',
    idParam: s.meetingIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: async (rpc, request, ctx) => {
      if (rpc === 'AddAgendaItem') {
        const references = await resolveReferences(
          { leads, operations },
          (request.references as { kind: string; id: string }[]) ?? [],
          ctx,
        );
        return meetings.call(rpc, { ...request, references }, ctx);
      }
      return meetings.call(rpc, request, ctx);
    },
    // The service answers NOT_FOUND to anyone outside the meeting; the rest is its decision.
    checkParticipation: async (ctx, meetingId) => {
      await meetings.call('GetMeeting', { meetingId }, ctx);
    },
  };

  mountCreateRoute(router, resource, { rpc: 'ScheduleMeeting', body: s.scheduleMeetingBody, references: unitRefs('invitedUnitIds') });
  // Fixed paths before /:id.
  mountListRoutes(router, read, (rpc, request, ctx) => meetings.call(rpc, request, ctx), MEETING_LIST_ROUTES);

  router.get(MEETING_CALENDAR_PATH, read, async (req, res) => {
    const { id } = parse(s.meetingParams, req.params, 'path');
    const calendar = await meetings.call('GetMeetingCalendar', { meetingId: id }, callContext(res));
    res.setHeader('ETag', etagOf(calendar.version));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Content-Disposition', `attachment; filename="${id}.ics"`);
    res.type('text/calendar; charset=utf-8').send(calendar.ics);
  });

  router.get('/:id', read, async (req, res) => {
    const { id } = parse(s.meetingParams, req.params, 'path');
    sendDetail(req, res, await meetings.call('GetMeeting', { meetingId: id }, callContext(res)));
  });

  mountActionRoutes(router, resource, MEETING_ACTION_ROUTES);
  return router;
}
