import { nameBasedUuid } from '@liaison/platform';

/** The operation id is the stream id, `operation-<uuid>`, derived from ProposeOperation's command id (retries land on the same stream). */
export const operationIdForPropose = (commandId: string): string =>
  `operation-${nameBasedUuid('liaison.operations.ProposeOperation', commandId)}`;

export { OPERATION_ID } from '@liaison/contracts';

/** Tasks are named after the command that assigned them. */
export const taskIdFor = (commandId: string): string => `task-${nameBasedUuid('liaison.operations.AssignTask', commandId).slice(0, 18)}`;

/** One conflict per pair of records, whichever side finds it first: the id is derived from the sorted pair. */
export const conflictIdFor = (a: string, b: string): string =>
  `conflict-${nameBasedUuid('liaison.operations.conflict', [a, b].sort().join('|'))}`;

/** The command id that records a conflict on one of its operations: the same pair and side always get the same id. */
export const raiseConflictCommandId = (conflictId: string, operationId: string): string => `raise:${conflictId}:${operationId}`;

/** The command id that mirrors a resolution onto the other operation of the pair. */
export const mirrorResolutionCommandId = (conflictId: string, operationId: string): string => `resolved:${conflictId}:${operationId}`;

/** The scheduler's command id for one breach: the same breach always gets the same id. */
export const overdueCommandId = (operationId: string, unitId: string, dueAt: string): string =>
  `overdue:${operationId}:invitation:${unitId}:${dueAt}`;

/** The scheduler's command id for one late operation task: one breach per task. */
export const taskOverdueCommandId = (operationId: string, taskId: string, unitId: string, dueAt: string): string =>
  `overdue:${operationId}:task:${taskId}:${unitId}:${dueAt}`;

/** The draft from an escalated lead: its id and command id derive from the LeadEscalated event id (redelivery drafts nothing twice). */
export const draftOperationIdFor = (leadEventId: string): string =>
  `operation-${nameBasedUuid('liaison.operations.DraftOperationFromLead', leadEventId)}`;
export const draftCommandId = (leadEventId: string): string => `draft-from:${leadEventId}`;
