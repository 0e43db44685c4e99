import type { Db } from 'mongodb';
import type { ContentBackend } from './content-store';
import { directoryBackend } from './directory-store';
import { gridFsBackend } from './gridfs-store';
import type { ContentEnv } from './policy';

/** The configured backend: a directory when EVIDENCE_CONTENT_DIR is set, else GridFS in the evidence database. */
export const contentBackendOf = (env: ContentEnv, db: Db): ContentBackend =>
  env.EVIDENCE_CONTENT_DIR
    ? directoryBackend(env.EVIDENCE_CONTENT_DIR)
    : gridFsBackend(db, { chunkSizeBytes: env.EVIDENCE_GRIDFS_CHUNK_BYTES });

/** Says where content goes, for the start-up log. */
export const describeBackend = (env: ContentEnv): Record<string, unknown> =>
  env.EVIDENCE_CONTENT_DIR
    ? { contentStore: 'directory', contentDir: env.EVIDENCE_CONTENT_DIR }
    : { contentStore: 'gridfs', chunkSizeBytes: env.EVIDENCE_GRIDFS_CHUNK_BYTES };
