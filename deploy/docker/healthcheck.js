// Docker HEALTHCHECK: the gateway answers GET /readyz; a gRPC service answers grpc.health.v1
// Check("") with SERVING. Which one and on what port comes from the service manifest entry of
// SERVICE_NAME (HTTP_PORT / GRPC_PORT override the manifest's defaults, as in the services).
'use strict';
const path = require('node:path');
const { selectService } = require('./entrypoint');

const APP_ROOT = path.resolve(__dirname, '..', '..');
const TIMEOUT_MS = 4000;

function fail(message) {
  console.error(`[healthcheck] ${message}`);
  process.exit(1);
}

function checkHttp(port) {
  const http = require('node:http');
  const request = http.get({ host: '127.0.0.1', port, path: '/readyz', timeout: TIMEOUT_MS }, (response) => {
    response.resume();
    if (response.statusCode === 200) process.exit(0);
    fail(`GET /readyz answered ${response.statusCode}`);
  });
  request.on('timeout', () => request.destroy(new Error('timed out')));
  request.on('error', (error) => fail(`GET /readyz: ${error.message}`));
}

/** Key material as the services read it: inline PEM (`\\n` escapes allowed) or a file path. */
function pem(variable) {
  const value = process.env[variable];
  if (!value) return null;
  if (value.includes('-----BEGIN')) return Buffer.from(value.replace(/\\n/g, '\n'));
  return require('node:fs').readFileSync(value);
}

function checkGrpc(port) {
  const grpc = require('@grpc/grpc-js');
  const { service: healthService } = require('grpc-health-check');
  const Client = grpc.makeClientConstructor(healthService, 'grpc.health.v1.Health');
  const credentials = process.env.GRPC_TLS_KEY
    ? // mTLS (GRPC_TLS_*): present the pod's own certificate; the name is not checked on loopback.
      grpc.credentials.createSsl(pem('GRPC_TLS_CA'), pem('GRPC_TLS_KEY'), pem('GRPC_TLS_CERT'), { checkServerIdentity: () => undefined })
    : grpc.credentials.createInsecure();
  const client = new Client(`127.0.0.1:${port}`, credentials);
  client.check({ service: '' }, { deadline: Date.now() + TIMEOUT_MS }, (error, response) => {
    client.close();
    if (error) return fail(`grpc.health.v1 Check: ${error.message}`);
    if (response.status !== 'SERVING' && response.status !== 1) return fail(`grpc.health.v1 status ${response.status}`);
    process.exit(0);
  });
}

if (require.main === module) {
  const { SERVICE_MANIFEST } = require(path.join(APP_ROOT, 'packages', 'contracts', 'src', 'service-manifest.js'));
  let entry;
  try {
    entry = selectService(SERVICE_MANIFEST, process.env.SERVICE_NAME);
  } catch (error) {
    fail(error.message);
  }
  if (entry.httpPort !== undefined) checkHttp(Number(process.env.HTTP_PORT ?? entry.httpPort));
  else checkGrpc(Number(process.env.GRPC_PORT ?? entry.grpcPort));
}
