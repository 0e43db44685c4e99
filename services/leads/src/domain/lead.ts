import type { EventEnvelope, FieldIssue } from '@liaison/contracts';
import { type Decider, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { CommandOf, LeadCommand } from './commands';
import { INTERNAL_COMMANDS } from './commands';
import { event, type LeadEvent, type LeadEventData } from './events';
import {
  addMs, CATEGORIES, CLOSE_OUTCOMES, CREDIT_CODE, type DeadlineKind, type Grading, type Handling, LINK_RELATIONS, POLICE_DECISIONS,
  PRIORITIES, RECONSIDERATION_ANSWERS, type RecipientStatus, SOURCE_RELIABILITY, type TimeLimits, TLP_CODES, type TransferStage,
  type UnitDirectory, type Location, type Subject,
} from './model';
import { type LeadAccess, mayAct, visibility } from './policy';

// ---------------------------------------------------------------- state

export interface RecipientState {
  status: RecipientStatus;
  sharedAt: string;
  acknowledgeDueAt: string;
}
export interface DeadlineState {
  kind: DeadlineKind;
  unitId: string;
  dueAt: string;
  resolved: boolean;
  breached: boolean;
}
export interface LeadState {
  exists: boolean;
  leadId: string;
  status: 'none' | 'posted' | 'shared' | 'in_progress' | 'closed';
  ownerUnitId: string;
  postedByOfficerId: string;
  handling: Handling;
  grading: Grading;
  recipients: Record<string, RecipientState>;
  coHandlingUnitIds: string[];
  onwardRequests: Record<string, { requestedByUnitId: string; unitIds: string[]; status: 'pending' | 'approved' | 'refused' }>;
  transfer: { stage: TransferStage; policeUnitId: string };
  /** Keyed `<kind>:<unitId>`. */
  deadlines: Record<string, DeadlineState>;
  links: string[];
  possibleDuplicates: string[];
  /** Kept for LeadEscalated, which carries them to the operations service. */
  title: string;
  subject: Subject;
  location: Location;
  /** Operations whose outcome is recorded on this lead. */
  operationOutcomes: string[];
}

export const initialLeadState = (): LeadState => ({
  exists: false, leadId: '', status: 'none', ownerUnitId: '', postedByOfficerId: '',
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  grading: { sourceReliability: 'X', information: 4 },
  recipients: {}, coHandlingUnitIds: [], onwardRequests: {}, transfer: { stage: 'none', policeUnitId: '' }, deadlines: {}, links: [], possibleDuplicates: [],
  operationOutcomes: [], title: '',
  subject: { enterpriseName: '', creditCode: '', personName: '', onlineShop: '', url: '' }, location: { jurisdiction: '', address: '', coordinates: null },
});

export const deadlineKey = (kind: DeadlineKind, unitId: string) => `${kind}:${unitId}`;

export const participantUnitIds = (state: Pick<LeadState, 'recipients' | 'coHandlingUnitIds' | 'transfer'>): string[] => [
  ...new Set([...Object.keys(state.recipients), ...state.coHandlingUnitIds, ...(state.transfer.policeUnitId ? [state.transfer.policeUnitId] : [])]),
];

export const leadAccess = (state: LeadState): LeadAccess => ({
  leadId: state.leadId, ownerUnitId: state.ownerUnitId, postedByOfficerId: state.postedByOfficerId, participantUnitIds: participantUnitIds(state),
  code: state.handling.code, namedOfficerIds: state.handling.namedOfficerIds,
});

const addDeadline = (s: LeadState, kind: DeadlineKind, unitId: string, dueAt: string): LeadState => ({
  ...s, deadlines: { ...s.deadlines, [deadlineKey(kind, unitId)]: { kind, unitId, dueAt, resolved: false, breached: false } },
});
const resolveDeadline = (s: LeadState, kind: DeadlineKind, unitId: string): LeadState => {
  const key = deadlineKey(kind, unitId);
  const d = s.deadlines[key];
  return d && !d.resolved ? { ...s, deadlines: { ...s.deadlines, [key]: { ...d, resolved: true } } } : s;
};
const setRecipient = (s: LeadState, unitId: string, status: RecipientStatus): LeadState => {
  const r = s.recipients[unitId];
  return r ? { ...s, recipients: { ...s.recipients, [unitId]: { ...r, status } } } : s;
};
const progress = (s: LeadState): LeadState => (s.status === 'posted' || s.status === 'shared' ? { ...s, status: 'in_progress' } : s);

type Data<T extends LeadEvent['type']> = LeadEventData<T>;

export function evolveLead(state: LeadState, envelope: EventEnvelope): LeadState {
  const e = { type: envelope.type, data: envelope.data } as LeadEvent;
  switch (e.type) {
    case 'LeadPosted': {
      const d: Data<'LeadPosted'> = e.data;
      return {
        ...state, exists: true, leadId: d.leadId, status: 'posted', ownerUnitId: d.ownerUnitId, postedByOfficerId: d.postedByOfficerId,
        handling: d.handling, grading: d.grading as Grading, title: d.title, subject: d.subject, location: d.location,
      };
    }
    case 'LeadPossibleDuplicateDetected':
      return { ...state, possibleDuplicates: [...state.possibleDuplicates, e.data.otherLeadId] };
    case 'LeadShared': {
      let s: LeadState = { ...state, status: state.status === 'posted' ? 'shared' : state.status, recipients: { ...state.recipients } };
      for (const unitId of e.data.unitIds) {
        s.recipients[unitId] = { status: 'shared', sharedAt: e.data.sharedAt, acknowledgeDueAt: e.data.acknowledgeDueAt };
        s = addDeadline(s, 'acknowledge', unitId, e.data.acknowledgeDueAt);
      }
      return s;
    }
    case 'OnwardSharingRequested':
      return { ...state, onwardRequests: { ...state.onwardRequests, [e.data.requestId]: { requestedByUnitId: e.data.requestedByUnitId, unitIds: e.data.unitIds, status: 'pending' } } };
    case 'OnwardSharingApproved':
    case 'OnwardSharingRefused': {
      const r = state.onwardRequests[e.data.requestId];
      if (!r) return state;
      const status = e.type === 'OnwardSharingApproved' ? 'approved' : 'refused';
      return { ...state, onwardRequests: { ...state.onwardRequests, [e.data.requestId]: { ...r, status } } };
    }
    case 'LeadAcknowledged':
      return resolveDeadline(setRecipient(state, e.data.unitId, 'acknowledged'), 'acknowledge', e.data.unitId);
    case 'LeadAccepted':
      return progress(resolveDeadline(setRecipient(state, e.data.unitId, 'accepted'), 'acknowledge', e.data.unitId));
    case 'LeadDeclined':
      return resolveDeadline(setRecipient(state, e.data.unitId, 'declined'), 'acknowledge', e.data.unitId);
    case 'LeadAssignedForCoHandling': {
      let s: LeadState = progress({ ...state, coHandlingUnitIds: [...new Set([...state.coHandlingUnitIds, ...e.data.tasks.map((t) => t.unitId)])] });
      for (const task of e.data.tasks) if (task.dueAt) s = addDeadline(s, 'co_handling_task', task.unitId, task.dueAt);
      return s;
    }
    case 'LeadFeedbackRecorded':
      return resolveDeadline(state, 'co_handling_task', e.data.unitId);
    case 'LeadRegraded':
      return { ...state, grading: e.data.grading as Grading };
    case 'SuspectedCrimeFlagged':
      return addDeadline(progress({ ...state, transfer: { ...state.transfer, stage: 'suspected' } }), 'transfer_decision', state.ownerUnitId, e.data.decisionDueAt);
    case 'TransferDecided': {
      const s = resolveDeadline(state, 'transfer_decision', state.ownerUnitId);
      if (!e.data.transfer) return { ...s, transfer: { ...s.transfer, stage: 'decided_not_to_transfer' } };
      return addDeadline({ ...s, transfer: { ...s.transfer, stage: 'decided_transfer' } }, 'hand_over', state.ownerUnitId, e.data.handOverDueAt!);
    }
    case 'LeadHandedOverToPolice': {
      const s = resolveDeadline(state, 'hand_over', state.ownerUnitId);
      return addDeadline({ ...s, transfer: { stage: 'handed_over', policeUnitId: e.data.policeUnitId } }, 'police_decision', e.data.policeUnitId, e.data.policeDecisionDueAt);
    }
    case 'PoliceDecisionRecorded': {
      const s = resolveDeadline(state, 'police_decision', e.data.policeUnitId);
      if (e.data.decision === 'opened') return { ...s, transfer: { ...s.transfer, stage: 'police_opened' } };
      return addDeadline({ ...s, transfer: { ...s.transfer, stage: 'police_declined' } }, 'reconsideration_request', state.ownerUnitId, e.data.reconsiderationRequestDueAt!);
    }
    case 'ReconsiderationRequested': {
      const s = resolveDeadline(state, 'reconsideration_request', state.ownerUnitId);
      return addDeadline({ ...s, transfer: { ...s.transfer, stage: 'reconsideration_requested' } }, 'reconsideration_answer', state.transfer.policeUnitId, e.data.answerDueAt);
    }
    case 'ReconsiderationAnswered': {
      const s = resolveDeadline(state, 'reconsideration_answer', state.transfer.policeUnitId);
      const stage = e.data.answer === 'reversed' ? 'reconsideration_reversed' : 'reconsideration_maintained';
      return { ...s, transfer: { ...s.transfer, stage } };
    }
    case 'LeadClosed': {
      const deadlines = Object.fromEntries(Object.entries(state.deadlines).map(([k, d]) => [k, { ...d, resolved: true }]));
      return { ...state, status: 'closed', deadlines };
    }
    case 'LeadLinked':
      return { ...state, links: [...state.links, `${e.data.otherLeadId}:${e.data.relation}`] };
    case 'LeadOverdue': {
      const key = deadlineKey(e.data.kind, e.data.unitId);
      const d = state.deadlines[key];
      return d ? { ...state, deadlines: { ...state.deadlines, [key]: { ...d, breached: true } } } : state;
    }
    case 'LeadOperationOutcomeRecorded':
      return { ...state, operationOutcomes: [...state.operationOutcomes, e.data.operationId] };
    default:
      return state;
  }
}

// ---------------------------------------------------------------- decisions

export interface LeadDeciderDependencies {
  directory: UnitDirectory;
  limits: TimeLimits;
}

type Who = 'owner' | 'recipient' | 'police' | 'owner_or_recipient' | 'party';

const nonEmpty = (value: string) => value.trim().length > 0;
const fail = (issues: FieldIssue[]) => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

/**
 * Every officer command passes here first: the lead exists and is visible (hidden → 404,
 * forbidden → 403), the officer's role may act, and their unit plays the part the command needs.
 */
function authorise(state: LeadState, command: LeadCommand, who: Who): void {
  if (!state.exists) throw new NotFoundError('lead', command.leadId);
  const seen = visibility(leadAccess(state), command.actor);
  if (seen === 'hidden') throw new NotFoundError('lead', command.leadId);
  if (seen === 'forbidden') throw new ForbiddenError(`unit ${command.actor.unitId} is not party to lead ${command.leadId}`);
  if (!mayAct(command.actor)) throw new ForbiddenError(`${command.type} needs the liaison_officer or coordinator role (analysts are read-only)`);
  if (state.status === 'closed') throw new InvalidTransitionError(`lead ${command.leadId} is closed`, 'closed');
  const unit = command.actor.unitId;
  const isOwner = unit === state.ownerUnitId;
  const isRecipient = unit in state.recipients;
  const party = isOwner || participantUnitIds(state).includes(unit);
  switch (who) {
    case 'owner':
      if (!isOwner) throw new ForbiddenError(`only the owner unit ${state.ownerUnitId} may ${command.type}`);
      return;
    case 'recipient':
      if (isRecipient) return;
      if (isOwner) throw new ForbiddenError(`the owner unit cannot ${command.type} its own lead`);
      throw new InvalidTransitionError(`lead ${command.leadId} has not been shared with ${unit}`, state.status);
    case 'owner_or_recipient':
      if (isOwner || isRecipient) return;
      throw new InvalidTransitionError(`lead ${command.leadId} has not been shared with ${unit}`, state.status);
    case 'party':
      if (!party) throw new ForbiddenError(`unit ${unit} is not party to lead ${command.leadId}`);
      return;
    case 'police':
      if (unit !== state.transfer.policeUnitId) throw new ForbiddenError(`only the police unit ${state.transfer.policeUnitId || '(none yet)'} may ${command.type}`);
      return;
  }
}

const requireStage = (state: LeadState, command: LeadCommand, ...stages: TransferStage[]) => {
  if (!stages.includes(state.transfer.stage)) {
    throw new InvalidTransitionError(`${command.type} needs the transfer stage to be ${stages.join(' or ')}`, state.transfer.stage);
  }
};

function checkGrading(grading: Grading, path: string, issues: FieldIssue[]) {
  if (!(SOURCE_RELIABILITY as readonly string[]).includes(grading.sourceReliability)) issues.push({ path: `${path}.source_reliability`, message: 'expected A, B, C or X' });
  if (!Number.isInteger(grading.information) || grading.information < 1 || grading.information > 4) issues.push({ path: `${path}.information`, message: 'expected 1, 2, 3 or 4' });
}

function checkUnits(directory: UnitDirectory, unitIds: string[], path: string, issues: FieldIssue[]) {
  if (unitIds.length === 0) issues.push({ path, message: 'at least one unit is required' });
  unitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `${path}[${i}]`, message: `unknown unit "${id}"` });
  });
  if (new Set(unitIds).size !== unitIds.length) issues.push({ path, message: 'a unit is listed twice' });
}

