import type { Context } from './topics';

/**
 * One entry per deployable service. `npm start` (scripts/start.ts), the e2e system
 * (e2e/src/system.ts), the default GRPC_PORT of each service, the gateway's `*_GRPC_ADDRESS`
 * variables and docker-compose.yml (checked by a unit test) all come from this list, so adding a
 * service is one entry here and one folder under services/.
 */
export interface ServiceManifestEntry {
  /** services/<name>/, SERVICE_NAME, and the prefix of its consumer groups. */
  readonly name: string;
  /** Composition root, relative to the repository root. */
  readonly main: string;
  /** Default GRPC_PORT (gRPC services). */
  readonly grpcPort?: number;
  /** Default HTTP_PORT (the gateway). */
  readonly httpPort?: number;
  /** Its own MongoDB database (named after the service); none for a stateless edge. */
  readonly database?: string;
  /** Contexts whose events topic (`liaison.<context>.events.v1`) it writes. */
  readonly produces: readonly Context[];
  /** Contexts whose events topic it consumes (projections and reactions). */
  readonly consumes: readonly Context[];
  /** Services whose gRPC address it needs (`<NAME>_GRPC_ADDRESS`); they start before it. */
  readonly calls: readonly string[];
}

export const SERVICE_MANIFEST = [
  {
    name: 'leads',
    main: 'services/leads/src/main.ts',
    grpcPort: 50051,
    database: 'leads',
    produces: ['leads'],
    consumes: ['leads', 'operations', 'registry'],
    calls: [],
  },
  {
    name: 'operations',
    main: 'services/operations/src/main.ts',
    grpcPort: 50052,
    database: 'operations',
    produces: ['operations'],
    consumes: ['operations', 'leads', 'registry'],
    calls: ['leads'],
  },
  {
    // Units and officers, changed by admins through audited commands; everyone follows its topic (ADR 0016).
    name: 'registry',
    main: 'services/registry/src/main.ts',
    grpcPort: 50058,
    database: 'registry',
    produces: ['registry'],
    consumes: ['registry'],
    calls: [],
  },
  {
    // Evidence items, custody, mutual recognition and signed certificates (issue 9, ADR 0018).
    name: 'evidence',
    main: 'services/evidence/src/main.ts',
    grpcPort: 50053,
    database: 'evidence',
    produces: ['evidence'],
    consumes: ['evidence', 'operations', 'registry'],
    calls: ['leads', 'operations'],
  },
  {
    // Liaison meetings (联络员会商): agendas, attendance, minutes, decisions and their action items (issue 10, ADR 0020).
    name: 'meetings',
    main: 'services/meetings/src/main.ts',
    grpcPort: 50054,
    database: 'meetings',
    produces: ['meetings'],
    // Its own topic, the registry's, and leads/operations/evidence for the agenda proposals' stuck items.
    consumes: ['meetings', 'registry', 'leads', 'operations', 'evidence'],
    calls: [],
  },
  {
    // Credit files of enterprises and responsible persons, fed by leads/operations/evidence, and blacklisting (issue 14, ADR 0027).
    name: 'credit',
    main: 'services/credit/src/main.ts',
    grpcPort: 50056,
    database: 'credit',
    produces: ['credit'],
    consumes: ['credit', 'registry', 'leads', 'operations', 'evidence'],
    calls: [],
  },
  {
    // The analysts' history (issue 11, ADR 0022): the archive of every context's topic, timelines, state as of T, export/import, the read audit (ADR 0023).
    name: 'history',
    main: 'services/history/src/main.ts',
    grpcPort: 50055,
    database: 'history',
    produces: [],
    consumes: ['leads', 'operations', 'evidence', 'meetings', 'registry'],
    calls: [],
  },
  {
    // Public reports (举报投诉): receipt codes, routing to the competent unit, screening, conversion into leads (issue 14, ADR 0028).
    name: 'intake',
    main: 'services/intake/src/main.ts',
    grpcPort: 50057,
    database: 'intake',
    produces: ['intake'],
    consumes: ['intake', 'registry', 'leads'],
    calls: ['leads'],
  },
  {
    name: 'gateway',
    main: 'services/gateway/src/main.ts',
    httpPort: 8080,
    produces: [],
    consumes: ['registry'],
    calls: ['leads', 'operations', 'registry', 'meetings', 'evidence', 'credit', 'intake', 'history'],
  },
] as const satisfies readonly ServiceManifestEntry[];

/**
 * gRPC ports kept for contexts whose service is not built yet (docs/architecture.md); a context
 * moves from here into SERVICE_MANIFEST when its folder lands.
 */
export const RESERVED_GRPC_PORTS = {} as const;

