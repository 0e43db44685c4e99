import { counter, DURATION_BUCKETS, histogram } from './registry';

const httpRequests = counter('liaison_http_requests_total', 'HTTP requests answered by the gateway, by route template and status.', [
  'method',
  'route',
  'status',
]);
const httpDuration = histogram(
  'liaison_http_request_duration_seconds',
  'Time from request to response at the gateway, by route template.',
  ['method', 'route'],
  DURATION_BUCKETS,
);

/**
 * One answered HTTP request. `route` is the matched template (`/api/v1/leads/:leadId`), never
 * the raw path: ids in label values would make a series per record (and leak them to Prometheus).
 */
export function observeHttpRequest(method: string, route: string | undefined, status: number, seconds: number): void {
  // `/api/v1/leads/` (a router's root) and `/api/v1/leads` are one route.
  const template = route === undefined ? 'unmatched' : route.length > 1 ? route.replace(/\/$/, '') : route;
  const labels = { method, route: template };
  httpRequests.inc({ ...labels, status: String(status) });
  httpDuration.observe(labels, seconds);
}

const grpcHandled = counter('liaison_grpc_server_handled_total', 'gRPC calls handled by a service, by method and status code.', [
  'grpc_service',
  'grpc_method',
  'grpc_code',
]);
const grpcDuration = histogram(
  'liaison_grpc_server_handling_seconds',
  'Time a service took to answer a gRPC call, by method.',
  ['grpc_service', 'grpc_method'],
  DURATION_BUCKETS,
);

/** One finished gRPC call (`code`: the status name, `OK`, `NOT_FOUND`, `CANCELLED`, …). */
export function observeGrpcCall(service: string, method: string, code: string, seconds: number): void {
  grpcHandled.inc({ grpc_service: service, grpc_method: method, grpc_code: code });
  grpcDuration.observe({ grpc_service: service, grpc_method: method }, seconds);
}
