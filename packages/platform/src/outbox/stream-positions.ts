/**
 * The last version this relay queued per stream, bounded (least recently written first out):
 * enough to know that a handed-over commit follows one this relay already sent. A stream that
 * fell out is simply swept once more, which is always in order.
 */
export class StreamPositions {
  private readonly versions = new Map<string, number>();

  constructor(private readonly capacity = 100_000) {}

  get(streamId: string): number | undefined {
    return this.versions.get(streamId);
  }

  set(streamId: string, version: number): void {
    this.versions.delete(streamId);
    this.versions.set(streamId, version);
    if (this.versions.size > this.capacity) this.versions.delete(this.versions.keys().next().value!);
  }

  clear(): void {
    this.versions.clear();
  }
}
