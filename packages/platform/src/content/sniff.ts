import { UnsupportedMediaTypeError } from '../errors';
import { filetypemime } from 'magic-bytes.js';

/** How much of the start of a file the sniffer looks at (enough for every signature it knows). */
export const SNIFF_BYTES = 4100;

/** Every media type the signature at the start of `head` may mean, most specific first (magic-bytes.js). */
export const candidateMediaTypes = (head: Uint8Array): string[] => filetypemime(head);

/**
 * The media type of content starting with `head`, taken from the bytes, never from the client:
 * the first candidate of the signature that is allowed. A signature can mean several types (a
 * ZIP container is also DOCX, APK, …); refused when none of them is allowed or nothing matched.
 */
export function sniffMediaType(head: Uint8Array, allowed: readonly string[]): string {
  const candidates = candidateMediaTypes(head);
  const match = candidates.find((type) => allowed.includes(type));
  if (match) return match;
  throw new UnsupportedMediaTypeError(candidates[0] ?? 'of an unrecognised type', allowed);
}
