export * from './errors';
export * from './eventstore';
export * from './commands';
export * from './mongo';
