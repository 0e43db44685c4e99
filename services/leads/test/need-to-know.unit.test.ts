import { describe, expect, it } from '@jest/globals';
import { type Actor, leadEvents } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { refusal } from '@liaison/platform/testing';
import type { LeadCommand } from '../src/domain/commands';
import { leadAccess } from '../src/domain/lead';
import { visibility } from '../src/domain/policy';
import { redactLeadView } from '../src/projections/lead-redaction';
import { evolveLeadView, type LeadView } from '../src/projections/lead-view';
import { accessOf, analyst, cmd, erqi, jinshui, OTHER, posted, psb, sharedWith, spec, system, T0, zhongmu } from './lead-fixtures';

/** Need-to-know in the leads domain (ADR 0012): RED names officers, leaving stops access, derived data inherits handling. */

const handling = (code: string, namedOfficerIds: string[] = [], noOnwardSharingWithoutConsent = false) => ({
  handling: { code: code as 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent, namedOfficerIds },
});
const erqiSun: Actor = { officerId: 'officer-erqi-msb-sun', unitId: 'msb-erqi', roles: ['coordinator', 'liaison_officer'] };
const greenAnalyst: Actor = { ...analyst, officerId: 'officer-green-analyst', clearance: 'GREEN' };
const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(leadEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('RED leads name officers of every unit they are shared with', () => {
  const red = () => posted(handling('RED', [jinshui.officerId]));

  it('ShareLead without a named officer of the unit is refused with a field error', () => {
    spec
      .givenCommands(red())
      .when(cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
  });

  it('an officer of a unit the lead is not shared with, or an unknown officer, is refused by its index', () => {
    const lead = spec.givenCommands(red());
    lead
      .when(cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-city-psb-chen'] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids[0]' }));
    lead
      .when(cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-nobody'] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids[0]' }));
  });

  it('with one officer per unit it is shared: the officers join the named officers and may see the lead', () => {
    const share = cmd('ShareLead', jinshui, {
      unitIds: ['msb-erqi', 'psb-city'],
      message: '',
      namedOfficerIds: [erqi.officerId, psb.officerId],
    });
    const events = spec.givenCommands(red()).when(share).decided().events;
    expect(events[0]).toMatchObject({ type: 'LeadShared', data: { namedOfficerIds: [erqi.officerId, psb.officerId] } });
    valid(events);
    const state = spec.givenCommands(red(), share).state;
    expect(state.handling.namedOfficerIds).toEqual([jinshui.officerId, erqi.officerId, psb.officerId]);
    expect(visibility(leadAccess(state), erqi)).toBe('visible');
    // Another officer of the same unit is not named: RED is for named officers only.
    expect(visibility(leadAccess(state), erqiSun)).toBe('hidden');
  });

  it('non-RED leads name nobody', () => {
    spec
      .givenCommands(posted())
      .when(cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [erqi.officerId] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
  });

  it('approving an onward-sharing request on a RED lead names an officer of each new unit', () => {
    const lead = spec.givenCommands(
      posted(handling('RED', [jinshui.officerId], true)),
      cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [erqi.officerId] }),
      cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'their warehouse' }),
    );
    lead
      .when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'ok', namedOfficerIds: [] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
    const events = lead
      .when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'ok', namedOfficerIds: [zhongmu.officerId] }))
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['OnwardSharingApproved', 'LeadShared']);
    expect(events[1]!.data).toMatchObject({ unitIds: ['msb-zhongmu'], namedOfficerIds: [zhongmu.officerId] });
    valid(events);
  });
});

