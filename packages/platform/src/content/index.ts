// Uploaded content (ADRs 0019, 0034): streamed, size-limited, type-checked by sniffing, hashed,
// stored in GridFS or a directory, read back re-hashed. One implementation for evidence and intake.
export * from './policy';
export * from './sniff';
export * from './inspector';
export * from './content-store';
export { gridFsContentBackend, type GridFsContentOptions } from './gridfs-store';
export { directoryContentBackend } from './directory-store';
export * from './verified-read';
export * from './backend';
export * from './upload-stream';
