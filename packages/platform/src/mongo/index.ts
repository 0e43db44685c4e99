export * from './connect';
export * from './errors';
