// deploy/k8s: the generated per-service manifests match the service manifest; kustomize renders the
// base and the production overlay and kubeconform -strict finds every resource valid against the
// Kubernetes schemas (offline, reflected from k8s.io/api); and what production runs keeps the
// promises of the deployment guide: probes, resources, autoscaling, disruption budgets, network
// policies that let only the gateway in from outside, signing keys from a Secret.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { grpcManifestServices, SERVICE_MANIFEST, type ServiceManifestEntry } from '@liaison/contracts';
import { parseAllDocuments } from 'yaml';
import { autoscaled, callersOf, EXTRA_KEY_FILES, IDENTITY_SECRET, resourceName } from '../../../deploy/k8s/generate';

const ROOT = path.join(__dirname, '..', '..', '..');
const VALIDATE = path.join(ROOT, 'deploy', 'k8s', 'validate.sh');
// The first run builds kustomize, kubeconform and the schemas with Go (.ci/run does it beforehand).
const INSTALL_TIMEOUT_MS = 10 * 60_000;

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: any;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', [VALIDATE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: `${result.stderr}${result.error ? String(result.error) : ''}` };
}

let production: Resource[] = [];
const find = (kind: string, name: string) => production.find((resource) => resource.kind === kind && resource.metadata.name === name);

beforeAll(() => {
  const install = run(['--install']);
  if (install.status !== 0) throw new Error(`deploy/k8s/validate.sh --install failed:\n${install.stderr}`);
  const rendered = run(['--render', 'overlays/production']);
  if (rendered.status !== 0) throw new Error(`kustomize build overlays/production failed:\n${rendered.stderr}`);
  production = parseAllDocuments(rendered.stdout).map((doc) => doc.toJS() as Resource);
}, INSTALL_TIMEOUT_MS);

