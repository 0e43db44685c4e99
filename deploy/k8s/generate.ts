/**
 * Renders the per-service Kubernetes manifests of the Kustomize base (deploy/k8s/base/services/)
 * from the service manifest (packages/contracts/src/service-manifest.ts), like `npm start` and
 * docker-compose.yml: a Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler and
 * NetworkPolicy per service, and the mTLS component's patches (deploy/k8s/components/mtls/).
 *
 *   npm run k8s:generate            # write the files
 *   npm run k8s:generate -- --check # exit 1 when a committed file differs (a unit test runs this)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultMetricsPort, grpcAddressVariable, SERVICE_MANIFEST, type ServiceManifestEntry } from '@liaison/contracts';
import { stringify } from 'yaml';

export const K8S_DIR = __dirname;
const PART_OF = 'liaison';
/** Mounted Secret with each service's signing key and the JWKS of every service (README "Key rotation"). */
export const IDENTITY_SECRET = 'liaison-service-identity';
export const IDENTITY_MOUNT = '/etc/liaison/identity';
/** Per-service TLS Secret (`tls.crt`, `tls.key`, `ca.crt`, e.g. from cert-manager) of the mtls component. */
export const tlsSecretName = (service: string) => `liaison-grpc-tls-${service}`;
export const TLS_MOUNT = '/etc/liaison/tls';

export const resourceName = (service: string) => `liaison-${service}`;

