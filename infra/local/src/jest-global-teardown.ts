// Jest globalTeardown: stop the servers only if this jest run's global setup started them; servers
// reused from `npm run infra:up` (or external ones) keep running. Idempotent.
import { rmSync } from 'node:fs';
import { stopInfra } from './index';
import { STARTED_MARKER } from './jest-global-setup';
import { SERVICE_BUNDLES_ENV } from './service-bundles';

export default async function globalTeardown(): Promise<void> {
  const bundles = process.env[SERVICE_BUNDLES_ENV];
  if (bundles?.endsWith(`jest-${process.pid}`)) {
    rmSync(bundles, { recursive: true, force: true });
    delete process.env[SERVICE_BUNDLES_ENV];
  }
  if (process.env[STARTED_MARKER] !== String(process.pid)) return;
  delete process.env[STARTED_MARKER];
  if (process.env.LIAISON_INFRA_KEEP === '1') {
    process.stderr.write('[infra] LIAISON_INFRA_KEEP=1: leaving the servers running (npm run infra:down stops them)\n');
    return;
  }
  await stopInfra({
    purge: process.env.LIAISON_INFRA_PURGE === '1',
    onlyOwner: `jest:${process.pid}`,
  });
}