export type ServiceManifest = typeof SERVICE_MANIFEST;
export type ManifestService = ServiceManifest[number];
export type ManifestServiceName = ManifestService['name'];
/** The services that serve gRPC (have a grpcPort). */
export type GrpcManifestService = Extract<ManifestService, { grpcPort: number }>;
export type GrpcManifestServiceName = GrpcManifestService['name'];
export type GrpcAddressVariable<N extends string = GrpcManifestServiceName> = `${Uppercase<N>}_GRPC_ADDRESS`;

/** `leads` → `LEADS_GRPC_ADDRESS`: where callers find a gRPC service. */
export const grpcAddressVariable = <N extends string>(name: N): GrpcAddressVariable<N> =>
  `${name.toUpperCase().replace(/-/g, '_')}_GRPC_ADDRESS` as GrpcAddressVariable<N>;

export const grpcManifestServices = (): GrpcManifestService[] =>
  SERVICE_MANIFEST.filter((service): service is GrpcManifestService => 'grpcPort' in service);

/** Default port of every service: GRPC_PORT (HTTP_PORT for the gateway), reserved ones included. */
export function defaultPorts(): { [S in ManifestService as S['name']]: number } & typeof RESERVED_GRPC_PORTS {
  const ports = Object.fromEntries(
    SERVICE_MANIFEST.map((service) => [service.name, 'grpcPort' in service ? service.grpcPort : service.httpPort]),
  );
  return { ...ports, ...RESERVED_GRPC_PORTS } as { [S in ManifestService as S['name']]: number } & typeof RESERVED_GRPC_PORTS;
}

export function manifestEntry(name: string): ManifestService {
  const entry = SERVICE_MANIFEST.find((service) => service.name === name);
  if (!entry) throw new Error(`no service "${name}" in the service manifest`);
  return entry;
}

/**
 * The services in an order where every service comes after the ones it calls (so a caller's
 * readiness probe finds its backends). Throws on an unknown callee or a cycle of calls.
 */
export function startOrder(manifest: readonly ServiceManifestEntry[] = SERVICE_MANIFEST): ServiceManifestEntry[] {
  const byName = new Map(manifest.map((service) => [service.name, service]));
  const ordered: ServiceManifestEntry[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (service: ServiceManifestEntry, path: string[]) => {
    if (state.get(service.name) === 'done') return;
    if (state.get(service.name) === 'visiting')
      throw new Error(`the service manifest has a cycle of calls: ${[...path, service.name].join(' → ')}`);
    state.set(service.name, 'visiting');
    for (const callee of service.calls) {
      const target = byName.get(callee);
      if (!target) throw new Error(`service "${service.name}" calls "${callee}", which is not in the service manifest`);
      if (!('grpcPort' in target) || target.grpcPort === undefined)
        throw new Error(`service "${service.name}" calls "${callee}", which has no grpcPort`);
      visit(target, [...path, service.name]);
    }
    state.set(service.name, 'done');
    ordered.push(service);
  };
  for (const service of manifest) visit(service, []);
  return ordered;
}

/** The `<NAME>_GRPC_ADDRESS` variables a service needs, given where each service listens. */
export function calleeAddresses(service: ServiceManifestEntry, addressOf: (name: string) => string): Record<string, string> {
  return Object.fromEntries(service.calls.map((callee) => [grpcAddressVariable(callee), addressOf(callee)]));
}

/**
 * Prometheus metrics listen on a port of their own (ADR 0025): by default the service's port
 * plus this offset (leads 50051 → 51051, gateway 8080 → 9080); `METRICS_PORT` overrides it.
 */
export const METRICS_PORT_OFFSET = 1000;

/** The default metrics port of a manifest entry (its gRPC port, or HTTP port for the gateway, + 1000). */
export function defaultMetricsPort(service: ServiceManifestEntry): number {
  const port = service.grpcPort ?? service.httpPort;
  if (port === undefined) throw new Error(`service "${service.name}" has neither grpcPort nor httpPort`);
  return port + METRICS_PORT_OFFSET;
}

/**
 * The services in waves: each wave holds the services whose callees are all in earlier waves, so
 * a wave can start (and, in reverse, stop) at once. Starting one service after another cost every
 * `npm start` and every e2e test the sum of the start-up times, mostly spent waiting on Kafka.
 */
export function startWaves(manifest: readonly ServiceManifestEntry[]): ServiceManifestEntry[][] {
  const waveOf = new Map<string, number>();
  const waves: ServiceManifestEntry[][] = [];
  for (const entry of startOrder(manifest)) {
    // startOrder puts every callee first, so its wave is known here.
    const wave = Math.max(-1, ...entry.calls.map((callee) => waveOf.get(callee)!)) + 1;
    waveOf.set(entry.name, wave);
    (waves[wave] ??= []).push(entry);
  }
  return waves;
}
