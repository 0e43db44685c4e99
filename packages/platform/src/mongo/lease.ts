import type { Connection } from 'mongoose';
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
}

/**
 * A named, expiring lock in one document (single-document atomic, so it works on FerretDB):
 * two relay or scheduler instances can run, and only the holder does the work. If the holder
 * dies, the lease expires and another instance takes over.
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
        { $set: { owner: this.owner, expiresAt: new Date(now.getTime() + this.ttlMs) } },
        { upsert: true, returnDocument: 'after' },
      );
      return taken?.owner === this.owner;
    } catch (error) {
      // The upsert raced with the current holder's document: someone else holds it.
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async release(): Promise<void> {
    await this.leases.deleteOne({ _id: this.name, owner: this.owner });
  }
}
