import type { Actor, IntakeCommandType, intakeCommandSchemas } from '@liaison/contracts';
import type { z } from 'zod';

type Payload<T extends IntakeCommandType> = z.infer<(typeof intakeCommandSchemas)[T]>;

export type IntakeCommand = {
  [T in IntakeCommandType]: Payload<T> & { type: T; streamId: string; actor: Actor; now: string };
}[IntakeCommandType];
export type CommandOf<T extends IntakeCommandType> = Extract<IntakeCommand, { type: T }>;

/** The leads-topic reaction acts as the service itself. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:intake', unitId: 'system-intake', roles: [] };
