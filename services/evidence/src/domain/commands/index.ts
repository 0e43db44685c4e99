import type { EvidenceCommand, EvidenceCommandType } from '@liaison/contracts';

/** The commands of an evidence item (described once in @liaison/contracts); each has its decision in this folder. */
export type { EvidenceCommand, EvidenceCommandType } from '@liaison/contracts';
export type CommandOf<T extends EvidenceCommandType> = Extract<EvidenceCommand, { type: T }>;
