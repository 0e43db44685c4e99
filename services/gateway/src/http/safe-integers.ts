import { hasType, visitSchemas } from './schema-walk';

/**
 * zod's `.int()` accepts safe integers only (|n| ≤ 2^53 − 1): a larger number is refused with 400
 * ("Too big: expected int to be <=9007199254740991"). The document says so on every integer that
 * names no tighter bound, so a schema-valid request is never refused for it (the API fuzzing drew
 * an attachment's `sizeBytes` of 8.4 × 10^17). Called at the end of buildOpenApiDocument.
 */
export function withSafeIntegerBounds<D extends object>(document: D): D {
  return visitSchemas(document, (node) => {
    if (!hasType(node, 'integer')) return;
    if (node.maximum === undefined && node.exclusiveMaximum === undefined) node.maximum = Number.MAX_SAFE_INTEGER;
    if (node.minimum === undefined && node.exclusiveMinimum === undefined) node.minimum = Number.MIN_SAFE_INTEGER;
  });
}