describe('leaving stops access: a unit that declined is no longer a participant', () => {
  const declined = (code: string, named: string[] = []) =>
    spec.givenCommands(
      posted(handling(code, code === 'RED' ? [jinshui.officerId] : [])),
      cmd('ShareLead', jinshui, { unitIds: ['msb-erqi', 'psb-city'], message: '', namedOfficerIds: named }),
      cmd('DeclineLead', erqi, { reason: 'outside our remit' }),
    );

  it('AMBER: the declined unit may no longer see the lead (403), the other recipient still does', () => {
    const lead = declined('AMBER');
    expect(lead.state.recipients['msb-erqi']!.status).toBe('declined');
    expect(leadAccess(lead.state).participantUnitIds).toEqual(['psb-city']);
    expect(visibility(leadAccess(lead.state), erqi)).toBe('forbidden');
    expect(visibility(leadAccess(lead.state), psb)).toBe('visible');
    lead.when(cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '', namedOfficerIds: [] })).thenThrows(ForbiddenError);
    lead.when(cmd('AcceptLead', erqi, {})).thenThrows(ForbiddenError);
  });

  it('AMBER+STRICT: the declined unit gets 404, as any outsider', () => {
    declined('AMBER+STRICT')
      .when(cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'x' }))
      .thenThrows(NotFoundError);
  });

  it('GREEN: still readable as by every unit, but the declined unit cannot share onward or ask to', () => {
    const lead = declined('GREEN');
    expect(visibility(leadAccess(lead.state), erqi)).toBe('visible');
    lead.when(cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '', namedOfficerIds: [] })).thenThrows(ForbiddenError);
    lead.when(cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'x' })).thenThrows(ForbiddenError);
  });

  it('RED: the declining unit’s named officers are named no more (LeadDeclined.revokedOfficerIds) and get 404', () => {
    const shared = spec.givenCommands(
      posted(handling('RED', [jinshui.officerId])),
      cmd('ShareLead', jinshui, { unitIds: ['msb-erqi', 'psb-city'], message: '', namedOfficerIds: [erqi.officerId, psb.officerId] }),
    );
    const events = shared.when(cmd('DeclineLead', erqi, { reason: 'no' })).decided().events;
    expect(events).toEqual([
      { type: 'LeadDeclined', data: { unitId: 'msb-erqi', reason: 'no', at: T0, revokedOfficerIds: [erqi.officerId] } },
    ]);
    valid(events);
    const lead = declined('RED', [erqi.officerId, psb.officerId]);
    expect(lead.state.handling.namedOfficerIds).toEqual([jinshui.officerId, psb.officerId]);
    expect(visibility(leadAccess(lead.state), erqi)).toBe('hidden');
    expect(visibility(leadAccess(lead.state), psb)).toBe('visible');
    lead.when(cmd('AcknowledgeLead', erqi, {})).thenThrows(NotFoundError);
  });

  it('an onward-sharing request of a unit that has since declined cannot be approved', () => {
    spec
      .givenCommands(
        posted(handling('AMBER', [], true)),
        sharedWith('msb-erqi'),
        cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'x' }),
        cmd('DeclineLead', erqi, { reason: 'no' }),
      )
      .when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: '', namedOfficerIds: [] }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'declined' }));
  });
});

describe('derived facts carry their source access', () => {
  it('LinkLead records the other lead’s access (filled by the application)', () => {
    const other = accessOf({ code: 'AMBER', ownerUnitId: 'msb-jinshui', createdByOfficerId: jinshui.officerId });
    const events = spec
      .givenCommands(posted())
      .when(cmd('LinkLead', jinshui, { otherLeadId: OTHER, relation: 'related', note: '', otherAccess: other }))
      .decided().events;
    expect(events[0]!.data).toMatchObject({ otherLeadId: OTHER, otherAccess: other });
    valid(events);
  });

  it('RecordOperationOutcome records the operation’s access; without one (an operation linked before) none', () => {
    const base = {
      operationId: 'operation-00000000-0000-8000-8000-0000000000ab',
      leadUnitId: 'msb-zhongmu',
      outcome: 'concluded',
      summary: 's',
      results: 'r',
      at: T0,
    };
    const op = accessOf({ code: 'AMBER+STRICT' });
    const withAccess = spec
      .givenCommands(posted())
      .when(cmd('RecordOperationOutcome', system, { ...base, operationAccess: op }))
      .decided();
    expect(withAccess.events[0]!.data).toMatchObject({ operationAccess: op });
    const without = spec
      .givenCommands(posted())
      .when(cmd('RecordOperationOutcome', system, { ...base, operationAccess: null }))
      .decided();
    expect(without.events[0]!.data).not.toHaveProperty('operationAccess');
    valid([...withAccess.events, ...without.events]);
  });
});

