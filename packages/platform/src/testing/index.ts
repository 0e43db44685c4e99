/**
 * Test helpers every service's tests share (`@liaison/platform/testing`; never imported by
 * production code): decider specifications, `eventually`, a fake gRPC server and a read-model harness.
 */
export * from './decider-specification';
export * from './eventually';
export * from './fake-grpc-server';
export * from './read-model-harness';
