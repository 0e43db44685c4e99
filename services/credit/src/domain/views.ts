import { type Actor, CREDIT_LIMITS } from '@liaison/contracts';
import { blacklistingVisibility, entryVisible, groundsDisclosed } from './access';
import { type BlacklistingState, inForce } from './blacklisting';
import type { CreditEntry, CreditFileState } from './credit-file';

export interface NameSeen {
  name: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface BlacklistingSummary {
  blacklistingId: string;
  status: string;
  proposedByUnitId: string;
  publishedFrom: string;
  publishedUntil: string;
  removalReason: string;
  /** '' when the viewer may not see what the grounds rest on. */
  grounds: string;
  groundsDisclosed: boolean;
}

export interface CreditFileView {
  fileId: string;
  subjectKind: string;
  creditCode: string;
  personName: string;
  /** Names the subject was recorded under, from the entries the viewer sees, oldest first. */
  names: NameSeen[];
  /** Legal representatives / responsible persons named with the enterprise, from the same entries. */
  legalRepresentatives: NameSeen[];
  entries: CreditEntry[];
  blacklistings: BlacklistingSummary[];
  blacklisted: boolean;
  blacklistedUntil: string;
}

const seen = (entries: CreditEntry[], pick: (e: CreditEntry) => string): NameSeen[] => {
  const byName = new Map<string, NameSeen>();
  for (const e of [...entries].sort((a, b) => a.source.occurredAt.localeCompare(b.source.occurredAt))) {
    const name = pick(e).trim();
    if (!name) continue;
    const at = e.source.occurredAt;
    const known = byName.get(name);
    byName.set(name, known ? { ...known, lastSeenAt: at } : { name, firstSeenAt: at, lastSeenAt: at });
  }
  return [...byName.values()];
};

export const summaryOf = (b: BlacklistingState, actor: Actor): BlacklistingSummary => {
  const disclosed = groundsDisclosed(b, actor);
  return {
    blacklistingId: b.blacklistingId ?? '',
    status: b.status,
    proposedByUnitId: b.proposedByUnitId,
    publishedFrom: b.publishedFrom,
    publishedUntil: b.publishedUntil,
    removalReason: b.removalReason,
    grounds: disclosed ? b.grounds : '',
    groundsDisclosed: disclosed,
  };
};

/**
 * A credit file as one viewer sees it: only the entries whose every source they may see, names
 * and representatives only from those, and the blacklistings they may see. Null when they see
 * nothing of it (404: the file's existence must not leak).
 */
export function creditFileView(
  file: CreditFileState,
  blacklistings: BlacklistingState[],
  actor: Actor,
  leadingGroupUnitIds: string[],
): CreditFileView | null {
  const entries = file.entries.filter((e) => entryVisible(e, actor));
  const shown = blacklistings.filter((b) => blacklistingVisibility(b, actor, leadingGroupUnitIds) === 'visible');
  if (!file.fileId || (entries.length === 0 && shown.length === 0)) return null;
  const current = shown.filter(inForce).sort((a, b) => b.publishedUntil.localeCompare(a.publishedUntil));
  return {
    fileId: file.fileId,
    subjectKind: file.subjectKind,
    creditCode: file.creditCode,
    personName: file.personName,
    names: seen(entries, (e) => e.subject.enterpriseName),
    legalRepresentatives: file.subjectKind === 'enterprise' ? seen(entries, (e) => e.subject.personName) : [],
    entries: entries.slice(-CREDIT_LIMITS.entriesShown).reverse(),
    blacklistings: shown.map((b) => summaryOf(b, actor)),
    blacklisted: current.length > 0,
    blacklistedUntil: current[0]?.publishedUntil ?? '',
  };
}

/** What leads and operations show beside a subject (GetCreditStatus): a repeat offender stands out. */
export interface CreditStatus {
  found: boolean;
  blacklisted: boolean;
  blacklistedUntil: string;
  entryCount: number;
  entryCounts: { kind: string; count: number }[];
  lastEntryAt: string;
}

export function creditStatusOf(view: CreditFileView | null): CreditStatus {
  if (!view) return { found: false, blacklisted: false, blacklistedUntil: '', entryCount: 0, entryCounts: [], lastEntryAt: '' };
  const counts = new Map<string, number>();
  for (const e of view.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return {
    found: true,
    blacklisted: view.blacklisted,
    blacklistedUntil: view.blacklistedUntil,
    entryCount: view.entries.length,
    entryCounts: [...counts].map(([kind, count]) => ({ kind, count })),
    lastEntryAt: view.entries[0]?.source.occurredAt ?? '',
  };
}
