export * from './domain-errors';
export * from './problem';
export * from './transient';
