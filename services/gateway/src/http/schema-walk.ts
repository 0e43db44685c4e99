/** A JSON Schema node of the generated document, as the post-processing passes see it. */
export type SchemaNode = Record<string, unknown>;

/** Whether a node's `type` is (or includes) `type`. */
export const hasType = (node: SchemaNode, type: string): boolean =>
  node.type === type || (Array.isArray(node.type) && node.type.includes(type));

/**
 * Calls `visit` on every object of `document`, innermost first, in place: the passes that make
 * the generated document say what the gateway checks (nul-free.ts, safe-integers.ts).
 */
export function visitSchemas<D extends object>(document: D, visit: (node: SchemaNode) => void): D {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const node = value as SchemaNode;
    for (const inner of Object.values(node)) walk(inner);
    visit(node);
  };
  walk(document);
  return document;
}
