import {
  OFFICER_ID,
  officerStreamId,
  type RegistryCommand,
  UNIT_COMMANDS,
  UNIT_ID,
  unitStreamId,
  type WireCommand,
} from '@liaison/contracts';
import { commandHandler, type EventStore, fold, ValidationError } from '@liaison/platform';
import { officerStatus } from '../domain/officer';
import {
  createOfficerDecider,
  createUnitDecider,
  type OfficerCommand,
  type RegistryDeciderDependencies,
  type UnitCommand,
} from '../domain/registry-deciders';

const outcome = (result: { streamId: string; version: number; duplicate: boolean }) => ({
  streamId: result.streamId,
  version: result.version,
  duplicate: result.duplicate,
});

import type { CommandContext } from '@liaison/platform';

export type { CommandContext };

export interface RegistryCommandResult {
  streamId: string;
  version: number;
  status: string;
  duplicate: boolean;
  unitId: string;
  officerId: string;
}

/** A command as callers send it: what the application fills in (`actor`, `now`, `unitRegistered`) left out. */
export type CommandInput = WireCommand<
  RegistryCommand extends infer C ? (C extends RegistryCommand ? Omit<C, 'actor' | 'now' | 'unitRegistered'> : never) : never
>;

/**
 * The application side of every registry command: the stream from the command (`unit-<id>` or
 * `officer-<id>`), whether a named unit is registered (read from its stream, so no read-model
 * lag), then load → decide → append via the platform's command handler (idempotent by command
 * id, If-Match → 412).
 */
export class RegistryCommands {
  private readonly units;
  private readonly officers;
  private readonly unitDecider;

  constructor(
    private readonly store: EventStore,
    deps: RegistryDeciderDependencies,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.unitDecider = createUnitDecider(deps);
    this.units = commandHandler(store, this.unitDecider);
    this.officers = commandHandler(store, createOfficerDecider(deps));
  }

  async execute(input: CommandInput, ctx: CommandContext): Promise<RegistryCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    const append = {
      commandId: ctx.commandId,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      traceparent: ctx.traceparent ?? null,
      causationId: null,
      requestDigest: ctx.requestDigest ?? null,
    };
    const options = ctx.ifMatchVersion && ctx.ifMatchVersion > 0 ? { expectedVersion: ctx.ifMatchVersion } : {};
    const base = { actor: ctx.actor, now: this.clock().toISOString() };
    if (UNIT_COMMANDS.has(input.type)) {
      const { unitId } = input as unknown as { unitId: string };
      if (!UNIT_ID.test(unitId ?? '')) throw ValidationError.field('unit_id', 'expected a unit id, e.g. "msb-jinshui"');
      const command = { ...input, ...base } as unknown as UnitCommand;
      const result = await this.units(unitStreamId(unitId), command, append, options);
      return { ...outcome(result), status: 'registered', unitId, officerId: '' };
    }
    const { officerId } = input as unknown as { officerId: string };
    if (!OFFICER_ID.test(officerId ?? ''))
      throw ValidationError.field('officer_id', 'letters, digits and _ . : - (e.g. "officer-jinshui-msb-li")');
    // RegisterOfficer and MoveOfficerToUnit name a unit: the decision needs to know it is registered.
    const named =
      input.type === 'RegisterOfficer' || input.type === 'MoveOfficerToUnit' ? (input as unknown as { unitId: string }).unitId : null;
    const extra = named === null ? {} : { unitRegistered: await this.unitRegistered(named) };
    const command = { ...input, ...base, ...extra } as unknown as OfficerCommand;
    const result = await this.officers(officerStreamId(officerId), command, append, options);
    return { ...outcome(result), status: officerStatus(result.state), unitId: result.state.unitId, officerId };
  }

  private async unitRegistered(unitId: string): Promise<boolean> {
    if (!UNIT_ID.test(unitId)) return false;
    return fold(this.unitDecider, await this.store.readStream(unitStreamId(unitId))).exists;
  }
}
