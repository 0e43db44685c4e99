import { describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom, creditEvents, creditFileIdOf, loadDirectory, type RecordAccess } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { DeciderSpecification } from '@liaison/platform/testing';
import type { CitedEntry } from '../src/domain/commands';
import { createPublicationDecider, type PublicationCommand } from '../src/domain/credit-deciders';
import { publicationVisibility, publicPublication } from '../src/domain/publication';

/** 案件信息公开 (ADR 0031): drafting (redacted), approval and withdrawal of a case publication, decided purely. */
const directory = loadDirectory();
const actor = (officerId: string): Actor => {
  const o = directory.officer(officerId)!;
  return { officerId: o.officerId, unitId: o.unitId, roles: o.roles, ...(o.clearance ? { clearance: o.clearance } : {}) };
};
const li = actor('officer-jinshui-msb-li');
const wang = actor('officer-erqi-msb-wang');
const feng = actor('officer-city-lgo-feng');
const analyst = actor('officer-city-lgo-analyst');
const LGO = ['lgo-city'];
const CODE = creditCodeFrom('91410105MA44ABCD1');
const FILE = creditFileIdOf('enterprise', CODE);
const PUB = 'publication-00000000-0000-4000-8000-000000000001';
const T0 = '2026-03-01T08:00:00.000Z';
const access = (code: RecordAccess['code']): RecordAccess => ({
  ownerUnitId: 'msb-jinshui',
  createdByOfficerId: li.officerId,
  participantUnitIds: [],
  code,
  namedOfficerIds: [],
});
const entry = (code: RecordAccess['code'] = 'GREEN', kind = 'administrative_penalty'): CitedEntry => ({
  entryId: 'e1',
  kind,
  subject: { enterpriseName: 'Zhengzhou Fake Bags Co.', creditCode: CODE, personName: '张三' },
  access: [access(code)],
});
const spec = DeciderSpecification.for(createPublicationDecider({ directory }), { streamId: PUB });
const draft = (by: Actor = li, cited: CitedEntry | null = entry()): PublicationCommand => ({
  type: 'DraftPublication',
  streamId: PUB,
  actor: by,
  now: T0,
  fileId: FILE,
  entryId: 'e1',
  cause: '张三 (ID 410105199003071234, tel 13800138000) sold 300 counterfeit handbags',
  penalty: 'Goods confiscated, fined ¥80,000',
  cited,
});
const approve = (by: Actor = feng): PublicationCommand => ({ type: 'ApprovePublication', streamId: PUB, actor: by, now: T0, note: '' });
const withdraw = (by: Actor = feng, reason = 'the penalty was annulled on review'): PublicationCommand => ({
  type: 'WithdrawPublication',
  streamId: PUB,
  actor: by,
  now: T0,
  reason,
});

describe('case publications (案件信息公开)', () => {
  it('the owning unit drafts a redacted record; the office approves; the public sees the redacted outcome only', () => {
    const { events, state } = spec.givenCommands(draft()).when(approve()).decided();
    for (const e of events) expect(creditEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    expect(state.status).toBe('published');
    expect(publicPublication(state)).toEqual({
      publicationId: PUB,
      enterpriseName: 'Zhengzhou Fake Bags Co.',
      creditCode: CODE,
      responsiblePerson: '张某',
      cause: '张某 (ID ***, tel ***) sold 300 counterfeit handbags',
      penalty: 'Goods confiscated, fined ¥80,000',
      issuedByUnitId: 'msb-jinshui',
      publishedAt: T0,
    });
    expect(state.history.map((h) => [h.type, h.officerId])).toEqual([
      ['PublicationDrafted', li.officerId],
      ['PublicationApproved', feng.officerId],
    ]);
  });

  it('only an acting officer of the owning unit drafts, from a penalty or criminal-case entry it may see', () => {
    spec.givenCommands().when(draft(wang)).thenThrows(ForbiddenError);
    spec
      .givenCommands()
      .when(draft(wang, entry('AMBER')))
      .thenThrows(NotFoundError);
    spec.givenCommands().when(draft(li, null)).thenThrows(NotFoundError);
    spec
      .givenCommands()
      .when(draft(li, entry('GREEN', 'seizure')))
      .thenThrows(ValidationError);
    spec.givenCommands(draft()).when(draft()).thenThrows(InvalidTransitionError);
  });

  it('only the office’s coordinator approves, once; a withdrawal needs a reason and the office or the owning unit', () => {
    spec.givenCommands(draft()).when(approve(li)).thenThrows(ForbiddenError);
    spec.givenCommands(draft(), approve()).when(approve()).thenThrows(InvalidTransitionError);
    spec.givenCommands(draft(), approve()).when(withdraw(wang)).thenThrows(ForbiddenError);
    spec.givenCommands(draft(), approve()).when(withdraw(feng, ' ')).thenThrows(ValidationError);
    const { state } = spec.givenCommands(draft(), approve()).when(withdraw(li)).decided();
    expect(state).toMatchObject({ status: 'withdrawn', withdrawalReason: 'the penalty was annulled on review' });
  });

  it('a draft or a withdrawn record is seen by the owning unit and the office only; a published one by every unit', () => {
    const drafted = spec.givenCommands().when(draft()).decided().state;
    const published = spec.givenCommands(draft()).when(approve()).decided().state;
    const withdrawn = spec.givenCommands(draft(), approve()).when(withdraw()).decided().state;
    const seen = (s: typeof drafted) => [li, feng, wang, analyst].map((a) => publicationVisibility(s, a, LGO));
    expect(seen(drafted)).toEqual(['visible', 'visible', 'hidden', expect.any(String)]);
    expect(seen(published)).toEqual(['visible', 'visible', 'visible', 'visible']);
    expect(seen(withdrawn)[2]).not.toBe('visible');
  });
});
