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
  | 'regrade'
  | 'feedback'
  | 'requestCourtUse'
  | 'answerCourtUse'
  | 'flagSuspectedCrime'
  | 'decideTransfer'
  | 'revisitTransfer'
  | 'handOver'
  | 'requestReconsideration'
  | 'requestSupervision'
  | 'policeDecision'
  | 'answerReconsideration'
  | 'policeReasons'
  | 'policeOpening'
  | 'answerSupervision'
  | 'close';

/** An onward-sharing request as the lead detail carries it. */
export interface OnwardRequest {
  requestId: string;
  requestedByUnitId: string;
  unitIds: string[];
  reason: string;
  status: string;
  answerReason?: string;
}

/** A request for the originator's consent to court use (ADR 0014) as the lead detail carries it. */
export interface CourtUseRequest {
  requestId: string;
  requestedByUnitId: string;
  unitId: string;
  reason: string;
  status: string;
  answerReason?: string;
}

/** The lead's transfer line (两法衔接) as the detail carries it; `dueAt` is the current stage's deadline or window. */
export interface TransferLine {
  stage: string;
  policeUnitId: string;
  procuratorateUnitId: string;
  dueAt: string;
  dueRule: string;
  caseNumber: string;
  reason: string;
  supervisionOutcome: string;
}

const acts = (officer: Officer) => officer.roles.some((r) => r === 'liaison_officer' || r === 'coordinator');

export const onwardRequestsOf = (lead: LeadDetail): OnwardRequest[] => lead.onwardSharingRequests as unknown as OnwardRequest[];
export const pendingOnwardRequests = (lead: LeadDetail): OnwardRequest[] => onwardRequestsOf(lead).filter((r) => r.status === 'pending');
export const courtUseRequestsOf = (lead: LeadDetail): CourtUseRequest[] =>
  (lead as { courtUseConsentRequests?: CourtUseRequest[] }).courtUseConsentRequests ?? [];
export const pendingCourtUseRequests = (lead: LeadDetail): CourtUseRequest[] =>
  courtUseRequestsOf(lead).filter((r) => r.status === 'pending');
export const transferOf = (lead: LeadDetail): TransferLine => {
  const t = (lead.transfer ?? {}) as Partial<TransferLine>;
  return {
    stage: t.stage || 'none',
    policeUnitId: t.policeUnitId ?? '',
    procuratorateUnitId: t.procuratorateUnitId ?? '',
    dueAt: t.dueAt ?? '',
    dueRule: t.dueRule ?? '',
    caseNumber: t.caseNumber ?? '',
    reason: t.reason ?? '',
    supervisionOutcome: t.supervisionOutcome ?? '',
  };
};
const handlingOf = (lead: LeadDetail) => lead.handling as { noOnwardSharingWithoutConsent?: boolean; noCourtUseWithoutConsent?: boolean };

/** The agency's right of the current stage (a reconsideration or supervision request) has a window that has not ended. */
const windowOpen = (line: TransferLine, now: number) => line.dueAt !== '' && Date.parse(line.dueAt) > now;

/**
 * The police unit's and the Procuratorate's steps on the transfer line (ADR 0014), by stage. They
 * are accepted on a closed lead too: closing the agency's file does not end their duty. The police
 * unit is the one the case was handed to (`transfer.policeUnitId`); the Procuratorate's answer is
 * a procurator's of the unit asked (`transfer.procuratorateUnitId`).
 */
function answersOnTheLine(line: TransferLine, officer: Officer): LeadAction[] {
  if (line.procuratorateUnitId === officer.unitId && officer.roles.includes('procurator'))
    return line.stage === 'supervision_requested' ? ['answerSupervision'] : [];
  if (line.policeUnitId !== officer.unitId || !acts(officer)) return [];
  switch (line.stage) {
    case 'handed_over':
      return ['policeDecision'];
    case 'reconsideration_requested':
      return ['answerReconsideration'];
    case 'police_reasons_requested':
      return ['policeReasons'];
    case 'reconsideration_reversed':
    case 'police_opening_required':
      return ['policeOpening'];
    default:
      return [];
  }
}

