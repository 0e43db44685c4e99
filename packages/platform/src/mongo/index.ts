export * from './connect';
export * from './ensure-indexes';
export * from './errors';
export * from './lease';
