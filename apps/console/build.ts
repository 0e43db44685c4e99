/* eslint-disable no-console -- a build script reports on its terminal */
/**
 * Builds the web console (ADR 0026): the gateway's OpenAPI document → its TypeScript types
 * (openapi-typescript; the client's request and response types are never written by hand) →
 * one esbuild bundle with hashed names → dist/public/index.html. Prints each file's gzipped size.
 * Run by the root `postinstall` (so `npm ci` leaves a built console) and before the browser test.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeOpenApiDocument } from '../../scripts/openapi-document';

const here = __dirname;
const repo = join(here, '..', '..');
const generated = join(here, 'dist', 'generated');
const out = join(here, 'dist', 'public');

async function main(): Promise<void> {
  const started = Date.now();
  const documentPath = join(generated, 'openapi.json');
  const previous = existsSync(documentPath) ? readFileSync(documentPath, 'utf8') : '';
  writeOpenApiDocument(documentPath);
  const typesPath = join(generated, 'openapi.d.ts');
  // openapi-typescript takes seconds: only when the document changed.
  if (previous !== readFileSync(documentPath, 'utf8') || !existsSync(typesPath)) {
    execFileSync(process.execPath, [join(repo, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), documentPath, '-o', typesPath], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'main.tsx')],
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: here,
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => join(here, p));
  const script = outputs.find((p) => p.endsWith('.js'));
  const style = outputs.find((p) => p.endsWith('.css'));
  if (!script) throw new Error('esbuild wrote no script');
  const html = readFileSync(join(here, 'index.html'), 'utf8')
    .replace('%SCRIPT%', `/assets/${basename(script)}`)
    .replace('%STYLE%', style ? `<link rel="stylesheet" href="/assets/${basename(style)}" />` : '');
  writeFileSync(join(out, 'index.html'), html);
  // What went into each output, for the bundle benchmark (bench/src/console-bundle.ts).
  writeFileSync(join(generated, 'meta.json'), JSON.stringify(result.metafile));

  const sizes = outputs
    .filter((p) => !p.endsWith('.map'))
    .map((p) => ({ file: relative(out, p), bytes: readFileSync(p).length, gzip: gzipSync(readFileSync(p)).length }));
  for (const s of sizes) console.log(`console: ${s.file} ${(s.bytes / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
  const js = sizes.filter((s) => s.file.endsWith('.js')).reduce((sum, s) => sum + s.gzip, 0);
  console.log(
    `console: first load ${(js / 1024).toFixed(1)} KB of JavaScript gzipped (budget 300 KB); built in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
