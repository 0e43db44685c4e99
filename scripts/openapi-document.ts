/**
 * Writes the gateway's OpenAPI document (services/gateway/src/openapi.ts) to a file, so clients
 * can be generated from it without starting the gateway: the web console's typed client
 * (apps/console/build.ts, ADR 0026) is made from this file.
 *
 *   tsx scripts/openapi-document.ts <out.json>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildOpenApiDocument } from '../services/gateway/src/openapi';
import { withoutCrossFieldRules } from '../services/gateway/src/openapi-for-types';

export function writeOpenApiDocument(path: string, options = { version: 'console', devAuth: true }): void {
  mkdirSync(dirname(path), { recursive: true });
  // Client types cannot carry the cross-field rules (openapi-for-types.ts); the served document states them.
  writeFileSync(path, `${JSON.stringify(withoutCrossFieldRules(buildOpenApiDocument(options)), null, 2)}\n`);
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx scripts/openapi-document.ts <out.json>');
    process.exit(2);
  }
  writeOpenApiDocument(resolve(out));
  console.log(`OpenAPI document written to ${out}`);
}