describe('redactLeadView: the one redaction of derived data', () => {
  const OP_STRICT = 'operation-00000000-0000-8000-8000-0000000000c1';
  const OP_GREEN = 'operation-00000000-0000-8000-8000-0000000000c2';
  const OP_OLD = 'operation-00000000-0000-8000-8000-0000000000c3';
  const AMBER_LEAD = 'lead-00000000-0000-8000-8000-0000000000d1';
  const RED_LEAD = 'lead-00000000-0000-8000-8000-0000000000d2';
  const OLD_LEAD = 'lead-00000000-0000-8000-8000-0000000000d3';
  const outcome = (operationId: string, operationAccess: ReturnType<typeof accessOf> | null) =>
    cmd('RecordOperationOutcome', system, {
      operationId,
      leadUnitId: 'msb-zhongmu',
      outcome: 'concluded',
      summary: `summary of ${operationId}`,
      results: 'seized',
      at: T0,
      operationAccess,
    });
  const duplicate = (otherLeadId: string, otherAccess: ReturnType<typeof accessOf>) =>
    cmd('FlagPossibleDuplicate', system, {
      otherLeadId,
      otherOwnerUnitId: otherAccess.ownerUnitId,
      reason: 'credit_code',
      matchedOn: '91410105MA1234567T',
      position: 'earlier',
      otherAccess,
    });
  /** A GREEN lead of Jinshui shared with Erqi, with outcomes and duplicates from records of other handling. */
  const commands: LeadCommand[] = [
    posted(handling('GREEN')),
    sharedWith('msb-erqi'),
    outcome(OP_STRICT, accessOf({ code: 'AMBER+STRICT', ownerUnitId: 'msb-zhongmu', participantUnitIds: ['msb-guancheng'] })),
    outcome(OP_GREEN, accessOf({ code: 'GREEN' })),
    outcome(OP_OLD, null),
    duplicate(AMBER_LEAD, accessOf({ code: 'AMBER', ownerUnitId: 'msb-zhongmu', participantUnitIds: ['msb-erqi'] })),
    duplicate(RED_LEAD, accessOf({ code: 'RED', ownerUnitId: 'msb-guancheng', createdByOfficerId: 'officer-guancheng-msb-ma' })),
  ];
  const view = (): LeadView => {
    const envelopes = spec.givenCommands(...commands).history;
    return envelopes.reduce<LeadView | null>(evolveLeadView, null)!;
  };
  const guancheng: Actor = { officerId: 'officer-guancheng-msb-ma', unitId: 'msb-guancheng', roles: ['liaison_officer'] };
  const fda: Actor = { officerId: 'officer-city-fda-xu', unitId: 'fda-city', roles: ['liaison_officer'] };
  const seen = (actor: Actor, current?: Map<string, ReturnType<typeof accessOf>>) => {
    const v = redactLeadView(view(), actor, current);
    return {
      outcomes: v.operationOutcomes.map((o) => o.operationId),
      links: v.links.map((l) => (l.pointerOnly ? `pointer:${l.ownerUnitId}:${l.contactOfficerId}` : l.leadId)),
      history: v.history
        .filter((h) => h.type === 'LeadOperationOutcomeRecorded' || h.type === 'LeadPossibleDuplicateDetected')
        .map((h) => h.summary),
      raw: JSON.stringify(v),
    };
  };

  it('an operation outcome shows only to readers who may see the operation; one without access to nobody', () => {
    expect(seen(jinshui).outcomes).toEqual([OP_GREEN]);
    expect(seen(zhongmu).outcomes).toEqual([OP_STRICT, OP_GREEN]);
    expect(seen(guancheng).outcomes).toEqual([OP_STRICT, OP_GREEN]);
    expect(seen(analyst).outcomes).toEqual([OP_GREEN]);
    for (const actor of [jinshui, erqi, zhongmu, guancheng, analyst, fda]) {
      expect(seen(actor).raw).not.toContain(OP_OLD);
      expect(seen(actor).raw).not.toContain('"access"');
    }
    expect(seen(jinshui).raw).not.toContain(OP_STRICT);
    expect(seen(jinshui).raw).not.toContain(`summary of ${OP_STRICT}`);
  });

  it('an AMBER duplicate: in full to who may see it, a pointer to the owners, nothing to anyone else', () => {
    expect(seen(erqi).links).toEqual([AMBER_LEAD]); // Erqi takes part in the AMBER lead; of the RED one it learns nothing
    expect(seen(zhongmu).links).toEqual([AMBER_LEAD]);
    expect(seen(jinshui).links).toEqual(['pointer:msb-zhongmu:officer-zhongmu-msb-liu', 'pointer:msb-guancheng:officer-guancheng-msb-ma']);
    expect(seen(analyst).links).toEqual([AMBER_LEAD]); // cleared for AMBER
    expect(seen(greenAnalyst).links).toEqual([]);
    expect(seen(fda).links).toEqual([]);
    expect(seen(fda).raw).not.toContain(AMBER_LEAD);
  });

  it('a strict (RED) other side: a pointer to the two owners only, even for the RED lead’s own creator', () => {
    expect(seen(guancheng).links).toEqual(['pointer:msb-guancheng:officer-guancheng-msb-ma']);
    for (const actor of [erqi, zhongmu, analyst, fda]) expect(seen(actor).raw).not.toContain(RED_LEAD);
    expect(seen(jinshui).raw).not.toContain(RED_LEAD);
  });

  it('history lines about other records go with them: dropped, or reduced to the pointer', () => {
    expect(seen(fda).history).toEqual([expect.stringContaining(OP_GREEN)]);
    expect(seen(jinshui).history).toEqual([
      expect.stringContaining(OP_GREEN),
      'linked to a lead of msb-zhongmu (contact officer-zhongmu-msb-liu) you may not see',
      'linked to a lead of msb-guancheng (contact officer-guancheng-msb-ma) you may not see',
    ]);
  });

  it('uses the other lead’s current access: a unit that left the other lead loses the link', () => {
    const now = new Map([[AMBER_LEAD, accessOf({ code: 'AMBER', ownerUnitId: 'msb-zhongmu', participantUnitIds: [] })]]);
    const withErqi = new Map([[AMBER_LEAD, accessOf({ code: 'AMBER', ownerUnitId: 'msb-zhongmu', participantUnitIds: ['msb-erqi'] })]]);
    expect(redactLeadView(view(), erqi, withErqi).links.map((l) => l.leadId)).toEqual([AMBER_LEAD]);
    expect(redactLeadView(view(), erqi, now).links).toEqual([]);
  });

  it('a link recorded without the other lead’s access (before ADR 0012) is shown to nobody', () => {
    const envelopes = spec.givenCommands(
      posted(handling('GREEN')),
      cmd('LinkLead', jinshui, { otherLeadId: OLD_LEAD, relation: 'related', note: 'n' }),
    ).history;
    const v = envelopes.reduce<LeadView | null>(evolveLeadView, null)!;
    for (const actor of [jinshui, erqi, analyst]) expect(JSON.stringify(redactLeadView(v, actor))).not.toContain(OLD_LEAD);
  });
});