describe('deploy/k8s', () => {
  it('the generated manifests are those of the current service manifest (npm run k8s:generate)', () => {
    // A child process: Prettier (which formats the generated YAML) loads ES modules jest's VM refuses.
    const check = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'deploy', 'k8s', 'generate.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(`${check.stdout}${check.stderr}`).toContain('deploy/k8s matches the service manifest');
    expect(check.status).toBe(0);
  });

  it('kustomize renders the base and the production overlay and kubeconform -strict finds every resource valid', () => {
    const result = run([]);
    expect(result.stderr).toMatch(
      /\[k8s\] base: kubeconform v[\d.]+ -strict: (\d+) resources found in 1 file - Valid: \1, Invalid: 0, Errors: 0, Skipped: 0/,
    );
    expect(result.stderr).toMatch(
      /\[k8s\] overlays\/production: kubeconform v[\d.]+ -strict: (\d+) resources found in 1 file - Valid: \1, Invalid: 0, Errors: 0, Skipped: 0/,
    );
    expect(result.status).toBe(0);
  });

  it.each(SERVICE_MANIFEST.map((service) => [service.name, service] as [string, ServiceManifestEntry]))(
    '%s: probes, resources, replicas, disruption budget, autoscaler and signing key',
    (_name, service) => {
      const deployment = find('Deployment', resourceName(service.name));
      expect(deployment).toBeDefined();
      expect(deployment!.spec.replicas).toBe(2);
      const container = deployment!.spec.template.spec.containers[0];
      expect(container.image).toBe('registry.example.org/liaison/liaison:1.0.0');
      expect(container.env).toEqual(expect.arrayContaining([{ name: 'SERVICE_NAME', value: service.name }]));
      for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        // Exactly one handler (the mtls component replaces grpc by exec; two would be refused by the API server).
        expect(Object.keys(container[probe]).filter((key) => ['exec', 'grpc', 'httpGet', 'tcpSocket'].includes(key))).toHaveLength(1);
        // The gateway answers HTTP; with mTLS on, the services are probed by the image's healthcheck.
        if (service.httpPort !== undefined) expect(container[probe].httpGet.port).toBe('http');
        else expect(container[probe].exec.command).toEqual(['node', 'deploy/docker/healthcheck.js']);
      }
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.securityContext).toMatchObject({
        runAsNonRoot: true,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      const identity = deployment!.spec.template.spec.volumes.find((volume: { name: string }) => volume.name === 'identity');
      expect(identity.secret.secretName).toMatch(new RegExp(`^${IDENTITY_SECRET}-[a-z0-9]+$`));
      expect(container.env).toEqual(expect.arrayContaining([{ name: 'SERVICE_IDENTITY_MODE', value: 'keys' }]));
      const tls = deployment!.spec.template.spec.volumes.find((volume: { name: string }) => volume.name === 'grpc-tls');
      expect(tls.secret.secretName).toBe(`liaison-grpc-tls-${service.name}`);

      expect(find('PodDisruptionBudget', resourceName(service.name))?.spec.maxUnavailable).toBe(1);
      const hpa = find('HorizontalPodAutoscaler', resourceName(service.name));
      expect(hpa !== undefined).toBe(autoscaled(service));
      if (hpa)
        expect(hpa.spec).toMatchObject({
          minReplicas: 2,
          maxReplicas: 12,
          scaleTargetRef: { kind: 'Deployment', name: resourceName(service.name) },
        });
    },
  );

  it('the gateway and every consumer autoscale', () => {
    expect(find('HorizontalPodAutoscaler', resourceName('gateway'))).toBeDefined();
    for (const service of SERVICE_MANIFEST.filter((entry) => entry.consumes.length > 0))
      expect(find('HorizontalPodAutoscaler', resourceName(service.name))).toBeDefined();
  });

  it('network policies: default deny; only the gateway takes traffic from outside; services only from the gateway and their callers', () => {
    expect(find('NetworkPolicy', 'default-deny-ingress')?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const gateway = find('NetworkPolicy', resourceName('gateway'))!;
    expect(gateway.spec.ingress[0]).toEqual({ ports: [{ protocol: 'TCP', port: 8080 }] });
    for (const service of grpcManifestServices()) {
      const policy = find('NetworkPolicy', resourceName(service.name))!;
      const [serving, metrics] = policy.spec.ingress;
      expect(serving.ports).toEqual([{ protocol: 'TCP', port: service.grpcPort }]);
      const from = serving.from.map(
        (peer: { podSelector: { matchLabels: Record<string, string> } }) => peer.podSelector.matchLabels['app.kubernetes.io/name'],
      );
      expect(from.sort()).toEqual(callersOf(service).sort());
      expect(from).toContain('gateway');
      // No rule admits anything else (an ingress rule without `from` would admit every source).
      expect(policy.spec.ingress.every((rule: { from?: unknown[] }) => Array.isArray(rule.from) && rule.from.length > 0)).toBe(true);
      expect(metrics.from).toEqual([{ namespaceSelector: { matchLabels: { 'liaison.io/monitoring': 'true' } } }]);
    }
  });

  it('the signing keys come from one Secret holding every service key and the JWKS, never from the repository', () => {
    const secret = production.find((resource) => resource.kind === 'Secret' && resource.metadata.name.startsWith(IDENTITY_SECRET));
    expect(secret).toBeDefined();
    const keys = Object.keys((secret as unknown as { data: Record<string, string> }).data).sort();
    expect(keys).toEqual(
      [
        ...SERVICE_MANIFEST.flatMap((service) => [
          `${service.name}.key.pem`,
          `${service.name}.kid`,
          ...Object.values(EXTRA_KEY_FILES[service.name] ?? {}),
        ]),
        'jwks.json',
      ].sort(),
    );
    const tracked = spawnSync('git', ['ls-files', 'deploy/k8s/overlays/production/identity/secrets'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).stdout.trim();
    expect(tracked.split('\n')).toEqual(['deploy/k8s/overlays/production/identity/secrets/.gitignore']);
  });
});
