import type { FieldIssue } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { RequestHandler } from 'express';

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

type Node = Record<string, unknown>;
/** A string without U+0000, as a pattern (a `not` would say it too, but Schemathesis's coverage phase cannot draw from one). */
export const NUL_FREE = '^[^\\u0000]*$';
/** Strings that cannot hold a NUL anyway (an enum, a constant, a format such as date-time or uuid) or are not texts (a file's bytes). */
const exempt = (node: Node) => 'enum' in node || 'const' in node || 'format' in node;

/**
 * The document with NUL_FREE on every string schema (components, request bodies, parameters; the
 * answers' schemas too, which never hold one either): what refuseNul checks, for clients and
 * Schemathesis. A string with a pattern of its own gets it as `allOf: [{ pattern }]` (one schema
 * has one pattern). Called at the end of buildOpenApiDocument.
 */
export function withNulFreeStrings<D extends object>(document: D): D {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    for (const inner of Object.values(node)) walk(inner);
    const isString = node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'));
    if (!isString || exempt(node) || node.pattern === NUL_FREE) return;
    if (node.pattern === undefined) node.pattern = NUL_FREE;
    else node.allOf = [...((node.allOf as unknown[] | undefined) ?? []), { pattern: NUL_FREE }];
  };
  walk(document);
  return document;
}
