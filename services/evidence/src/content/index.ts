// The content mechanics are the platform's (packages/platform/src/content, shared with intake's
// report attachments); evidence keeps its settings, its bucket and its two rpcs.
export {
  type ContentBackend,
  type ContentCheck,
  ContentInspector,
  type ContentPolicy,
  type ContentSink,
  checkStoredContent,
  candidateMediaTypes,
  DEFAULT_CHUNK_BYTES,
  type InspectedContent,
  isSha256Hex,
  MAX_PIECE_BYTES,
  putContent,
  type PutOptions,
  readChecked,
  SNIFF_BYTES,
  sniffMediaType,
  type StoredContent,
} from '@liaison/platform';
export * from './policy';
export { contentBackendOf, CONTENT_BUCKET, describeBackend, directoryBackend, gridFsBackend } from './backend';
export { contentGrpcHandlers, type ContentApiDeps, type ContentItem } from './grpc-content';