/**
 * The owner's steps on the transfer line: flag a suspected crime → decide (a decision not to
 * transfer may be revisited on new facts) → hand over; after a police refusal ask for
 * reconsideration within its window, or the Procuratorate to supervise (any time after a refusal,
 * within its own window after a maintained reconsideration: Decree No. 310 art. 9).
 */
function ownersStepsOnTheLine(line: TransferLine, now: number): LeadAction[] {
  switch (line.stage) {
    case 'none':
      return ['flagSuspectedCrime'];
    case 'suspected':
      return ['decideTransfer'];
    case 'decided_not_to_transfer':
      return ['revisitTransfer'];
    case 'decided_transfer':
      return ['handOver'];
    case 'police_declined':
      return [...(windowOpen(line, now) ? (['requestReconsideration'] as const) : []), 'requestSupervision'];
    case 'reconsideration_maintained':
      return windowOpen(line, now) ? ['requestSupervision'] : [];
    default:
      return [];
  }
}

/** A lead flagged as a suspected crime closes only after the decision, a decision to transfer only after the hand-over (ADR 0014). */
const mayClose = (line: TransferLine) => line.stage !== 'suspected' && line.stage !== 'decided_transfer';

/** The close outcomes worth offering: `transferred` needs a hand-over to the police. */
export const closeOutcomesFor = (lead: LeadDetail): CloseOutcome[] =>
  CLOSE_OUTCOMES.filter((o) => o !== 'transferred' || transferOf(lead).policeUnitId !== '');
export type CloseOutcome = Schemas['CloseLeadBody']['outcome'];
const CLOSE_OUTCOMES: CloseOutcome[] = ['resolved', 'penalised', 'transferred', 'unfounded', 'merged', 'other'];

/**
 * The lead actions of this officer's unit as the lead stands (`now` decides whether a right's
 * window is still open). The owner shares, answers onward-sharing and court-use requests, assigns
 * co-handling, links, escalates for joint action, re-grades, walks the agency's side of the
 * transfer line and closes; a recipient acknowledges, then accepts or declines, shares onward —
 * directly, or by asking the owner when the handling forbids onward sharing without consent —
 * and once it accepted reports feedback, as a co-handling unit does; the police unit and the
 * Procuratorate answer on the transfer line, also on a closed lead. Under
 * `noCourtUseWithoutConsent` the acting parties may ask for court use by a unit. A declined
 * recipient has left the lead.
 */
export function leadActionsFor(lead: LeadDetail, officer: Officer, now: number = Date.now()): LeadAction[] {
  const line = transferOf(lead);
  const answers = answersOnTheLine(line, officer);
  if (!acts(officer) || lead.status === 'closed') return answers;
  const courtUse: LeadAction[] = handlingOf(lead).noCourtUseWithoutConsent ? ['requestCourtUse'] : [];
  if (lead.ownerUnitId === officer.unitId)
    return [
      'share',
      ...(pendingOnwardRequests(lead).length > 0 ? (['answerOnward'] as const) : []),
      'coHandling',
      'link',
      'escalate',
      'regrade',
      ...courtUse,
      ...(pendingCourtUseRequests(lead).length > 0 ? (['answerCourtUse'] as const) : []),
      ...ownersStepsOnTheLine(line, now),
      ...(mayClose(line) ? (['close'] as const) : []),
    ];
  const mine = lead.recipients.find((r) => r.unitId === officer.unitId);
  const coHandling = (lead.coHandlingTasks as { unitId?: string }[]).some((task) => task.unitId === officer.unitId);
  const party = (mine !== undefined && mine.status !== 'declined') || coHandling || line.policeUnitId === officer.unitId;
  if (!party) return answers;
  const onward: LeadAction = handlingOf(lead).noOnwardSharingWithoutConsent ? 'requestOnward' : 'share';
  const asRecipient: LeadAction[] =
    !mine || mine.status === 'declined'
      ? []
      : mine.status === 'shared'
        ? ['acknowledge', onward]
        : mine.status === 'acknowledged'
          ? ['accept', 'decline', onward]
          : [onward];
  const feedback: LeadAction[] = mine?.status === 'accepted' || coHandling ? ['feedback'] : [];
  return [...answers, ...asRecipient, ...feedback, ...courtUse];
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
