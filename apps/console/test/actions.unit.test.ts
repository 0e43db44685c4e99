import { describe, expect, it } from '@jest/globals';
import { closeOutcomesFor, leadActionsFor, type Officer } from '../src/actions';
import type { Schemas } from '../src/api/client';

/**
 * Which lead actions the console offers (actions.ts), stage by stage of the transfer line and for
 * each part a unit plays (ADR 0014): the leads decider has the same rules and still decides.
 */
type LeadDetail = Schemas['LeadDetail'];

const NOW = Date.parse('2026-12-02T06:00:00Z');
const LATER = '2026-12-05T06:00:00Z';
const EARLIER = '2026-12-01T06:00:00Z';

const owner: Officer = { unitId: 'msb-jinshui', roles: ['liaison_officer'] };
const police: Officer = { unitId: 'psb-city', roles: ['liaison_officer'] };
const procurator: Officer = { unitId: 'procuratorate-city', roles: ['procurator'] };
const recipient: Officer = { unitId: 'msb-erqi', roles: ['liaison_officer'] };
const analyst: Officer = { unitId: 'msb-jinshui', roles: ['analyst'] };

function lead(over: {
  stage?: string;
  dueAt?: string;
  status?: string;
  recipients?: { unitId: string; status: string }[];
  handling?: Record<string, unknown>;
  coHandlingTasks?: { unitId: string; taskId: string }[];
  courtUseConsentRequests?: { requestId: string; requestedByUnitId: string; unitId: string; reason: string; status: string }[];
}): LeadDetail {
  const stage = over.stage ?? 'none';
  const handedOver = !['none', 'suspected', 'decided_transfer', 'decided_not_to_transfer'].includes(stage);
  const supervised = ['supervision_requested', 'police_reasons_requested', 'police_opening_required', 'supervision_upheld'].includes(stage);
  return {
    leadId: 'lead-1',
    version: 3,
    status: over.status ?? 'in_progress',
    ownerUnitId: owner.unitId,
    postedByOfficerId: 'officer-jinshui-msb-li',
    title: 'A lead',
    category: 'counterfeit_food',
    subject: {},
    location: {},
    summary: '',
    priority: 'normal',
    grading: { sourceReliability: 'B', information: 2 },
    handling: { code: 'AMBER', ...over.handling },
    recipients: over.recipients ?? [],
    onwardSharingRequests: [],
    coHandlingTasks: over.coHandlingTasks ?? [],
    feedback: [],
    transfer: {
      stage,
      policeUnitId: handedOver ? police.unitId : '',
      procuratorateUnitId: supervised ? procurator.unitId : '',
      dueAt: over.dueAt ?? '',
    },
    links: [],
    overdue: [],
    history: [],
    postedAt: EARLIER,
    updatedAt: EARLIER,
    courtUseConsentRequests: over.courtUseConsentRequests ?? [],
  } as unknown as LeadDetail;
}

const OWNER_ALWAYS = ['share', 'coHandling', 'link', 'escalate', 'regrade'];

describe('the agency (owner) on the transfer line', () => {
  it.each([
    ['none', LATER, ['flagSuspectedCrime', 'close']],
    ['suspected', LATER, ['decideTransfer']],
    ['decided_transfer', LATER, ['handOver']],
    ['decided_not_to_transfer', '', ['revisitTransfer', 'close']],
    ['handed_over', LATER, ['close']],
    ['police_declined', LATER, ['requestReconsideration', 'requestSupervision', 'close']],
    // The reconsideration window ended unused: the Procuratorate may still be asked (art. 9: "也可以", no period).
    ['police_declined', EARLIER, ['requestSupervision', 'close']],
    ['reconsideration_maintained', LATER, ['requestSupervision', 'close']],
    ['reconsideration_maintained', EARLIER, ['close']],
    ['supervision_requested', LATER, ['close']],
  ])('at %s (window or deadline %s) offers %j besides the lead actions', (stage, dueAt, expected) => {
    expect(leadActionsFor(lead({ stage, dueAt }), owner, NOW)).toEqual([...OWNER_ALWAYS, ...expected]);
  });

  it('offers nothing on a closed lead, and nothing to an analyst', () => {
    expect(leadActionsFor(lead({ stage: 'police_declined', dueAt: LATER, status: 'closed' }), owner, NOW)).toEqual([]);
    expect(leadActionsFor(lead({ stage: 'police_declined', dueAt: LATER }), analyst, NOW)).toEqual([]);
  });

  it('closes with "transferred" only after a hand-over', () => {
    expect(closeOutcomesFor(lead({ stage: 'none' }))).not.toContain('transferred');
    expect(closeOutcomesFor(lead({ stage: 'police_declined' }))).toContain('transferred');
  });
});

