export * from './kafka';
export * from './headers';
export * from './dead-letter';
export * from './consumer-runner';
