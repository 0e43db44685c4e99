// Build stage of deploy/docker/Dockerfile: after `tsc -p deploy/docker/tsconfig.build.json` has
// compiled the sources in place, copy what the runtime image needs into <target>:
//   - package.json + package-lock.json and every workspace's package.json (so `npm ci` accepts the
//     lock file), with `main`/`exports` pointing at the compiled .js instead of the .ts sources;
//   - the compiled .js of the shared packages and of every service in the service manifest;
//   - the built web apps (apps/*/dist/public, served by the gateway, ADR 0026);
//   - protos/ and seeds/ (read at run time), and this folder's entrypoint and healthcheck.
// Then prints the `--workspace` flags of exactly those packages for `npm ci --omit=dev`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** The workspace folders of the root package.json, globs (`services/*`) expanded. */
function workspaceFolders(rootDir = root) {
  const { workspaces } = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return fs
      .readdirSync(path.join(rootDir, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(rootDir, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
}

/** The workspaces the image runs: the shared packages and the folder of every manifest service. */
function runtimeWorkspaces(manifest, rootDir = root) {
  const packages = workspaceFolders(rootDir).filter((folder) => folder.startsWith('packages/'));
  const services = manifest.map((service) => path.posix.dirname(path.posix.dirname(service.main)));
  return [...new Set([...packages, ...services])];
}

/** `src/index.ts` → `src/index.js` in main and exports (a string or a map of conditions). */
function pointAtCompiled(pkg) {
  const toJs = (value) => (typeof value === 'string' ? value.replace(/\.ts$/, '.js') : value);
  const out = { ...pkg };
  if (out.main) out.main = toJs(out.main);
  if (typeof out.exports === 'string') out.exports = toJs(out.exports);
  else if (out.exports) out.exports = Object.fromEntries(Object.entries(out.exports).map(([key, value]) => [key, toJs(value)]));
  if (out.types) delete out.types;
  return out;
}

function copyTree(from, to, keep) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target, keep);
    else if (keep(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

function prepare(target) {
  const { SERVICE_MANIFEST } = require(path.join(root, 'packages', 'contracts', 'src', 'service-manifest.js'));
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(root, file), path.join(target, file));
  const runtime = runtimeWorkspaces(SERVICE_MANIFEST);
  for (const folder of workspaceFolders()) {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, folder, 'package.json'), 'utf8'));
    fs.mkdirSync(path.join(target, folder), { recursive: true });
    fs.writeFileSync(
      path.join(target, folder, 'package.json'),
      `${JSON.stringify(runtime.includes(folder) ? pointAtCompiled(pkg) : pkg, null, 2)}\n`,
    );
    if (runtime.includes(folder))
      copyTree(path.join(root, folder, 'src'), path.join(target, folder, 'src'), (name) => name.endsWith('.js') || name.endsWith('.json'));
  }
  for (const folder of workspaceFolders().filter((folder) => folder.startsWith('apps/'))) {
    const built = path.join(root, folder, 'dist', 'public');
    if (!fs.existsSync(built)) throw new Error(`${folder} is not built (${built} missing): the root postinstall builds it`);
    copyTree(built, path.join(target, folder, 'dist', 'public'), () => true);
  }
  for (const folder of ['protos', 'seeds']) copyTree(path.join(root, folder), path.join(target, folder), () => true);
  copyTree(__dirname, path.join(target, 'deploy', 'docker'), (name) => name === 'entrypoint.js' || name === 'healthcheck.js');
  return runtime;
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node deploy/docker/prepare-runtime.js <target-dir>');
    process.exit(2);
  }
  const runtime = prepare(path.resolve(target));
  process.stdout.write(`${runtime.map((folder) => `--workspace=${folder}`).join(' ')}\n`);
}

module.exports = { workspaceFolders, runtimeWorkspaces, pointAtCompiled };
