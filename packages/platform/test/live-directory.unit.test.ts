import { describe, expect, it } from '@jest/globals';
import { type EventEnvelope, loadDirectory } from '@liaison/contracts';
import { LiveDirectory } from '../src/directory';

const event = (streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope => ({
  eventId: `00000000-0000-4000-8000-${String(version).padStart(12, '0')}`,
  type,
  schemaVersion: 1,
  streamId,
  version,
  occurredAt: '2026-03-01T08:00:00.000Z',
  recordedAt: '2026-03-01T08:00:00.000Z',
  actor: { officerId: 'officer-city-lgo-admin', unitId: 'lgo-city', roles: ['admin'] },
  correlationId: 'c',
  causationId: null,
  traceparent: null,
  data,
});

describe('LiveDirectory', () => {
  it('starts as the seed file and applies registry events in place, once each', () => {
    const live = new LiveDirectory(loadDirectory());
    expect(live.officer('officer-erqi-msb-sun')).toMatchObject({ unitId: 'msb-erqi' });
    const stream = 'officer-officer-erqi-msb-sun';
    const seeded = event(stream, 1, 'OfficerRegistered', {
      officerId: 'officer-erqi-msb-sun',
      unitId: 'msb-erqi',
      name: 'Sun',
      roles: ['coordinator', 'liaison_officer'],
      clearance: null,
      reason: 'seeded',
    });
    expect(live.apply(seeded)).toBe(true);
    expect(live.apply(event(stream, 2, 'OfficerDeactivated', { officerId: 'officer-erqi-msb-sun', reason: 'left' }))).toBe(true);
    expect(live.officer('officer-erqi-msb-sun')).toBeUndefined();
    // A redelivered or replayed event changes nothing.
    expect(live.apply(seeded)).toBe(false);
    expect(live.officer('officer-erqi-msb-sun')).toBeUndefined();
    expect(live.allOfficers().some((o) => o.officerId === 'officer-erqi-msb-sun')).toBe(false);

    live.apply(
      event('unit-customs-jinshui', 1, 'UnitRegistered', {
        unitId: 'customs-jinshui',
        agency: 'customs',
        jurisdiction: 'jinshui',
        name: 'Jinshui Customs',
        nameZh: '金水海关',
        police: false,
        leadingGroup: false,
        reason: 'r',
      }),
    );
    expect(live.unit('customs-jinshui')).toEqual({
      unitId: 'customs-jinshui',
      agency: 'customs',
      jurisdiction: 'jinshui',
      name: 'Jinshui Customs',
      nameZh: '金水海关',
      police: false,
      leadingGroup: false,
    });
    expect(live.unknownUnits(['customs-jinshui', 'msb-atlantis'])).toEqual(['msb-atlantis']);
  });
});
