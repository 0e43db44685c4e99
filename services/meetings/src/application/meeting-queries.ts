import type { AccountabilityEntry, AccountabilityQuery, Actor } from '@liaison/contracts';
import {
  type EventStore,
  NotFoundError,
  type Page,
  type PageRequest,
  paginate,
  readAccountabilityRegister,
  ValidationError,
} from '@liaison/platform';
import { visibility } from '../domain/policy';
import type { ActionItemRow, MeetingReadModel, MembershipRow } from '../projections/meeting-read-model';
import { evolveMeetingView, type MeetingView, viewAccess } from '../projections/meeting-view';
import { meetingCalendar } from './calendar';
import { discloseMeeting } from './disclosure';
import { MEETING_ID } from './ids';

/**
 * Reads. GetMeeting folds the meeting from the store (read-your-writes); lists come from the
 * projections by top-level equality (unit id), then filtered by visibility for the caller. A
 * meeting the caller may not see is NOT_FOUND, whatever the reason.
 */
export class MeetingQueries {
  constructor(
    private readonly store: EventStore,
    private readonly readModel: MeetingReadModel,
    private readonly unitName: (unitId: string) => string = (unitId) => unitId,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async getMeeting(meetingId: string, actor: Actor): Promise<MeetingView & { version: number }> {
    if (!MEETING_ID.test(meetingId)) throw ValidationError.field('meeting_id', 'expected meeting-<uuid>');
    const events = await this.store.readStream(meetingId);
    if (events.length === 0) throw new NotFoundError('meeting', meetingId);
    const view = events.reduce<MeetingView | null>(evolveMeetingView, null)!;
    if (visibility(viewAccess(view), actor) !== 'visible') throw new NotFoundError('meeting', meetingId);
    return { ...discloseMeeting(view, actor), version: events.at(-1)!.version };
  }

  async calendar(meetingId: string, actor: Actor): Promise<{ meetingId: string; version: number; ics: string }> {
    const view = await this.getMeeting(meetingId, actor);
    return { meetingId, version: view.version, ics: meetingCalendar(view, this.unitName, this.clock()) };
  }

  /** Meetings my unit convenes or is invited to; `upcomingOnly`: scheduled and not yet ended, earliest first. */
  async mine(actor: Actor, upcomingOnly: boolean, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    const now = this.clock().toISOString();
    const rows = (await this.readModel.memberships.find({ unitId: actor.unitId }).toArray()).filter(
      (r) => visibility(r.access, actor) === 'visible' && (!upcomingOnly || (r.status === 'scheduled' && r.endsAt > now)),
    );
    return paginate(
      rows,
      (r) => r.startsAt,
      (r) => r._id,
      page,
      true,
    );
  }

  /** My unit's action items, earliest due first; `overdueOnly`: still open past their due date (recorded or not yet swept). */
  async actionItems(actor: Actor, overdueOnly: boolean, page: PageRequest | undefined): Promise<Page<ActionItemRow>> {
    const now = this.clock().toISOString();
    const filter = (r: ActionItemRow) =>
      visibility(r.access, actor) === 'visible' && (!overdueOnly || (r.itemStatus === 'open' && (r.overdue || r.dueAt <= now)));
    const rows = (await this.readModel.actionItems.find({ unitId: actor.unitId }).toArray()).filter(filter);
    return paginate(
      rows,
      (r) => r.dueAt,
      (r) => r._id,
      page,
      true,
    );
  }

  /** The meetings accountability register (ADR 0013), as the caller may read it. */
  accountability(actor: Actor, query: Partial<AccountabilityQuery>, page: PageRequest | undefined): Promise<Page<AccountabilityEntry>> {
    return readAccountabilityRegister(this.readModel.accountability, actor, query, page);
  }
}
