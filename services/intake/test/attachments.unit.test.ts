import { describe, expect, it } from '@jest/globals';
import { type Actor, intakeEvents, loadDirectory } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { DeciderSpecification } from '@liaison/platform/testing';
import { attachmentFileName, attachmentRefusal, attachmentsDisclosed, authoriseAttachmentRead } from '../src/domain/attachments';
import type { IntakeCommand } from '../src/domain/commands';
import { initialReportState, publicStatusOf, PUBLIC_ACTOR, type ReportState } from '../src/domain/report';
import { createReportDecider } from '../src/domain/report-decider';

/** Attachments on public reports (ADR 0034): the freshness and count rule, who reads them, the decider. */
const directory = loadDirectory();
const actor = (officerId: string): Actor => {
  const o = directory.officer(officerId)!;
  return { officerId: o.officerId, unitId: o.unitId, roles: o.roles, ...(o.clearance ? { clearance: o.clearance } : {}) };
};
const li = actor('officer-jinshui-msb-li'); // named screening officer
const zhao = actor('officer-jinshui-msb-zhao'); // same unit, not named
const wang = actor('officer-erqi-msb-wang');
const feng = actor('officer-city-lgo-feng');

const REPORT = 'report-00000000-0000-4000-8000-000000000002';
const T0 = '2026-03-01T08:00:00.000Z';
const minutesAfter = (m: number) => new Date(Date.parse(T0) + m * 60_000).toISOString();
const LIMITS = { maxAttachments: 2, windowMinutes: 60 };
const spec = DeciderSpecification.for(createReportDecider({ directory }), { streamId: REPORT });

const submit: IntakeCommand = {
  type: 'SubmitReport',
  streamId: REPORT,
  actor: PUBLIC_ACTOR,
  now: T0,
  category: 'trademark',
  what: 'Counterfeit perfume',
  where: { jurisdiction: 'jinshui', address: 'stall 3' },
  hasContact: false,
  receiptDigest: 'b'.repeat(64),
  routedToUnitId: 'msb-jinshui',
  screeningOfficerIds: [li.officerId],
  screeningDays: 7,
};
let n = 0;
const attach = (
  by: Actor = PUBLIC_ACTOR,
  at = minutesAfter(5),
  attachmentId = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
) =>
  ({
    type: 'AttachToReport',
    streamId: REPORT,
    actor: by,
    now: at,
    attachmentId,
    mediaType: 'image/png',
    size: 1234,
    sha256: 'c'.repeat(64),
    storageRef: '65f000000000000000000001',
    ...LIMITS,
  }) as IntakeCommand;
const received = (overrides: Partial<ReportState> = {}): ReportState => ({
  ...initialReportState(),
  reportId: REPORT,
  status: 'received',
  submittedAt: T0,
  routedToUnitId: 'msb-jinshui',
  screeningOfficerIds: [li.officerId],
  ...overrides,
});
const file = { attachmentId: 'x', mediaType: 'image/png', size: 1, sha256: '', storageRef: '', receivedAt: T0 };

describe('attachments on public reports: when a report takes a file', () => {
  it('a fresh received report below the count takes one', () => {
    expect(attachmentRefusal(received(), LIMITS, minutesAfter(59))).toBeNull();
  });

  it('refused: no such report, a screened report, after the window, at the count', () => {
    expect(attachmentRefusal(initialReportState(), LIMITS, T0)).toBeInstanceOf(NotFoundError);
    expect(attachmentRefusal(received({ status: 'rejected' }), LIMITS, T0)).toBeInstanceOf(InvalidTransitionError);
    expect(attachmentRefusal(received(), LIMITS, minutesAfter(61))?.message).toMatch(/within 60 minutes/);
    expect(attachmentRefusal(received({ attachments: [file, file] }), LIMITS, T0)?.message).toMatch(/at most 2 files/);
  });

  it('a read-model document written before attachments existed counts as none', () => {
    const old = { ...received() } as Partial<ReportState>;
    delete old.attachments;
    expect(attachmentRefusal(old as ReportState, LIMITS, T0)).toBeNull();
    expect(publicStatusOf(old as ReportState).attachmentCount).toBe(0);
  });
});

describe('attachments on public reports: who reads them (RED like the reporter)', () => {
  it('the named screening officer; the rest of the unit is refused (403); other units learn nothing (404)', () => {
    const state = received({ attachments: [file] });
    expect(() => authoriseAttachmentRead(state, li, REPORT)).not.toThrow();
    expect(() => authoriseAttachmentRead(state, zhao, REPORT)).toThrow(ForbiddenError);
    for (const other of [wang, feng]) expect(() => authoriseAttachmentRead(state, other, REPORT)).toThrow(NotFoundError);
    expect([li, zhao, wang].map((a) => attachmentsDisclosed(state, a))).toEqual([true, false, false]);
  });

  it('a download is named by the id and the sniffed type, never by the sender', () => {
    expect(attachmentFileName('abc', 'application/pdf')).toBe('abc.pdf');
    expect(attachmentFileName('abc', 'image/jpeg')).toBe('abc.jpg');
    expect(attachmentFileName('abc', 'application/x-unknown')).toBe('abc.bin');
  });
});

describe('AttachToReport (decider)', () => {
  it('records the file on the report, as the public actor; the reporter sees the count', () => {
    const { events, state } = spec.givenCommands(submit, attach()).when(attach()).decided();
    for (const e of events) expect(intakeEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    expect(state.attachments).toHaveLength(2);
    expect(publicStatusOf(state).attachmentCount).toBe(2);
  });

  it('refused: an officer’s identity, past the count, after the window, twice the same id', () => {
    spec.givenCommands(submit).when(attach(li)).thenThrows(ForbiddenError);
    spec.givenCommands(submit, attach(), attach()).when(attach()).thenThrows(InvalidTransitionError);
    spec
      .givenCommands(submit)
      .when(attach(PUBLIC_ACTOR, minutesAfter(90)))
      .thenThrows(InvalidTransitionError);
    const id = '00000000-0000-4000-8000-0000000000ff';
    spec
      .givenCommands(submit, attach(PUBLIC_ACTOR, minutesAfter(1), id))
      .when(attach(PUBLIC_ACTOR, minutesAfter(2), id))
      .thenThrows(ValidationError);
  });
});
