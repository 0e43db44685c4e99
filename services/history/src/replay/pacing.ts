/** Wall-clock time and waiting, injected so the pacing is tested with a fake clock. */
export interface ReplayClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: ReplayClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The fastest a replay may be asked to run (times real time); 0 means no pacing at all. */
export const MAX_SPEED = 1_000_000;

/**
 * Paces a replay at `speed` times real time: the first event is replayed at once and anchors
 * both clocks; every later event waits until the wall clock has advanced (its recorded time −
 * the first one's) / speed since then. An event recorded earlier than the one before it (topics
 * are archived at their own pace) does not wait. Waiting is measured from the anchor, not from
 * the previous event, so the time spent applying events does not accumulate as drift.
 */
export class ReplayPacer {
  private anchor: { wall: number; archive: number } | null = null;

  constructor(
    private readonly speed: number,
    private readonly clock: ReplayClock = realClock,
  ) {
    if (!Number.isFinite(speed) || speed < 0 || speed > MAX_SPEED) throw new RangeError(`speed must be between 0 and ${MAX_SPEED}`);
  }

  /** How long the event recorded at `archiveMs` must wait, from now (0 = replay it now). */
  delayFor(archiveMs: number): number {
    if (this.speed === 0) return 0;
    if (!this.anchor) {
      this.anchor = { wall: this.clock.now(), archive: archiveMs };
      return 0;
    }
    const due = this.anchor.wall + (archiveMs - this.anchor.archive) / this.speed;
    return Math.max(0, due - this.clock.now());
  }

  /** Waits until the event recorded at `archiveMs` is due. */
  async waitFor(archiveMs: number): Promise<void> {
    const delay = this.delayFor(archiveMs);
    if (delay > 0) await this.clock.sleep(delay);
  }
}
