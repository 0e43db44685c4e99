import {
  type ContentBackend,
  contentBackend,
  type ContentStoreSettings,
  describeContentBackend,
  directoryContentBackend,
  gridFsContentBackend,
} from '@liaison/platform';
import type { Db } from 'mongodb';
import type { ContentEnv } from './policy';

/** The GridFS bucket of evidence content in the evidence database. */
export const CONTENT_BUCKET = 'evidence_content';
const LABEL = 'evidence content';

const settingsOf = (env: ContentEnv): ContentStoreSettings => ({
  directory: env.EVIDENCE_CONTENT_DIR,
  bucketName: CONTENT_BUCKET,
  chunkSizeBytes: env.EVIDENCE_GRIDFS_CHUNK_BYTES,
  label: LABEL,
});

/** The configured backend: a directory when EVIDENCE_CONTENT_DIR is set, else GridFS in the evidence database. */
export const contentBackendOf = (env: ContentEnv, db: Db): ContentBackend => contentBackend(settingsOf(env), db);

/** Says where content goes, for the start-up log. */
export const describeBackend = (env: ContentEnv): Record<string, unknown> => describeContentBackend(settingsOf(env));

/** Evidence's GridFS bucket (the platform's backend with evidence's bucket name). */
export const gridFsBackend = (db: Db, options: { chunkSizeBytes?: number } = {}): ContentBackend =>
  gridFsContentBackend(db, { bucketName: CONTENT_BUCKET, label: LABEL, ...options });

/** Evidence content as files under a directory. */
export const directoryBackend = (root: string): ContentBackend => directoryContentBackend(root, LABEL);
