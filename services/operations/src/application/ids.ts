import { createHash } from 'node:crypto';

/** A uuid (version 8 layout: "custom") derived from a name by SHA-256, so the same name always gives the same uuid. */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha256').update(`${namespace}\u0000${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The operation id is the stream id, `operation-<uuid>`, derived from ProposeOperation's command id (retries land on the same stream). */
export const operationIdForPropose = (commandId: string): string => `operation-${nameBasedUuid('liaison.operations.ProposeOperation', commandId)}`;

export const OPERATION_ID = /^operation-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tasks are named after the command that assigned them. */
export const taskIdFor = (commandId: string): string => `task-${nameBasedUuid('liaison.operations.AssignTask', commandId).slice(0, 18)}`;

/** One conflict per pair of records, whichever side finds it first: the id is derived from the sorted pair. */
export const conflictIdFor = (a: string, b: string): string => `conflict-${nameBasedUuid('liaison.operations.conflict', [a, b].sort().join('|'))}`;

/** The command id that records a conflict on one of its operations: the same pair and side always get the same id. */
export const raiseConflictCommandId = (conflictId: string, operationId: string): string => `raise:${conflictId}:${operationId}`;

/** The command id that mirrors a resolution onto the other operation of the pair. */
export const mirrorResolutionCommandId = (conflictId: string, operationId: string): string => `resolved:${conflictId}:${operationId}`;

/** The scheduler's command id for one breach: the same breach always gets the same id. */
export const overdueCommandId = (operationId: string, unitId: string, dueAt: string): string => `overdue:${operationId}:invitation:${unitId}:${dueAt}`;

/** The draft from an escalated lead: its id and command id derive from the LeadEscalated event id (redelivery drafts nothing twice). */
export const draftOperationIdFor = (leadEventId: string): string => `operation-${nameBasedUuid('liaison.operations.DraftOperationFromLead', leadEventId)}`;
export const draftCommandId = (leadEventId: string): string => `draft-from:${leadEventId}`;
