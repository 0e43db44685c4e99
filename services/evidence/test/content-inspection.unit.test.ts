import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ContentTooLargeError, DigestMismatchError, UnsupportedMediaTypeError } from '@liaison/platform';
import { ContentInspector, contentEnvSchema, DEFAULT_MEDIA_TYPES, SNIFF_BYTES, sniffMediaType } from '../src/content';

const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const MP4_HEAD = Buffer.concat([Buffer.from('0000001c66747970', 'hex'), Buffer.from('isom0000isomiso2mp41')]);
const pdf = (bytes: number) => Buffer.concat([PDF_HEAD, randomBytes(bytes - PDF_HEAD.length)]);
const policy = { maxBytes: 1024 * 1024, allowedMediaTypes: [...DEFAULT_MEDIA_TYPES] };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Feeds `data` in pieces of `size` and answers what was released for storing, and the verdict. */
function inspect(inspector: ContentInspector, data: Buffer, size = 1000) {
  const stored: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) stored.push(...inspector.accept(data.subarray(i, i + size)));
  const { pieces, content } = inspector.finish();
  stored.push(...pieces);
  return { stored: Buffer.concat(stored), content };
}

describe('media type sniffing (magic-bytes.js)', () => {
  it('names the type from the bytes', () => {
    expect(sniffMediaType(PDF_HEAD, DEFAULT_MEDIA_TYPES)).toBe('application/pdf');
    expect(sniffMediaType(PNG_HEAD, DEFAULT_MEDIA_TYPES)).toBe('image/png');
    expect(sniffMediaType(MP4_HEAD, DEFAULT_MEDIA_TYPES)).toBe('video/mp4');
    expect(sniffMediaType(Buffer.from('ffd8ffe000104a46494600', 'hex'), DEFAULT_MEDIA_TYPES)).toBe('image/jpeg');
  });

  it('refuses a type not allowed, and bytes of no known type, naming what it found', () => {
    expect(() => sniffMediaType(PNG_HEAD, ['application/pdf'])).toThrow(UnsupportedMediaTypeError);
    expect(() => sniffMediaType(PNG_HEAD, ['application/pdf'])).toThrow(/image\/png; allowed media types: application\/pdf/);
    expect(() => sniffMediaType(Buffer.from('just some text, a script or an executable'), DEFAULT_MEDIA_TYPES)).toThrow(
      UnsupportedMediaTypeError,
    );
    expect(() => sniffMediaType(Buffer.from('4d5a90000300', 'hex'), DEFAULT_MEDIA_TYPES)).toThrow(UnsupportedMediaTypeError);
  });

  it('takes the first allowed meaning of an ambiguous signature (a ZIP container)', () => {
    const zip = Buffer.from('504b030414000000', 'hex');
    expect(sniffMediaType(zip, DEFAULT_MEDIA_TYPES)).toBe('application/zip');
    expect(() => sniffMediaType(zip, ['application/pdf'])).toThrow(UnsupportedMediaTypeError);
  });
});

describe('ContentInspector', () => {
  it('passes every byte on unchanged and answers size, hash and type', () => {
    const data = pdf(50_000);
    const { stored, content } = inspect(new ContentInspector(policy, sha(data)), data, 777);
    expect(stored.equals(data)).toBe(true);
    expect(content).toEqual({ sha256: sha(data), size: data.length, mediaType: 'application/pdf' });
  });

  it('holds back only the head until the type is known', () => {
    const inspector = new ContentInspector(policy);
    expect(inspector.accept(pdf(SNIFF_BYTES - 1))).toEqual([]);
    expect(inspector.accept(Buffer.alloc(10)).map((b) => b.length)).toEqual([SNIFF_BYTES + 9]);
    expect(inspector.accept(Buffer.alloc(10)).map((b) => b.length)).toEqual([10]);
  });

  it('handles a file shorter than the sniffed head', () => {
    const data = pdf(100);
    const { stored, content } = inspect(new ContentInspector(policy), data);
    expect(stored.equals(data)).toBe(true);
    expect(content.size).toBe(100);
  });

  it('refuses a wrong type before releasing a single byte', () => {
    const inspector = new ContentInspector(policy);
    const released: Buffer[] = [];
    expect(() => {
      for (let i = 0; i < 10; i++) released.push(...inspector.accept(Buffer.from('plain text, not allowed '.repeat(40))));
    }).toThrow(UnsupportedMediaTypeError);
    expect(released).toEqual([]);
  });

  it('refuses content past the limit as soon as the limit is passed', () => {
    const inspector = new ContentInspector({ ...policy, maxBytes: 10_000 });
    inspector.accept(pdf(10_000));
    expect(() => inspector.accept(Buffer.alloc(1))).toThrow(ContentTooLargeError);
  });

  it('accepts content of exactly the limit', () => {
    const data = pdf(10_000);
    expect(inspect(new ContentInspector({ ...policy, maxBytes: 10_000 }), data).content.size).toBe(10_000);
  });

  it('refuses a declared hash the bytes do not have, naming the field', () => {
    const data = pdf(5_000);
    const wrong = sha(Buffer.from('something else'));
    const inspector = new ContentInspector(policy, wrong, 'metadata.sha256');
    expect(() => inspect(inspector, data)).toThrow(DigestMismatchError);
    try {
      inspect(new ContentInspector(policy, wrong, 'metadata.sha256'), data);
    } catch (error) {
      expect((error as DigestMismatchError).details.issues).toEqual([
        { path: 'metadata.sha256', message: expect.stringContaining(sha(data)) },
      ]);
    }
  });

  it('compares a declared hash in any case', () => {
    const data = pdf(5_000);
    expect(inspect(new ContentInspector(policy, sha(data).toUpperCase()), data).content.sha256).toBe(sha(data));
  });

  it('refuses empty content (no type to recognise)', () => {
    expect(() => new ContentInspector(policy).finish()).toThrow(UnsupportedMediaTypeError);
  });
});

describe('content environment', () => {
  it('defaults to 200 MB and the documented media types', () => {
    const env = contentEnvSchema.parse({});
    expect(env.EVIDENCE_MAX_BYTES).toBe(200 * 1024 * 1024);
    expect(env.EVIDENCE_MEDIA_TYPES).toEqual([...DEFAULT_MEDIA_TYPES]);
    expect(env.EVIDENCE_CONTENT_DIR).toBeUndefined();
  });

  it('reads a list of media types and refuses a malformed one', () => {
    expect(contentEnvSchema.parse({ EVIDENCE_MEDIA_TYPES: ' application/pdf , IMAGE/PNG' }).EVIDENCE_MEDIA_TYPES).toEqual([
      'application/pdf',
      'image/png',
    ]);
    expect(contentEnvSchema.safeParse({ EVIDENCE_MEDIA_TYPES: 'pdf' }).success).toBe(false);
    expect(contentEnvSchema.safeParse({ EVIDENCE_MAX_BYTES: '-1' }).success).toBe(false);
  });
});
