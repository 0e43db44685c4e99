import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  type Actor,
  evolveHistoryAccess,
  type EventEnvelope,
  historyVisibility,
  jurisdictionIn,
  linkedRecordIds,
} from '@liaison/contracts';
import { causalOrder } from '../src/application/causal-order';
import { parseArchiveFilter } from '../src/application/archive-filter';

const lead = `lead-${randomUUID()}`;
const operation = `operation-${randomUUID()}`;
const evidence = `evidence-${randomUUID()}`;
const actor = (unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId: `officer-${unitId}-x`,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});

describe('causal order', () => {
  const row = (id: string, recordedAt: string, seq: number, causationId: string | null = null) => ({
    _id: id,
    recordedAt,
    seq,
    causationId,
  });

  it('orders by recording time, then archive order, but never an effect before its cause', () => {
    // The effect's clock ran behind: recorded "before" its cause.
    const events = [
      row('effect', '2026-01-01T00:00:00Z', 1, 'cause'),
      row('other', '2026-01-01T00:00:01Z', 2),
      row('cause', '2026-01-01T00:00:02Z', 3),
    ];
    expect(causalOrder(events).map((e) => e._id)).toEqual(['other', 'cause', 'effect']);
  });

  it('keeps every event when causation loops (corrupt data) or the cause is not shown', () => {
    const events = [
      row('a', '2026-01-01T00:00:00Z', 1, 'b'),
      row('b', '2026-01-01T00:00:01Z', 2, 'a'),
      row('c', '2026-01-01T00:00:02Z', 3, 'gone'),
    ];
    expect(
      causalOrder(events)
        .map((e) => e._id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('links and jurisdiction', () => {
  it('finds the record ids an event names anywhere in its data, not its own, not other strings', () => {
    const event = {
      streamId: operation,
      data: { linkedLeadIds: [lead], report: { evidenceId: evidence }, title: 'lead-not-an-id', operationId: operation },
    };
    expect(linkedRecordIds(event).sort()).toEqual([evidence, lead].sort());
  });

  it('takes the first jurisdiction in the data', () => {
    expect(jurisdictionIn({ targets: [{ place: { jurisdiction: 'erqi' } }] })).toBe('erqi');
    expect(jurisdictionIn({ location: { jurisdiction: '' } })).toBe('');
  });
});

describe('who reads a record’s history', () => {
  const posted = (code: string): EventEnvelope => ({
    eventId: randomUUID(),
    type: 'LeadPosted',
    schemaVersion: 1,
    streamId: lead,
    version: 1,
    occurredAt: '2026-01-01T00:00:00Z',
    recordedAt: '2026-01-01T00:00:00Z',
    actor: actor('msb-erqi', ['liaison_officer']),
    correlationId: 'c',
    causationId: null,
    traceparent: null,
    data: {
      ownerUnitId: 'msb-erqi',
      postedByOfficerId: 'officer-erqi-poster',
      title: 't',
      handling: { code, namedOfficerIds: [] },
    },
  });
  const access = (code: string) => evolveHistoryAccess('lead', null, posted(code))!;

  it('analysts within their clearance, parties for their own records; others not, even for GREEN', () => {
    expect(historyVisibility(access('GREEN'), actor('msb-guancheng', ['analyst'], 'GREEN'))).toBe('visible');
    expect(historyVisibility(access('AMBER'), actor('msb-guancheng', ['analyst'], 'GREEN'))).toBe('forbidden');
    expect(historyVisibility(access('AMBER'), actor('msb-guancheng', ['analyst'], 'AMBER'))).toBe('visible');
    expect(historyVisibility(access('AMBER+STRICT'), actor('msb-guancheng', ['analyst'], 'AMBER'))).toBe('hidden');
    expect(historyVisibility(access('GREEN'), actor('msb-erqi', ['liaison_officer']))).toBe('visible');
    expect(historyVisibility(access('GREEN'), actor('msb-guancheng', ['liaison_officer']))).toBe('forbidden');
    expect(historyVisibility(access('GREEN'), actor('lgo-city', ['supervisor']))).toBe('forbidden');
    expect(historyVisibility(access('RED'), actor('msb-erqi', ['coordinator']))).toBe('hidden');
  });
});

describe('archive filter', () => {
  const empty = { from: '', to: '', type: '', unitId: '', jurisdiction: '', context: '', recordId: '' };

  it('names the field of a malformed filter', () => {
    expect(() => parseArchiveFilter({ ...empty, from: 'monday' })).toThrow(/from: an RFC 3339 time/);
    expect(() => parseArchiveFilter({ ...empty, from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(
      /to: must be after from/,
    );
    expect(() => parseArchiveFilter({ ...empty, recordId: 'lead-1' })).toThrow(/record_id: expected lead-/);
    expect(parseArchiveFilter({ ...empty, type: 'LeadPosted' })).toMatchObject({ type: 'LeadPosted', from: '' });
  });
});