describe('the police unit the case was handed to', () => {
  it.each([
    ['handed_over', ['policeDecision']],
    ['reconsideration_requested', ['answerReconsideration']],
    ['police_reasons_requested', ['policeReasons']],
    ['reconsideration_reversed', ['policeOpening']],
    ['police_opening_required', ['policeOpening']],
    ['police_declined', []],
    ['supervision_requested', []],
    ['police_opened', []],
  ])('at %s is offered %j', (stage, expected) => {
    expect(leadActionsFor(lead({ stage, dueAt: LATER }), police, NOW)).toEqual(expected);
  });

  it('still answers on a closed lead (closing the agency’s file does not end the police’s duty)', () => {
    expect(leadActionsFor(lead({ stage: 'handed_over', status: 'closed' }), police, NOW)).toEqual(['policeDecision']);
  });

  it('another police unit is offered nothing', () => {
    expect(leadActionsFor(lead({ stage: 'handed_over' }), { unitId: 'psb-erqi', roles: ['liaison_officer'] }, NOW)).toEqual([]);
  });
});

describe('the Procuratorate asked to supervise', () => {
  it('answers only while the request is open, on a closed lead too', () => {
    expect(leadActionsFor(lead({ stage: 'supervision_requested' }), procurator, NOW)).toEqual(['answerSupervision']);
    expect(leadActionsFor(lead({ stage: 'supervision_requested', status: 'closed' }), procurator, NOW)).toEqual(['answerSupervision']);
    expect(leadActionsFor(lead({ stage: 'police_reasons_requested' }), procurator, NOW)).toEqual([]);
  });

  it('a unit’s officer without the procurator role, or another Procuratorate, is offered nothing', () => {
    expect(
      leadActionsFor(lead({ stage: 'supervision_requested' }), { unitId: procurator.unitId, roles: ['liaison_officer'] }, NOW),
    ).toEqual([]);
    expect(leadActionsFor(lead({ stage: 'supervision_requested' }), { unitId: 'procuratorate-erqi', roles: ['procurator'] }, NOW)).toEqual(
      [],
    );
  });
});

describe('feedback and court-use consent', () => {
  it('a recipient reports feedback once it accepted the lead; a co-handling unit does too', () => {
    expect(leadActionsFor(lead({ recipients: [{ unitId: recipient.unitId, status: 'acknowledged' }] }), recipient, NOW)).toEqual([
      'accept',
      'decline',
      'share',
    ]);
    expect(leadActionsFor(lead({ recipients: [{ unitId: recipient.unitId, status: 'accepted' }] }), recipient, NOW)).toEqual([
      'share',
      'feedback',
    ]);
    const coHandler: Officer = { unitId: 'msb-zhongmu', roles: ['coordinator'] };
    expect(leadActionsFor(lead({ coHandlingTasks: [{ unitId: coHandler.unitId, taskId: 'task-1' }] }), coHandler, NOW)).toEqual([
      'feedback',
    ]);
  });

  it('a declined recipient has left: nothing, not even feedback', () => {
    expect(leadActionsFor(lead({ recipients: [{ unitId: recipient.unitId, status: 'declined' }] }), recipient, NOW)).toEqual([]);
  });

  it('under noCourtUseWithoutConsent the parties may ask, and the owner answers pending requests', () => {
    const handling = { noCourtUseWithoutConsent: true };
    const pending = [
      { requestId: 'cur-1', requestedByUnitId: owner.unitId, unitId: police.unitId, reason: 'hand-over', status: 'pending' },
    ];
    expect(leadActionsFor(lead({ stage: 'decided_transfer', handling, courtUseConsentRequests: pending }), owner, NOW)).toEqual([
      ...OWNER_ALWAYS,
      'requestCourtUse',
      'answerCourtUse',
      'handOver',
    ]);
    expect(leadActionsFor(lead({ handling, recipients: [{ unitId: recipient.unitId, status: 'accepted' }] }), recipient, NOW)).toEqual([
      'share',
      'feedback',
      'requestCourtUse',
    ]);
    // Without the restriction court use needs no consent: nothing to ask for.
    expect(leadActionsFor(lead({ stage: 'decided_transfer' }), owner, NOW)).not.toContain('requestCourtUse');
  });
});
