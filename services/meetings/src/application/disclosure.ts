import { type Actor, mayDisclose } from '@liaison/contracts';
import type { MeetingView } from '../projections/meeting-view';

/**
 * The meeting as `actor` may read it: an agenda item is shown only when the viewer may see every
 * record it references (derived data inherits the handling of its sources, ADR 0012); items the
 * viewer may not see are left out without a trace (no count, no placeholder); so are the
 * service's agenda proposals whose source record the viewer may not see.
 */
export const discloseMeeting = (view: MeetingView, actor: Actor): MeetingView => ({
  ...view,
  agenda: view.agenda.filter((item) =>
    mayDisclose(
      item.references.map((r) => r.access),
      actor,
    ),
  ),
  // A proposal is shown only to viewers who may see its source record (its access travels with it).
  proposals: (view.proposals ?? []).filter((p) => mayDisclose([p.source.access], actor)),
});