export function createLeadDecider({ directory, limits }: LeadDeciderDependencies): Decider<LeadCommand, LeadState, LeadEvent> {
  const postLead = (c: CommandOf<'PostLead'>, state: LeadState): LeadEvent[] => {
    if (state.exists) throw new InvalidTransitionError(`lead ${c.leadId} already exists`, state.status);
    if (!mayAct(c.actor)) throw new ForbiddenError('posting a lead needs the liaison_officer or coordinator role');
    const issues: FieldIssue[] = [];
    if (!directory.unit(c.actor.unitId)) issues.push({ path: 'actor.unit_id', message: `unknown unit "${c.actor.unitId}"` });
    if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
    else if (c.title.length > 200) issues.push({ path: 'title', message: 'at most 200 characters' });
    if (!(CATEGORIES as readonly string[]).includes(c.category)) issues.push({ path: 'category', message: `expected one of ${CATEGORIES.join(', ')}` });
    const s = c.subject;
    if (![s.enterpriseName, s.creditCode, s.personName, s.onlineShop, s.url].some(nonEmpty)) {
      issues.push({ path: 'subject', message: 'name at least one of enterprise_name, credit_code, person_name, online_shop, url' });
    }
    if (s.creditCode && !CREDIT_CODE.test(s.creditCode)) issues.push({ path: 'subject.credit_code', message: '18 upper-case letters or digits' });
    if (s.url && !/^https?:\/\/\S+$/.test(s.url)) issues.push({ path: 'subject.url', message: 'an http(s) URL' });
    if (!directory.jurisdiction(c.location.jurisdiction)) issues.push({ path: 'location.jurisdiction', message: `unknown jurisdiction "${c.location.jurisdiction}"` });
    const co = c.location.coordinates;
    if (co && (Math.abs(co.latitude) > 90 || Math.abs(co.longitude) > 180)) issues.push({ path: 'location.coordinates', message: 'latitude within ±90, longitude within ±180' });
    if (c.summary.length > 5000) issues.push({ path: 'summary', message: 'at most 5000 characters' });
    if (!(PRIORITIES as readonly string[]).includes(c.priority)) issues.push({ path: 'priority', message: `expected one of ${PRIORITIES.join(', ')}` });
    checkGrading(c.grading, 'grading', issues);
    const h = c.handling;
    if (!(TLP_CODES as readonly string[]).includes(h.code)) issues.push({ path: 'handling.code', message: `expected one of ${TLP_CODES.join(', ')}` });
    if (h.code === 'RED' && h.namedOfficerIds.length === 0) issues.push({ path: 'handling.named_officer_ids', message: 'a RED lead names the officers who may see it' });
    if (h.code !== 'RED' && h.namedOfficerIds.length > 0) issues.push({ path: 'handling.named_officer_ids', message: 'only RED leads name officers' });
    h.namedOfficerIds.forEach((id, i) => {
      if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
    });
    c.attachments.forEach((a, i) => {
      if (!/^[0-9a-f]{64}$/.test(a.sha256)) issues.push({ path: `attachments[${i}].sha256`, message: '64 lower-case hex digits' });
      if (!nonEmpty(a.name)) issues.push({ path: `attachments[${i}].name`, message: 'required' });
    });
    fail(issues);
    const posted = event('LeadPosted', {
      leadId: c.leadId, ownerUnitId: c.actor.unitId, postedByOfficerId: c.actor.officerId, title: c.title.trim(), category: c.category as (typeof CATEGORIES)[number],
      subject: s, location: c.location, summary: c.summary, priority: c.priority as (typeof PRIORITIES)[number], grading: c.grading,
      handling: h, attachments: c.attachments, postedAt: c.now,
    });
    const duplicates = c.possibleDuplicates
      .filter((d) => d.leadId !== c.leadId)
      .map((d) => event('LeadPossibleDuplicateDetected', { otherLeadId: d.leadId, otherOwnerUnitId: d.ownerUnitId, reason: d.reason, matchedOn: d.matchedOn, position: 'later' }));
    return [posted, ...duplicates];
  };

  const share = (c: CommandOf<'ShareLead'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner_or_recipient');
    if (c.actor.unitId !== state.ownerUnitId && state.handling.noOnwardSharingWithoutConsent) {
      throw new ForbiddenError('this lead may not be shared onward without the originator\'s consent: use RequestOnwardSharing');
    }
    const issues: FieldIssue[] = [];
    checkUnits(directory, c.unitIds, 'unit_ids', issues);
    c.unitIds.forEach((id, i) => {
      if (id === state.ownerUnitId) issues.push({ path: `unit_ids[${i}]`, message: 'the owner unit cannot be a recipient' });
      else if (id in state.recipients) issues.push({ path: `unit_ids[${i}]`, message: `already shared with "${id}"` });
    });
    fail(issues);
    return event('LeadShared', {
      sharedByUnitId: c.actor.unitId, unitIds: c.unitIds, message: c.message, sharedAt: c.now, acknowledgeDueAt: addMs(c.now, limits.acknowledgeMs), onwardRequestId: null,
    });
  };

  const requestOnward = (c: CommandOf<'RequestOnwardSharing'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'recipient');
    const issues: FieldIssue[] = [];
    checkUnits(directory, c.unitIds, 'unit_ids', issues);
    c.unitIds.forEach((id, i) => {
      if (id === state.ownerUnitId || id in state.recipients) issues.push({ path: `unit_ids[${i}]`, message: `"${id}" already has the lead` });
    });
    if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
    fail(issues);
    return event('OnwardSharingRequested', { requestId: c.requestId, requestedByUnitId: c.actor.unitId, unitIds: c.unitIds, reason: c.reason });
  };

  const pendingRequest = (c: CommandOf<'ApproveOnwardSharing' | 'RefuseOnwardSharing'>, state: LeadState) => {
    authorise(state, c, 'owner');
    const request = state.onwardRequests[c.requestId];
    if (!request) throw ValidationError.field('request_id', `no onward-sharing request "${c.requestId}" on this lead`);
    if (request.status !== 'pending') throw new InvalidTransitionError(`onward-sharing request ${c.requestId} is already ${request.status}`, request.status);
    return request;
  };

  const approveOnward = (c: CommandOf<'ApproveOnwardSharing'>, state: LeadState): LeadEvent[] => {
    const request = pendingRequest(c, state);
    const newUnits = request.unitIds.filter((id) => !(id in state.recipients) && id !== state.ownerUnitId);
    const approved = event('OnwardSharingApproved', { requestId: c.requestId, reason: c.reason });
    if (newUnits.length === 0) return [approved];
    return [approved, event('LeadShared', {
      sharedByUnitId: request.requestedByUnitId, unitIds: newUnits, message: c.reason, sharedAt: c.now, acknowledgeDueAt: addMs(c.now, limits.acknowledgeMs), onwardRequestId: c.requestId,
    })];
  };

  const refuseOnward = (c: CommandOf<'RefuseOnwardSharing'>, state: LeadState): LeadEvent => {
    pendingRequest(c, state);
    if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'a refusal needs a reason');
    return event('OnwardSharingRefused', { requestId: c.requestId, reason: c.reason });
  };

  const recipientStatus = (c: LeadCommand, state: LeadState, ...allowed: RecipientStatus[]) => {
    authorise(state, c, 'recipient');
    const status = state.recipients[c.actor.unitId]!.status;
    if (!allowed.includes(status)) throw new InvalidTransitionError(`${c.type}: unit ${c.actor.unitId} has already ${status} lead ${c.leadId}`, status);
  };

  const acknowledge = (c: CommandOf<'AcknowledgeLead'>, state: LeadState): LeadEvent => {
    recipientStatus(c, state, 'shared');
    return event('LeadAcknowledged', { unitId: c.actor.unitId, at: c.now });
  };
  const accept = (c: CommandOf<'AcceptLead'>, state: LeadState): LeadEvent => {
    recipientStatus(c, state, 'shared', 'acknowledged');
    return event('LeadAccepted', { unitId: c.actor.unitId, at: c.now });
  };
  const decline = (c: CommandOf<'DeclineLead'>, state: LeadState): LeadEvent => {
    recipientStatus(c, state, 'shared', 'acknowledged');
    if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining a lead needs a reason');
    return event('LeadDeclined', { unitId: c.actor.unitId, reason: c.reason, at: c.now });
  };

  const assign = (c: CommandOf<'AssignForCoHandling'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    const issues: FieldIssue[] = [];
    if (c.tasks.length === 0) issues.push({ path: 'tasks', message: 'at least one task' });
    c.tasks.forEach((t, i) => {
      if (!directory.unit(t.unitId)) issues.push({ path: `tasks[${i}].unit_id`, message: `unknown unit "${t.unitId}"` });
      else if (t.unitId === state.ownerUnitId) issues.push({ path: `tasks[${i}].unit_id`, message: 'the owner unit cannot co-handle its own lead' });
      if (!nonEmpty(t.description)) issues.push({ path: `tasks[${i}].description`, message: 'required' });
      if (t.dueAt && (Number.isNaN(Date.parse(t.dueAt)) || !/^\d{4}-\d{2}-\d{2}T/.test(t.dueAt))) issues.push({ path: `tasks[${i}].due_at`, message: 'an RFC 3339 time' });
    });
    fail(issues);
    return event('LeadAssignedForCoHandling', { tasks: c.tasks.map((t) => ({ ...t, dueAt: t.dueAt ? new Date(t.dueAt).toISOString() : '' })) });
  };

  const feedback = (c: CommandOf<'RecordFeedback'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'party');
    if (c.actor.unitId === state.ownerUnitId) throw new ForbiddenError('feedback comes from recipient or co-handling units, not the owner');
    if (!nonEmpty(c.result)) throw ValidationError.field('result', 'required');
    return event('LeadFeedbackRecorded', { unitId: c.actor.unitId, result: c.result, summary: c.summary, at: c.now });
  };

  const regrade = (c: CommandOf<'RegradeLead'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    const issues: FieldIssue[] = [];
    checkGrading(c.grading, 'grading', issues);
    fail(issues);
    return event('LeadRegraded', { grading: c.grading, previous: state.grading, reason: c.reason });
  };

  const flag = (c: CommandOf<'FlagSuspectedCrime'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    requireStage(state, c, 'none');
    return event('SuspectedCrimeFlagged', { reason: c.reason, at: c.now, decisionDueAt: addMs(c.now, limits.transferDecisionMs) });
  };

  const decideTransfer = (c: CommandOf<'DecideTransfer'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    requireStage(state, c, 'suspected');
    if (!c.transfer && !nonEmpty(c.reasons)) throw ValidationError.field('reasons', 'a decision not to transfer needs reasons');
    return event('TransferDecided', { transfer: c.transfer, reasons: c.reasons, at: c.now, handOverDueAt: c.transfer ? addMs(c.now, limits.handOverMs) : null });
  };

  const handOver = (c: CommandOf<'HandOverToPolice'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    requireStage(state, c, 'decided_transfer');
    const issues: FieldIssue[] = [];
    const police = directory.unit(c.policeUnitId);
    if (!police) issues.push({ path: 'police_unit_id', message: `unknown unit "${c.policeUnitId}"` });
    else if (!police.police) issues.push({ path: 'police_unit_id', message: `"${c.policeUnitId}" is not a police unit` });
    if (!nonEmpty(c.facts)) issues.push({ path: 'facts', message: 'required' });
    if (!(c.amountInvolved >= 0)) issues.push({ path: 'amount_involved', message: 'zero or more yuan' });
    c.evidenceRefs.forEach((ref, i) => {
      if (!nonEmpty(ref)) issues.push({ path: `evidence_refs[${i}]`, message: 'empty reference' });
    });
    fail(issues);
    return event('LeadHandedOverToPolice', {
      policeUnitId: c.policeUnitId, facts: c.facts, amountInvolved: c.amountInvolved, evidenceRefs: c.evidenceRefs, at: c.now, policeDecisionDueAt: addMs(c.now, limits.policeDecisionMs),
    });
  };

  const policeDecision = (c: CommandOf<'RecordPoliceDecision'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'party');
    requireStage(state, c, 'handed_over');
    authorise(state, c, 'police');
    const issues: FieldIssue[] = [];
    if (!(POLICE_DECISIONS as readonly string[]).includes(c.decision)) issues.push({ path: 'decision', message: 'expected opened or declined' });
    if (c.decision === 'declined' && !nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'a decision not to open a case needs a reason' });
    fail(issues);
    return event('PoliceDecisionRecorded', {
      policeUnitId: c.actor.unitId, decision: c.decision as 'opened' | 'declined', reason: c.reason, caseNumber: c.caseNumber, at: c.now,
      reconsiderationRequestDueAt: c.decision === 'declined' ? addMs(c.now, limits.reconsiderationRequestMs) : null,
    });
  };

  const requestReconsideration = (c: CommandOf<'RequestReconsideration'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    requireStage(state, c, 'police_declined');
    if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
    return event('ReconsiderationRequested', { reason: c.reason, at: c.now, answerDueAt: addMs(c.now, limits.reconsiderationAnswerMs) });
  };

  const answerReconsideration = (c: CommandOf<'AnswerReconsideration'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'party');
    requireStage(state, c, 'reconsideration_requested');
    authorise(state, c, 'police');
    if (!(RECONSIDERATION_ANSWERS as readonly string[]).includes(c.answer)) throw ValidationError.field('answer', 'expected maintained or reversed');
    return event('ReconsiderationAnswered', { answer: c.answer as 'maintained' | 'reversed', reason: c.reason, at: c.now });
  };

  const close = (c: CommandOf<'CloseLead'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    if (!(CLOSE_OUTCOMES as readonly string[]).includes(c.outcome)) throw ValidationError.field('outcome', `expected one of ${CLOSE_OUTCOMES.join(', ')}`);
    return event('LeadClosed', { outcome: c.outcome as (typeof CLOSE_OUTCOMES)[number], summary: c.summary, at: c.now });
  };

  const link = (c: CommandOf<'LinkLead'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    const issues: FieldIssue[] = [];
    if (!/^lead-[0-9a-f-]{36}$/.test(c.otherLeadId)) issues.push({ path: 'other_lead_id', message: 'expected lead-<uuid>' });
    else if (c.otherLeadId === c.leadId) issues.push({ path: 'other_lead_id', message: 'a lead cannot be linked to itself' });
    if (!(LINK_RELATIONS as readonly string[]).includes(c.relation)) issues.push({ path: 'relation', message: 'expected duplicate or related' });
    else if (state.links.includes(`${c.otherLeadId}:${c.relation}`)) issues.push({ path: 'other_lead_id', message: 'already linked with this relation' });
    fail(issues);
    return event('LeadLinked', { otherLeadId: c.otherLeadId, relation: c.relation as 'duplicate' | 'related', note: c.note });
  };

  const markOverdue = (c: CommandOf<'MarkOverdue'>, state: LeadState): LeadEvent => {
    if (!state.exists) throw new NotFoundError('lead', c.leadId);
    const deadline = state.deadlines[deadlineKey(c.kind, c.unitId)];
    if (!deadline || deadline.dueAt !== c.dueAt) throw new InvalidTransitionError(`no ${c.kind} deadline for ${c.unitId} due ${c.dueAt}`, state.status);
    if (deadline.breached) throw new InvalidTransitionError(`the ${c.kind} breach of ${c.unitId} is already recorded`, 'overdue');
    if (deadline.resolved) throw new InvalidTransitionError(`the ${c.kind} deadline of ${c.unitId} was met`, 'resolved');
    if (Date.parse(c.now) < Date.parse(c.dueAt)) throw new InvalidTransitionError(`the ${c.kind} deadline of ${c.unitId} is not due yet`, 'pending');
    return event('LeadOverdue', { kind: c.kind, unitId: c.unitId, dueAt: c.dueAt, detectedAt: c.now });
  };

  const flagDuplicate = (c: CommandOf<'FlagPossibleDuplicate'>, state: LeadState): LeadEvent => {
    if (!state.exists) throw new NotFoundError('lead', c.leadId);
    if (state.possibleDuplicates.includes(c.otherLeadId)) throw new InvalidTransitionError(`already flagged as a possible duplicate of ${c.otherLeadId}`, state.status);
    return event('LeadPossibleDuplicateDetected', { otherLeadId: c.otherLeadId, otherOwnerUnitId: c.otherOwnerUnitId, reason: c.reason, matchedOn: c.matchedOn, position: c.position });
  };

  /**
   * The owner asks for a joint operation on an open lead. The event carries title, subject,
   * location, handling and officer, so operations drafts a proposal from it alone. The window is
   * optional: both times or neither, end after start.
   */
  const escalate = (c: CommandOf<'EscalateForJointAction'>, state: LeadState): LeadEvent => {
    authorise(state, c, 'owner');
    const issues: FieldIssue[] = [];
    if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
    else if (c.reason.length > 2000) issues.push({ path: 'reason', message: 'at most 2000 characters' });
    let window: { startsAt: string; endsAt: string } | null = null;
    const w = c.proposedWindow;
    if (w && (w.startsAt || w.endsAt)) {
      const valid = (v: string) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
      if (!valid(w.startsAt)) issues.push({ path: 'proposed_window.starts_at', message: 'an RFC 3339 time' });
      if (!valid(w.endsAt)) issues.push({ path: 'proposed_window.ends_at', message: 'an RFC 3339 time' });
      else if (valid(w.startsAt) && Date.parse(w.endsAt) <= Date.parse(w.startsAt)) issues.push({ path: 'proposed_window.ends_at', message: 'must be after starts_at' });
      if (valid(w.startsAt) && valid(w.endsAt)) window = { startsAt: new Date(w.startsAt).toISOString(), endsAt: new Date(w.endsAt).toISOString() };
    }
    fail(issues);
    return event('LeadEscalated', {
      leadId: c.leadId, ownerUnitId: state.ownerUnitId, officerId: c.actor.officerId, title: state.title, subject: state.subject, location: state.location,
      handling: state.handling, reason: c.reason, proposedWindow: window, at: c.now,
    });
  };

  /** Whatever the lead's status (a closed lead still learns how the operation ended); once per operation. */
  const recordOutcome = (c: CommandOf<'RecordOperationOutcome'>, state: LeadState): LeadEvent => {
    if (!state.exists) throw new NotFoundError('lead', c.leadId);
    if (state.operationOutcomes.includes(c.operationId)) throw new InvalidTransitionError(`the outcome of ${c.operationId} is already recorded`, state.status);
    return event('LeadOperationOutcomeRecorded', { operationId: c.operationId, leadUnitId: c.leadUnitId, outcome: c.outcome, summary: c.summary, results: c.results, at: c.at });
  };

  return {
    initialState: initialLeadState,
    evolve: evolveLead,
    decide: (command, state) => {
      if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== 'system-leads') {
        throw new ForbiddenError(`${command.type} is internal to the leads service`);
      }
      switch (command.type) {
        case 'PostLead': return postLead(command, state);
        case 'ShareLead': return share(command, state);
        case 'RequestOnwardSharing': return requestOnward(command, state);
        case 'ApproveOnwardSharing': return approveOnward(command, state);
        case 'RefuseOnwardSharing': return refuseOnward(command, state);
        case 'AcknowledgeLead': return acknowledge(command, state);
        case 'AcceptLead': return accept(command, state);
        case 'DeclineLead': return decline(command, state);
        case 'AssignForCoHandling': return assign(command, state);
        case 'RecordFeedback': return feedback(command, state);
        case 'RegradeLead': return regrade(command, state);
        case 'FlagSuspectedCrime': return flag(command, state);
        case 'DecideTransfer': return decideTransfer(command, state);
        case 'HandOverToPolice': return handOver(command, state);
        case 'RecordPoliceDecision': return policeDecision(command, state);
        case 'RequestReconsideration': return requestReconsideration(command, state);
        case 'AnswerReconsideration': return answerReconsideration(command, state);
        case 'CloseLead': return close(command, state);
        case 'LinkLead': return link(command, state);
        case 'EscalateForJointAction': return escalate(command, state);
        case 'MarkOverdue': return markOverdue(command, state);
        case 'FlagPossibleDuplicate': return flagDuplicate(command, state);
        case 'RecordOperationOutcome': return recordOutcome(command, state);
        default: {
          const unknown: never = command;
          throw ValidationError.field('type', `unknown command ${(unknown as { type: string }).type}`);
        }
      }
    },
  };
}
