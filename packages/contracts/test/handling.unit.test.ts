import { describe, expect, it } from '@jest/globals';
import { type Actor, type RecordAccess, type TlpCode, visibility } from '../src';

const record = (code: TlpCode): RecordAccess => ({
  ownerUnitId: 'msb-jinshui',
  createdByOfficerId: 'officer-jinshui-msb-li',
  participantUnitIds: ['msb-erqi'],
  code,
  namedOfficerIds: ['officer-city-psb-chen'],
});
const officer = (unitId: string, officerId = `officer-of-${unitId}`): Actor => ({ officerId, unitId, roles: ['liaison_officer'] });
const analyst: Actor = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'] };
const admin: Actor = { officerId: 'officer-city-lgo-admin', unitId: 'lgo-city', roles: ['admin'] };

describe('visibility by TLP handling code', () => {
  it.each([
    ['GREEN', officer('msb-zhongyuan'), 'visible'],
    ['CLEAR', analyst, 'visible'],
    ['AMBER', officer('msb-erqi'), 'visible'],
    ['AMBER', officer('msb-zhongyuan'), 'forbidden'],
    ['AMBER', analyst, 'visible'],
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
