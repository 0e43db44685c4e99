/**
 * `npm run bench:console`: the web console's first load against its budget (issue 12: at most
 * 300 KB of JavaScript gzipped). Builds the console (`--no-build` to measure what is in
 * apps/console/dist), then follows what a browser fetches on the first visit: index.html, its
 * module scripts and their static imports (esbuild may split chunks), and its stylesheets.
 * Prints each file's raw and gzipped size (gzip -9, what a server sends compressed), the total,
 * and the largest packages in the script from esbuild's metafile. Exits 1 over the budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const root = join(__dirname, '..', '..');
const consoleDir = join(root, 'apps', 'console');
const publicDir = join(consoleDir, 'dist', 'public');

if (!values['no-build']) execFileSync('npm', ['run', '-s', 'build', '-w', '@liaison/console'], { cwd: root, stdio: 'ignore' });
const indexPath = join(publicDir, 'index.html');
if (!existsSync(indexPath)) throw new Error(`no built console at ${publicDir}: run npm run build -w @liaison/console`);

interface Loaded {
  path: string;
  bytes: number;
  gzip: number;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const load = (path: string): Loaded => {
  const bytes = readFileSync(join(publicDir, path));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const html = readFileSync(indexPath, 'utf8');
const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
// Static imports of the entry (chunks a split build loads before it runs); dynamic import() is a later load.
const seen = new Set<string>();
const queue = [...scripts];
while (queue.length) {
  const path = queue.shift()!;
  if (seen.has(path)) continue;
  seen.add(path);
  const source = readFileSync(join(publicDir, path), 'utf8');
  for (const m of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
    queue.push(join(path, '..', m[1]!));
}
const js = [...seen].map(load);
const css = styles.map(load);
const htmlFile = load('index.html');

console.log('console first load (apps/console/dist/public):');
for (const f of [htmlFile, ...js, ...css])
  console.log(`  ${f.path.padEnd(34)} ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(9)} gzipped`);
const jsGzip = js.reduce((sum, f) => sum + f.gzip, 0);
const jsBytes = js.reduce((sum, f) => sum + f.bytes, 0);
console.log(
  `  JavaScript: ${kb(jsBytes)}, ${kb(jsGzip)} gzipped — budget ${BUDGET_KB} KB gzipped: ${jsGzip <= BUDGET_KB * 1024 ? 'within' : 'OVER'} (${((jsGzip / (BUDGET_KB * 1024)) * 100).toFixed(0)}%)`,
);

// Which packages the bytes are (esbuild's metafile, written by apps/console/build.ts).
const metaPath = join(consoleDir, 'dist', 'generated', 'meta.json');
if (existsSync(metaPath)) {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const byPackage = new Map<string, number>();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    if (!output.endsWith('.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'apps/console (own code)';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  console.log('  minified bytes by package:');
  for (const [pkg, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`    ${pkg.padEnd(32)} ${kb(bytes).padStart(10)}`);
}
if (jsGzip > BUDGET_KB * 1024) process.exit(1);
