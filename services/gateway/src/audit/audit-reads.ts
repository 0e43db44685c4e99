import type { Request, RequestHandler } from 'express';
import { PURPOSE_MAX } from '@liaison/contracts';
import { actorOf, contextOf } from '../http/request-context';
import type { ReadAudit } from './read-audit';

/** The purpose a reader gives: `X-Purpose` header, else the `purpose` query parameter. */
export const purposeOf = (req: Request): string => {
  const given = req.get('x-purpose') ?? (typeof req.query.purpose === 'string' ? req.query.purpose : '');
  return given.slice(0, PURPOSE_MAX);
};

const DETAIL = /^\/api\/v1\/(?:leads|operations|evidence|meetings)\/((?:lead|operation|evidence|meeting)-[0-9a-f-]{36})$/;
const SITUATION = '/api/v1/reports/situation';

/**
 * Records, once a read has answered 200, the reads of a record's detail (GET /api/v1/leads/{id},
 * /operations/{id}, /evidence/{id}, /meetings/{id}) and each report drill-down (the records it
 * listed) in the read audit (ADR 0023), without touching those routes: it wraps `res.json` of
 * just these requests. A refused read is no view (the denial is in the request log).
 */
export function auditReads(audit: ReadAudit): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET') return next();
    const detail = DETAIL.exec(req.path);
    const drill = req.path === SITUATION && typeof req.query.drillContext === 'string' && req.query.drillContext !== '';
    if (!detail && !drill) return next();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode === 200 && contextOf(res)?.actor) {
        const ids = detail ? [detail[1]!] : (((body as { recordIds?: unknown }).recordIds as string[] | undefined) ?? []);
        audit.record(actorOf(res), ids, detail ? 'detail' : 'report_drill_down', purposeOf(req), contextOf(res).correlationId);
      }
      return json(body);
    };
    next();
  };
}
