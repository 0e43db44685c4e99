/**
 * The document for generating client types (the console's, scripts/openapi-document.ts): the
 * served document minus the cross-field rules added to object schemas as `anyOf` / `oneOf` /
 * `allOf` branches without a type of their own (`{ required: [...] }`, `{ properties: { code:
 * { const: 'RED' } } }`, common-schemas.ts). TypeScript types cannot carry such rules, and
 * openapi-typescript would turn each branch into a member of a union of partial objects, so a
 * client would lose its typed fields. Unions of real types (a field that is a string or an enum)
 * are kept. The gateway still checks the rules and the document it serves still states them.
 */
const isRuleOnly = (branch: unknown): boolean =>
  typeof branch === 'object' && branch !== null && !('type' in branch) && !('$ref' in branch);

export function withoutCrossFieldRules<T>(document: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    const object = 'properties' in value;
    for (const [key, inner] of Object.entries(value)) {
      if (object && ['anyOf', 'oneOf', 'allOf'].includes(key) && Array.isArray(inner) && inner.every(isRuleOnly)) continue;
      copy[key] = walk(inner);
    }
    return copy;
  };
  return walk(document) as T;
}
