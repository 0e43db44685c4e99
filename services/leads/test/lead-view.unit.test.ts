import { describe, expect, it } from '@jest/globals';
import { ReadModelHarness } from '@liaison/platform/testing';
import type { LeadCommand } from '../src/domain/commands';
import { type DeadlineRow, LEAD_ROW_SETS } from '../src/projections/lead-read-model';
import { leadDetailsProjection, type LeadView } from '../src/projections/lead-view';
import { cmd, erqi, jinshui, LEAD, posted, psb, sharedWith, spec, system } from './lead-fixtures';

/** The lead document and its rows after the events these commands record, applied as the projection applies them. */
const project = (...commands: LeadCommand[]) => {
  const model = new ReadModelHarness<LeadView>(leadDetailsProjection, LEAD_ROW_SETS).apply(...spec.givenCommands(...commands).history);
  return { v: model.document(LEAD)!, rows: (collection: string) => model.rowsOf(collection) };
};

describe('lead view and the rows derived from it', () => {
  it('follows recipients, deadlines, the transfer stage and history', () => {
    const { v, rows } = project(
      posted(),
      sharedWith('msb-erqi', 'psb-city'),
      cmd('AcknowledgeLead', erqi, {}),
      cmd('AcceptLead', erqi, {}),
      cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }),
    );
    expect(v.status).toBe('in_progress');
    expect(v.recipients.map((r) => [r.unitId, r.status])).toEqual([
      ['msb-erqi', 'accepted'],
      ['psb-city', 'shared'],
    ]);
    // 3 days by the rules for periods from Sunday 2026-03-01 (Beijing): ends Wednesday 24:00 = 16:00Z.
    expect(v.transfer).toMatchObject({ stage: 'suspected', dueAt: '2026-03-04T16:00:00.000Z', dueRule: expect.stringContaining('3 days') });
    expect(v.history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5]);
    expect(v.participantUnitIds).toEqual(['msb-erqi', 'psb-city']);

    expect(rows('lead_inbox').map((r) => [r._id, r.unitId, r.myStatus])).toEqual([
      [`${LEAD}:msb-erqi`, 'msb-erqi', 'accepted'],
      [`${LEAD}:psb-city`, 'psb-city', 'shared'],
    ]);
    expect((rows('lead_deadlines') as DeadlineRow[]).map((r) => [r.kind, r.unitId, r.resolved])).toEqual([
      ['acknowledge', 'msb-erqi', true],
      ['acknowledge', 'psb-city', false],
      ['transfer_decision', 'msb-jinshui', false],
    ]);
    expect(rows('lead_subjects').map((r) => r.key)).toEqual([
      'credit:91410105MA1234567T',
      'name:zhengzhou jiuxiang trading co ltd|18 jiefang road erqi district',
    ]);
  });

  it('marks a breach on the recipient and the deadline row; the police unit joins the participants', () => {
    const { v, rows } = project(
      posted(),
      sharedWith('psb-city'),
      cmd(
        'MarkOverdue',
        system,
        { kind: 'acknowledge', unitId: 'psb-city', dueAt: '2026-03-02T08:00:00.000Z' },
        '2026-03-02T09:00:00.000Z',
      ),
      cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }),
      cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'y' }),
      cmd('HandOverToPolice', jinshui, {
        policeUnitId: 'psb-jinshui',
        facts: 'f',
        amountInvolved: 1,
        evidenceRefs: [],
        namedOfficerIds: [],
      }),
      cmd('RecordPoliceDecision', { ...psb, officerId: 'p', unitId: 'psb-jinshui' }, { decision: 'opened', reason: '', caseNumber: 'C-1' }),
    );
    expect(v.recipients[0]).toMatchObject({ unitId: 'psb-city', overdue: true });
    expect((rows('lead_deadlines') as DeadlineRow[]).find((r) => r.kind === 'acknowledge')).toMatchObject({
      breached: true,
      detectedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(v.participantUnitIds).toEqual(['psb-city', 'psb-jinshui']);
    expect(v.transfer).toMatchObject({ stage: 'police_opened', caseNumber: 'C-1', dueAt: '' });
  });
});
