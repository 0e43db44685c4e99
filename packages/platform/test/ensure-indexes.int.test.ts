import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectMongo, ensureIndexes, type IndexSpec } from '../src';
import { endpoints, openTestBed, type TestBed } from './support/infra';

let bed: TestBed;
beforeAll(async () => {
  bed = await openTestBed('indexes');
});
afterAll(async () => bed.close());

describe('ensureIndexes on the real server', () => {
  it('a service restarting on existing data re-creates its indexes without losing the connection', async () => {
    const rows = bed.connection.db!.collection('memberships');
    await rows.insertOne({ _id: 'm1' as never, unitId: 'u1', role: 'owner', updatedAt: new Date() });
    const specs: IndexSpec[] = [
      { collection: rows, key: { unitId: 1, updatedAt: -1 } },
      { collection: rows, key: { unitId: 1, role: 1 } },
      { collection: rows, key: { role: 1, overdue: 1 } },
    ];
    await ensureIndexes(specs);
    // The restart: a new connection (a new process) asks for the same indexes again. With all
    // three in one createIndexes command, FerretDB 1.24 panics here and closes the connection.
    const restarted = await connectMongo(endpoints().mongodbUri, bed.dbName);
    try {
      const again = restarted.db!.collection('memberships');
      await ensureIndexes(specs.map((spec) => ({ ...spec, collection: again })));
      // A new index next to existing ones is created too (not skipped).
      await ensureIndexes([...specs.map((spec) => ({ ...spec, collection: again })), { collection: again, key: { overdue: 1 } }]);
      const names = (await again.indexes()).map((index) => index.name).sort();
      expect(names).toEqual(['_id_', 'overdue_1', 'role_1_overdue_1', 'unitId_1_role_1', 'unitId_1_updatedAt_-1']);
      expect(await again.countDocuments({ unitId: 'u1' })).toBe(1);
    } finally {
      await restarted.close();
    }
  });
});
