// docker-compose.yml runs the services of the service manifest: same names, main files, ports,
// database names and the addresses of the services each one calls.
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { grpcAddressVariable, manifestEntry, SERVICE_MANIFEST } from '@liaison/contracts';
import { parse } from 'yaml';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, unknown>;
  ports?: string[];
}

const compose = parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const INFRASTRUCTURE = ['kafka', 'mongodb', 'otel-collector'];
const apps = Object.entries(compose.services).filter(([name]) => !INFRASTRUCTURE.includes(name));

describe('docker-compose.yml against the service manifest', () => {
  it('runs exactly the services of the manifest', () => {
    expect(apps.map(([name]) => name).sort()).toEqual(SERVICE_MANIFEST.map((service) => service.name).sort());
  });

  it.each(SERVICE_MANIFEST.map((service) => [service.name]))('%s: main file, port, name, callee addresses and start order', (name) => {
    const entry = manifestEntry(name);
    const service = compose.services[name]!;
    const env = service.environment ?? {};
    expect(service.command?.at(-1)).toBe(entry.main);
    expect(env.SERVICE_NAME).toBe('database' in entry ? entry.database : name);
    if ('grpcPort' in entry) expect(String(env.GRPC_PORT)).toBe(String(entry.grpcPort));
    if ('httpPort' in entry) expect(String(env.HTTP_PORT)).toBe(String(entry.httpPort));
    for (const callee of entry.calls) {
      const target = manifestEntry(callee);
      expect(env[grpcAddressVariable(callee)]).toBe(`${callee}:${'grpcPort' in target ? target.grpcPort : '?'}`);
      expect(Object.keys(service.depends_on ?? {})).toContain(callee);
    }
    expect(Object.keys(service.depends_on ?? {})).toEqual(expect.arrayContaining(['kafka', 'mongodb']));
  });
});
