import type { Directory } from '@liaison/contracts';
import { Router } from 'express';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import {
  type ActionRoute,
  callContext,
  type CommandResource,
  mountActionRoutes,
  mountCreateRoute,
  sendDetail,
} from '../http/command-routes';
import { parse } from '../http/validate';
import type { BlacklistingCommandRpc, CreditPort, PublicationCommandRpc } from './credit-port';
import * as s from './schemas';

export const CREDIT_BASE = '/api/v1/credit';
export const BLACKLISTINGS_PATH = '/blacklistings';
export const PUBLICATIONS_PATH = '/publications';

/** The case publication steps (ADR 0031): who may take each is the service's answer. */
export const PUBLICATION_ACTION_ROUTES: ActionRoute<PublicationCommandRpc>[] = [
  {
    path: 'approve',
    rpc: 'ApprovePublication',
    body: s.approvePublicationBody,
    summary: 'Approve: the redacted record appears on the public page and feed (leading-group office coordinator)',
  },
  {
    path: 'withdraw',
    rpc: 'WithdrawPublication',
    body: s.withdrawPublicationBody,
    summary: 'Withdraw with a reason (leading-group office or owning unit)',
  },
];

/**
 * The blacklisting steps on an existing blacklisting, 1:1 with CreditService: who may take each
 * (the leading-group office's coordinators approve, reject and decide appeals; the office or the
 * proposing unit records an appeal) is the service's answer.
 */
export const BLACKLISTING_ACTION_ROUTES: ActionRoute<BlacklistingCommandRpc>[] = [
  {
    path: 'approve',
    rpc: 'ApproveBlacklisting',
    body: s.approveBody,
    summary: 'Approve and publish for the period (leading-group office coordinator)',
  },
  { path: 'reject', rpc: 'RejectBlacklisting', body: s.rejectBody, summary: 'Reject with a reason (leading-group office coordinator)' },
  {
    path: 'appeal',
    rpc: 'AppealBlacklisting',
    body: s.appealBody,
    summary: 'Record the subject’s appeal (leading-group office or proposing unit)',
  },
  {
    path: 'decide-appeal',
    rpc: 'DecideBlacklistingAppeal',
    body: s.decideAppealBody,
    summary: 'Decide the appeal; upheld removes the blacklisting (leading-group office coordinator)',
  },
];

/**
 * REST under /api/v1/credit (ADR 0027): credit files by credit code or person, the credit status
 * leads and operations show beside a subject, and the blacklisting workflow. Every read is
 * filtered by the service (entries by their sources' access; a file the caller sees nothing of
 * is 404).
 */
export function creditRouter({ credit, directory }: { credit: CreditPort; directory: Directory }): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.read);

  router.get('/files/:creditCode', read, async (req, res) => {
    const { creditCode } = parse(s.creditCodeParams, req.params, 'path');
    sendDetail(req, res, await credit.call('GetCreditFile', { creditCode, personName: '' }, callContext(res)), { fresh: true });
  });
  router.get('/persons', read, async (req, res) => {
    const { name } = parse(s.personQuery, req.query, 'query');
    sendDetail(req, res, await credit.call('GetCreditFile', { creditCode: '', personName: name }, callContext(res)), { fresh: true });
  });
  router.get('/status', read, async (req, res) => {
    const query = parse(s.statusQuery, req.query, 'query');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(
      await credit.call('GetCreditStatus', { creditCode: query.creditCode ?? '', personName: query.personName ?? '' }, callContext(res)),
    );
  });

  const blacklistings = Router();
  const resource: CommandResource<BlacklistingCommandRpc> = {
    base: `${CREDIT_BASE}${BLACKLISTINGS_PATH}`,
    idField: 'blacklistingId',
    idParam: s.blacklistingIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => credit.call(rpc, request as never, ctx),
  };
  mountCreateRoute(blacklistings, resource, { rpc: 'ProposeBlacklisting', body: s.proposeBlacklistingBody });
  blacklistings.get('/', read, async (req, res) => {
    const { status } = parse(s.listQuery, req.query, 'query');
    const answer = await credit.call('ListBlacklistings', { status: status ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json({ items: answer.blacklistings, nextCursor: null });
  });
  blacklistings.get('/:id', read, async (req, res) => {
    const { id } = parse(s.blacklistingParams, req.params, 'path');
    sendDetail(req, res, await credit.call('GetBlacklisting', { blacklistingId: id }, callContext(res)));
  });
  mountActionRoutes(blacklistings, resource, BLACKLISTING_ACTION_ROUTES);
  router.use(BLACKLISTINGS_PATH, blacklistings);

  const publications = Router();
  const publication: CommandResource<PublicationCommandRpc> = {
    base: `${CREDIT_BASE}${PUBLICATIONS_PATH}`,
    idField: 'publicationId',
    idParam: s.publicationIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => credit.call(rpc, request as never, ctx),
  };
  mountCreateRoute(publications, publication, { rpc: 'DraftPublication', body: s.draftPublicationBody });
  publications.get('/', read, async (req, res) => {
    const { status } = parse(s.publicationListQuery, req.query, 'query');
    const answer = await credit.call('ListPublications', { status: status ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json({ items: answer.publications, nextCursor: null });
  });
  publications.get('/:id', read, async (req, res) => {
    const { id } = parse(s.publicationParams, req.params, 'path');
    sendDetail(req, res, await credit.call('GetPublication', { publicationId: id }, callContext(res)));
  });
  mountActionRoutes(publications, publication, PUBLICATION_ACTION_ROUTES);
  router.use(PUBLICATIONS_PATH, publications);
  return router;
}
