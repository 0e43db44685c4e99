import { z } from 'zod';
import type { Actor } from './envelope';
import { isStrict, pointerTo, type RecordAccess, type RecordPointer, visibility } from './handling';

/**
 * The accountability register (ADR 0013): every breached time limit, with the responsible unit,
 * the rule that set the deadline, how late, and the reason the unit gives. Policy §(三)6 makes
 * "not transferring, not accepting, shirking cooperation" a matter of accountability; this is
 * the record the Supervision Bureau and the leading-group office read. Each context keeps its
 * own register as a projection (leads, operations); the entry and who sees what are declared
 * here once.
 */
export const REGISTER_CONTEXTS = ['leads', 'operations', 'meetings'] as const;
export type RegisterContext = (typeof REGISTER_CONTEXTS)[number];

/** An explanation the responsible unit gave (ExplainBreach); the latest one stands, the history keeps all. */
export const breachExplanationSchema = z.object({
  reason: z.string().min(1).max(2000),
  officerId: z.string().min(1),
  at: z.string(),
});
export type BreachExplanation = z.output<typeof breachExplanationSchema>;

/** The reason an officer gives, as ExplainBreach commands take it. */
export const BREACH_REASON_MAX = 2000;

/** One breach as stored by a context's register projection: the entry, plus the record's access to decide who sees it. */
export interface AccountabilityRow {
  /** `<context>:<recordId>:<deadline>`: stable, so a redelivered event rewrites the same row. */
  _id: string;
  _v: number;
  context: RegisterContext;
  recordKind: 'lead' | 'operation' | 'meeting';
  recordId: string;
  /** What was due (a lead's DeadlineKind, or an operation's `invitation_response`, …). */
  kind: string;
  /** The unit that had to act. */
  unitId: string;
  /** A co-handling or operation task's id when the deadline is a task's (a meeting's action item id). */
  taskId: string;
  dueAt: string;
  /** The rule that produced dueAt ('' on deadlines recorded before rules were). */
  rule: string;
  detectedAt: string;
  /** When the unit finally did what was due ('' while it has not). */
  answeredAt: string;
  /** Seconds past dueAt: until detectedAt while unanswered, until answeredAt once answered. */
  lateBySeconds: number;
  explanation: BreachExplanation | null;
  /** The record's access (handling code, owner, participants, named officers): never shown. */
  access: RecordAccess;
}

/** How late a breach is: measured when detected, and again when finally answered. */
export const lateBySeconds = (dueAt: string, detectedAt: string, answeredAt: string): number =>
  Math.max(0, Math.round((Date.parse(answeredAt || detectedAt) - Date.parse(dueAt)) / 1000));

/** What a reader of the register gets: no record content, and for strict records no record id, only a pointer. */
export interface AccountabilityEntry {
  entryId: string;
  context: RegisterContext;
  recordKind: 'lead' | 'operation' | 'meeting';
  /** '' when only a pointer may be shown. */
  recordId: string;
  pointer: RecordPointer | null;
  kind: string;
  unitId: string;
  taskId: string;
  dueAt: string;
  rule: string;
  detectedAt: string;
  answeredAt: string;
  lateBySeconds: number;
  explanation: BreachExplanation | null;
  /** Whether the reader may explain it (an officer of the responsible unit). */
  explainable: boolean;
}

export type RegisterDisclosure = 'full' | 'pointer' | 'none';

const officer = (actor: Actor) => actor.roles.some((r) => r === 'liaison_officer' || r === 'coordinator');

/**
 * Who reads which entries:
 * - supervisors (Supervision Bureau, leading-group office) read every unit's entries — the entry
 *   only, never the record; for an AMBER+STRICT or RED record only a pointer (owner, contact);
 * - liaison officers and coordinators read their own unit's entries (to explain them), with the
 *   record id when they may see the record, otherwise the pointer;
 * - analysts read the entries of records they may see (their clearance);
 * - admins, procurators and anyone else: nothing.
 */
