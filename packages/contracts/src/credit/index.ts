export * from './reference';
export * from './ids';
export * from './events';
export * from './commands';
export * from './leading-group';
