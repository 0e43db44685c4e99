import { type EventEnvelope, type FieldIssue, registryOf, zodIssues } from '@liaison/contracts';
import { checkWithRegistry, ValidationError } from '@liaison/platform';
import type { Archive } from '../archive/archive';
import { ChainHeads } from './chain-heads';
import { type ExportEventLine, exportEventLineSchema, type ExportManifest, exportManifestSchema } from './export-format';

export const DEFAULT_IMPORT_BATCH = 500;
const MAX_IMPORT_BATCH = 5_000;

export interface ImportProgress {
  lines: number;
  eventsImported: number;
  eventsAlreadyPresent: number;
  batches: number;
  manifestChecked: boolean;
}

/** A refused line: its number (1-based) and what is wrong, with how far the import got before it. */
function refused(lineNo: number, issues: FieldIssue[], progress: ImportProgress): ValidationError {
  const error = ValidationError.of(
    issues.map((issue) => ({ path: `line ${lineNo}${issue.path === '(root)' ? '' : `.${issue.path}`}`, message: issue.message })),
    `import (${progress.batches} batches, ${progress.eventsImported + progress.eventsAlreadyPresent} events written before line ${lineNo}; nothing of its batch was written)`,
  );
  Object.assign(error.details, { progress });
  return error;
}

/** Parses and checks one event line: the export format, then the event with its context's own registry. */
function checkLine(text: string, lineNo: number, progress: ImportProgress): ExportEventLine | ExportManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw refused(lineNo, [{ path: '(root)', message: `not JSON: ${(error as Error).message}` }], progress);
  }
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind === 'manifest') {
    const manifest = exportManifestSchema.safeParse(json);
    if (!manifest.success) throw refused(lineNo, zodIssues(manifest.error), progress);
    return manifest.data;
  }
  const parsed = exportEventLineSchema.safeParse(json);
  if (!parsed.success) throw refused(lineNo, zodIssues(parsed.error), progress);
  try {
    const event = checkWithRegistry(parsed.data.event as EventEnvelope, registryOf(parsed.data.context));
    return { ...parsed.data, event: event as ExportEventLine['event'] };
  } catch (error) {
    if (error instanceof ValidationError)
      throw refused(
        lineNo,
        error.issues.map((i) => ({ ...i, path: `event.${i.path}` })),
        progress,
      );
    throw error;
  }
}

/**
 * Imports the lines of an export (issue 11): in batches of `batchSize` lines, each batch checked
 * whole — every line parsed and every event validated with its context's registry — before any
 * of it is written, so a bad line leaves its batch unwritten and the error names the line and
 * how far the import got. Writing is idempotent (events are keyed by event id), so an import
 * retried after a failure completes the batch it stopped in. The manifest, if present, must be
 * the last line and match the counts and chain heads of what was read.
 */
export async function importLines(
  archive: Archive,
  lines: AsyncIterable<string>,
  batchSize = DEFAULT_IMPORT_BATCH,
): Promise<ImportProgress> {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_IMPORT_BATCH)
    throw ValidationError.field('batch_size', `1 to ${MAX_IMPORT_BATCH} lines`);
  const progress: ImportProgress = { lines: 0, eventsImported: 0, eventsAlreadyPresent: 0, batches: 0, manifestChecked: false };
  const chains = new ChainHeads();
  let batch: ExportEventLine[] = [];
  let manifest: { line: number; manifest: ExportManifest } | null = null;
  let read = 0;
  const write = async () => {
    if (batch.length === 0) return;
    // One archiveBatch per context run keeps the file's order across contexts.
    let start = 0;
    while (start < batch.length) {
      const context = batch[start]!.context;
      let end = start;
      while (end < batch.length && batch[end]!.context === context) end += 1;
      const outcomes = await archive.archiveBatch(
        context,
        batch.slice(start, end).map((line) => ({ event: line.event as EventEnvelope, source: line.source })),
        'imported',
      );
      for (const outcome of outcomes) {
        if (outcome.archived) progress.eventsImported += 1;
        else progress.eventsAlreadyPresent += 1;
      }
      start = end;
    }
    progress.batches += 1;
    progress.lines = read;
    batch = [];
  };
  for await (const raw of lines) {
    read += 1;
    const text = raw.trim();
    if (text === '') continue;
    if (manifest) throw refused(read, [{ path: '(root)', message: `nothing may follow the manifest (line ${manifest.line})` }], progress);
    const line = checkLine(text, read, progress);
    if (line.kind === 'manifest') {
      manifest = { line: read, manifest: line };
      continue;
    }
    chains.add(line.event as EventEnvelope);
    batch.push(line);
    if (batch.length >= batchSize) await write();
  }
  if (manifest) {
    const m = manifest.manifest;
    const seen = progress.eventsImported + progress.eventsAlreadyPresent + batch.length;
    const issues: FieldIssue[] = [];
    if (m.events !== seen) issues.push({ path: 'events', message: `the manifest counts ${m.events} events, the file has ${seen}` });
    const heads = chains.toJSON();
    for (const [streamId, head] of Object.entries(m.chains))
      if (heads[streamId]?.head !== head.head)
        issues.push({ path: `chains.${streamId}`, message: 'chain head differs from the events in the file' });
    for (const streamId of Object.keys(heads))
      if (!(streamId in m.chains)) issues.push({ path: `chains.${streamId}`, message: 'stream missing from the manifest' });
    if (issues.length > 0) throw refused(manifest.line, issues, progress);
    progress.manifestChecked = true;
  }
  await write();
  progress.lines = read;
  return progress;
}