/** Keys a service needs beyond its identity (file in the identity Secret → variable naming its path). */
export const EXTRA_KEY_FILES: Record<string, Record<string, string>> = {
  // Recognition certificates are signed with a key of their own (ADR 0018), required in production.
  evidence: { EVIDENCE_CERTIFICATE_KEY_FILE: 'evidence-certificate.key.pem' },
};
const extraKeyFiles = (service: string) => Object.entries(EXTRA_KEY_FILES[service] ?? {});
const selectorLabels = (service: string) => ({ 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': PART_OF });
const isGateway = (service: ServiceManifestEntry) => service.httpPort !== undefined;
const servingPort = (service: ServiceManifestEntry): number => (service.grpcPort ?? service.httpPort)!;

/** Who may open a connection to `service`: the gateway and the services whose manifest entry calls it. */
export function callersOf(service: ServiceManifestEntry, manifest: readonly ServiceManifestEntry[] = SERVICE_MANIFEST): string[] {
  return [...new Set(['gateway', ...manifest.filter((entry) => entry.calls.includes(service.name)).map((entry) => entry.name)])].filter(
    (name) => name !== service.name,
  );
}

/** Consumers scale with HPAs, bounded by the partitions of their topics (README "Scaling out"). */
export const autoscaled = (service: ServiceManifestEntry) => isGateway(service) || service.consumes.length > 0;

function container(service: ServiceManifestEntry, manifest: readonly ServiceManifestEntry[]) {
  const port = servingPort(service);
  const env: ({ name: string; value: string } | { name: string; valueFrom: object })[] = [
    { name: 'SERVICE_NAME', value: service.name },
    isGateway(service) ? { name: 'HTTP_PORT', value: String(port) } : { name: 'GRPC_PORT', value: String(port) },
    { name: 'METRICS_PORT', value: String(defaultMetricsPort(service)) },
    { name: 'SERVICE_IDENTITY_MODE', value: 'keys' },
    { name: 'SERVICE_IDENTITY_SIGNING_KEY', value: `${IDENTITY_MOUNT}/${service.name}.key.pem` },
    { name: 'SERVICE_IDENTITY_KEY_ID', valueFrom: { secretKeyRef: { name: IDENTITY_SECRET, key: `${service.name}.kid` } } },
    { name: 'SERVICE_IDENTITY_PUBLIC_KEYS', value: `${IDENTITY_MOUNT}/jwks.json` },
    ...extraKeyFiles(service.name).map(([variable, file]) => ({ name: variable, value: `${IDENTITY_MOUNT}/${file}` })),
    ...service.calls.map((callee) => {
      const target = manifest.find((entry) => entry.name === callee)!;
      return { name: grpcAddressVariable(callee), value: `${resourceName(callee)}:${target.grpcPort}` };
    }),
  ];
  const probe = isGateway(service) ? (pathName: string) => ({ httpGet: { path: pathName, port: 'http' } }) : () => ({ grpc: { port } });
  return {
    name: service.name,
    image: 'liaison',
    imagePullPolicy: 'IfNotPresent',
    env,
    envFrom: [{ configMapRef: { name: 'liaison-config' } }],
    ports: [
      isGateway(service) ? { name: 'http', containerPort: port } : { name: 'grpc', containerPort: port },
      { name: 'metrics', containerPort: defaultMetricsPort(service) },
    ],
    // Started means listening; ready means its dependencies answer (gateway /readyz); live is cheap.
    startupProbe: { ...probe('/healthz'), periodSeconds: 5, failureThreshold: 36 },
    readinessProbe: { ...probe('/readyz'), periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    livenessProbe: { ...probe('/healthz'), periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    resources: isGateway(service)
      ? { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } }
      : { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [
      { name: 'identity', mountPath: IDENTITY_MOUNT, readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
  };
}

function serviceDocuments(service: ServiceManifestEntry, manifest: readonly ServiceManifestEntry[]): object[] {
  const name = resourceName(service.name);
  const labels = selectorLabels(service.name);
  const tier = isGateway(service) ? 'edge' : 'service';
  const port = servingPort(service);
  const docs: object[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels: { ...labels, 'liaison.io/tier': tier } },
      spec: {
        replicas: 1,
        revisionHistoryLimit: 5,
        selector: { matchLabels: labels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels: { ...labels, 'liaison.io/tier': tier } },
          spec: {
            serviceAccountName: 'liaison',
            automountServiceAccountToken: false,
            // Services stop gracefully on SIGTERM (ServiceHost): drain gRPC, commit consumer offsets.
            terminationGracePeriodSeconds: 30,
            securityContext: { runAsNonRoot: true, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: labels },
              },
            ],
            containers: [container(service, manifest)],
            volumes: [
              {
                name: 'identity',
                secret: {
                  secretName: IDENTITY_SECRET,
                  defaultMode: 0o440,
                  items: [
                    { key: `${service.name}.key.pem`, path: `${service.name}.key.pem` },
                    { key: 'jwks.json', path: 'jwks.json' },
                    ...extraKeyFiles(service.name).map(([, file]) => ({ key: file, path: file })),
                  ],
                },
              },
              { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels },
      spec: {
        selector: labels,
        ports: [
          isGateway(service)
            ? { name: 'http', port, targetPort: 'http', appProtocol: 'http' }
            : { name: 'grpc', port, targetPort: 'grpc', appProtocol: 'grpc' },
          { name: 'metrics', port: defaultMetricsPort(service), targetPort: 'metrics', appProtocol: 'http' },
        ],
      },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, labels },
      spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name, labels },
      spec: {
        podSelector: { matchLabels: labels },
        policyTypes: ['Ingress'],
        ingress: [
          isGateway(service)
            ? // The only entry from outside the namespace: the gateway's HTTP port, from anywhere.
              { ports: [{ protocol: 'TCP', port }] }
            : {
                from: callersOf(service, manifest).map((caller) => ({ podSelector: { matchLabels: selectorLabels(caller) } })),
                ports: [{ protocol: 'TCP', port }],
              },
          // Prometheus, from the namespace labelled for monitoring.
          {
            from: [{ namespaceSelector: { matchLabels: { 'liaison.io/monitoring': 'true' } } }],
            ports: [{ protocol: 'TCP', port: defaultMetricsPort(service) }],
          },
        ],
      },
    },
  ];
  if (autoscaled(service))
    docs.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, labels },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 1,
        maxReplicas: 3,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    });
  return docs;
}

/** The mtls component's patch for one service: TLS material mounted, GRPC_TLS_* set, probes over TLS. */
function mtlsPatch(service: ServiceManifestEntry): object {
  const tls = [
    { name: 'GRPC_TLS_CERT', value: `${TLS_MOUNT}/tls.crt` },
    { name: 'GRPC_TLS_KEY', value: `${TLS_MOUNT}/tls.key` },
    { name: 'GRPC_TLS_CA', value: `${TLS_MOUNT}/ca.crt` },
  ];
  // The kubelet's gRPC probe speaks plaintext; the image's healthcheck presents the pod's own certificate.
  const exec = { exec: { command: ['node', 'deploy/docker/healthcheck.js'] } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: resourceName(service.name) },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: service.name,
              env: tls,
              volumeMounts: [{ name: 'grpc-tls', mountPath: TLS_MOUNT, readOnly: true }],
              ...(isGateway(service)
                ? {}
                : {
                    startupProbe: { ...exec, grpc: null, periodSeconds: 5, failureThreshold: 36, timeoutSeconds: 5 },
                    readinessProbe: { ...exec, grpc: null, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
                    livenessProbe: { ...exec, grpc: null, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
                  }),
            },
          ],
          volumes: [{ name: 'grpc-tls', secret: { secretName: tlsSecretName(service.name), defaultMode: 0o440 } }],
        },
      },
    },
  };
}

