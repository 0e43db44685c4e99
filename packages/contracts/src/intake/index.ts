export * from './reference';
export * from './events';
export * from './commands';
export * from './routing';
