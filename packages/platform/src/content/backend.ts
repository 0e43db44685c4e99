import type { Db } from 'mongodb';
import type { ContentBackend } from './content-store';
import { directoryContentBackend } from './directory-store';
import { gridFsContentBackend } from './gridfs-store';

export interface ContentStoreSettings {
  /** Files under this directory instead of GridFS. */
  directory?: string;
  /** GridFS bucket in the service's database. */
  bucketName: string;
  chunkSizeBytes?: number;
  /** What the content is, for a NotFoundError. */
  label?: string;
}

/** The configured backend: a directory when one is set, else GridFS bucket `bucketName` of `db`. */
export const contentBackend = (settings: ContentStoreSettings, db: Db): ContentBackend =>
  settings.directory
    ? directoryContentBackend(settings.directory, settings.label)
    : gridFsContentBackend(db, { bucketName: settings.bucketName, chunkSizeBytes: settings.chunkSizeBytes, label: settings.label });

/** Says where content goes, for the start-up log. */
export const describeContentBackend = (settings: ContentStoreSettings): Record<string, unknown> =>
  settings.directory
    ? { contentStore: 'directory', contentDir: settings.directory }
    : { contentStore: 'gridfs', bucketName: settings.bucketName, chunkSizeBytes: settings.chunkSizeBytes };
