import { InMemoryEventStore } from '../src';
import { describeEventStoreContract } from './support/event-store.contract';
import { testRegistry } from './support/test-events';

describeEventStoreContract('in-memory', async () => {
  let now = new Date();
  const store = new InMemoryEventStore(testRegistry(), () => now);
  return { store, setNow: (date) => (now = date) };
});
