export * from './connect';
export * from './errors';
export * from './lease';
