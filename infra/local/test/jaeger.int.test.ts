// `LIAISON_JAEGER=1 npm start` starts Jaeger so a newcomer can look at a trace: the binary built
// from infra/local/jaeger (.ci/run builds it while provisioning, so this test does not pay for
// the build) takes spans from the platform's own telemetry over OTLP (sent by a separate Node
// process, fixtures/emit-trace.ts) and shows them, parent and child of one trace, through its
// query API.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { type RunningJaeger, startJaeger } from '../src/jaeger';
import { freeStablePorts } from '../src/ports';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-jaeger-'));
let jaeger: RunningJaeger;

interface JaegerTrace {
  traceID: string;
  spans: { spanID: string; operationName: string; references: { refType: string; spanID: string }[] }[];
}

beforeAll(async () => {
  const [otlpHttp, otlpGrpc, ui, queryGrpc] = await freeStablePorts(4);
  jaeger = await startJaeger({ dir, ports: { otlpHttp: otlpHttp!, otlpGrpc: otlpGrpc!, ui: ui!, queryGrpc: queryGrpc! } });
}, 15 * 60_000);

afterAll(async () => {
  await jaeger?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('shows a service’s spans as one trace, the child under its parent', async () => {
  const serviceName = `liaison-jaeger-test-${process.pid}`;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'emit-trace.ts'), jaeger.otlpEndpoint, serviceName], {
    stdio: 'inherit',
    timeout: 60_000,
  });

  let found: JaegerTrace | undefined;
  for (let attempt = 0; attempt < 100 && !found; attempt++) {
    const res = await fetch(`${jaeger.uiUrl}/api/traces?service=${serviceName}&limit=5`);
    if (res.ok) found = ((await res.json()) as { data: JaegerTrace[] }).data[0];
    if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(found).toBeDefined();
  const byName = new Map(found!.spans.map((span) => [span.operationName, span]));
  const parent = byName.get('POST /api/v1/leads');
  const child = byName.get('liaison.v1.LeadsService/PostLead');
  expect(parent).toBeDefined();
  expect(child?.references).toEqual([expect.objectContaining({ refType: 'CHILD_OF', spanID: parent!.spanID })]);
});
