import { describe, expect, it } from '@jest/globals';
import { namedOfficerIssues } from '../src';

const officers: Record<string, string> = { 'officer-erqi': 'msb-erqi', 'officer-psb': 'psb-city', 'officer-jinshui': 'msb-jinshui' };
const directory = { officer: (id: string) => (officers[id] ? { unitId: officers[id]! } : undefined) };
const red = { code: 'RED', record: 'lead', path: 'named_officer_ids' };

describe('namedOfficerIssues: RED records name an officer of every unit they go to', () => {
  it('accepts one officer per unit, and an officer the record already names covers their unit', () => {
    expect(
      namedOfficerIssues(directory, { ...red, unitIds: ['msb-erqi', 'psb-city'], namedOfficerIds: ['officer-erqi', 'officer-psb'] }),
    ).toEqual([]);
    expect(
      namedOfficerIssues(directory, { ...red, unitIds: ['msb-erqi'], namedOfficerIds: [], alreadyNamedOfficerIds: ['officer-erqi'] }),
    ).toEqual([]);
  });

  it('names the unit left without an officer, and an unknown or foreign officer by index', () => {
    expect(namedOfficerIssues(directory, { ...red, unitIds: ['msb-erqi', 'psb-city'], namedOfficerIds: ['officer-erqi'] })).toEqual([
      { path: 'named_officer_ids', message: expect.stringContaining('none for psb-city') },
    ]);
    expect(
      namedOfficerIssues(directory, { ...red, unitIds: ['msb-erqi'], namedOfficerIds: ['officer-jinshui', 'ghost', 'officer-erqi'] }).map(
        (i) => i.path,
      ),
    ).toEqual(['named_officer_ids[0]', 'named_officer_ids[1]']);
  });

  it('other codes name nobody', () => {
    expect(namedOfficerIssues(directory, { ...red, code: 'AMBER', unitIds: ['msb-erqi'], namedOfficerIds: ['officer-erqi'] })).toEqual([
      { path: 'named_officer_ids', message: 'only RED leads name officers' },
    ]);
    expect(namedOfficerIssues(directory, { ...red, code: 'AMBER', unitIds: ['msb-erqi'], namedOfficerIds: [] })).toEqual([]);
  });
});
