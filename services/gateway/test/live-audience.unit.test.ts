import type { Actor, EventEnvelope, LeadAccessRow } from '@liaison/contracts';
import { describe, expect, it } from '@jest/globals';
import { isTold, leadNotice } from '../src/live/lead-audience';

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const jinshui = officer('officer-jinshui-msb-li', 'msb-jinshui');
const erqi = officer('officer-erqi-msb-wang', 'msb-erqi');
const zhongyuan = officer('officer-zhongyuan-msb-he', 'msb-zhongyuan');
const analyst: Actor = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' };

const row = (overrides: Partial<LeadAccessRow> = {}): LeadAccessRow => ({
  _id: 'lead-1',
  _v: 2,
  ownerUnitId: 'msb-jinshui',
  postedByOfficerId: jinshui.officerId,
  code: 'AMBER',
  namedOfficerIds: [],
  recipients: [{ unitId: 'msb-erqi', status: 'pending' }],
  coHandlingUnitIds: [],
  policeUnitId: '',
  title: 'Counterfeit liquor',
  open: true,
  ...overrides,
});

describe('who the live feed tells of a lead change (visibility of handling.ts on the folded access)', () => {
  it('tells the owner and the recipient units', () => {
    expect(isTold(row(), jinshui)).toBe(true);
    expect(isTold(row(), erqi)).toBe(true);
  });

  it('does not tell a unit that takes no part, even where the handling code would let it read (GREEN)', () => {
    expect(isTold(row({ code: 'GREEN' }), zhongyuan)).toBe(false);
    expect(isTold(row(), zhongyuan)).toBe(false);
  });

  it('does not tell an analyst, who reads across units but takes part in none', () => {
    expect(isTold(row(), analyst)).toBe(false);
  });

  it('RED: only the creator and the named officers, not the rest of a recipient unit', () => {
    const red = row({ code: 'RED', namedOfficerIds: [jinshui.officerId] });
    expect(isTold(red, jinshui)).toBe(true);
    expect(isTold(red, erqi)).toBe(false);
    expect(isTold({ ...red, namedOfficerIds: [jinshui.officerId, erqi.officerId] }, erqi)).toBe(true);
  });

  it('a unit that declined is no longer a participant', () => {
    expect(isTold(row({ recipients: [{ unitId: 'msb-erqi', status: 'declined' }] }), erqi)).toBe(false);
  });

  it('the notice carries a pointer, the title and the units the event names, nothing of the record’s content', () => {
    const event = {
      type: 'LeadShared',
      streamId: 'lead-1',
      version: 2,
      occurredAt: '2026-12-01T08:00:00.000Z',
      data: { unitIds: ['msb-erqi'], message: 'confidential note', namedOfficerIds: [] },
    } as unknown as EventEnvelope;
    expect(leadNotice(row(), event)).toEqual({
      kind: 'lead',
      type: 'LeadShared',
      leadId: 'lead-1',
      title: 'Counterfeit liquor',
      version: 2,
      occurredAt: '2026-12-01T08:00:00.000Z',
      unitIds: ['msb-erqi'],
    });
  });
});
