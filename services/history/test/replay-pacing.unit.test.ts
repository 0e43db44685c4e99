import { describe, expect, it } from '@jest/globals';
import { type ReplayClock, ReplayPacer } from '../src/replay/pacing';

/** A clock that only moves when the pacer sleeps (or the test says so). */
class FakeClock implements ReplayClock {
  at = 1_000_000;
  readonly sleeps: number[] = [];
  now = () => this.at;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.at += ms;
  };
}

const minutes = (n: number) => n * 60_000;
const T0 = Date.parse('2026-03-01T08:00:00Z');

describe('replay pacing', () => {
  it('at 60× an hour of archive takes a minute: each event waits its gap divided by 60', async () => {
    const clock = new FakeClock();
    const pacer = new ReplayPacer(60, clock);
    for (const at of [T0, T0 + minutes(1), T0 + minutes(1), T0 + minutes(30), T0 + minutes(60)]) await pacer.waitFor(at);
    expect(clock.sleeps).toEqual([1_000, 29_000, 30_000]);
    expect(clock.at - 1_000_000).toBe(60_000);
  });

  it('does not drift: time spent applying events is taken off the next wait', async () => {
    const clock = new FakeClock();
    const pacer = new ReplayPacer(10, clock);
    await pacer.waitFor(T0);
    clock.at += 400; // applying the first event took 400 ms
    await pacer.waitFor(T0 + 10_000); // due 1 000 ms after the first
    expect(clock.sleeps).toEqual([600]);
    clock.at += 5_000; // a slow step: the next event is overdue
    expect(pacer.delayFor(T0 + 20_000)).toBe(0);
  });

  it('an event recorded before the previous one does not wait; speed 0 never waits', async () => {
    const clock = new FakeClock();
    const pacer = new ReplayPacer(2, clock);
    await pacer.waitFor(T0 + 10_000);
    await pacer.waitFor(T0);
    expect(clock.sleeps).toEqual([]);
    const unpaced = new ReplayPacer(0, clock);
    for (const at of [T0, T0 + minutes(600)]) await unpaced.waitFor(at);
    expect(clock.sleeps).toEqual([]);
  });

  it('refuses a negative, infinite or absurd speed', () => {
    for (const speed of [-1, Number.POSITIVE_INFINITY, Number.NaN, 2_000_000]) expect(() => new ReplayPacer(speed)).toThrow(RangeError);
  });
});
