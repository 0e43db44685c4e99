import { describe, expect, it } from '@jest/globals';
import type { Actor, RecordAccess } from '@liaison/contracts';
import { DeconflictionCheck } from '../src/application/deconfliction';
import { discloseConflict, discloseHistory } from '../src/domain/disclosure';
import type { OperationAccess } from '../src/domain/policy';
import type { LeadSubjectRow, TargetRow } from '../src/projections/operation-read-model';

/** The one redaction of deconfliction data (domain/disclosure.ts) and what the check records. */

const own: OperationAccess = {
  operationId: 'operation-a',
  leadUnitId: 'msb-jinshui',
  proposedByOfficerId: 'officer-jinshui-msb-zhao',
  participantUnitIds: ['msb-erqi'],
  code: 'GREEN',
  namedOfficerIds: [],
};
const other = (code: RecordAccess['code'], participantUnitIds: string[] = []): RecordAccess => ({
  ownerUnitId: 'msb-guancheng',
  createdByOfficerId: 'officer-guancheng-msb-ma',
  participantUnitIds,
  code,
  namedOfficerIds: code === 'RED' ? ['officer-guancheng-msb-ma'] : [],
});
const alert = {
  conflictId: 'conflict-1',
  otherKind: 'operation',
  otherId: 'operation-b',
  otherOwnerUnitId: 'msb-guancheng',
  contactOfficerId: 'officer-guancheng-msb-ma',
  otherTitle: 'Guancheng sweep',
  otherWindow: { startsAt: '2026-03-05T20:00:00.000Z', endsAt: '2026-03-06T04:00:00.000Z' },
  reason: 'subject_credit_code',
  matchedOn: '91410105MA1234567T',
  pointerOnly: false,
  status: 'open',
};
const officer = (officerId: string, unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});
const zhao = officer('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator']);
const sun = officer('officer-erqi-msb-sun', 'msb-erqi', ['coordinator']);
const analyst = officer('officer-city-lgo-analyst', 'lgo-city', ['analyst'], 'AMBER');

describe('discloseConflict: linkDisclosure with the other side as it is now', () => {
  it('full to whoever may see the other side', () => {
    expect(discloseConflict(own, alert, other('GREEN'), sun)).toEqual({ ...alert, pointerOnly: false });
    expect(discloseConflict(own, alert, other('AMBER'), analyst)).toMatchObject({ otherId: 'operation-b' });
  });

  it('a pointer to the owners when the other side is AMBER they may not see, or strict', () => {
    for (const code of ['AMBER', 'AMBER+STRICT', 'RED'] as const)
      expect(discloseConflict(own, alert, other(code), zhao)).toEqual({
        ...alert,
        otherId: '',
        otherTitle: '',
        otherWindow: null,
        reason: '',
        matchedOn: '',
        pointerOnly: true,
      });
  });

  it('nothing to other viewers of the operation; strict stays a pointer even for a party of the other side', () => {
    expect(discloseConflict(own, alert, other('AMBER'), sun)).toBeNull();
    expect(discloseConflict(own, alert, other('AMBER+STRICT', ['msb-erqi']), sun)).toBeNull();
    expect(discloseConflict(own, alert, other('AMBER+STRICT'), analyst)).toBeNull();
    expect(discloseConflict(own, alert, other('AMBER', ['msb-erqi']), sun)).toMatchObject({ otherId: 'operation-b' });
  });

  it('an other side unknown here is treated as strict', () => {
    expect(discloseConflict(own, { ...alert, otherId: '' }, null, zhao)).toMatchObject({ pointerOnly: true });
    expect(discloseConflict(own, { ...alert, otherId: '' }, null, sun)).toBeNull();
  });

  it('history lines about conflicts follow them', () => {
    const history = [
      { type: 'OperationProposed', summary: 'proposed' },
      {
        type: 'DeconflictionAlertRaised',
        summary: 'alert conflict-1: operation of msb-guancheng (subject credit code)',
        conflictIds: ['conflict-1'],
      },
      { type: 'DeconflictionAlertRaised', summary: 'alert conflict-2', conflictIds: ['conflict-2'] },
    ];
    const seen = new Map([
      ['conflict-1', 'pointer' as const],
      ['conflict-2', 'none' as const],
    ]);
    expect(discloseHistory(history, seen)).toEqual([
      { type: 'OperationProposed', summary: 'proposed' },
      { type: 'DeconflictionAlertRaised', summary: 'deconfliction alert conflict-1 (pointer only)' },
    ]);
  });
});

describe('DeconflictionCheck', () => {
  const rows = <T>(items: T[]) => ({
    find: (filter: { key: string }) => ({ toArray: async () => items.filter((r) => (r as { key: string }).key === filter.key) }),
  });
  const target = {
    subject: { enterpriseName: '', creditCode: '91410105MA1234567T', personName: '' },
    place: { jurisdiction: 'erqi', address: '', coordinates: null },
  };
  const key = 'subject:credit:91410105MA1234567T';
  const strictOp: TargetRow = {
    _id: 'x',
    _v: 1,
    key,
    operationId: 'operation-b',
    targetIndex: 0,
    ownerUnitId: 'msb-guancheng',
    contactOfficerId: 'officer-guancheng-msb-ma',
    handlingCode: 'RED',
    title: 'Covert',
    active: true,
    startsAt: '2026-03-05T20:00:00.000Z',
    endsAt: '2026-03-06T04:00:00.000Z',
    latitude: null,
    longitude: null,
    matchedOn: '91410105MA1234567T',
  };
  const lead = (leadId: string): LeadSubjectRow => ({
    _id: leadId,
    _v: 1,
    key,
    leadId,
    ownerUnitId: 'msb-erqi',
    contactOfficerId: 'officer-erqi-msb-wang',
    handlingCode: 'AMBER',
    title: `lead ${leadId}`,
    open: true,
    matchedOn: '91410105MA1234567T',
  });
  const check = new DeconflictionCheck({ targets: rows([strictOp]), leadSubjects: rows([lead('lead-1'), lead('lead-2')]) } as never, 300);

  it('records the whole other side (disclosure is decided on reading) and skips the leads the operation acts on', async () => {
    const found = await check.find({
      operationId: 'operation-a',
      ownerUnitId: 'msb-jinshui',
      contactOfficerId: 'officer-jinshui-msb-zhao',
      handlingCode: 'GREEN',
      title: 'Raid',
      window: { startsAt: '2026-03-05T22:00:00.000Z', endsAt: '2026-03-06T02:00:00.000Z' },
      targets: [target],
      linkedLeadIds: ['lead-1'],
    });
    expect(found.mine).toEqual([
      expect.objectContaining({ otherKind: 'operation', otherId: 'operation-b', otherTitle: 'Covert', pointerOnly: true }),
      expect.objectContaining({ otherKind: 'lead', otherId: 'lead-2', otherTitle: 'lead lead-2', pointerOnly: false }),
    ]);
    expect(found.theirs).toEqual([
      { operationId: 'operation-b', match: expect.objectContaining({ otherId: 'operation-a', otherTitle: 'Raid' }) },
    ]);
  });
});
