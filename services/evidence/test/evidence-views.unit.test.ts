import { describe, expect, it } from '@jest/globals';
import { evidenceRecordAccess, visibility } from '@liaison/contracts';
import { type EvidenceView, evolveEvidenceView } from '../src/projections/evidence-view';
import { pendingRecognitionRows, unitItemRows } from '../src/projections/read-model';
import { cmd, erqi, guancheng, jinshui, psb, recognised, registered, requested, spec } from './evidence-fixtures';

/** The rows the lists read, derived from the folded item: items of a unit, requests awaiting a unit, the timeline. */

const STRICT = {
  code: 'AMBER+STRICT' as const,
  noCourtUseWithoutConsent: false,
  noOnwardSharingWithoutConsent: false,
  namedOfficerIds: [],
};
const transfer = cmd('RecordCustodyTransfer', erqi, {
  fromUnitId: '',
  fromOfficerId: '',
  toUnitId: 'psb-city',
  toOfficerId: 'officer-city-psb-chen',
  reason: 'forensics',
  at: '2026-03-01T07:00:00.000Z',
});

const viewAfter = (...commands: Parameters<typeof spec.givenCommands>): EvidenceView & { _id: string; _v: number } => {
  const view = spec.givenCommands(...commands).history.reduce<EvidenceView | null>(evolveEvidenceView, null)!;
  return { ...view, _id: view.evidenceId, _v: view.version };
};

describe('evidence views', () => {
  it('lists an item for its owner and its current custodian only, and the custodian becomes a party', () => {
    const view = viewAfter(registered({ handling: STRICT }), transfer);
    const rows = unitItemRows(view);
    expect(rows.map((r) => [r.unitId, r.current])).toEqual([
      ['msb-erqi', true],
      ['psb-city', true],
    ]);
    expect(visibility(evidenceRecordAccess(view.access), psb)).toBe('visible');
    expect(visibility(evidenceRecordAccess(view.access), guancheng)).toBe('hidden');
    const passedOn = viewAfter(
      registered({ handling: STRICT }),
      transfer,
      cmd('RecordCustodyTransfer', psb, {
        fromUnitId: '',
        fromOfficerId: '',
        toUnitId: 'msb-erqi',
        toOfficerId: '',
        reason: 'back',
        at: '',
      }),
    );
    // The PSB held it once: still a party (it saw the item), no longer listed as holding it.
    expect(unitItemRows(passedOn).map((r) => [r.unitId, r.current])).toEqual([
      ['msb-erqi', true],
      ['psb-city', false],
    ]);
  });

  it('keeps a request awaiting a unit until that unit answers', () => {
    const asked = pendingRecognitionRows(viewAfter(registered(), requested()));
    expect(asked.map((r) => [r.unitId, r.pending])).toEqual([
      ['msb-jinshui', true],
      ['psb-city', true],
    ]);
    const answered = pendingRecognitionRows(viewAfter(registered(), requested(), recognised(jinshui)));
    expect(answered.map((r) => [r.unitId, r.pending])).toEqual([
      ['msb-jinshui', false],
      ['psb-city', true],
    ]);
  });

  it('tells the custody and recognition story in order, custody at the hand-over time', () => {
    const view = viewAfter(registered(), transfer, requested(), recognised(jinshui));
    expect(view.timeline.map((t) => [t.category, t.type])).toEqual([
      ['registration', 'EvidenceRegistered'],
      ['custody', 'CustodyTransferred'],
      ['recognition', 'RecognitionRequested'],
      ['recognition', 'Recognised'],
    ]);
    expect(view.timeline[1]!.at).toBe('2026-03-01T07:00:00.000Z');
    expect(view.linkedRecordId).toBe(view.operationId);
  });
});
