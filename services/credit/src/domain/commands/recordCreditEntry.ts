import { creditEvent, type CreditEvent, creditFileIdOf, mostRestrictive } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { CreditFileState } from '../credit-file';
import { contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/**
 * RecordCreditEntry (the feed only): the file opens with its first entry; an entry already
 * recorded (same entry id: one per source event and subject) is not recorded twice. The entry's
 * handling code is the most restrictive of its sources' (ADR 0012).
 */
export function recordCreditEntry(c: CommandOf<'RecordCreditEntry'>, state: CreditFileState): CreditEvent[] {
  fail(contractIssues(c));
  const key = c.subjectKind === 'enterprise' ? c.subject.creditCode : c.subject.personName;
  if (!key.trim()) throw ValidationError.field(c.subjectKind === 'enterprise' ? 'subject.credit_code' : 'subject.person_name', 'required');
  const fileId = creditFileIdOf(c.subjectKind, key);
  if (fileId !== c.streamId) throw ValidationError.field('subject', `belongs to ${fileId}, not ${c.streamId}`);
  if (state.entries.some((e) => e.entryId === c.entryId)) return [];
  const opened = state.fileId
    ? []
    : [
        creditEvent('CreditFileOpened', {
          fileId,
          subjectKind: c.subjectKind,
          creditCode: c.subjectKind === 'enterprise' ? c.subject.creditCode : '',
          personName: c.subjectKind === 'person' ? c.subject.personName.trim() : '',
          at: c.now,
        }),
      ];
  return [
    ...opened,
    creditEvent('CreditEntryRecorded', {
      entryId: c.entryId,
      kind: c.kind,
      summary: c.summary,
      subject: c.subject,
      source: c.source,
      access: c.access,
      handlingCode: mostRestrictive(c.access.map((a) => a.code)),
      at: c.now,
    }),
  ];
}
