// Container entry point: runs the compiled composition root of the service named by SERVICE_NAME,
// looked up in the service manifest (packages/contracts/src/service-manifest.ts), so one image
// serves every service and a new manifest entry needs no change here.
'use strict';
const path = require('node:path');

const APP_ROOT = path.resolve(__dirname, '..', '..');

/** The manifest entry for SERVICE_NAME, or an error naming the known services. */
function selectService(manifest, name) {
  if (!name) throw new Error(`SERVICE_NAME is not set; one of: ${manifest.map((service) => service.name).join(', ')}`);
  const entry = manifest.find((service) => service.name === name);
  if (!entry)
    throw new Error(`SERVICE_NAME "${name}" is not in the service manifest; one of: ${manifest.map((service) => service.name).join(', ')}`);
  return entry;
}

/** services/leads/src/main.ts → <app>/services/leads/src/main.js (compiled in the image's build stage). */
const compiledMain = (entry, root = APP_ROOT) => path.join(root, entry.main.replace(/\.ts$/, '.js'));

if (require.main === module) {
  const { SERVICE_MANIFEST } = require(path.join(APP_ROOT, 'packages', 'contracts', 'src', 'service-manifest.js'));
  try {
    require(compiledMain(selectService(SERVICE_MANIFEST, process.env.SERVICE_NAME)));
  } catch (error) {
    console.error(`[entrypoint] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(64);
  }
}

module.exports = { selectService, compiledMain };
