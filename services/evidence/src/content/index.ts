export * from './policy';
export * from './sniff';
export * from './inspector';
export * from './content-store';
export { gridFsBackend, CONTENT_BUCKET } from './gridfs-store';
export { directoryBackend } from './directory-store';
export * from './verified-read';
export { contentBackendOf, describeBackend } from './backend';
export { contentGrpcHandlers, type ContentApiDeps, type ContentItem } from './grpc-content';
