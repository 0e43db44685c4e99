import { type Directory, type RewardBasis, type Routing, routeReport } from '@liaison/contracts';
import { type CommandContext, commandHandler, type EventStore, fold, NotFoundError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { LeadPoster } from '../api/leads-client';
import { type IntakeCommand, SYSTEM_ACTOR } from '../domain/commands';
import { createReportDecider } from '../domain/report-decider';
import { PUBLIC_ACTOR, type ReportState } from '../domain/report';
import type { AttachmentLimits } from '../domain/attachments';
import { authoriseScreening } from '../domain/rules';
import { attachCommandId, concludeCommandId, convertLeadCommandId, REPORT_ID, reportIdFor, rewardCommandId } from './ids';
import { newReceiptCode, receiptDigest } from './receipt';

export interface ReportCommandResult {
  reportId: string;
  version: number;
  status: string;
  duplicate: boolean;
  leadId: string;
  rewardStatus: string;
}

/** The reporter's identity, RED, kept out of the event stream (ADR 0028): one document per report. */
export interface ReporterIdentity {
  _id: string; // the report id
  name: string;
  phone: string;
  email: string;
}

export interface SubmitInput {
  category: string;
  what: string;
  where: { jurisdiction: string; address: string };
  contact: { name: string; phone: string; email: string } | null;
}

export interface ConvertInput {
  title: string;
  enterpriseName: string;
  creditCode: string;
  personName: string;
  handlingCode: string;
  priority: string;
}

type Input =
  | { type: 'RejectReport'; reason: string }
  | { type: 'MergeReport'; intoReportId: string }
  | { type: 'ConvertReport'; leadId: string }
  | { type: 'ApproveReward'; amountYuan: number; note: string }
  | { type: 'DeclineReward'; reason: string }
  | { type: 'RecordRewardPayment'; amountYuan: number; reference: string };

/**
 * The application side of the intake commands: route and receipt a public submission, screen a
 * report, convert it into a lead through leads' PostLead with the officer's identity, conclude it
 * from the leads topic. load → decide → append via the platform's command handler.
 */
export class IntakeCommands {
  private readonly handle;
  readonly decider;

  constructor(
    readonly store: EventStore,
    private readonly deps: {
      routing: Routing;
      directory: Pick<Directory, 'jurisdiction' | 'unit'>;
      identities: Collection<ReporterIdentity>;
      leads: Pick<LeadPoster, 'post'>;
      /** receipt digest → report id (attachments find the report by its receipt code before the read model has it). */
      receipts?: Collection<{ _id: string; reportId: string }>;
    },
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.decider = createReportDecider({ directory: deps.directory });
    this.handle = commandHandler(store, this.decider);
  }

  async state(reportId: string): Promise<ReportState> {
    return fold(this.decider, await this.store.readStream(reportId));
  }

  /** A public submission: routed by the rules, answered with a fresh receipt code (only its digest is kept). */
  async submit(input: SubmitInput, commandId: string, correlationId: string) {
    if (!commandId) throw ValidationError.field('command_id', 'required');
    const jurisdiction = input.where.jurisdiction;
    if (!this.deps.directory.jurisdiction(jurisdiction))
      throw ValidationError.field('where.jurisdiction', `unknown jurisdiction "${jurisdiction}"`);
    const rule = routeReport(this.deps.routing, input.category, jurisdiction);
    if (!rule) throw ValidationError.field('category', 'no unit handles this category here');
    const reportId = reportIdFor(commandId);
    const code = newReceiptCode();
    const contact = input.contact && (input.contact.name || input.contact.phone || input.contact.email) ? input.contact : null;
    // The identity is written before the report: a report never refers to an identity that was lost.
    if (contact) await this.deps.identities.replaceOne({ _id: reportId }, { ...contact }, { upsert: true });
    await this.deps.receipts?.replaceOne({ _id: receiptDigest(code) }, { reportId }, { upsert: true });
    const command = {
      type: 'SubmitReport',
      streamId: reportId,
      actor: PUBLIC_ACTOR,
      now: this.clock().toISOString(),
      category: input.category,
      what: input.what,
      where: { jurisdiction, address: input.where.address },
      hasContact: contact !== null,
      receiptDigest: receiptDigest(code),
      routedToUnitId: rule.unitId,
      screeningOfficerIds: rule.screeningOfficerIds,
      screeningDays: this.deps.routing.screeningDays,
    } as IntakeCommand;
    const result = await this.handle(reportId, command, { commandId, actor: PUBLIC_ACTOR, correlationId, traceparent: null });
    return { reportId, receiptCode: code, status: result.state.status, screeningDueAt: result.state.screeningDueAt };
  }

  execute(reportId: string, input: Input, ctx: CommandContext) {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!REPORT_ID.test(reportId)) throw ValidationError.field('report_id', 'expected report-<uuid>');
    return this.run(reportId, input, ctx);
  }

  /** MergeReport: the report it duplicates must be one of the same unit (otherwise: not found). */
  async merge(reportId: string, intoReportId: string, ctx: CommandContext): Promise<ReportCommandResult> {
    if (!REPORT_ID.test(intoReportId)) throw ValidationError.field('into_report_id', 'expected report-<uuid>');
    const into = await this.state(intoReportId);
    if (!into.reportId || into.routedToUnitId !== ctx.actor.unitId) throw new NotFoundError('report', intoReportId);
    return this.execute(reportId, { type: 'MergeReport', intoReportId }, ctx);
  }

  /**
   * ConvertReport: post the lead in leads with the officer's identity (PostLead's command id is
   * derived from the report, so a retry finds the same lead), then record it on the report.
   */
  async convert(reportId: string, input: ConvertInput, ctx: CommandContext): Promise<ReportCommandResult> {
    if (!REPORT_ID.test(reportId)) throw ValidationError.field('report_id', 'expected report-<uuid>');
    const state = await this.state(reportId);
    authoriseScreening(state, ctx.actor, reportId);
    if (!input.title.trim()) throw ValidationError.field('title', 'required');
    if (input.handlingCode === 'RED') throw ValidationError.field('handling_code', 'a converted report is GREEN, AMBER or AMBER+STRICT');
    const { leadId } = await this.deps.leads.post(
      {
        commandId: convertLeadCommandId(reportId),
        title: input.title.trim(),
        category: state.category,
        subject: {
          enterpriseName: input.enterpriseName,
          creditCode: input.creditCode,
          personName: input.personName,
          onlineShop: '',
          url: '',
        },
        location: { jurisdiction: state.where.jurisdiction, address: state.where.address },
        // The lead cites the report it came from.
        summary: `From public report ${reportId} (submitted ${state.submittedAt}): ${state.what}`.slice(0, 5_000),
        priority: input.priority || 'normal',
        grading: { sourceReliability: 'X', information: 4 },
        handling: {
          code: input.handlingCode || 'AMBER',
          noCourtUseWithoutConsent: false,
          noOnwardSharingWithoutConsent: false,
          namedOfficerIds: [],
        },
        attachments: [],
      },
      ctx,
    );
    return this.run(reportId, { type: 'ConvertReport', leadId }, ctx);
  }

  /**
   * AttachToReport (ADR 0034): records a stored file on the report as the public actor, judged
   * against the stream by the decider (fresh, received, below the count limit).
   */
  async attach(
    reportId: string,
    file: { attachmentId: string; mediaType: string; size: number; sha256: string; storageRef: string },
    limits: AttachmentLimits,
    correlationId: string,
  ): Promise<{ version: number; duplicate: boolean; attachmentCount: number }> {
    const commandId = attachCommandId(file.attachmentId);
    const command = {
      type: 'AttachToReport',
      streamId: reportId,
      actor: PUBLIC_ACTOR,
      now: this.clock().toISOString(),
      ...file,
      ...limits,
    } as IntakeCommand;
    const result = await this.handle(reportId, command, { commandId, actor: PUBLIC_ACTOR, correlationId, traceparent: null });
    return { version: result.version, duplicate: result.duplicate, attachmentCount: (result.state.attachments ?? []).length };
  }

  /** The leads topic: the lead a report became was closed. */
  conclude(reportId: string, leadId: string, outcome: string, closingEventId: string) {
    const commandId = concludeCommandId(closingEventId);
    return this.run(reportId, { type: 'ConcludeReport', leadId, outcome }, { commandId, actor: SYSTEM_ACTOR, correlationId: commandId });
  }

  /** The leads topic: a penalty or a criminal case on the lead a report became proposes its reward (once per source event). */
  proposeReward(reportId: string, leadId: string, basis: RewardBasis, sourceEventId: string) {
    const commandId = rewardCommandId(sourceEventId);
    return this.run(
      reportId,
      { type: 'ProposeReward', leadId, basis, sourceEventId },
      { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
    );
  }

  private async run(reportId: string, input: object, ctx: CommandContext): Promise<ReportCommandResult> {
    const command = { ...input, streamId: reportId, actor: ctx.actor, now: this.clock().toISOString() } as IntakeCommand;
    const result = await this.handle(
      reportId,
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
    return {
      reportId,
      version: result.version,
      status: result.state.status,
      duplicate: result.duplicate,
      leadId: result.state.leadId,
      rewardStatus: result.state.rewardStatus === 'none' ? '' : result.state.rewardStatus,
    };
  }
}
