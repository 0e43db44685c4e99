import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { type LeadAccess, visibility } from '../src/domain/policy';
import { admin, analyst, erqi, jinshui, psb, zhongmu } from './lead-fixtures';

const lead = (code: LeadAccess['code'], namedOfficerIds: string[] = []): LeadAccess => ({
  leadId: 'lead-x',
  ownerUnitId: 'msb-jinshui',
  postedByOfficerId: jinshui.officerId,
  participantUnitIds: ['msb-erqi'],
  code,
  namedOfficerIds,
});
const colleague: Actor = { officerId: 'officer-jinshui-msb-zhao', unitId: 'msb-jinshui', roles: ['coordinator'] };

describe('visibility policy', () => {
  it.each([
    ['CLEAR', zhongmu, 'visible'],
    ['GREEN', zhongmu, 'visible'],
    ['GREEN', analyst, 'visible'],
    ['GREEN', admin, 'forbidden'],
    ['AMBER', jinshui, 'visible'],
    ['AMBER', erqi, 'visible'],
    ['AMBER', analyst, 'visible'],
    ['AMBER', zhongmu, 'forbidden'],
    ['AMBER', psb, 'forbidden'],
    ['AMBER', admin, 'forbidden'],
    ['AMBER+STRICT', colleague, 'visible'],
    ['AMBER+STRICT', erqi, 'visible'],
    ['AMBER+STRICT', analyst, 'hidden'],
    ['AMBER+STRICT', zhongmu, 'hidden'],
    ['AMBER+STRICT', admin, 'hidden'],
  ] as const)('%s lead, %o → %s', (code, actor, expected) => {
    expect(visibility(lead(code), actor)).toBe(expected);
  });

  it('RED: the poster and named officers only, not even their unit colleagues', () => {
    const red = lead('RED', [erqi.officerId]);
    expect(visibility(red, jinshui)).toBe('visible');
    expect(visibility(red, erqi)).toBe('visible');
    expect(visibility(red, colleague)).toBe('hidden');
    expect(visibility(red, analyst)).toBe('hidden');
    expect(visibility(red, zhongmu)).toBe('hidden');
  });
});
