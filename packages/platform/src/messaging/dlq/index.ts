export * from './dead-letter-record';
export * from './dead-letter-reader';
export * from './dead-letter-replayer';
export * from './dlq-command';
