export * from './reference';
export * from './events';
export * from './commands';
export * from './participants';
export * from './access';
export * from './deadlines';
