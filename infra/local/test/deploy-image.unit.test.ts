// deploy/docker/Dockerfile builds one image for every service of the service manifest: the build
// context carries every workspace the manifest's services need, the runtime stage is unprivileged
// with a HEALTHCHECK, and SERVICE_NAME selects the compiled composition root from the manifest.
// (No Docker engine here: the build steps were replayed by hand, see ADR 0024.)
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVICE_MANIFEST } from '@liaison/contracts';

const ROOT = path.join(__dirname, '..', '..', '..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'deploy', 'docker', 'Dockerfile'), 'utf8');
const dockerignore = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prepare = require('../../../deploy/docker/prepare-runtime.js') as {
  workspaceFolders(root?: string): string[];
  runtimeWorkspaces(manifest: readonly { main: string }[], root?: string): string[];
  pointAtCompiled(pkg: Record<string, unknown>): Record<string, unknown>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const entrypoint = require('../../../deploy/docker/entrypoint.js') as {
  selectService(manifest: readonly { name: string }[], name: string | undefined): { name: string; main: string };
  compiledMain(entry: { main: string }, root?: string): string;
};

/** The stages: `FROM image AS name` and the instructions under each. */
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.at(-1)!;
/** Sources of the COPY instructions of the build stage (`COPY a b ./dest`). */
const copied = stages[0]!
  .split('\n')
  .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
  .flatMap((line) => line.split(/\s+/).slice(1, -1));
const isCopied = (folder: string) => copied.some((source) => folder === source || folder.startsWith(`${source.replace(/\/$/, '')}/`));

describe('deploy/docker/Dockerfile', () => {
  it('is multi-stage: a build stage that compiles TypeScript, a runtime stage from the same Node 20 base', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/npx tsc -p deploy\/docker\/tsconfig\.build\.json/);
    expect(stages[0]).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20\.[\d.]+-bookworm-slim$/m);
    expect(runtime).toMatch(/^\$\{NODE_IMAGE\} AS runtime/);
    // The runtime carries no compiler, no tsx, no dev dependencies: only what the build stage prepared.
    expect(runtime).not.toMatch(/npm (ci|install)/);
    expect(runtime).toMatch(/^COPY --from=build --chown=root:root \/runtime \.\/$/m);
  });

  it('runs unprivileged with a healthcheck, the service chosen by SERVICE_NAME', () => {
    expect(runtime).toMatch(/^USER 1000:1000$/m);
    expect(runtime).not.toMatch(/^USER root$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*CMD \["node", "deploy\/docker\/healthcheck\.js"\]$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--", "node", "deploy\/docker\/entrypoint\.js"\]$/m);
    expect(runtime).toMatch(/ENV NODE_ENV=production/);
  });

  it('copies every workspace of the manifest services into the build context, and .dockerignore keeps their sources', () => {
    const needed = prepare.runtimeWorkspaces(SERVICE_MANIFEST, ROOT);
    for (const service of SERVICE_MANIFEST) expect(needed).toContain(path.posix.dirname(path.posix.dirname(service.main)));
    expect(needed).toEqual(expect.arrayContaining(['packages/contracts', 'packages/platform']));
    // npm ci needs every workspace's package.json (the lock file lists them all).
    for (const folder of prepare.workspaceFolders(ROOT)) expect(isCopied(folder) || isCopied(`${folder}/package.json`)).toBe(true);
    for (const folder of needed) expect(isCopied(`${folder}/src`)).toBe(true);
    for (const folder of ['protos', 'seeds', 'deploy/docker']) expect(isCopied(folder)).toBe(true);
    for (const pattern of ['services', 'packages', '**/src', 'protos', 'seeds', 'deploy']) expect(dockerignore).not.toContain(pattern);
    expect(dockerignore).toEqual(expect.arrayContaining(['**/node_modules', '.git', '.liaison']));
  });

  it('hadolint finds nothing (deploy/docker/lint.sh; .ci/run installs hadolint from PyPI)', () => {
    const result = spawnSync('bash', [path.join(ROOT, 'deploy', 'docker', 'lint.sh')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(`${result.stdout}${result.stderr}`).toContain('[hadolint] deploy/docker/Dockerfile: no findings');
    expect(result.status).toBe(0);
  }, 300_000);

  it('the runtime packages point at the compiled JavaScript', () => {
    expect(
      prepare.pointAtCompiled({
        name: 'x',
        main: 'src/index.ts',
        exports: { '.': './src/index.ts', './testing': './src/testing/index.ts' },
      }),
    ).toEqual({
      name: 'x',
      main: 'src/index.js',
      exports: { '.': './src/index.js', './testing': './src/testing/index.js' },
    });
  });

  it('SERVICE_NAME selects the compiled main of its manifest entry; anything else is refused with the list', () => {
    for (const service of SERVICE_MANIFEST)
      expect(entrypoint.compiledMain(entrypoint.selectService(SERVICE_MANIFEST, service.name), '/app')).toBe(
        path.join('/app', service.main.replace(/\.ts$/, '.js')),
      );
    expect(() => entrypoint.selectService(SERVICE_MANIFEST, 'nope')).toThrow(/"nope" is not in the service manifest; one of: leads, /);
    expect(() => entrypoint.selectService(SERVICE_MANIFEST, undefined)).toThrow(/SERVICE_NAME is not set/);
  });
});