export function registerDisclosure(row: Pick<AccountabilityRow, 'unitId' | 'access'>, actor: Actor): RegisterDisclosure {
  const seen = visibility(row.access, actor) === 'visible';
  if (actor.roles.includes('supervisor')) return isStrict(row.access.code) && !seen ? 'pointer' : 'full';
  if (officer(actor) && actor.unitId === row.unitId) return seen ? 'full' : 'pointer';
  if (actor.roles.includes('analyst') && seen) return 'full';
  return 'none';
}

/** Who reads the register at all (anyone else is refused: 403). */
export const mayReadRegister = (actor: Actor): boolean =>
  actor.roles.some((r) => r === 'supervisor' || r === 'liaison_officer' || r === 'coordinator' || r === 'analyst');

/** Units whose entries the reader may ask for by `unitId`: supervisors and analysts any, officers only their own. */
export const mayQueryUnit = (actor: Actor, unitId: string): boolean =>
  !unitId || unitId === actor.unitId || actor.roles.some((r) => r === 'supervisor' || r === 'analyst');

/** Only an officer of the responsible unit explains a breach. */
export const mayExplain = (row: Pick<AccountabilityRow, 'unitId'>, actor: Actor): boolean => officer(actor) && actor.unitId === row.unitId;

/** The entry as `actor` may read it, or null when they may not read it at all. */
export function accountabilityEntry(row: AccountabilityRow, actor: Actor): AccountabilityEntry | null {
  const disclosure = registerDisclosure(row, actor);
  if (disclosure === 'none') return null;
  return {
    entryId: row._id,
    context: row.context,
    recordKind: row.recordKind,
    recordId: disclosure === 'full' ? row.recordId : '',
    pointer: disclosure === 'pointer' ? pointerTo(row.access) : null,
    kind: row.kind,
    unitId: row.unitId,
    taskId: row.taskId,
    dueAt: row.dueAt,
    rule: row.rule,
    detectedAt: row.detectedAt,
    answeredAt: row.answeredAt,
    lateBySeconds: row.lateBySeconds,
    explanation: row.explanation,
    explainable: mayExplain(row, actor),
  };
}

/** The register's query: by unit and a window on detectedAt (RFC 3339, inclusive from, exclusive to). */
const rfc3339OrEmpty = z
  .string()
  .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))), 'an RFC 3339 time, e.g. 2026-10-01T00:00:00+08:00');
export const accountabilityQuerySchema = z.object({
  unitId: z.string().max(100).default(''),
  from: rfc3339OrEmpty.default(''),
  to: rfc3339OrEmpty.default(''),
});
export type AccountabilityQuery = z.output<typeof accountabilityQuerySchema>;

/** Whether a row falls in the query's unit and window. */
export function inQuery(row: Pick<AccountabilityRow, 'unitId' | 'detectedAt'>, q: AccountabilityQuery): boolean {
  if (q.unitId && row.unitId !== q.unitId) return false;
  const t = Date.parse(row.detectedAt);
  if (q.from && t < Date.parse(q.from)) return false;
  if (q.to && t >= Date.parse(q.to)) return false;
  return true;
}

/** An entry as the AccountabilityEntry message of common.proto carries it (camelCase), for every context's gRPC API. */
export const accountabilityMessage = (e: AccountabilityEntry) => ({
  entryId: e.entryId,
  context: e.context,
  recordKind: e.recordKind,
  recordId: e.recordId,
  pointerOnly: e.pointer !== null,
  ownerUnitId: e.pointer?.ownerUnitId ?? '',
  contactOfficerId: e.pointer?.contactOfficerId ?? '',
  kind: e.kind,
  unitId: e.unitId,
  taskId: e.taskId,
  dueAt: e.dueAt,
  rule: e.rule,
  detectedAt: e.detectedAt,
  answeredAt: e.answeredAt,
  lateBySeconds: e.lateBySeconds,
  explanation: e.explanation,
  explainable: e.explainable,
});
