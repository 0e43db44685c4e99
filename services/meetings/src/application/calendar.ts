import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MeetingView } from '../projections/meeting-view';

/**
 * A meeting as an iCalendar (RFC 5545) file, made with `ical-generator` (10.x: the last line that
 * supports Node 20 and ships a CommonJS build, ADR 0002 / ADR 0020). Times are written on the
 * Asia/Shanghai wall clock with its VTIMEZONE; a regular meeting carries its RRULE from this
 * occurrence on, so calendars show the series. Attendees are the invited units: units have no
 * mail addresses, so each is named by its unit id under the reserved `.invalid` domain (RFC 2606).
 */
const ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;
/** China Standard Time is UTC+8 all year with no daylight saving since 1991: one STANDARD component is exact. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE}`,
  `X-LIC-LOCATION:${ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
/**
 * ical-generator writes a Date's UTC fields as the local time of a TZID unless a date library
 * converts it; the wall clock of UTC+8 is the instant plus eight hours, exactly.
 */
const wallClock = (iso: string) => new Date(Date.parse(iso) + OFFSET_MS);

export const unitAddress = (unitId: string): string => `${unitId}@units.liaison.invalid`;

export function meetingCalendar(view: MeetingView, names: (unitId: string) => string, now: Date = new Date()): string {
  const calendar = ical({
    name: view.title,
    prodId: { company: 'liaison', product: 'meetings', language: 'ZH' },
    method: ICalCalendarMethod.REQUEST,
    timezone: { name: ZONE, generator: () => VTIMEZONE },
  });
  calendar.createEvent({
    id: `${view.meetingId}@liaison`,
    sequence: 0,
    stamp: wallClock(now.toISOString()),
    start: wallClock(view.window.startsAt),
    end: wallClock(view.window.endsAt),
    timezone: ZONE,
    summary: view.title,
    location: view.place || view.onlineLink,
    ...(view.onlineLink ? { url: view.onlineLink } : {}),
    status: view.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(view.recurrenceRule && view.status === 'scheduled' ? { repeating: `RRULE:${view.recurrenceRule}` } : {}),
    organizer: { name: names(view.convenerUnitId), email: unitAddress(view.convenerUnitId) },
    attendees: view.invitedUnitIds.map((unitId) => ({
      name: names(unitId),
      email: unitAddress(unitId),
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
    description: `${view.kind} meeting convened by ${view.convenerUnitId} (handling ${view.handling.code})`,
  });
  return calendar.toString();
}
