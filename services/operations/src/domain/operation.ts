import type { EventEnvelope, FieldIssue } from '@liaison/contracts';
import { type Decider, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { CommandOf, OperationCommand } from './commands';
import { INTERNAL_COMMANDS } from './commands';
import { event, type OperationEvent } from './events';
import {
  addMs, CONFLICT_OUTCOMES, type ConflictMatch, type ConflictOutcome, CREDIT_CODE, type Handling, type InvitationStatus, LEAD_ID,
  type OperationStatus, type ResponseLimits, type Seizure, TLP_CODES, type TimeWindow, type UnitDirectory, URGENCIES, type Urgency,
} from './model';
import { mayAct, type OperationAccess, visibility } from './policy';

// ---------------------------------------------------------------- state

export interface InvitationState {
  status: InvitationStatus;
  respondBy: string;
  breached: boolean;
}
export interface ConflictState {
  status: 'open' | 'resolved';
  otherKind: ConflictMatch['otherKind'];
  otherId: string;
  otherOwnerUnitId: string;
}
export interface OperationState {
  exists: boolean;
  operationId: string;
  status: 'none' | OperationStatus;
  leadUnitId: string;
  proposedByOfficerId: string;
  handling: Handling;
  urgency: Urgency;
  window: TimeWindow;
  invitations: Record<string, InvitationState>;
  tasks: Record<string, { unitId: string; status: 'open' | 'done' }>;
  conflicts: Record<string, ConflictState>;
}

export const initialOperationState = (): OperationState => ({
  exists: false, operationId: '', status: 'none', leadUnitId: '', proposedByOfficerId: '',
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  urgency: 'normal', window: { startsAt: '', endsAt: '' }, invitations: {}, tasks: {}, conflicts: {},
});

/** Units that joined: with the lead unit, they report progress and take tasks. */
export const joinedUnitIds = (s: Pick<OperationState, 'invitations'>): string[] =>
  Object.entries(s.invitations).filter(([, i]) => i.status === 'joined').map(([unitId]) => unitId);

/** Everyone the operation was shared with: invited units (whatever their answer) and task units. */
export const participantUnitIds = (s: Pick<OperationState, 'invitations' | 'tasks'>): string[] => [
  ...new Set([...Object.keys(s.invitations), ...Object.values(s.tasks).map((t) => t.unitId)]),
];

export const operationAccess = (s: OperationState): OperationAccess => ({
  operationId: s.operationId, leadUnitId: s.leadUnitId, proposedByOfficerId: s.proposedByOfficerId, participantUnitIds: participantUnitIds(s),
  code: s.handling.code, namedOfficerIds: s.handling.namedOfficerIds,
});

const setInvitation = (s: OperationState, unitId: string, patch: Partial<InvitationState>): OperationState => {
  const i = s.invitations[unitId];
  return i ? { ...s, invitations: { ...s.invitations, [unitId]: { ...i, ...patch } } } : s;
};

export function evolveOperation(state: OperationState, envelope: EventEnvelope): OperationState {
  const e = { type: envelope.type, data: envelope.data } as OperationEvent;
  switch (e.type) {
    case 'OperationProposed':
      return {
        ...state, exists: true, operationId: e.data.operationId, status: 'proposed', leadUnitId: e.data.leadUnitId,
        proposedByOfficerId: e.data.proposedByOfficerId, handling: e.data.handling, urgency: e.data.urgency, window: e.data.window,
      };
    case 'OperationDrafted':
      return {
        ...state, exists: true, operationId: e.data.operationId, status: 'draft', leadUnitId: e.data.leadUnitId,
        proposedByOfficerId: e.data.proposedByOfficerId, handling: e.data.handling, urgency: e.data.urgency, window: e.data.window ?? { startsAt: '', endsAt: '' },
      };
    case 'DraftSubmitted':
      return { ...state, status: 'proposed', window: e.data.window };
    case 'UnitsInvited': {
      const invitations = { ...state.invitations };
      for (const unitId of e.data.unitIds) invitations[unitId] = { status: 'pending', respondBy: e.data.respondBy, breached: false };
      return { ...state, invitations };
    }
    case 'OperationJoined':
      return setInvitation(state, e.data.unitId, { status: 'joined' });
    case 'InvitationDeclined':
      return setInvitation(state, e.data.unitId, { status: 'declined' });
    case 'TaskAssigned':
      return { ...state, tasks: { ...state.tasks, [e.data.taskId]: { unitId: e.data.unitId, status: 'open' } } };
    case 'TaskCompleted': {
      const t = state.tasks[e.data.taskId];
      return t ? { ...state, tasks: { ...state.tasks, [e.data.taskId]: { ...t, status: 'done' } } } : state;
    }
    case 'OperationRescheduled':
      return { ...state, window: e.data.window };
    case 'OperationLaunched':
      return { ...state, status: 'launched' };
    case 'ProgressReported':
      return state;
    case 'OperationConcluded':
      return { ...state, status: 'concluded' };
    case 'OperationCancelled':
      return { ...state, status: 'cancelled' };
    case 'DeconflictionAlertRaised':
      return {
        ...state,
        conflicts: { ...state.conflicts, [e.data.conflictId]: { status: 'open', otherKind: e.data.otherKind, otherId: e.data.otherId, otherOwnerUnitId: e.data.otherOwnerUnitId } },
      };
    case 'DeconflictionConflictResolved': {
      const c = state.conflicts[e.data.conflictId];
      return c ? { ...state, conflicts: { ...state.conflicts, [e.data.conflictId]: { ...c, status: 'resolved' } } } : state;
    }
    case 'InvitationOverdue':
      return setInvitation(state, e.data.unitId, { breached: true });
    default:
      return state;
  }
}

// ---------------------------------------------------------------- decisions

export interface OperationDeciderDependencies {
  directory: UnitDirectory;
  limits: ResponseLimits;
}

type Who = 'lead' | 'invited' | 'member';

const nonEmpty = (value: string) => value.trim().length > 0;
const fail = (issues: FieldIssue[]) => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};
const isRfc3339 = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
const canonical = (value: string) => new Date(value).toISOString();

