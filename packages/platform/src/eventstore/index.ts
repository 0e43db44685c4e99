export * from './event-store';
export * from './envelopes';
export * from './memory-event-store';
export * from './mongo-event-store';
export * from './same-request';
export * from './commit-hash';
export * from './verify-chain';
