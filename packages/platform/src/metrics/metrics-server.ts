import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { METRICS_PORT_OFFSET } from '@liaison/contracts';
import type { Logger } from 'pino';
import { metricsRegistry } from './registry';

export interface MetricsServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * `GET /metrics` in the Prometheus text format on a port of its own (ADR 0025): the scrape
 * never shares a listener, limits or authentication with the API, and a network policy can let
 * only Prometheus reach it. Metrics carry no record data (labels are routes, methods, topics,
 * groups, kinds), so the endpoint has no authentication; bind it to loopback or a private network.
 */
export async function startMetricsServer(options: { port: number; host: string; logger: Logger }): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /metrics\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      (error: unknown) => {
        options.logger.error({ err: error }, 'metrics collection failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  options.logger.info({ url: `http://${options.host}:${port}/metrics` }, 'metrics listening');
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * METRICS_PORT when set; otherwise, when the process listens on its manifest port (`npm start`,
 * containers), that port + METRICS_PORT_OFFSET (leads 50051 → 51051, gateway 8080 → 9080); and
 * any free port when its port was moved (tests, the e2e system, a second replica on one
 * machine), which the start-up log names.
 */
export function resolveMetricsPort(explicit: number | undefined, servingPort: number, manifestPort: number | undefined): number {
  if (explicit !== undefined) return explicit;
  return manifestPort !== undefined && servingPort === manifestPort ? manifestPort + METRICS_PORT_OFFSET : 0;
}
