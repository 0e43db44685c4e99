export * from './kafka';
export * from './headers';
export * from './dead-letter';
export * from './incoming-event';
export * from './failure-policy';
export * from './consumer-runner';
export * from './dlq';
