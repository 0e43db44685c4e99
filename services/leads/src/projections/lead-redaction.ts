import { type Actor, linkDisclosure, type LinkDisclosure, mayDisclose, pointerTo, type RecordAccess } from '@liaison/contracts';
import { asRecord } from '../domain/policy';
import { type LeadView, type OperationOutcomeView, viewAccess } from './lead-view';

/** A link as a reader receives it (LeadLink in leads.proto). */
export interface DisclosedLink {
  /** '' when only a pointer may be disclosed. */
  leadId: string;
  relation: string;
  note: string;
  ownerUnitId: string;
  contactOfficerId: string;
  pointerOnly: boolean;
}

/** What redaction leaves of a lead view: derived entries without their source access. */
// (a key-remapping mapped type, not Omit: Omit flattens LeadView's index signature and loses its fields)
export type RedactedLeadView<V extends LeadView> = {
  [K in keyof V as K extends 'links' | 'operationOutcomes' | 'history' ? never : K]: V[K];
} & {
  links: DisclosedLink[];
  operationOutcomes: Omit<OperationOutcomeView, 'access'>[];
  history: Omit<LeadView['history'][number], 'derivedFrom'>[];
};

/**
 * The one place where a lead view is cut down to what its reader may learn of OTHER records
 * (ADR 0012: derived data inherits the most restrictive handling of all its sources). GetLead,
 * the lists and search all pass their views through here; the caller has already checked that
 * the reader may see the lead itself.
 *
 * - An operation's outcome (summary, results) is shown only to a reader who may see the
 *   operation (`mayDisclose`); an outcome recorded without the operation's access is shown to
 *   nobody.
 * - A link to another lead (possible duplicate, duplicate, related) is disclosed by
 *   `linkDisclosure`: in full to a reader who may see the other lead; as a pointer (owner unit and
 *   contact officer, no id, no note) to the owners of either lead when they may not, or when the
 *   other lead is AMBER+STRICT or RED; to nobody else, not even that it exists. A link recorded
 *   without the other lead's access is shown to nobody.
 * - History lines that tell of another record go with it: dropped, or reduced to the pointer.
 *
 * `current` holds the other leads' access as it is now (a unit that declined has left), looked
 * up by the caller; without an entry the access recorded with the link is used.
 */
export function redactLeadView<V extends LeadView>(
  view: V,
  actor: Actor,
  current: ReadonlyMap<string, RecordAccess> = new Map(),
): RedactedLeadView<V> {
  const own = asRecord(viewAccess(view));
  const outcomes = (view.operationOutcomes ?? []).filter(
    (o) => o.access !== null && o.access !== undefined && mayDisclose([o.access], actor),
  );
  const disclosedOperations = new Set(outcomes.map((o) => o.operationId));

  const otherAccess = new Map<string, RecordAccess | null>();
  for (const link of view.links)
    otherAccess.set(link.leadId, current.get(link.leadId) ?? link.access ?? otherAccess.get(link.leadId) ?? null);
  const disclosure = new Map<string, LinkDisclosure>();
  for (const [leadId, access] of otherAccess) disclosure.set(leadId, access ? linkDisclosure(own, access, actor) : 'none');

  const links: DisclosedLink[] = [];
  for (const link of view.links) {
    const access = otherAccess.get(link.leadId);
    const shown = disclosure.get(link.leadId);
    if (!access || shown === 'none' || shown === undefined) continue;
    const { ownerUnitId, contactOfficerId } = pointerTo(access);
    if (shown === 'full')
      links.push({ leadId: link.leadId, relation: link.relation, note: link.note, ownerUnitId, contactOfficerId, pointerOnly: false });
    else links.push({ leadId: '', relation: link.relation, note: '', ownerUnitId, contactOfficerId, pointerOnly: true });
  }

  const history: RedactedLeadView<V>['history'] = [];
  for (const { derivedFrom, ...entry } of view.history) {
    if (!derivedFrom) history.push(entry);
    else if (disclosedOperations.has(derivedFrom) || disclosure.get(derivedFrom) === 'full') history.push(entry);
    else if (disclosure.get(derivedFrom) === 'pointer') {
      const { ownerUnitId, contactOfficerId } = pointerTo(otherAccess.get(derivedFrom)!);
      history.push({ ...entry, summary: `linked to a lead of ${ownerUnitId} (contact ${contactOfficerId}) you may not see` });
    }
  }

  return {
    ...view,
    links,
    operationOutcomes: outcomes.map(({ access: _access, ...outcome }) => outcome),
    history,
  };
}
