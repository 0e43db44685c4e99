export * from './envelope';
export * from './registry';
export * from './topics';
export * from './protos';
export * from './directory';
export * from './handling';
export * from './use-restrictions';
export * from './named-officers';
export * from './record-access';
export * from './periods';
export * from './fields';
export * from './command-issues';
export * from './leads';
export * from './operations';
export * from './evidence';
export * from './meetings';
export * from './credit';
export * from './intake';
export * from './publication';
// The registry context (units and officers); `./registry` alone is the event-type registry file.
export * from './registry/index';
export * from './registries';
export * from './service-manifest';
/** Types generated from protos/ (npm run protos:generate): `proto.PostLeadRequest`, `proto.LeadsServiceDefinition`, … */
export type * as proto from './grpc-types';
export * from './accountability';
export * from './history';
