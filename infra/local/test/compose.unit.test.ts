// docker-compose.yml runs the whole system: the services of the service manifest (same names,
// ports, callee addresses, start order, identity keys) from the one image, and the infrastructure
// the deployment guide promises; `docker-compose config` accepts it (no engine runs here).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultMetricsPort, grpcAddressVariable, manifestEntry, SERVICE_MANIFEST } from '@liaison/contracts';
import { parse } from 'yaml';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[] | string;
  environment?: Record<string, string | number>;
  env_file?: string;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: unknown;
  read_only?: boolean;
}

const ROOT = path.join(__dirname, '..', '..', '..');
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const INFRASTRUCTURE = ['kafka', 'mongodb', 'mongodb-init', 'otel-collector', 'jaeger', 'prometheus', 'grafana'];
const apps = Object.entries(compose.services).filter(([name]) => !INFRASTRUCTURE.includes(name));

describe('docker-compose.yml against the service manifest', () => {
  it('runs exactly the services of the manifest, and the infrastructure', () => {
    expect(apps.map(([name]) => name).sort()).toEqual(SERVICE_MANIFEST.map((service) => service.name).sort());
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(INFRASTRUCTURE));
  });

  it.each(SERVICE_MANIFEST.map((service) => [service.name]))('%s: image, port, name, keys, callee addresses and start order', (name) => {
    const entry = manifestEntry(name);
    const service = compose.services[name]!;
    const env = service.environment ?? {};
    // One image for all; SERVICE_NAME picks the manifest entry (deploy/docker/entrypoint.js).
    expect(service.build).toEqual({ context: '.', dockerfile: 'deploy/docker/Dockerfile' });
    expect(service.image).toBe('${LIAISON_IMAGE:-liaison:dev}');
    expect(service.command).toBeUndefined();
    expect(service.read_only).toBe(true);
    expect(env.SERVICE_NAME).toBe(name);
    if ('grpcPort' in entry) expect(String(env.GRPC_PORT)).toBe(String(entry.grpcPort));
    if ('httpPort' in entry) expect(String(env.HTTP_PORT)).toBe(String(entry.httpPort));
    expect(String(env.METRICS_PORT)).toBe(String(defaultMetricsPort(entry)));
    expect(env.SERVICE_IDENTITY_MODE).toBe('keys');
    expect(env.SERVICE_IDENTITY_SIGNING_KEY).toBe(`/etc/liaison/identity/${name}.key.pem`);
    expect(service.env_file).toBe(`.liaison/compose-identity/${name}.env`);
    for (const callee of entry.calls) {
      const target = manifestEntry(callee);
      expect(env[grpcAddressVariable(callee)]).toBe(`${callee}:${'grpcPort' in target ? target.grpcPort : '?'}`);
      // Callers start once their callees' image HEALTHCHECK passes.
      expect(service.depends_on?.[callee]).toEqual({ condition: 'service_healthy' });
    }
    expect(service.depends_on?.kafka).toEqual({ condition: 'service_healthy' });
    expect(service.depends_on?.['mongodb-init']).toEqual({ condition: 'service_completed_successfully' });
  });

  it('MongoDB runs as a replica set initiated once; Kafka in KRaft mode keeps its data in a volume', () => {
    expect(compose.services.mongodb!.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(String(compose.services['mongodb-init']!.command)).toContain('rs.initiate');
    const kafka = compose.services.kafka!;
    expect(kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(kafka.volumes).toEqual(['kafka-data:/var/lib/kafka/data']);
  });

  it('Prometheus, the collector and Grafana read their configuration from deploy/observability', () => {
    expect(compose.services.prometheus!.volumes).toContain('./deploy/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    expect(compose.services.prometheus!.volumes).toContain('./deploy/observability/alerts.yml:/etc/prometheus/alerts.yml:ro');
    // Every host file compose mounts from deploy/observability exists.
    for (const service of Object.values(compose.services))
      for (const volume of service.volumes ?? [])
        if (volume.startsWith('./deploy/')) expect(fs.existsSync(path.join(ROOT, volume.split(':')[0]!))).toBe(true);
    expect(compose.services['otel-collector']!.volumes?.[0]).toMatch(/^\.\/deploy\/observability\/otel-collector\.yaml:/);
    expect(compose.services.grafana!.volumes).toContain('./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro');
    for (const [name] of apps) expect(compose.services[name]!.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
  });

  it('its services block is the one generated from the manifest (npm run compose:generate)', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'deploy', 'compose', 'generate.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(`${check.stdout}${check.stderr}`).toContain('docker-compose.yml matches the service manifest');
    expect(check.status).toBe(0);
  });

  it('docker-compose config accepts the file (infra/local/validate-compose.sh)', () => {
    // .ci/run installs Debian's docker-compose; the script installs it itself when root with apt.
    const result = spawnSync('bash', [path.join(ROOT, 'infra', 'local', 'validate-compose.sh')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.stderr).toContain('[compose] docker-compose.yml is valid');
    for (const name of Object.keys(compose.services)) expect(result.stderr).toContain(`[compose] service: ${name}\n`);
    expect(result.status).toBe(0);
  }, 300_000);
});
