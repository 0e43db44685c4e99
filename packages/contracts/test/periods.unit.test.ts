import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { dueAsSet, dueBy, holidayCalendar, holidayCalendarEnv, loadHolidayCalendar } from '../src/periods';

const calendar = loadHolidayCalendar();

describe('dueBy: periods in days (the seeded 2026 State Council schedule)', () => {
  it('does not count the start day and ends at 24:00 Asia/Shanghai of the last day', () => {
    // Tuesday 2026-03-10 10:00 Beijing; 3 days: 11, 12, 13 (Friday) → ends 2026-03-13 24:00 = 16:00Z.
    const due = dueBy('2026-03-10T02:00:00Z', { days: 3 }, calendar);
    expect(due).toEqual({
      dueAt: '2026-03-13T16:00:00.000Z',
      ruleId: 'days',
      rule: '3 days from 2026-03-10, start day not counted; ends 2026-03-13 24:00 (Asia/Shanghai)',
    });
  });

  it('takes the local day: 23:30 Beijing on the 10th is still the 10th, 00:30 is already the 11th', () => {
    expect(dueBy('2026-03-10T15:30:00Z', { days: 3 }, calendar).dueAt).toBe('2026-03-13T16:00:00.000Z');
    expect(dueBy('2026-03-10T16:30:00Z', { days: 3 }, calendar).dueAt).toBe('2026-03-16T16:00:00.000Z'); // 14th is a Saturday → Monday
  });

  it('a 3-day period starting 2026-09-29 ends after the National Day holiday, on 2026-10-08', () => {
    const due = dueBy('2026-09-29T01:00:00Z', { days: 3 }, calendar);
    expect(due.dueAt).toBe('2026-10-08T16:00:00.000Z');
    expect(due.ruleId).toBe('days_extended');
    expect(due.rule).toBe(
      '3 days from 2026-09-29, start day not counted; last day 2026-10-02 falls on a non-working day ' +
        '(public holiday 国庆节 National Day 2026-10-01..10-07): extended to the next working day; ends 2026-10-08 24:00 (Asia/Shanghai)',
    );
  });

  it('holidays inside the period count: 3 days from 2026-09-24 end on Monday 2026-09-28 after Mid-Autumn', () => {
    // 25, 26, 27 are the Mid-Autumn holiday; the last day (27th) is a holiday → next working day 28th.
    expect(dueBy('2026-09-24T01:00:00Z', { days: 3 }, calendar).dueAt).toBe('2026-09-28T16:00:00.000Z');
    // 10 days from 2026-09-21: last day 10-01 is in the holiday → 10-08; the holiday does not stretch the count.
    expect(dueBy('2026-09-21T01:00:00Z', { days: 10 }, calendar).dueAt).toBe('2026-10-08T16:00:00.000Z');
  });

  it('a last day on a weekend moves to Monday; on an adjusted working day (调休) it stays', () => {
    const weekend = dueBy('2026-03-04T01:00:00Z', { days: 3 }, calendar); // last day Saturday 03-07
    expect(weekend).toMatchObject({ dueAt: '2026-03-09T16:00:00.000Z', ruleId: 'days_extended' });
    expect(weekend.rule).toContain('(weekend)');
    // Sunday 2026-09-20 is worked for National Day: a period ending that day ends that day.
    expect(dueBy('2026-09-17T01:00:00Z', { days: 3 }, calendar)).toMatchObject({ dueAt: '2026-09-20T16:00:00.000Z', ruleId: 'days' });
    // Saturday 2026-10-10 is worked too: 3 days from 10-07 end on 10-10.
    expect(dueBy('2026-10-07T01:00:00Z', { days: 3 }, calendar).dueAt).toBe('2026-10-10T16:00:00.000Z');
  });

  it('the Spring Festival: a last day on 2026-02-16 (除夕) moves past the whole 9-day holiday', () => {
    const due = dueBy('2026-02-13T01:00:00Z', { days: 3 }, calendar);
    expect(due.dueAt).toBe('2026-02-24T16:00:00.000Z');
    expect(due.rule).toContain('public holiday 春节 Spring Festival 2026-02-15..02-23');
  });

  it('says when the next year is known only by its statutory days, and when a year is not in the calendar', () => {
    const statutory = dueBy('2027-01-05T01:00:00Z', { days: 3 }, calendar);
    expect(statutory.rule).toContain('2027: statutory holidays only, State Council schedule not yet in the calendar');
    // 2027-02-05 + 3 → 02-08, in the statutory Spring Festival (02-06..02-09) → Wednesday 02-10.
    expect(dueBy('2027-02-05T01:00:00Z', { days: 3 }, calendar).dueAt).toBe('2027-02-10T16:00:00.000Z');
    const unknown = dueBy('2030-03-05T01:00:00Z', { days: 3 }, calendar);
    expect(unknown.rule).toContain('2030: not in the holiday calendar, weekends only');
  });
});

