import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { calleeAddresses, CONTEXTS, grpcAddressVariable, RESERVED_GRPC_PORTS, SERVICE_MANIFEST, startOrder } from '../src';

const ROOT = join(__dirname, '..', '..', '..');
/** Folders under services/ that are not deployed: a minimal sample of the platform. */
const NOT_DEPLOYED = ['platform-smoke'];

describe('the service manifest', () => {
  it('names every deployable service folder once, with a main file that exists', () => {
    const folders = readdirSync(join(ROOT, 'services')).filter((name) => !NOT_DEPLOYED.includes(name));
    expect(SERVICE_MANIFEST.map((service) => service.name).sort()).toEqual(folders.sort());
    for (const service of SERVICE_MANIFEST) expect(existsSync(join(ROOT, service.main))).toBe(true);
  });

  it('gives every service its own port and only known contexts as topics', () => {
    const ports = [
      ...SERVICE_MANIFEST.map((service) => ('grpcPort' in service ? service.grpcPort : service.httpPort)),
      ...Object.values(RESERVED_GRPC_PORTS),
    ];
    expect(new Set(ports).size).toBe(ports.length);
    for (const service of SERVICE_MANIFEST)
      for (const context of [...service.produces, ...service.consumes]) expect(CONTEXTS).toContain(context);
  });

  it('starts every service after the services it calls, and names their address variables', () => {
    const order = startOrder().map((service) => service.name);
    for (const service of SERVICE_MANIFEST)
      for (const callee of service.calls) expect(order.indexOf(callee)).toBeLessThan(order.indexOf(service.name));
    const gateway = SERVICE_MANIFEST.find((service) => service.name === 'gateway')!;
    expect(calleeAddresses(gateway, (name) => `${name}:1`)).toEqual({
      LEADS_GRPC_ADDRESS: 'leads:1',
      OPERATIONS_GRPC_ADDRESS: 'operations:1',
      EVIDENCE_GRPC_ADDRESS: 'evidence:1',
      REGISTRY_GRPC_ADDRESS: 'registry:1',
      MEETINGS_GRPC_ADDRESS: 'meetings:1',
      CREDIT_GRPC_ADDRESS: 'credit:1',
      INTAKE_GRPC_ADDRESS: 'intake:1',
      HISTORY_GRPC_ADDRESS: 'history:1',
    });
    expect(grpcAddressVariable('evidence')).toBe('EVIDENCE_GRPC_ADDRESS');
  });

  it('refuses a manifest whose calls form a cycle or name an unknown service', () => {
    const a = { name: 'a', main: 'a.ts', grpcPort: 1, produces: [], consumes: [], calls: ['b'] };
    const b = { name: 'b', main: 'b.ts', grpcPort: 2, produces: [], consumes: [], calls: ['a'] };
    expect(() => startOrder([a, b])).toThrow(/cycle of calls: a → b → a/);
    expect(() => startOrder([a])).toThrow(/calls "b", which is not in the service manifest/);
  });
});
