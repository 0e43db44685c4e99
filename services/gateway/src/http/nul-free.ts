import type { FieldIssue } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { RequestHandler } from 'express';
import { hasType, type SchemaNode, visitSchemas } from './schema-walk';

/**
 * U+0000 (NUL) in a text. JSON allows it, but the stores behind the services (FerretDB on
 * PostgreSQL, whose JSON documents cannot hold it) refuse a document carrying one: a command with
 * a NUL in any text would fail where it is stored, as a 500 after the services accepted it. The
 * gateway refuses it at the boundary instead (400 naming the field), and the OpenAPI document
 * says so on every string it takes (`withNulFreeStrings`), so a schema-valid text never has one.
 */
const NUL = '\u0000';
const MESSAGE = 'must not contain U+0000 (NUL)';

/** Every string in `value` (a parsed JSON body, a query, a multipart part's JSON) that holds a NUL, by path. */
export function nulIssues(value: unknown, path: string): FieldIssue[] {
  if (typeof value === 'string') return value.includes(NUL) ? [{ path: path || '(body)', message: MESSAGE }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulIssues(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(key.includes(NUL) ? [{ path: path ? `${path}.(key)` : '(key)', message: MESSAGE }] : []),
      ...nulIssues(inner, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}

/** After the JSON parser: a body or query with a NUL in any text is 400. */
export const refuseNul: RequestHandler = (req, _res, next) => {
  const issues = [...nulIssues(req.body, ''), ...nulIssues(req.query, '(query)')];
  next(issues.length > 0 ? ValidationError.of(issues, 'request') : undefined);
};

/** A string without U+0000, as a pattern. */
export const NUL_FREE = '^[^\\u0000]*$';
/** Strings that cannot hold a NUL anyway (an enum, a constant, a format such as date-time or uuid) or are not texts (a file's bytes). */
const exempt = (node: SchemaNode) => 'enum' in node || 'const' in node || 'format' in node;

/**
 * `pattern` narrowed to strings without U+0000, as one pattern: every construct that could match
 * a NUL (`\S`, `\W`, `\D`, a negated class) excludes it, and an unanchored pattern is anchored
 * between NUL-free runs. One pattern, not a second one beside it: Schemathesis draws from the
 * first and filters by the others, and two anchored patterns filter out nearly every draw.
 */
export function nulFreePattern(pattern: string): string {
  const narrowed = pattern
    .replace(/(?<!\\)((?:\\\\)*)\[\^/g, '$1[^\\u0000')
    .replace(/(?<!\\)((?:\\\\)*)\\([SWD])/g, (_, slashes: string, kind: string) => `${slashes}[^\\${kind.toLowerCase()}\\u0000]`);
  const anchored = narrowed.startsWith('^') && narrowed.endsWith('$') && !narrowed.endsWith('\\$');
  return anchored ? narrowed : `^[^\\u0000]*(?:${narrowed})[^\\u0000]*$`;
}

/**
 * The document with every string schema (components, request bodies, parameters; the answers'
 * schemas too, which never hold one either) narrowed to strings without U+0000: what refuseNul
 * checks, for clients and Schemathesis. Called at the end of buildOpenApiDocument.
 */
export function withNulFreeStrings<D extends object>(document: D): D {
  return visitSchemas(document, (node) => {
    if (!hasType(node, 'string') || exempt(node)) return;
    node.pattern = typeof node.pattern === 'string' ? nulFreePattern(node.pattern) : NUL_FREE;
  });
}