const HEADER = '# Generated by deploy/k8s/generate.ts from packages/contracts/src/service-manifest.ts: run `npm run k8s:generate`.\n';
const yamlDocs = (docs: object[]) =>
  HEADER + docs.map((doc) => stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');

/** Every generated file, relative to deploy/k8s, with its content. */
export function renderGenerated(manifest: readonly ServiceManifestEntry[] = SERVICE_MANIFEST): Map<string, string> {
  const files = new Map<string, string>();
  for (const service of manifest) {
    files.set(`base/services/${service.name}.yaml`, yamlDocs(serviceDocuments(service, manifest)));
    files.set(`components/mtls/${service.name}.yaml`, yamlDocs([mtlsPatch(service)]));
  }
  files.set(
    'base/services/kustomization.yaml',
    yamlDocs([
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: manifest.map((service) => `${service.name}.yaml`),
      },
    ]),
  );
  files.set(
    'components/mtls/kustomization.yaml',
    yamlDocs([
      {
        apiVersion: 'kustomize.config.k8s.io/v1alpha1',
        kind: 'Component',
        patches: manifest.map((service) => ({ path: `${service.name}.yaml` })),
      },
    ]),
  );
  // The identity Secret from the files of `npm run k8s:keys` (never committed; see keys.ts).
  files.set(
    'overlays/production/identity/kustomization.yaml',
    yamlDocs([
      {
        apiVersion: 'kustomize.config.k8s.io/v1alpha1',
        kind: 'Component',
        secretGenerator: [
          {
            name: IDENTITY_SECRET,
            files: [
              ...manifest.flatMap((service) => [
                `secrets/${service.name}.key.pem`,
                `secrets/${service.name}.kid`,
                ...extraKeyFiles(service.name).map(([, file]) => `secrets/${file}`),
              ]),
              'secrets/jwks.json',
            ],
          },
        ],
      },
    ]),
  );
  return files;
}

const GENERATED_DIRS = ['base/services', 'components/mtls', 'overlays/production/identity'];

/** Generated YAML files on disk (relative to `root`). */
const generatedOnDisk = (root: string): string[] =>
  GENERATED_DIRS.flatMap((dir) =>
    fs.existsSync(path.join(root, dir))
      ? fs
          .readdirSync(path.join(root, dir))
          .filter((file) => file.endsWith('.yaml'))
          .map((file) => `${dir}/${file}`)
      : [],
  );

/** As Prettier (checked by `npm test`) would print it. */
async function formatted(files: Map<string, string>, root: string): Promise<Map<string, string>> {
  const prettier = await import('prettier');
  const out = new Map<string, string>();
  for (const [file, content] of files) {
    const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
    out.set(file, await prettier.format(content, { ...options, parser: 'yaml' }));
  }
  return out;
}

/** Files whose committed content differs from the rendering, are missing, or are left over. */
export async function staleFiles(root = K8S_DIR): Promise<string[]> {
  const expected = await formatted(renderGenerated(), root);
  const differing = [...expected].filter(
    ([file, content]) => !fs.existsSync(path.join(root, file)) || fs.readFileSync(path.join(root, file), 'utf8') !== content,
  );
  return [...differing.map(([file]) => file), ...generatedOnDisk(root).filter((file) => !expected.has(file))];
}

/** Writes the rendering and removes generated files of services no longer in the manifest. */
export async function writeGenerated(root = K8S_DIR): Promise<number> {
  const expected = await formatted(renderGenerated(), root);
  for (const file of generatedOnDisk(root)) if (!expected.has(file)) fs.rmSync(path.join(root, file));
  for (const [file, content] of expected) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return expected.size;
}

if (require.main === module) {
  void (async () => {
    if (process.argv.includes('--check')) {
      const stale = await staleFiles();
      if (stale.length > 0) {
        process.stderr.write(
          `deploy/k8s is out of date with the service manifest (${stale.join(', ')}): run \`npm run k8s:generate\`` + '\n',
        );
        process.exit(1);
      }
      process.stdout.write('deploy/k8s matches the service manifest\n');
    } else process.stdout.write(`wrote ${await writeGenerated()} files under deploy/k8s\n`);
  })();
}
