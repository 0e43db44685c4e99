export * from './envelope';
export * from './registry';
export * from './topics';
export * from './protos';
export * from './directory';
export * from './handling';
export * from './service-manifest';
