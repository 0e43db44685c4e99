export * from './reference';
export * from './events';
export * from './commands';
export * from './registry-view';
