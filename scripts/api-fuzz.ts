/**
 * `bash scripts/api-fuzz.sh` (CI, after `npm test`): Schemathesis against the OpenAPI document of
 * a running system (issue 13). Starts (or reuses) the local infrastructure and one system
 * (e2e/src/system.ts), signs in a dev-mode liaison officer, and runs `st run` with the checks of
 * scripts/schemathesis.toml: no server error, every status documented, and no schema-valid
 * request refused with a 400 (the document would say less than the gateway checks). Exit code:
 * Schemathesis's own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import { startSystem } from '../e2e/src/system';
import { findingKey, type FuzzReport, readFuzzReport } from './api-fuzz-report';

const ROOT = join(__dirname, '..');
const say = (line: string) => process.stderr.write(`[api-fuzz] ${line}\n`);
const OFFICER = process.env.API_FUZZ_OFFICER ?? 'officer-jinshui-msb-li';
const MIN_CASES = 1_000;

async function main(): Promise<number> {
  const st = process.argv[2];
  if (!st) throw new Error('usage: tsx scripts/api-fuzz.ts <path of st>');
  const owner = `api-fuzz:${process.pid}`;
  const infra = await ensureInfra({ owner, durability: 'throwaway' });
  const system = await startSystem({
    infra: { kafkaBrokers: infra.kafkaBrokers.join(','), mongodbUri: infra.mongodbUri },
    // One token for the whole run; the gateway's own limits stay as deployed (startSystem lifts only the rate limit).
    env: { gateway: { AUTH_TOKEN_TTL_SECONDS: '7200', LOG_LEVEL: 'warn' } },
  });
  try {
    const res = await fetch(`${system.gatewayUrl}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officerId: OFFICER }),
    });
    if (!res.ok) throw new Error(`no dev token for ${OFFICER}: ${res.status}`);
    const { accessToken } = (await res.json()) as { accessToken: string };
    say(`system up at ${system.gatewayUrl}; fuzzing as ${OFFICER}`);
    const reportDir = mkdtempSync(join(tmpdir(), 'liaison-api-fuzz-'));
    const args = [
      '--config-file',
      join(ROOT, 'scripts', 'schemathesis.toml'),
      'run',
      `${system.gatewayUrl}/api/v1/openapi.json`,
      '--header',
      `Authorization: Bearer ${accessToken}`,
      // Issue 13: no server error, every status documented, no schema-valid request refused (toml).
      '--checks',
      'not_a_server_error,status_code_conformance,positive_data_acceptance',
      '--report',
      'ndjson',
      '--report-dir',
      reportDir,
      ...process.argv.slice(3),
    ];
    const stExit = await new Promise<number>((resolve, reject) => {
      const child = spawn(st, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    return judge(readFuzzReport(join(reportDir, readdirSync(reportDir).find((name) => name.endsWith('.ndjson'))!)), stExit);
  } finally {
    await system.stop();
    if (infra.startedHere) await stopInfra({ onlyOwner: owner });
  }
}

/**
 * Passes with ≥ MIN_CASES cases, no server error, no undocumented status, and no refused
 * schema-valid request other than the known ones of scripts/api-fuzz-known.txt (each with why).
 */
function judge(report: FuzzReport, stExit: number): number {
  const known = readFileSync(join(ROOT, 'scripts', 'api-fuzz-known.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim());
  const counts = new Map<string, number>();
  for (const finding of report.findings) counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  const byCheck = (check: string) => report.findings.filter((finding) => finding.check === check).length;
  const isKnown = (key: string) => known.some((entry) => key.startsWith('positive_data_acceptance') && key.includes(entry));
  say(`schemathesis exit ${stExit}; ${report.cases} generated cases`);
  for (const check of ['not_a_server_error', 'status_code_conformance', 'positive_data_acceptance'])
    say(`  ${check}: ${byCheck(check)} failing cases`);
  let fresh = 0;
  for (const [key, n] of [...counts].sort()) {
    const accepted = isKnown(key);
    if (!accepted) fresh += n;
    say(`  ${accepted ? 'known' : 'NEW  '} ×${n} ${key}`);
  }
  if (report.cases < MIN_CASES) say(`FAILED: fewer than ${MIN_CASES} cases`);
  if (fresh > 0) say(`FAILED: ${fresh} failing cases not in scripts/api-fuzz-known.txt`);
  const passed = report.cases >= MIN_CASES && fresh === 0;
  if (passed) say('passed');
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