/**
 * Every officer command passes here first: the operation exists and is visible (hidden → 404,
 * forbidden → 403), the officer's role may act, the operation is still open, and the unit plays
 * the part the command needs: `lead` (the lead unit), `invited` (a unit with an invitation),
 * `member` (the lead unit or a unit that joined).
 */
function authorise(state: OperationState, command: OperationCommand, who: Who): void {
  if (!state.exists) throw new NotFoundError('operation', command.operationId);
  const seen = visibility(operationAccess(state), command.actor);
  if (seen === 'hidden') throw new NotFoundError('operation', command.operationId);
  if (seen === 'forbidden') throw new ForbiddenError(`unit ${command.actor.unitId} is not party to operation ${command.operationId}`);
  if (!mayAct(command.actor)) throw new ForbiddenError(`${command.type} needs the liaison_officer or coordinator role (analysts are read-only)`);
  if (state.status === 'concluded' || state.status === 'cancelled') {
    throw new InvalidTransitionError(`operation ${command.operationId} is ${state.status}`, state.status);
  }
  if (state.status === 'draft' && command.type !== 'SubmitDraft' && command.type !== 'Cancel') {
    throw new InvalidTransitionError(`operation ${command.operationId} is a draft: SubmitDraft (with a window) first, or Cancel it`, 'draft');
  }
  const unit = command.actor.unitId;
  switch (who) {
    case 'lead':
      if (unit !== state.leadUnitId) throw new ForbiddenError(`only the lead unit ${state.leadUnitId} may ${command.type}`);
      return;
    case 'invited':
      if (unit === state.leadUnitId) throw new ForbiddenError(`the lead unit cannot ${command.type} its own operation`);
      if (!state.invitations[unit]) throw new InvalidTransitionError(`unit ${unit} has not been invited to operation ${command.operationId}`, 'not_invited');
      return;
    case 'member':
      if (unit !== state.leadUnitId && state.invitations[unit]?.status !== 'joined') {
        throw new ForbiddenError(`only the lead unit and units that joined may ${command.type}`);
      }
      return;
  }
}

const requireStatus = (state: OperationState, command: OperationCommand, ...statuses: OperationStatus[]) => {
  if (!(statuses as string[]).includes(state.status)) {
    throw new InvalidTransitionError(`${command.type} needs the operation to be ${statuses.join(' or ')}`, state.status);
  }
};

