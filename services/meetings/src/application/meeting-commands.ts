import type { WireCommand } from '@liaison/contracts';
import { type CommandContext, commandHandler, type EventStore, ValidationError } from '@liaison/platform';
import type { MeetingCommand } from '../domain/commands';
import { actionItemIdOf } from '../domain/commands/recordDecision';
import { createMeetingDecider, type MeetingDeciderDependencies } from '../domain/meeting-decider';
import { MEETING_ID, meetingIdForSchedule } from './ids';

export interface MeetingCommandResult {
  meetingId: string;
  version: number;
  status: string;
  duplicate: boolean;
  itemId: string;
  decisionId: string;
  actionItemIds: string[];
}

/** A command minus what the application fills in (`actor`, `now`, `meetingId`), as callers send it (the decider checks it against the contract). */
export type CommandInput<C extends MeetingCommand = MeetingCommand> = WireCommand<
  C extends MeetingCommand ? Omit<C, 'actor' | 'now' | 'meetingId'> : never
>;

/**
 * The application side of every meeting command: stamp actor and time, load → decide → append
 * via the platform's command handler (idempotent by command id, If-Match → 412).
 */
export class MeetingCommands {
  private readonly handle;
  readonly decider;

  constructor(
    readonly store: EventStore,
    readonly deps: MeetingDeciderDependencies,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.decider = createMeetingDecider(deps);
    this.handle = commandHandler(store, this.decider);
  }

  async execute(meetingId: string, input: CommandInput, ctx: CommandContext): Promise<MeetingCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!MEETING_ID.test(meetingId)) throw ValidationError.field('meeting_id', 'expected meeting-<uuid>');
    const command = { ...input, meetingId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as MeetingCommand;
    const result = await this.handle(
      meetingId,
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
    const decisionId = input.type === 'RecordDecision' || input.type === 'IssueRectificationOrder' ? input.decisionId : '';
    return {
      meetingId: result.streamId,
      version: result.version,
      status: result.state.status,
      duplicate: result.duplicate,
      itemId: input.type === 'AddAgendaItem' || input.type === 'AcceptAgendaProposal' ? input.itemId : '',
      decisionId,
      actionItemIds:
        input.type === 'RecordDecision'
          ? input.actionItems.map((_, i) => actionItemIdOf(decisionId, i))
          : input.type === 'IssueRectificationOrder'
            ? [actionItemIdOf(decisionId, 0)]
            : [],
    };
  }

  /** ScheduleMeeting: the meeting id comes from the command id. */
  schedule(input: CommandInput<Extract<MeetingCommand, { type: 'ScheduleMeeting' }>>, ctx: CommandContext): Promise<MeetingCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    return this.execute(meetingIdForSchedule(ctx.commandId), input, ctx);
  }
}
