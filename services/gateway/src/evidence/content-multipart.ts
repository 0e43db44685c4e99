import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { ValidationError } from '@liaison/platform';
import busboy from 'busboy';

/** The largest `metadata` part accepted (the registration JSON, not content). */
export const METADATA_MAX_BYTES = 64 * 1024;

export interface UploadParts {
  /** The `metadata` part, parsed as JSON (not yet validated). */
  metadata: unknown;
  /** The `content` part's bytes, to be read once at the reader's pace. */
  content: Readable;
  /** The file name and type the client gave the content part. */
  fileName: string;
  declaredMediaType: string;
  /** Stops parsing the rest of the request (after a refusal). */
  stop(): void;
}

const invalid = (path: string, message: string) => ValidationError.field(path, message);

/**
 * Reads `multipart/form-data` with busboy as it streams in: the `metadata` field first, then the
 * `content` file part, whose stream is handed over without reading it (so its bytes flow at the
 * pace the evidence service takes them). Anything else — another part, metadata after the file,
 * a second file, no file — is a 400 naming the part.
 */
export function readUploadParts(request: Readable & { headers: IncomingHttpHeaders }): Promise<UploadParts> {
  return new Promise<UploadParts>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fields: 1, files: 1, parts: 2, fieldSize: METADATA_MAX_BYTES } });
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
      if (name !== 'metadata') return fail(invalid(name, 'unexpected part; send "metadata" (JSON) and then "content" (the file)'));
      if (info.valueTruncated) return fail(invalid('metadata', `longer than ${METADATA_MAX_BYTES} bytes`));
      try {
        metadata = JSON.parse(value) as unknown;
      } catch {
        fail(invalid('metadata', 'malformed JSON'));
      }
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'content') {
        stream.resume();
        return fail(invalid(name, 'unexpected part; the file part is "content"'));
      }
      if (metadata === undefined) {
        stream.resume();
        return fail(invalid('metadata', 'must come before the "content" part'));
      }
      handedOver = true;
      resolve({ metadata, content: stream, fileName: info.filename ?? '', declaredMediaType: info.mimeType ?? '', stop });
    });
    parser.on('partsLimit', () => fail(invalid('(body)', 'only the parts "metadata" and "content"')));
    parser.on('filesLimit', () => fail(invalid('(body)', 'only one file part, "content"')));
    parser.on('fieldsLimit', () => fail(invalid('(body)', 'only one field, "metadata"')));
    parser.on('error', (error: Error) => fail(invalid('(body)', `malformed multipart/form-data: ${error.message}`)));
    parser.on('close', () =>
      fail(invalid('content', metadata === undefined ? 'the parts "metadata" and "content" are required' : 'required')),
    );
    request.pipe(parser);
  });
}