export function checkWindow(window: TimeWindow, path: string, issues: FieldIssue[]): void {
  const startsOk = isRfc3339(window.startsAt);
  const endsOk = isRfc3339(window.endsAt);
  if (!startsOk) issues.push({ path: `${path}.starts_at`, message: 'an RFC 3339 time' });
  if (!endsOk) issues.push({ path: `${path}.ends_at`, message: 'an RFC 3339 time' });
  if (startsOk && endsOk && Date.parse(window.endsAt) <= Date.parse(window.startsAt)) issues.push({ path: `${path}.ends_at`, message: 'must be after starts_at' });
}

function checkUnits(directory: UnitDirectory, unitIds: string[], path: string, issues: FieldIssue[]) {
  if (unitIds.length === 0) issues.push({ path, message: 'at least one unit is required' });
  unitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `${path}[${i}]`, message: `unknown unit "${id}"` });
  });
  if (new Set(unitIds).size !== unitIds.length) issues.push({ path, message: 'a unit is listed twice' });
}

const alert = (c: ConflictMatch, now: string): OperationEvent => event('DeconflictionAlertRaised', { ...c, detectedAt: now });

export function createOperationDecider({ directory, limits }: OperationDeciderDependencies): Decider<OperationCommand, OperationState, OperationEvent> {
  const respondBy = (state: Pick<OperationState, 'urgency'>, now: string) => addMs(now, state.urgency === 'emergency' ? limits.emergencyMs : limits.normalMs);

  const propose = (c: CommandOf<'ProposeOperation'>, state: OperationState): OperationEvent[] => {
    if (state.exists) throw new InvalidTransitionError(`operation ${c.operationId} already exists`, state.status);
    if (!mayAct(c.actor)) throw new ForbiddenError('proposing an operation needs the liaison_officer or coordinator role');
    const issues: FieldIssue[] = [];
    if (!directory.unit(c.actor.unitId)) issues.push({ path: 'actor.unit_id', message: `unknown unit "${c.actor.unitId}"` });
    if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
    else if (c.title.length > 200) issues.push({ path: 'title', message: 'at most 200 characters' });
    if (!nonEmpty(c.objective)) issues.push({ path: 'objective', message: 'required' });
    else if (c.objective.length > 5000) issues.push({ path: 'objective', message: 'at most 5000 characters' });
    if (c.area.length > 1000) issues.push({ path: 'area', message: 'at most 1000 characters' });
    if (c.targets.length === 0) issues.push({ path: 'targets', message: 'at least one target (a subject or a place)' });
    c.targets.forEach((t, i) => {
      const s = t.subject;
      const p = t.place;
      if (![s.enterpriseName, s.creditCode, s.personName, p.address].some(nonEmpty) && !p.coordinates) {
        issues.push({ path: `targets[${i}]`, message: 'name a subject (enterprise_name, credit_code, person_name) or a place (address, coordinates)' });
      }
      if (s.creditCode && !CREDIT_CODE.test(s.creditCode)) issues.push({ path: `targets[${i}].subject.credit_code`, message: '18 upper-case letters or digits' });
      if (p.jurisdiction && !directory.jurisdiction(p.jurisdiction)) issues.push({ path: `targets[${i}].place.jurisdiction`, message: `unknown jurisdiction "${p.jurisdiction}"` });
      if ((p.address || p.coordinates) && !p.jurisdiction) issues.push({ path: `targets[${i}].place.jurisdiction`, message: 'required for a place' });
      const co = p.coordinates;
      if (co && !(Math.abs(co.latitude) <= 90 && Math.abs(co.longitude) <= 180)) issues.push({ path: `targets[${i}].place.coordinates`, message: 'latitude within ±90, longitude within ±180' });
    });
    checkWindow(c.window, 'window', issues);
    c.linkedLeadIds.forEach((id, i) => {
      if (!LEAD_ID.test(id)) issues.push({ path: `linked_lead_ids[${i}]`, message: 'expected lead-<uuid>' });
    });
    if (new Set(c.linkedLeadIds).size !== c.linkedLeadIds.length) issues.push({ path: 'linked_lead_ids', message: 'a lead is listed twice' });
    const h = c.handling;
    if (!(TLP_CODES as readonly string[]).includes(h.code)) issues.push({ path: 'handling.code', message: `expected one of ${TLP_CODES.join(', ')}` });
    if (h.code === 'RED' && h.namedOfficerIds.length === 0) issues.push({ path: 'handling.named_officer_ids', message: 'a RED operation names the officers who may see it' });
    if (h.code !== 'RED' && h.namedOfficerIds.length > 0) issues.push({ path: 'handling.named_officer_ids', message: 'only RED operations name officers' });
    h.namedOfficerIds.forEach((id, i) => {
      if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
    });
    if (!(URGENCIES as readonly string[]).includes(c.urgency)) issues.push({ path: 'urgency', message: 'expected normal or emergency' });
    fail(issues);
    const proposed = event('OperationProposed', {
      operationId: c.operationId, leadUnitId: c.actor.unitId, proposedByOfficerId: c.actor.officerId, title: c.title.trim(), objective: c.objective,
      targets: c.targets, area: c.area, window: { startsAt: canonical(c.window.startsAt), endsAt: canonical(c.window.endsAt) }, linkedLeadIds: c.linkedLeadIds,
      handling: h, urgency: c.urgency as Urgency, proposedAt: c.now,
    });
    return [proposed, ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now))];
  };

  const uniqueConflicts = (conflicts: ConflictMatch[], state: OperationState) => {
    const seen = new Set(Object.keys(state.conflicts));
    return conflicts.filter((m) => !seen.has(m.conflictId) && seen.add(m.conflictId));
  };

  const invite = (c: CommandOf<'InviteUnits'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'lead');
    const issues: FieldIssue[] = [];
    checkUnits(directory, c.unitIds, 'unit_ids', issues);
    c.unitIds.forEach((id, i) => {
      if (id === state.leadUnitId) issues.push({ path: `unit_ids[${i}]`, message: 'the lead unit cannot invite itself' });
      else if (id in state.invitations) issues.push({ path: `unit_ids[${i}]`, message: `"${id}" was already invited` });
    });
    fail(issues);
    return event('UnitsInvited', { unitIds: c.unitIds, message: c.message, invitedAt: c.now, respondBy: respondBy(state, c.now), conflictId: '' });
  };

  const pendingInvitation = (c: CommandOf<'JoinOperation' | 'DeclineInvitation'>, state: OperationState) => {
    authorise(state, c, 'invited');
    const invitation = state.invitations[c.actor.unitId]!;
    if (invitation.status !== 'pending') throw new InvalidTransitionError(`unit ${c.actor.unitId} has already ${invitation.status}`, invitation.status);
  };

  const join = (c: CommandOf<'JoinOperation'>, state: OperationState): OperationEvent => {
    pendingInvitation(c, state);
    return event('OperationJoined', { unitId: c.actor.unitId, at: c.now });
  };

  const decline = (c: CommandOf<'DeclineInvitation'>, state: OperationState): OperationEvent => {
    pendingInvitation(c, state);
    if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining an invitation needs a reason');
    return event('InvitationDeclined', { unitId: c.actor.unitId, reason: c.reason, at: c.now });
  };

  const assign = (c: CommandOf<'AssignTask'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'lead');
    const issues: FieldIssue[] = [];
    if (!directory.unit(c.unitId)) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
    else if (c.unitId !== state.leadUnitId && state.invitations[c.unitId]?.status !== 'joined') {
      issues.push({ path: 'unit_id', message: `"${c.unitId}" does not take part in this operation (tasks go to the lead unit or units that joined)` });
    }
    if (!nonEmpty(c.description)) issues.push({ path: 'description', message: 'required' });
    else if (c.description.length > 2000) issues.push({ path: 'description', message: 'at most 2000 characters' });
    if (c.dueAt && !isRfc3339(c.dueAt)) issues.push({ path: 'due_at', message: 'an RFC 3339 time' });
    if (c.taskId in state.tasks) issues.push({ path: 'task_id', message: 'already assigned' });
    fail(issues);
    return event('TaskAssigned', { taskId: c.taskId, unitId: c.unitId, description: c.description, dueAt: c.dueAt ? canonical(c.dueAt) : '' });
  };

  const completeTask = (c: CommandOf<'CompleteTask'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'member');
    const task = state.tasks[c.taskId];
    if (!task) throw ValidationError.field('task_id', `no task "${c.taskId}" on this operation`);
    if (task.unitId !== c.actor.unitId) throw new ForbiddenError(`task ${c.taskId} belongs to ${task.unitId}`);
    if (task.status === 'done') throw new InvalidTransitionError(`task ${c.taskId} is already done`, 'done');
    return event('TaskCompleted', { taskId: c.taskId, unitId: c.actor.unitId, note: c.note, at: c.now });
  };

  const reschedule = (c: CommandOf<'Reschedule'>, state: OperationState): OperationEvent[] => {
    authorise(state, c, 'lead');
    const issues: FieldIssue[] = [];
    checkWindow(c.window, 'window', issues);
    fail(issues);
    const window = { startsAt: canonical(c.window.startsAt), endsAt: canonical(c.window.endsAt) };
    if (window.startsAt === state.window.startsAt && window.endsAt === state.window.endsAt) throw ValidationError.field('window', 'the same as the current window');
    return [event('OperationRescheduled', { window, previous: state.window, reason: c.reason }), ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now))];
  };

  const submitDraft = (c: CommandOf<'SubmitDraft'>, state: OperationState): OperationEvent[] => {
    authorise(state, c, 'lead');
    requireStatus(state, c, 'draft');
    const issues: FieldIssue[] = [];
    checkWindow(c.window, 'window', issues);
    fail(issues);
    const window = { startsAt: canonical(c.window.startsAt), endsAt: canonical(c.window.endsAt) };
    return [event('DraftSubmitted', { window, at: c.now }), ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now))];
  };

  /** Internal (the lead-escalations reaction): a draft for the lead's owner unit, built from LeadEscalated alone. */
  const draftFromLead = (c: CommandOf<'DraftOperationFromLead'>, state: OperationState): OperationEvent => {
    if (state.exists) throw new InvalidTransitionError(`operation ${c.operationId} already exists`, state.status);
    return event('OperationDrafted', {
      operationId: c.operationId, leadUnitId: c.leadUnitId, proposedByOfficerId: c.officerId, title: c.title.slice(0, 200), objective: c.objective,
      targets: c.targets, area: '', window: c.window, linkedLeadIds: [c.fromLeadId], handling: c.handling, urgency: 'normal', draftedAt: c.now, fromLeadId: c.fromLeadId,
    });
  };

  const launch = (c: CommandOf<'Launch'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'lead');
    requireStatus(state, c, 'proposed');
    return event('OperationLaunched', { at: c.now });
  };

  const report = (c: CommandOf<'ReportProgress'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'member');
    requireStatus(state, c, 'launched');
    const issues: FieldIssue[] = [];
    c.seizures.forEach((s: Seizure, i) => {
      if (!nonEmpty(s.goods)) issues.push({ path: `seizures[${i}].goods`, message: 'required' });
      if (!(Number.isFinite(s.quantity) && s.quantity >= 0)) issues.push({ path: `seizures[${i}].quantity`, message: 'zero or more' });
      if (!(Number.isFinite(s.valueYuan) && s.valueYuan >= 0)) issues.push({ path: `seizures[${i}].value_yuan`, message: 'zero or more yuan' });
    });
    if (!(Number.isInteger(c.inspections) && c.inspections >= 0)) issues.push({ path: 'inspections', message: 'a whole number, zero or more' });
    if (!(Number.isInteger(c.arrests) && c.arrests >= 0)) issues.push({ path: 'arrests', message: 'a whole number, zero or more' });
    if (c.seizures.length === 0 && c.inspections === 0 && c.arrests === 0 && !nonEmpty(c.notes)) issues.push({ path: 'notes', message: 'an empty report: give seizures, inspections, arrests or notes' });
    fail(issues);
    return event('ProgressReported', { unitId: c.actor.unitId, seizures: c.seizures, inspections: c.inspections, arrests: c.arrests, notes: c.notes, at: c.now });
  };

  const conclude = (c: CommandOf<'Conclude'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'lead');
    requireStatus(state, c, 'launched');
    if (!nonEmpty(c.summary)) throw ValidationError.field('summary', 'required');
    return event('OperationConcluded', { summary: c.summary, results: c.results, at: c.now });
  };

  const cancel = (c: CommandOf<'Cancel'>, state: OperationState): OperationEvent => {
    authorise(state, c, 'lead');
    if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'cancelling needs a reason');
    return event('OperationCancelled', { reason: c.reason, at: c.now });
  };

  const resolve = (c: CommandOf<'ResolveConflict'>, state: OperationState): OperationEvent[] => {
    authorise(state, c, 'lead');
    const conflict = state.conflicts[c.conflictId];
    if (!conflict) throw ValidationError.field('conflict_id', `no conflict "${c.conflictId}" on this operation`);
    if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
    if (!(CONFLICT_OUTCOMES as readonly string[]).includes(c.outcome)) throw ValidationError.field('outcome', `expected one of ${CONFLICT_OUTCOMES.join(', ')}`);
    const outcome = c.outcome as ConflictOutcome;
    const resolved = event('DeconflictionConflictResolved', { conflictId: c.conflictId, outcome, note: c.note, resolvedByUnitId: c.actor.unitId, at: c.now });
    const other = conflict.otherOwnerUnitId;
    if (outcome === 'act_jointly' && other !== state.leadUnitId && !(other in state.invitations)) {
      return [resolved, event('UnitsInvited', { unitIds: [other], message: c.note || 'invited to act jointly after a deconfliction alert', invitedAt: c.now, respondBy: respondBy(state, c.now), conflictId: c.conflictId })];
    }
    if (outcome === 'cancel') return [resolved, event('OperationCancelled', { reason: c.note || `cancelled to deconflict (${c.conflictId})`, at: c.now })];
    return [resolved];
  };

  const markOverdue = (c: CommandOf<'MarkInvitationOverdue'>, state: OperationState): OperationEvent => {
    if (!state.exists) throw new NotFoundError('operation', c.operationId);
    const invitation = state.invitations[c.unitId];
    if (!invitation || invitation.respondBy !== c.dueAt) throw new InvalidTransitionError(`no invitation of ${c.unitId} due ${c.dueAt}`, state.status);
    if (invitation.breached) throw new InvalidTransitionError(`the overdue invitation of ${c.unitId} is already recorded`, 'overdue');
    if (invitation.status !== 'pending') throw new InvalidTransitionError(`${c.unitId} has answered (${invitation.status})`, invitation.status);
    if (state.status === 'concluded' || state.status === 'cancelled') throw new InvalidTransitionError(`operation ${c.operationId} is ${state.status}`, state.status);
    if (Date.parse(c.now) < Date.parse(c.dueAt)) throw new InvalidTransitionError(`the invitation of ${c.unitId} is not due yet`, 'pending');
    return event('InvitationOverdue', { unitId: c.unitId, dueAt: c.dueAt, detectedAt: c.now });
  };

  const raise = (c: CommandOf<'RaiseConflict'>, state: OperationState): OperationEvent => {
    if (!state.exists) throw new NotFoundError('operation', c.operationId);
    if (c.conflict.conflictId in state.conflicts) throw new InvalidTransitionError(`conflict ${c.conflict.conflictId} is already recorded`, state.status);
    if (state.status === 'concluded' || state.status === 'cancelled') throw new InvalidTransitionError(`operation ${c.operationId} is ${state.status}`, state.status);
    return alert(c.conflict, c.now);
  };

  const noteResolved = (c: CommandOf<'NoteConflictResolved'>, state: OperationState): OperationEvent => {
    if (!state.exists) throw new NotFoundError('operation', c.operationId);
    const conflict = state.conflicts[c.conflictId];
    if (!conflict) throw new InvalidTransitionError(`no conflict ${c.conflictId} on ${c.operationId}`, state.status);
    if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
    return event('DeconflictionConflictResolved', { conflictId: c.conflictId, outcome: c.outcome, note: c.note, resolvedByUnitId: c.resolvedByUnitId, at: c.now });
  };

  return {
    initialState: initialOperationState,
    evolve: evolveOperation,
    decide: (command, state) => {
      if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== 'system-operations') {
        throw new ForbiddenError(`${command.type} is internal to the operations service`);
      }
      switch (command.type) {
        case 'ProposeOperation': return propose(command, state);
        case 'InviteUnits': return invite(command, state);
        case 'JoinOperation': return join(command, state);
        case 'DeclineInvitation': return decline(command, state);
        case 'AssignTask': return assign(command, state);
        case 'CompleteTask': return completeTask(command, state);
        case 'Reschedule': return reschedule(command, state);
        case 'SubmitDraft': return submitDraft(command, state);
        case 'DraftOperationFromLead': return draftFromLead(command, state);
        case 'Launch': return launch(command, state);
        case 'ReportProgress': return report(command, state);
        case 'Conclude': return conclude(command, state);
        case 'Cancel': return cancel(command, state);
        case 'ResolveConflict': return resolve(command, state);
        case 'MarkInvitationOverdue': return markOverdue(command, state);
        case 'RaiseConflict': return raise(command, state);
        case 'NoteConflictResolved': return noteResolved(command, state);
        default: {
          const unknown: never = command;
          throw ValidationError.field('type', `unknown command ${(unknown as { type: string }).type}`);
        }
      }
    },
  };
}
