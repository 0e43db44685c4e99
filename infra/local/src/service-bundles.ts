// Each service of the manifest bundled into one CommonJS file (our workspaces inlined, every
// npm package left to `require`), so a service process starts from plain JavaScript.
//
// Why: run from source through tsx, a service spent 2–3 s of CPU loading its modules, most of it
// in tsx's resolve and load hooks (a CPU profile of the leads service: 5 s loader, 2.4 s hooks,
// 2.3 s tsx against 0.4 s of zod, on a loaded machine); the same service from its bundle needs
// about a third of that. A system start runs ten such processes on two cores, and the e2e suite
// starts a system twenty-odd times (ADR 0011).
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import type { ServiceManifestEntry } from '@liaison/contracts';
import { build, type Plugin, stop as stopEsbuild } from 'esbuild';

/** Set (by the jest global setup) to the folder of this run's bundles; `startSystem` runs them. */
export const SERVICE_BUNDLES_ENV = 'LIAISON_SERVICE_BUNDLES';

/** Where a service's bundle lies in `outDir`. */
export const bundleFile = (outDir: string, service: Pick<ServiceManifestEntry, 'name'>): string => join(outDir, `${service.name}.js`);

/**
 * Bundles every service's `main` into `outDir` (inside the repository, so the bundles find the
 * root's node_modules) and returns `outDir`. Source maps are linked, so stack traces name the
 * TypeScript files. A build error rejects with esbuild's messages.
 */
export async function bundleServices(root: string, manifest: readonly ServiceManifestEntry[], outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(manifest.map((service) => [service.name, join(root, service.main)])),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'silent',
    plugins: [npmPackagesStayExternal(outDir), sourceFolderForDirname()],
  }).finally(() => {
    // esbuild keeps a service process for the next build; the jest main process (or npm start)
    // would otherwise never exit on its own.
    void stopEsbuild();
  });
  return outDir;
}

/**
 * npm packages are required at run time, as from source: instrumentation that hooks `require`
 * still sees them, and packages that read their own files keep working. A package the bundle
 * folder cannot reach (installed under one workspace only) is required by its resolved path.
 */
function npmPackagesStayExternal(outDir: string): Plugin {
  const fromBundle = createRequire(join(outDir, 'bundle.js'));
  return {
    name: 'npm-packages-stay-external',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@liaison/')) return undefined; // our workspaces: bundled
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        try {
          fromBundle.resolve(args.path);
          return { path: args.path, external: true };
        } catch {
          return { path: createRequire(join(args.resolveDir, 'importer.js')).resolve(args.path), external: true };
        }
      });
    },
  };
}

/** `__dirname` in our sources means the source file's folder (seeds, protos, the console). */
function sourceFolderForDirname(): Plugin {
  return {
    name: 'source-folder-for-dirname',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        return {
          contents: text.includes('__dirname') ? text.replaceAll('__dirname', JSON.stringify(dirname(args.path))) : text,
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * A fresh folder for one run's bundles under `<root>/.liaison/build` (runs in parallel, e.g. two
 * jest runs, must not overwrite each other's files while services load them); folders of jest
 * runs older than a day (a run that was killed before its teardown) are removed.
 */
export function runBundleDir(root: string, run: string): string {
  const parent = join(root, '.liaison', 'build');
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    if (name === run || !name.startsWith('jest-')) continue; // a long `npm start` keeps its folder
    const folder = join(parent, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > 24 * 3_600_000) rmSync(folder, { recursive: true, force: true });
    } catch {
      /* removed meanwhile */
    }
  }
  const dir = join(parent, run);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}
