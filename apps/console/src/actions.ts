import type { Schemas } from './api/client';

/**
 * Which forms and buttons the console offers, in one place (ADRs 0026, 0030). The API answers no
 * list of allowed actions per record, so each rule here mirrors the part the acting unit plays in
 * the service's `authorise` (owner / recipient of a lead; lead unit / invited / member of an
 * operation) and the state the command needs. The services decide: a refused command answers its
 * problem (403/409/422), which the console shows. These only choose what to offer.
 */
export interface Officer {
  unitId: string;
  roles: string[];
}

type LeadDetail = Schemas['LeadDetail'];
type OperationDetail = Schemas['OperationDetail'];

export type LeadAction =
  | 'share'
  | 'acknowledge'
  | 'accept'
  | 'decline'
  | 'requestOnward'
  | 'answerOnward'
  | 'coHandling'
  | 'link'
  | 'escalate'
  | 'flagSuspectedCrime'
  | 'decideTransfer'
  | 'handOver';

/** An onward-sharing request as the lead detail carries it. */
export interface OnwardRequest {
  requestId: string;
  requestedByUnitId: string;
  unitIds: string[];
  reason: string;
  status: string;
  answerReason?: string;
}

const acts = (officer: Officer) => officer.roles.some((r) => r === 'liaison_officer' || r === 'coordinator');

export const onwardRequestsOf = (lead: LeadDetail): OnwardRequest[] => lead.onwardSharingRequests as unknown as OnwardRequest[];
export const pendingOnwardRequests = (lead: LeadDetail): OnwardRequest[] => onwardRequestsOf(lead).filter((r) => r.status === 'pending');
const transferStage = (lead: LeadDetail): string => (lead.transfer as { stage?: string } | null)?.stage ?? 'none';

/**
 * The lead actions of this officer's unit as the lead stands. The owner shares, assigns
 * co-handling, links, escalates for joint action, answers onward-sharing requests and walks the
 * transfer line (flag a suspected crime → decide → hand over); a recipient acknowledges, then
 * accepts or declines, and shares onward — directly, or by asking the owner when the lead's
 * handling forbids onward sharing without consent. A declined recipient has left the lead.
 */
export function leadActionsFor(lead: LeadDetail, officer: Officer): LeadAction[] {
  if (!acts(officer) || lead.status === 'closed') return [];
  if (lead.ownerUnitId === officer.unitId) {
    const stage = transferStage(lead);
    return [
      'share',
      ...(pendingOnwardRequests(lead).length > 0 ? (['answerOnward'] as const) : []),
      'coHandling',
      'link',
      'escalate',
      ...(stage === 'none' ? (['flagSuspectedCrime'] as const) : []),
      ...(stage === 'suspected' ? (['decideTransfer'] as const) : []),
      ...(stage === 'decided_transfer' ? (['handOver'] as const) : []),
    ];
  }
  const mine = lead.recipients.find((r) => r.unitId === officer.unitId);
  if (!mine || mine.status === 'declined') return [];
  const onward: LeadAction = (lead.handling as { noOnwardSharingWithoutConsent?: boolean }).noOnwardSharingWithoutConsent
    ? 'requestOnward'
    : 'share';
  if (mine.status === 'shared') return ['acknowledge', onward];
  if (mine.status === 'acknowledged') return ['accept', 'decline', onward];
  return [onward];
}

/** The answer buttons of a lead (acknowledge, accept, decline): the ones a recipient sees first. */
export const ANSWER_ACTIONS: readonly LeadAction[] = ['acknowledge', 'accept', 'decline'];

export type OperationAction = 'invite' | 'launch' | 'assignTask' | 'reportProgress' | 'conclude' | 'cancel';

interface Invitation {
  unitId: string;
  status: string;
}
const invitationsOf = (op: OperationDetail): Invitation[] => op.invitations as unknown as Invitation[];

/** Units that may be given a task: the lead unit and the units that joined (the service's rule for AssignTask). */
export const taskUnitsOf = (op: OperationDetail): string[] => [
  op.leadUnitId,
  ...invitationsOf(op)
    .filter((i) => i.status === 'joined')
    .map((i) => i.unitId),
];

/**
 * The operation actions of this officer's unit: the lead unit invites, launches a proposed
 * operation, assigns tasks, concludes a launched one and cancels; the lead unit and units that
 * joined report progress on a launched operation. Nothing on a draft, a concluded or a cancelled one.
 */
export function operationActionsFor(op: OperationDetail, officer: Officer): OperationAction[] {
  if (!acts(officer) || !['proposed', 'launched'].includes(op.status)) return [];
  const lead = op.leadUnitId === officer.unitId;
  const member = lead || invitationsOf(op).some((i) => i.unitId === officer.unitId && i.status === 'joined');
  const launched = op.status === 'launched';
  return [
    ...(lead ? (['invite', 'assignTask'] as const) : []),
    ...(lead && !launched ? (['launch'] as const) : []),
    ...(member && launched ? (['reportProgress'] as const) : []),
    ...(lead && launched ? (['conclude'] as const) : []),
    ...(lead ? (['cancel'] as const) : []),
  ];
}

/** A task is completed by its own unit, once, while the operation runs. */
export const mayCompleteTask = (op: OperationDetail, task: { unitId?: string; status?: string }, officer: Officer): boolean =>
  acts(officer) && ['proposed', 'launched'].includes(op.status) && task.unitId === officer.unitId && task.status === 'open';

/** An invitation awaiting my unit's answer (the list holds only those): join, or decline with a reason. */
export const mayAnswerInvitation = (officer: Officer): boolean => acts(officer);
