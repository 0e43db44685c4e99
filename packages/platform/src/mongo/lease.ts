import type { Connection } from 'mongoose';
import { isStaleVersionError } from './compare-and-set';
import { isDuplicateKeyError } from './errors';

export interface Lease {
  /** True while this holder owns the lease; also renews it. */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
}

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
  /** Fencing term: raised by every acquisition, renewal and release (ADR 0008). */
  _v: number;
}

/**
 * A named, expiring lock in one document: two relay or scheduler instances can run, and only
 * the holder does the work. If the holder dies, the lease expires and another instance takes
 * over. Every write raises `_v`, so on FerretDB the monotonic-`_v` guard lets exactly one of
 * several racing takeovers through (FerretDB evaluates the owner/expiry filter in Go, so without
 * the guard they would all "win"); on MongoDB the conditional update is atomic anyway.
 */
export class MongoLease implements Lease {
  constructor(
    private readonly connection: Connection,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlMs = 10_000,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get leases() {
    return this.connection.db!.collection<LeaseDocument>('leases');
  }

  async tryAcquire(): Promise<boolean> {
    const now = this.clock();
    try {
      const taken = await this.leases.findOneAndUpdate(
        { _id: this.name, $or: [{ owner: this.owner }, { expiresAt: { $lt: now } }] },
        { $set: { owner: this.owner, expiresAt: new Date(now.getTime() + this.ttlMs) }, $inc: { _v: 1 } },
        { upsert: true, returnDocument: 'after' },
      );
      return taken?.owner === this.owner;
    } catch (error) {
      // The upsert raced with the current holder's document, or another instance raised the
      // term first: someone else holds it.
      if (isDuplicateKeyError(error) || isStaleVersionError(error)) return false;
      throw error;
    }
  }

  /**
   * Expires the lease if this instance still holds it. An update rather than a delete: FerretDB
   * deletes by `_id` after checking the owner in Go, which could remove a successor's lease.
   */
  async release(): Promise<void> {
    try {
      await this.leases.updateOne({ _id: this.name, owner: this.owner }, { $set: { expiresAt: new Date(0) }, $inc: { _v: 1 } });
    } catch (error) {
      if (!isStaleVersionError(error)) throw error;
    }
  }
}
