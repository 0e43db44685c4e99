import type { Actor, RecordAccess, WireCommand } from '@liaison/contracts';
import { commandHandler, type EventStore, fold, ValidationError } from '@liaison/platform';
import type { LeadCommand, PossibleDuplicate } from '../domain/commands';
import { leadAccess } from '../domain/lead';
import { createLeadDecider, type LeadDeciderDependencies } from '../domain/lead-decider';
import { asRecord, visibility } from '../domain/policy';
import { normaliseText, nameAddressKey } from '../domain/normalise';
import type { LeadReadModel } from '../projections/lead-read-model';
import { viewAccess } from '../projections/lead-view';
import { LEAD_ID, leadIdForPost } from './ids';

import type { CommandContext } from '@liaison/platform';

export type { CommandContext };

export interface LeadCommandResult {
  leadId: string;
  version: number;
  status: string;
  duplicate: boolean;
}

/** A command minus what the application fills in (`actor`, `now`, `leadId`), as callers send it (the decider checks it against the contract). */
export type CommandInput<C extends LeadCommand = LeadCommand> = WireCommand<
  C extends LeadCommand ? Omit<C, 'actor' | 'now' | 'leadId'> : never
>;

/**
 * The application side of every lead command: stamp actor and time, load → decide → append via
 * the platform's command handler (idempotent by command id, If-Match → 412), answer with the
 * lead's new version and status.
 */
export class LeadCommands {
  private readonly handle;
  private readonly decider;

  constructor(
    private readonly store: EventStore,
    deps: LeadDeciderDependencies,
    private readonly readModel: Pick<LeadReadModel, 'subjects'> | null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.decider = createLeadDecider(deps);
    this.handle = commandHandler(store, this.decider);
  }

  async execute(leadId: string, input: CommandInput, ctx: CommandContext): Promise<LeadCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!LEAD_ID.test(leadId)) throw ValidationError.field('lead_id', 'expected lead-<uuid>');
    const linked = input.type === 'LinkLead' ? { otherAccess: await this.linkTarget(input.otherLeadId, ctx.actor) } : {};
    const command = { ...input, ...linked, leadId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as LeadCommand;
    const result = await this.handle(
      leadId,
      command,
      {
        commandId: ctx.commandId,
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        traceparent: ctx.traceparent ?? null,
        causationId: ctx.causationId ?? null,
        requestDigest: ctx.requestDigest ?? null,
      },
      ctx.ifMatchVersion && ctx.ifMatchVersion > 0 ? { expectedVersion: ctx.ifMatchVersion } : {},
    );
    return { leadId: result.streamId, version: result.version, status: result.state.status, duplicate: result.duplicate };
  }

  /**
   * The other lead of a link must exist and be visible to the caller; otherwise it is "unknown"
   * either way, so nothing leaks. Its access travels with the link (ADR 0012).
   */
  private async linkTarget(otherLeadId: string, actor: Actor): Promise<RecordAccess | undefined> {
    if (!LEAD_ID.test(otherLeadId)) return undefined; // the decider names the field
    const state = fold(this.decider, await this.store.readStream(otherLeadId));
    if (!state.exists || visibility(leadAccess(state), actor) !== 'visible')
      throw ValidationError.field('other_lead_id', `unknown lead "${otherLeadId}"`);
    return asRecord(leadAccess(state));
  }

  /** PostLead: the lead id comes from the command id; earlier leads about the same subject are looked up first. */
  async post(
    input: Omit<CommandInput<Extract<LeadCommand, { type: 'PostLead' }>>, 'possibleDuplicates'>,
    ctx: CommandContext,
  ): Promise<LeadCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    const leadId = leadIdForPost(ctx.commandId);
    // No findCommit first (ADR 0006): a retried post finds its lead existing, the decider
    // refuses, and the command handler answers with the first result; its lookups are wasted.
    const possibleDuplicates = await this.findPossibleDuplicates(leadId, input);
    return this.execute(leadId, { ...input, possibleDuplicates }, ctx);
  }

  /**
   * Earlier leads with the same credit code, or the same normalised subject name and address,
   * from the lead_subjects view (eventually consistent: a lead posted a moment ago may be
   * missed). Every lead takes part, whatever its code: each link carries the other lead's access
   * and is disclosed per viewer by linkDisclosure (AMBER+STRICT and RED as a pointer to the two
   * owners only; ADR 0012).
   */
  private async findPossibleDuplicates(
    leadId: string,
    input: {
      subject: { creditCode: string; enterpriseName: string; personName: string; onlineShop: string };
      location: { address: string };
      handling: { code: string };
    },
  ): Promise<PossibleDuplicate[]> {
    if (!this.readModel) return [];
    const found = new Map<string, PossibleDuplicate>();
    const credit = input.subject.creditCode.trim().toUpperCase();
    const name = input.subject.enterpriseName || input.subject.personName || input.subject.onlineShop;
    const key = nameAddressKey(name, input.location.address);
    // Both lookups at once: one round trip of the command's latency instead of two.
    const [byCredit, byName] = await Promise.all([
      credit ? this.readModel.subjects.find({ key: `credit:${credit}` }).toArray() : [],
      key ? this.readModel.subjects.find({ key: `name:${key}` }).toArray() : [],
    ]);
    if (credit) {
      for (const row of byCredit) {
        if (row.leadId !== leadId)
          found.set(row.leadId, {
            leadId: row.leadId,
            ownerUnitId: row.ownerUnitId,
            reason: 'credit_code',
            matchedOn: credit,
            access: asRecord(viewAccess(row)),
          });
      }
    }
    if (key) {
      for (const row of byName) {
        if (row.leadId !== leadId && !found.has(row.leadId)) {
          found.set(row.leadId, {
            leadId: row.leadId,
            ownerUnitId: row.ownerUnitId,
            reason: 'name_and_address',
            matchedOn: `${normaliseText(name)} @ ${normaliseText(input.location.address)}`,
            access: asRecord(viewAccess(row)),
          });
        }
      }
    }
    return [...found.values()].slice(0, 20);
  }
}
