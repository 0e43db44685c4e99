import { describe, expect, it } from '@jest/globals';
import {
  type Actor,
  creditCodeFrom,
  creditEvents,
  creditFileIdOf,
  type EventEnvelope,
  loadDirectory,
  type RecordAccess,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { DeciderSpecification, toEnvelopes } from '@liaison/platform/testing';
import { SYSTEM_ACTOR, type CitedFile } from '../src/domain/commands';
import { type BlacklistingCommand, createBlacklistingDecider, createCreditFileDecider } from '../src/domain/credit-deciders';
import { entriesFor, evolveSource, type SourceRow } from '../src/domain/feed';
import { creditFileView, creditStatusOf } from '../src/domain/views';
import { initialCreditFileState, evolveCreditFile } from '../src/domain/credit-file';
import { evolveBlacklisting, initialBlacklistingState } from '../src/domain/blacklisting';

const directory = loadDirectory();
const LGO = ['lgo-city'];
const CODE = creditCodeFrom('91410105MA44ABCD1');
const FILE = creditFileIdOf('enterprise', CODE);
const BL = 'blacklisting-00000000-0000-4000-8000-000000000001';
const T0 = '2026-03-01T08:00:00.000Z';
const later = (days: number) => new Date(Date.parse(T0) + days * 86_400_000).toISOString();

const actor = (officerId: string): Actor => {
  const o = directory.officer(officerId)!;
  return { officerId: o.officerId, unitId: o.unitId, roles: o.roles, ...(o.clearance ? { clearance: o.clearance } : {}) };
};
const li = actor('officer-jinshui-msb-li'); // msb-jinshui, liaison officer
const wang = actor('officer-erqi-msb-wang'); // msb-erqi
const feng = actor('officer-city-lgo-feng'); // leading-group office coordinator
const analyst = actor('officer-city-lgo-analyst'); // AMBER analyst

const access = (code: RecordAccess['code'], ownerUnitId = 'msb-jinshui', createdByOfficerId = li.officerId): RecordAccess => ({
  ownerUnitId,
  createdByOfficerId,
  participantUnitIds: [],
  code,
  namedOfficerIds: [],
});

const envelope = (streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope => ({
  ...toEnvelopes([{ type, data }], { streamId, fromVersion: version - 1, actor: li })[0]!,
});

const LEAD = 'lead-00000000-0000-4000-8000-00000000000a';
const posted = (code: RecordAccess['code']) =>
  envelope(LEAD, 1, 'LeadPosted', {
    leadId: LEAD,
    ownerUnitId: 'msb-jinshui',
    postedByOfficerId: li.officerId,
    title: 'Counterfeit handbags',
    category: 'trademark',
    subject: { enterpriseName: 'Zhengzhou Fake Bags Co.', creditCode: CODE, personName: 'Zhang San', onlineShop: '', url: '' },
    handling: { code, noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  });
const closed = (outcome: string) => envelope(LEAD, 2, 'LeadClosed', { outcome, summary: 'fined ¥50,000 (郑金市监罚〔2026〕12号)', at: T0 });

describe('credit feed (pure)', () => {
  it('a lead closed as penalised gives one entry in the enterprise file and one in the legal representative’s, citing the event', () => {
    const row = evolveSource(evolveSource(null, posted('GREEN')), closed('penalised'))!;
    const entries = entriesFor(closed('penalised'), row, null);
    expect(entries.map((e) => [e.subjectKind, e.kind])).toEqual([
      ['enterprise', 'administrative_penalty'],
      ['person', 'administrative_penalty'],
    ]);
    expect(entries[0]).toMatchObject({
      summary: expect.stringContaining('fined'),
      source: { context: 'leads', eventType: 'LeadClosed', recordId: LEAD },
      access: [expect.objectContaining({ ownerUnitId: 'msb-jinshui', code: 'GREEN' })],
    });
  });

  it('a lead closed with any other outcome, or an event of no interest, gives nothing', () => {
    const row = evolveSource(evolveSource(null, posted('GREEN')), closed('resolved'))!;
    expect(entriesFor(closed('resolved'), row, null)).toEqual([]);
    expect(entriesFor(posted('GREEN'), evolveSource(null, posted('GREEN'))!, null)).toEqual([]);
  });

  it('a redelivered event does not change the row (version skip)', () => {
    const row = evolveSource(null, posted('GREEN'))!;
    expect(evolveSource(row, posted('AMBER'))).toBe(row);
  });

  it('evidence recognised for court takes the subjects of its lead and both records’ access', () => {
    const lead = evolveSource(null, posted('AMBER'))! as SourceRow;
    const EV = 'evidence-00000000-0000-4000-8000-00000000000b';
    const registered = envelope(EV, 1, 'EvidenceRegistered', {
      ownerUnitId: 'msb-erqi',
      collectedByUnitId: 'msb-erqi',
      registeredByOfficerId: wang.officerId,
      leadId: LEAD,
      operationId: '',
      handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    const requested = envelope(EV, 2, 'RecognitionRequested', {
      requestId: 'recognition-1',
      purpose: 'court',
      targetUnitIds: ['court-city'],
      namedOfficerIds: [],
    });
    const recognised = envelope(EV, 3, 'Recognised', { requestId: 'recognition-1', unitId: 'court-city' });
    const row = [registered, requested, recognised].reduce<SourceRow | null>(evolveSource, null)!;
    const entries = entriesFor(recognised, row, lead);
    expect(entries[0]).toMatchObject({ kind: 'evidence_recognised_for_court', subject: { creditCode: CODE } });
    expect(entries[0]!.access.map((a) => a.code)).toEqual(['GREEN', 'AMBER']);
    // Without the lead followed there is no subject: no entry rather than a guess.
    expect(entriesFor(recognised, row, null)).toEqual([]);
  });
});

const fileSpec = DeciderSpecification.for(createCreditFileDecider(), { streamId: FILE });
const entryCommand = (entryId: string, code: RecordAccess['code'] = 'GREEN') => ({
  type: 'RecordCreditEntry' as const,
  streamId: FILE,
  actor: SYSTEM_ACTOR,
  now: T0,
  subjectKind: 'enterprise' as const,
  entryId,
  kind: 'administrative_penalty' as const,
  summary: 'fined',
  subject: { enterpriseName: 'Zhengzhou Fake Bags Co.', creditCode: CODE, personName: 'Zhang San' },
  source: {
    context: 'leads' as const,
    eventId: '00000000-0000-4000-8000-000000000009',
    eventType: 'LeadClosed',
    recordId: LEAD,
    occurredAt: T0,
  },
  access: [access(code)],
});

describe('credit file decider', () => {
  it('opens the file with its first entry; the entry carries the most restrictive code of its sources', () => {
    const { events } = fileSpec
      .givenCommands()
      .when({ ...entryCommand('e1'), access: [access('GREEN'), access('AMBER')] })
      .decided();
    expect(events.map((e) => e.type)).toEqual(['CreditFileOpened', 'CreditEntryRecorded']);
    for (const e of events) expect(creditEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    expect(events[1]!.data).toMatchObject({ handlingCode: 'AMBER' });
  });

  it('records an entry once; only the service itself records entries; the subject must belong to the file', () => {
    fileSpec.givenCommands(entryCommand('e1')).when(entryCommand('e1')).then([]);
    fileSpec
      .givenCommands()
      .when({ ...entryCommand('e1'), actor: li })
      .thenThrows(ForbiddenError);
    fileSpec
      .givenCommands()
      .when({ ...entryCommand('e1'), streamId: creditFileIdOf('enterprise', creditCodeFrom('91410105MA44ABCD2')) })
      .thenThrows(ValidationError);
  });
});

const fileOf = (...codes: RecordAccess['code'][]): CitedFile => ({
  exists: true,
  subjectKind: 'enterprise',
  creditCode: CODE,
  personName: '',
  enterpriseName: 'Zhengzhou Fake Bags Co.',
  entries: codes.map((code, i) => ({ entryId: `e${i + 1}`, access: [access(code)] })),
});
const blSpec = DeciderSpecification.for(createBlacklistingDecider({ directory }), { streamId: BL });
const propose = (by: Actor = li, file = fileOf('GREEN'), cited = ['e1']): BlacklistingCommand => ({
  type: 'ProposeBlacklisting',
  streamId: BL,
  actor: by,
  now: T0,
  fileId: FILE,
  grounds: 'Third penalty for counterfeit goods in a year',
  citedEntryIds: cited,
  periodDays: 365,
  file,
});
const approve = (by: Actor = feng, now = T0): BlacklistingCommand => ({
  type: 'ApproveBlacklisting',
  streamId: BL,
  actor: by,
  now,
  note: '',
});
const appeal = (by: Actor = feng): BlacklistingCommand => ({
  type: 'AppealBlacklisting',
  streamId: BL,
  actor: by,
  now: later(10),
  appellant: 'Zhengzhou Fake Bags Co.',
  grounds: 'the second penalty was annulled',
});
const decide = (upheld: boolean, by: Actor = feng): BlacklistingCommand => ({
  type: 'DecideBlacklistingAppeal',
  streamId: BL,
  actor: by,
  now: later(20),
  upheld,
  reason: 'checked',
});
const endPeriod = (now: string, publishedUntil = later(365)): BlacklistingCommand => ({
  type: 'EndBlacklistingPeriod',
  streamId: BL,
  actor: SYSTEM_ACTOR,
  now,
  publishedUntil,
});

describe('blacklisting workflow', () => {
  it('propose → approve publishes for the period; each step names its actor', () => {
    const { events, state } = blSpec.givenCommands(propose()).when(approve()).decided();
    for (const e of events) expect(creditEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    expect(state).toMatchObject({ status: 'published', publishedFrom: T0, publishedUntil: later(365) });
    expect(state.history.map((h) => [h.type, h.unitId, h.officerId])).toEqual([
      ['BlacklistingProposed', 'msb-jinshui', li.officerId],
      ['BlacklistingApproved', 'lgo-city', feng.officerId],
    ]);
  });

  it('only a coordinator of the leading-group office approves, rejects or decides an appeal', () => {
    blSpec.givenCommands(propose()).when(approve(li)).thenThrows(ForbiddenError);
    blSpec.givenCommands(propose()).when(approve(analyst)).thenThrows(ForbiddenError);
    blSpec.givenCommands(propose(), approve(), appeal()).when(decide(true, li)).thenThrows(ForbiddenError);
  });

  it('refuses grounds the proposer cannot see, cites nothing, or a file it sees nothing of (not found)', () => {
    blSpec
      .givenCommands()
      .when(propose(wang, fileOf('GREEN', 'AMBER'), ['e2']))
      .thenThrows(ValidationError, (e) => expect(e.issues.map((i) => i.path)).toEqual(['cited_entry_ids[0]']));
    blSpec
      .givenCommands()
      .when(propose(li, fileOf('GREEN'), []))
      .thenThrows(ValidationError);
    blSpec
      .givenCommands()
      .when(propose(wang, fileOf('AMBER')))
      .thenThrows(NotFoundError);
    blSpec.givenCommands().when(propose(analyst)).thenThrows(ForbiddenError);
  });

  it('the office must see what the grounds rest on', () => {
    blSpec
      .givenCommands(propose(li, fileOf('AMBER+STRICT')))
      .when(approve())
      .thenThrows(ForbiddenError);
  });

  it('an appeal upheld removes the blacklisting; dismissed, it stays published until its period ends', () => {
    const upheld = blSpec.givenCommands(propose(), approve(), appeal()).when(decide(true)).decided();
    expect(upheld.events.map((e) => e.type)).toEqual(['BlacklistingAppealDecided', 'BlacklistingRemoved']);
    expect(upheld.state).toMatchObject({ status: 'removed', removalReason: 'appeal_upheld' });
    const dismissed = blSpec.givenCommands(propose(), approve(), appeal()).when(decide(false)).decided();
    expect(dismissed.state.status).toBe('published');
    blSpec.givenCommands(propose(), approve(), appeal(), decide(false)).when(appeal()).thenThrows(InvalidTransitionError);
  });

  it('the period ends by the scheduler only once it has passed', () => {
    blSpec
      .givenCommands(propose(), approve())
      .when(endPeriod(later(100)))
      .thenThrows(InvalidTransitionError);
    const ended = blSpec
      .givenCommands(propose(), approve())
      .when(endPeriod(later(365)))
      .decided();
    expect(ended.state).toMatchObject({ status: 'removed', removalReason: 'period_ended' });
    blSpec
      .givenCommands(propose(), approve())
      .when({ ...endPeriod(later(365)), actor: feng })
      .thenThrows(ForbiddenError);
    blSpec
      .givenCommands(propose())
      .when(endPeriod(later(400)))
      .thenThrows(InvalidTransitionError);
  });
});

describe('credit file view (who sees what)', () => {
  const file = [
    entryCommand('e1', 'GREEN'),
    { ...entryCommand('e2', 'AMBER'), subject: { enterpriseName: 'Zhengzhou New Name Co.', creditCode: CODE, personName: 'Li Si' } },
    { ...entryCommand('e3', 'RED') },
  ];
  const state = toEnvelopes(
    file.flatMap((c, i) =>
      createCreditFileDecider().decide(c, i === 0 ? initialCreditFileState() : { ...initialCreditFileState(), fileId: FILE }),
    ),
    { streamId: FILE },
  ).reduce(evolveCreditFile, initialCreditFileState());

  it('each viewer sees only entries whose every source they may see, and names only from those', () => {
    const own = creditFileView(state, [], li, LGO)!;
    expect(own.entries.map((e) => e.entryId)).toEqual(['e3', 'e2', 'e1']);
    expect(own.names.map((n) => n.name)).toEqual(['Zhengzhou Fake Bags Co.', 'Zhengzhou New Name Co.']);
    expect(own.legalRepresentatives.map((n) => n.name)).toEqual(['Zhang San', 'Li Si']);
    const other = creditFileView(state, [], wang, LGO)!;
    expect(other.entries.map((e) => e.entryId)).toEqual(['e1']);
    expect(other.names.map((n) => n.name)).toEqual(['Zhengzhou Fake Bags Co.']);
    expect(creditFileView(state, [], analyst, LGO)!.entries.map((e) => e.entryId)).toEqual(['e2', 'e1']);
  });

  it('a viewer who sees nothing of the file gets none (404); the status query says found=false', () => {
    const onlyRed = toEnvelopes([createCreditFileDecider().decide(entryCommand('e9', 'RED'), initialCreditFileState())].flat(), {
      streamId: FILE,
    }).reduce(evolveCreditFile, initialCreditFileState());
    expect(creditFileView(onlyRed, [], wang, LGO)).toBeNull();
    expect(creditStatusOf(creditFileView(onlyRed, [], wang, LGO))).toMatchObject({ found: false, entryCount: 0 });
    expect(creditFileView(onlyRed, [], actor('officer-city-lgo-admin'), LGO)).toBeNull();
  });

  it('a proposed blacklisting is seen by the proposer and the office only; once published by every unit, grounds by who may see their sources', () => {
    const decider = createBlacklistingDecider({ directory });
    const proposedEvents = toEnvelopes([decider.decide(propose(li, fileOf('GREEN', 'AMBER'), ['e2']), initialBlacklistingState())].flat(), {
      streamId: BL,
    });
    const proposed = proposedEvents.reduce(evolveBlacklisting, initialBlacklistingState());
    expect(creditFileView(state, [proposed], wang, LGO)!.blacklistings).toEqual([]);
    expect(creditFileView(state, [proposed], li, LGO)!.blacklistings).toHaveLength(1);
    const published = { ...proposed, status: 'published' as const, publishedUntil: later(365) };
    const seenByWang = creditFileView(state, [published], wang, LGO)!;
    expect(seenByWang).toMatchObject({ blacklisted: true, blacklistedUntil: later(365) });
    expect(seenByWang.blacklistings[0]).toMatchObject({ groundsDisclosed: false, grounds: '' });
    expect(creditStatusOf(seenByWang)).toMatchObject({ found: true, blacklisted: true, entryCount: 1 });
  });
});
