import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { UnavailableError, ValidationError } from '@liaison/platform';
import busboy from 'busboy';

/** The largest metadata part accepted (JSON, not content). */
export const METADATA_MAX_BYTES = 64 * 1024;

export interface UploadParts {
  /** The metadata part, parsed as JSON (not yet validated); undefined when the upload has none. */
  metadata: unknown;
  /** The file part's bytes, to be read once at the reader's pace. */
  content: Readable;
  /** The file name and type the client gave the file part (its claim only: the service sniffs the bytes). */
  fileName: string;
  declaredMediaType: string;
  /** Stops parsing the rest of the request (after a refusal). */
  stop(): void;
}

/** The parts of an upload: an optional JSON metadata field first, then one file part. */
export interface UploadShape {
  /** The name of the JSON field before the file (`metadata`); null: the upload is the file part alone. */
  metadataField: string | null;
  /** The name of the file part (`content`, `file`). */
  fileField: string;
}

/** Evidence (ADR 0019): `metadata`, then `content`. */
export const EVIDENCE_UPLOAD: UploadShape = { metadataField: 'metadata', fileField: 'content' };

const invalid = (path: string, message: string) => ValidationError.field(path, message);

/**
 * Reads `multipart/form-data` with busboy as it streams in: the metadata field first (when the
 * shape has one), then the file part, whose stream is handed over without reading it (so its
 * bytes flow at the pace the backend service takes them). Anything else — another part, metadata
 * after the file, a second file, no file — is a 400 naming the part. One reader for every upload
 * of the gateway (evidence content, public report attachments).
 */
export function readUploadParts(
  request: Readable & { headers: IncomingHttpHeaders },
  shape: UploadShape = EVIDENCE_UPLOAD,
): Promise<UploadParts> {
  const { metadataField, fileField } = shape;
  const fields = metadataField ? 1 : 0;
  const expected = metadataField ? `"${metadataField}" (JSON) and then "${fileField}" (the file)` : `only "${fileField}" (the file)`;
  return new Promise<UploadParts>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fields, files: 1, parts: fields + 1, fieldSize: METADATA_MAX_BYTES } });
    } catch (error) {
      return reject(invalid('(body)', `malformed multipart/form-data: ${(error as Error).message}`));
    }
    let metadata: unknown;
    let handedOver = false;
    const stop = () => {
      request.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      // Read and drop the rest, so the answer reaches a client still sending.
      request.resume();
    };
    const fail = (error: Error) => {
      if (handedOver) return;
      stop();
      reject(error);
    };
    parser.on('field', (name, value, info) => {
      if (name !== metadataField) return fail(invalid(name, `unexpected part; send ${expected}`));
      if (info.valueTruncated) return fail(invalid(metadataField, `longer than ${METADATA_MAX_BYTES} bytes`));
      try {
        metadata = JSON.parse(value) as unknown;
      } catch {
        fail(invalid(metadataField, 'malformed JSON'));
      }
    });
    parser.on('file', (name, stream, info) => {
      if (name !== fileField) {
        stream.resume();
        return fail(invalid(name, `unexpected part; the file part is "${fileField}"`));
      }
      if (metadataField && metadata === undefined) {
        stream.resume();
        return fail(invalid(metadataField, `must come before the "${fileField}" part`));
      }
      handedOver = true;
      resolve({ metadata, content: stream, fileName: info.filename ?? '', declaredMediaType: info.mimeType ?? '', stop });
    });
    parser.on('partsLimit', () => fail(invalid('(body)', `only the parts ${expected}`)));
    parser.on('filesLimit', () => fail(invalid('(body)', `only one file part, "${fileField}"`)));
    parser.on('fieldsLimit', () =>
      fail(invalid('(body)', metadataField ? `only one field, "${metadataField}"` : `no fields; ${expected}`)),
    );
    parser.on('error', (error: Error) => fail(invalid('(body)', `malformed multipart/form-data: ${error.message}`)));
    parser.on('close', () =>
      fail(
        metadataField && metadata === undefined
          ? invalid(fileField, `the parts "${metadataField}" and "${fileField}" are required`)
          : invalid(fileField, 'required'),
      ),
    );
    request.pipe(parser);
  });
}

/**
 * The messages of a client-streaming upload rpc from a file part: `first` (the registration or
 * target), the bytes as chunks, then `end` with the size. Only after the last chunk has busboy
 * seen the part's closing boundary: the content is whole. A client that goes away never gets to
 * `end`, and the service stores nothing without it.
 */
export function uploadMessages<F extends object>(first: F) {
  return async function* (bytes: AsyncIterable<Buffer>) {
    yield first;
    let size = 0;
    for await (const chunk of bytes) {
      size += chunk.length;
      yield { chunk };
    }
    yield { end: { size } };
  };
}

/** Aborted when the HTTP client goes away before its answer was sent: the gRPC stream is cancelled with it. */
export function clientGone(res: ServerResponse): AbortSignal {
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort(new UnavailableError('the HTTP client went away'));
  });
  return abort.signal;
}

export interface ContentTiming {
  baseMs: number;
  minBytesPerSecond: number;
  unknownSizeMs: number;
}

/** A 100 MB upload at 256 KiB/s takes 400 s: the deadline grows with the body, never the 5 s of a small call. */
export const DEFAULT_CONTENT_TIMING: ContentTiming = { baseMs: 60_000, minBytesPerSecond: 256 * 1024, unknownSizeMs: 30 * 60_000 };

export const deadlineFor = (timing: ContentTiming, bytes: number | null): number =>
  bytes === null || !Number.isFinite(bytes) ? timing.unknownSizeMs : timing.baseMs + Math.ceil((bytes / timing.minBytesPerSecond) * 1000);
