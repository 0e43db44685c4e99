export * from './connect';
export * from './ensure-indexes';
export * from './errors';
export * from './compare-and-set';
export * from './lease';
