import { describe, expect, it } from '@jest/globals';
import { cellOf, cellsAround, haversineMeters, normaliseText, subjectKeys, targetKeys, windowsOverlap } from '../src/domain/deconfliction';
import { visibility } from '../src/domain/policy';

const erqiSquare = { latitude: 34.7466, longitude: 113.6253 };

describe('geo cells and distance', () => {
  it('haversine: 0.001° of latitude is about 111 m; Erqi Square to Zhengzhou East station about 10 km', () => {
    expect(haversineMeters(erqiSquare, { latitude: 34.7476, longitude: 113.6253 })).toBeCloseTo(111.2, 0);
    const east = { latitude: 34.7567, longitude: 113.7785 };
    expect(haversineMeters(erqiSquare, east) / 1000).toBeGreaterThan(13.5);
    expect(haversineMeters(erqiSquare, east) / 1000).toBeLessThan(14.5);
  });

  it('a point 250 m away across a cell border is in one of the 9 cells around', () => {
    const nearBorder = { latitude: 34.7499, longitude: 113.6299 };
    const across = { latitude: 34.7501, longitude: 113.6301 }; // a different cell in both axes
    expect(cellOf(nearBorder)).not.toBe(cellOf(across));
    expect(haversineMeters(nearBorder, across)).toBeLessThan(300);
    const around = cellsAround(nearBorder, 300);
    expect(around).toHaveLength(9);
    expect(around).toContain(cellOf(across));
    expect(around).toContain(cellOf(nearBorder));
  });

  it('a larger radius looks in more rings', () => {
    expect(cellsAround(erqiSquare, 2_500).length).toBeGreaterThan(9);
  });

  it('cells are stable for negative coordinates', () => {
    expect(cellOf({ latitude: -0.005, longitude: -0.005 })).toBe('cell:-1:-1');
  });
});

describe('windows', () => {
  const w = (s: string, e: string) => ({ startsAt: s, endsAt: e });
  it('overlap when each starts before the other ends; touching windows do not overlap', () => {
    expect(windowsOverlap(w('2026-03-05T20:00:00Z', '2026-03-06T04:00:00Z'), w('2026-03-06T02:00:00Z', '2026-03-06T06:00:00Z'))).toBe(true);
    expect(windowsOverlap(w('2026-03-05T20:00:00Z', '2026-03-06T04:00:00Z'), w('2026-03-05T21:00:00Z', '2026-03-05T22:00:00Z'))).toBe(true);
    expect(windowsOverlap(w('2026-03-05T20:00:00Z', '2026-03-06T04:00:00Z'), w('2026-03-06T04:00:00Z', '2026-03-06T06:00:00Z'))).toBe(
      false,
    );
    expect(
      windowsOverlap(w('2026-03-05T20:00:00+08:00', '2026-03-05T23:00:00+08:00'), w('2026-03-05T14:00:00Z', '2026-03-05T16:00:00Z')),
    ).toBe(true);
  });
});

describe('subject keys', () => {
  it('normalise names: case, full-width characters, punctuation and spaces', () => {
    expect(normaliseText('  Zhengzhou  Jiuxiang Trading Co., Ltd. ')).toBe('zhengzhou jiuxiang trading co ltd');
    expect(normaliseText('ＺＨＥＮＧＺＨＯＵ　Jiuxiang Trading Co Ltd')).toBe('zhengzhou jiuxiang trading co ltd');
    expect(normaliseText('郑州市（酒香）商贸有限公司')).toBe('郑州市 酒香 商贸有限公司');
  });

  it('credit code upper-cased, names normalised, coordinates give a cell', () => {
    expect(
      subjectKeys({ creditCode: '91410105ma1234567t', enterpriseName: 'Jiuxiang Co.', personName: 'Zhang San' }).map((k) => k.key),
    ).toEqual(['subject:credit:91410105MA1234567T', 'subject:name:jiuxiang co', 'subject:name:zhang san']);
    expect(
      targetKeys({
        subject: { creditCode: '', enterpriseName: '', personName: '' },
        place: { jurisdiction: 'erqi', address: 'x', coordinates: erqiSquare },
      }),
    ).toEqual(['cell:3474:11362']);
  });
});

describe('visibility (same rules as leads)', () => {
  const op = (code: 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED') => ({
    operationId: 'o',
    leadUnitId: 'msb-jinshui',
    proposedByOfficerId: 'officer-jinshui-msb-zhao',
    participantUnitIds: ['msb-erqi'],
    code,
    namedOfficerIds: [],
  });
  const outsider = { officerId: 'officer-guancheng-msb-ma', unitId: 'msb-guancheng', roles: ['coordinator' as const] };
  const analyst = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst' as const], clearance: 'AMBER' as const };
  it('GREEN all, AMBER parties + analysts cleared for AMBER, AMBER+STRICT parties only (404 otherwise), RED named officers', () => {
    expect(visibility(op('GREEN'), outsider)).toBe('visible');
    expect(visibility(op('AMBER'), outsider)).toBe('forbidden');
    expect(visibility(op('AMBER'), analyst)).toBe('visible');
    expect(visibility(op('AMBER+STRICT'), analyst)).toBe('hidden');
    expect(visibility(op('AMBER+STRICT'), { ...outsider, unitId: 'msb-erqi' })).toBe('visible');
    expect(visibility(op('RED'), { ...outsider, unitId: 'msb-jinshui' })).toBe('hidden');
    expect(visibility(op('RED'), { officerId: 'officer-jinshui-msb-zhao', unitId: 'msb-jinshui', roles: ['coordinator'] })).toBe('visible');
  });
});