describe('dueBy: limits in hours stay hours', () => {
  it('a 24-hour hand-over ends 24 hours later even across a holiday', () => {
    expect(dueBy('2026-09-30T08:00:00Z', { hours: 24 }, calendar)).toEqual({
      dueAt: '2026-10-01T08:00:00.000Z',
      ruleId: 'hours',
      rule: '24 hours from 2026-09-30 16:00 (Asia/Shanghai), counted in hours: holidays do not extend it',
    });
  });

  it('drill limits in seconds say they are drills', () => {
    expect(dueBy('2026-09-30T08:00:00Z', { seconds: 2 }, calendar)).toMatchObject({
      dueAt: '2026-09-30T08:00:02.000Z',
      ruleId: 'drill_seconds',
    });
  });

  it('refuses a malformed start or limit', () => {
    expect(() => dueBy('yesterday', { days: 3 }, calendar)).toThrow('not a time');
    expect(() => dueBy('2026-09-30T08:00:00Z', { days: 1.5 }, calendar)).toThrow();
    expect(() => dueBy('2026-09-30T08:00:00Z', { hours: -1 }, calendar)).toThrow();
  });
});

describe('dueAsSet: a due time set by an officer', () => {
  it('keeps the instant and names who set it', () => {
    expect(dueAsSet('2026-12-01T09:00:00+08:00', 'the lead owner')).toEqual({
      dueAt: '2026-12-01T01:00:00.000Z',
      ruleId: 'set_by_assigner',
      rule: 'due 2026-12-01 09:00 (Asia/Shanghai) as set by the lead owner',
    });
  });
});

describe('the calendar file', () => {
  const write = (data: unknown) => {
    const path = join(tmpdir(), `holidays-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(data));
    return path;
  };
  const year = (over: object) => ({ year: 2026, status: 'published', source: 's', holidays: [], workingDays: [], ...over });
  const file = (years: object[]) => ({ schemaVersion: 1, timeZone: 'Asia/Shanghai', source: 's', years });

  it('the seed covers 2026 as published and 2027 as statutory only', () => {
    expect(calendar.coverage(2026)).toBe('published');
    expect(calendar.coverage(2027)).toBe('statutory_only');
    expect(calendar.holiday('2026-10-05')).toMatchObject({ nameZh: '国庆节' });
    expect(calendar.isAdjustedWorkingDay('2026-02-28')).toBe(true);
  });

  it('a broken file stops start-up with every problem named', () => {
    const bad = write(
      file([year({ holidays: [{ name: 'x', nameZh: 'x', from: '2027-01-01', to: '2026-12-31' }], workingDays: [{ date: '2026-03-10' }] })]),
    );
    const parsed = holidayCalendarEnv.safeParse(bad);
    expect(parsed.success).toBe(false);
    const message = parsed.error!.issues[0]!.message;
    expect(message).toContain('is not in 2026');
    expect(message).toContain('2026-03-10 is a weekday');
    expect(holidayCalendarEnv.safeParse('/nonexistent/holidays.json').error?.issues[0]?.message).toContain('ENOENT');
  });

  it('another calendar can replace the seed (LIAISON_HOLIDAY_CALENDAR)', () => {
    const path = write(file([year({ holidays: [{ name: 'Test day', nameZh: '测试', from: '2026-03-13', to: '2026-03-13' }] })]));
    const custom = holidayCalendarEnv.parse(path);
    expect(dueBy('2026-03-10T02:00:00Z', { days: 3 }, custom).dueAt).toBe('2026-03-16T16:00:00.000Z');
    expect(holidayCalendar(file([year({})]) as never).coverage(2026)).toBe('published');
  });
});
