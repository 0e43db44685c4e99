import type { Actor } from '@liaison/contracts';
import type { ConflictMatch, ConflictOutcome, Handling, Seizure, Target, TimeWindow } from './model';

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
interface Base {
  /** The stream id, `operation-<uuid>`. */
  operationId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type OperationCommand =
  | (Base & {
      type: 'ProposeOperation'; title: string; objective: string; targets: Target[]; area: string; window: TimeWindow;
      linkedLeadIds: string[]; handling: Handling; urgency: string;
      /** Matches found by the application's deconfliction check; recorded in the same commit. */
      conflicts: ConflictMatch[];
    })
  | (Base & { type: 'InviteUnits'; unitIds: string[]; message: string })
  | (Base & { type: 'JoinOperation' })
  | (Base & { type: 'DeclineInvitation'; reason: string })
  | (Base & { type: 'AssignTask'; taskId: string; unitId: string; description: string; dueAt: string })
  | (Base & { type: 'CompleteTask'; taskId: string; note: string })
  | (Base & { type: 'Reschedule'; window: TimeWindow; reason: string; conflicts: ConflictMatch[] })
  | (Base & { type: 'SubmitDraft'; window: TimeWindow; conflicts: ConflictMatch[] })
  | (Base & { type: 'Launch' })
  | (Base & { type: 'ReportProgress'; seizures: Seizure[]; inspections: number; arrests: number; notes: string })
  | (Base & { type: 'Conclude'; summary: string; results: string })
  | (Base & { type: 'Cancel'; reason: string })
  | (Base & {
      type: 'ResolveConflict'; conflictId: string; outcome: string; note: string;
    })
  // Internal: issued by the overdue scheduler and the deconfliction step, never by the API.
  | (Base & { type: 'MarkInvitationOverdue'; unitId: string; dueAt: string })
  | (Base & {
      type: 'DraftOperationFromLead'; leadUnitId: string; officerId: string; title: string; objective: string; targets: Target[];
      window: TimeWindow | null; handling: Handling; fromLeadId: string;
    })
  | (Base & { type: 'RaiseConflict'; conflict: ConflictMatch })
  | (Base & { type: 'NoteConflictResolved'; conflictId: string; outcome: ConflictOutcome; note: string; resolvedByUnitId: string });

export type OperationCommandType = OperationCommand['type'];
export type CommandOf<T extends OperationCommandType> = Extract<OperationCommand, { type: T }>;

/** Commands the scheduler and the deconfliction step issue; they skip the officer checks. */
export const INTERNAL_COMMANDS: ReadonlySet<OperationCommandType> = new Set(['MarkInvitationOverdue', 'RaiseConflict', 'NoteConflictResolved', 'DraftOperationFromLead']);

/** The identity stamped on events of internal commands. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:operations', unitId: 'system-operations', roles: [] };
