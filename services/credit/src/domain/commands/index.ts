import type { Actor, CreditCommandType, creditCommandSchemas, RecordAccess } from '@liaison/contracts';
import type { z } from 'zod';

type Payload<T extends CreditCommandType> = z.infer<(typeof creditCommandSchemas)[T]>;

/** What the application adds to every command: the stream, who, when. */
interface Stamp {
  streamId: string;
  actor: Actor;
  now: string;
}

/**
 * ProposeBlacklisting also carries what the application read of the credit file for the
 * proposer: the file's subject and the cited entries found in it (with their sources' access),
 * so the decider stays pure.
 */
export interface CitedFile {
  exists: boolean;
  subjectKind: 'enterprise' | 'person';
  creditCode: string;
  personName: string;
  enterpriseName: string;
  entries: { entryId: string; access: RecordAccess[] }[];
}

/** DraftPublication carries the cited entry as the application read it from the file (null: not in the file). */
export interface CitedEntry {
  entryId: string;
  kind: string;
  subject: { enterpriseName: string; creditCode: string; personName: string };
  access: RecordAccess[];
}

export type CreditCommand = {
  [T in CreditCommandType]: Payload<T> &
    Stamp & { type: T } & (T extends 'ProposeBlacklisting' ? { file: CitedFile } : unknown) &
    (T extends 'DraftPublication' ? { cited: CitedEntry | null } : unknown);
}[CreditCommandType];
export type CommandOf<T extends CreditCommandType> = Extract<CreditCommand, { type: T }>;

/** The feed and the period scheduler act as the service itself. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:credit', unitId: 'system-credit', roles: [] };
export const INTERNAL_COMMANDS: ReadonlySet<CreditCommandType> = new Set(['RecordCreditEntry', 'EndBlacklistingPeriod']);
