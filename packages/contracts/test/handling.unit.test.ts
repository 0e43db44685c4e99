import { describe, expect, it } from '@jest/globals';
import { type Actor, linkDisclosure, mayDisclose, mostRestrictive, pointerTo, type RecordAccess, type TlpCode, visibility } from '../src';

const record = (code: TlpCode): RecordAccess => ({
  ownerUnitId: 'msb-jinshui',
  createdByOfficerId: 'officer-jinshui-msb-li',
  participantUnitIds: ['msb-erqi'],
  code,
  namedOfficerIds: ['officer-city-psb-chen'],
});
const officer = (unitId: string, officerId = `officer-of-${unitId}`): Actor => ({ officerId, unitId, roles: ['liaison_officer'] });
const analyst: Actor = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' };
const greenAnalyst: Actor = { officerId: 'officer-city-lgo-junior', unitId: 'lgo-city', roles: ['analyst'], clearance: 'GREEN' };
const unclearedAnalyst: Actor = { officerId: 'officer-city-lgo-new', unitId: 'lgo-city', roles: ['analyst'] };
const admin: Actor = { officerId: 'officer-city-lgo-admin', unitId: 'lgo-city', roles: ['admin'] };

describe('visibility by TLP handling code', () => {
  it.each([
    ['GREEN', officer('msb-zhongyuan'), 'visible'],
    ['CLEAR', analyst, 'visible'],
    ['AMBER', officer('msb-erqi'), 'visible'],
    ['AMBER', officer('msb-zhongyuan'), 'forbidden'],
    ['AMBER', analyst, 'visible'],
    ['AMBER', greenAnalyst, 'forbidden'],
    ['AMBER', unclearedAnalyst, 'forbidden'],
    ['GREEN', greenAnalyst, 'visible'],
    ['RED', analyst, 'hidden'],
    ['AMBER+STRICT', officer('msb-erqi'), 'visible'],
    ['AMBER+STRICT', analyst, 'hidden'],
    ['AMBER+STRICT', officer('msb-zhongyuan'), 'hidden'],
    ['RED', officer('msb-jinshui'), 'hidden'],
    ['RED', officer('msb-jinshui', 'officer-jinshui-msb-li'), 'visible'],
    ['RED', officer('psb-city', 'officer-city-psb-chen'), 'visible'],
    ['GREEN', admin, 'forbidden'],
    ['RED', admin, 'hidden'],
  ] as const)('%s record, %o → %s', (code, actor, expected) => {
    expect(visibility(record(code), actor)).toBe(expected);
  });
});

describe('derived data and links between records', () => {
  const lead = (code: TlpCode, ownerUnitId: string, participantUnitIds: string[] = []): RecordAccess => ({
    ownerUnitId,
    createdByOfficerId: `officer-of-${ownerUnitId}`,
    participantUnitIds,
    code,
    namedOfficerIds: [],
  });

  it('takes the most restrictive handling of all sources', () => {
    expect(mostRestrictive(['GREEN', 'AMBER', 'CLEAR'])).toBe('AMBER');
    expect(mostRestrictive(['AMBER+STRICT', 'RED'])).toBe('RED');
    expect(mostRestrictive([])).toBe('CLEAR');
  });

  it('discloses a derived fact only to viewers who may see every source', () => {
    const green = lead('GREEN', 'msb-jinshui');
    const amber = lead('AMBER', 'msb-erqi', ['psb-city']);
    expect(mayDisclose([green, amber], officer('psb-city'))).toBe(true);
    expect(mayDisclose([green, amber], officer('msb-zhongyuan'))).toBe(false);
    expect(mayDisclose([green], officer('msb-zhongyuan'))).toBe(true);
  });

  it.each([
    // viewer unit, other side's code, expected
    ['msb-jinshui', 'GREEN', 'full'],
    ['msb-zhongyuan', 'GREEN', 'full'],
    ['msb-jinshui', 'AMBER', 'pointer'], // an owner not party to the AMBER side: whom to call
    ['psb-city', 'AMBER', 'full'], // party to the AMBER side
    ['msb-zhongyuan', 'AMBER', 'none'],
    ['msb-jinshui', 'AMBER+STRICT', 'pointer'],
    ['msb-erqi', 'AMBER+STRICT', 'pointer'], // the strict side's own owner
    ['psb-city', 'AMBER+STRICT', 'none'], // a participant of the strict side is not an owner
    ['msb-zhongyuan', 'RED', 'none'],
    ['msb-jinshui', 'RED', 'pointer'],
  ] as const)('viewer from %s, other side %s → %s', (unitId, code, expected) => {
    const own = lead('GREEN', 'msb-jinshui');
    const other = lead(code, 'msb-erqi', ['psb-city']);
    expect(linkDisclosure(own, other, officer(unitId))).toBe(expected);
  });

  it('tells admins nothing of a link, and a pointer names only whom to call', () => {
    expect(linkDisclosure(lead('GREEN', 'lgo-city'), lead('RED', 'msb-erqi'), admin)).toBe('none');
    expect(pointerTo(lead('RED', 'msb-erqi'))).toEqual({ ownerUnitId: 'msb-erqi', contactOfficerId: 'officer-of-msb-erqi' });
  });
});
