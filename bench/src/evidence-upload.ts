/**
 * `npm run bench:evidence`: upload and hash of a 100 MB file through the real system (gateway
 * multipart → gRPC client stream → evidence service → GridFS on the MongoDB-API server, or a
 * directory with `--store directory`), beside `sha256sum` of the same file in the same run
 * (goal: upload MB/s ≥ 0.5 × sha256sum MB/s), with the peak RSS (VmHWM) of the gateway and the
 * evidence processes (goal < 150 MB each: the bytes stream, nothing holds the whole file). The
 * download (re-hash, then stream) is timed too, for comparison. `--mb <n>` for another size.
 * Besides the peak, the RSS growth during the upload (peak after it − resident before it) is
 * printed: a flat growth whatever the size is what shows the bytes stream. `--repeat <n>` uploads
 * n times, each beside its own `sha256sum` run (on a loaded machine only same-moment ratios
 * compare), and prints each ratio and their median.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { creditCodeFrom } from '@liaison/contracts';
import { Api } from '@liaison/e2e/src/http';
import { startSystem } from '@liaison/e2e/src/system';
import { ensureInfra, stopInfra } from '@liaison/infra-local';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    store: { type: 'string', default: 'gridfs' },
    repeat: { type: 'string', default: '1' },
  },
});
const MB = Number(values.mb);
const BYTES = MB * 1024 * 1024;
const STORE = values.store === 'directory' ? 'directory' : 'gridfs';
const REPEAT = Math.max(1, Number(values.repeat) || 1);
const mbps = (bytes: number, ms: number) => bytes / (1024 * 1024) / (ms / 1000);

/** Resident set of a process now (VmRSS) or its peak so far (VmHWM), in MB (kB in /proc/<pid>/status). */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' });
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
const peakRssMb = (pid: number) => rssMb(pid, 'VmHWM');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/**
 * CPU time a process has used so far (utime + stime of /proc/<pid>/stat), in ms. On a machine
 * shared with other work the wall-clock rate says how much CPU the bench got; the CPU time per MB
 * says what the path costs.
 */
function cpuMs(pid: number): number {
  const stat = execFileSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' });
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // fields 14 and 15, in USER_HZ (100)
}

function sha256sumMs(file: string, expected: string): number {
  const started = performance.now();
  const sum = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
  const ms = performance.now() - started;
  if (sum !== expected) throw new Error('sha256sum disagrees with the hash computed while writing the file');
  return ms;
}

/** A PDF header (the type the service accepts, sniffed from the bytes) and random bytes, written in 1 MB pieces. */
async function writeFile(path: string): Promise<string> {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  for (let written = 0; written < BYTES; ) {
    const piece =
      written === 0 ? Buffer.concat([head, randomBytes(1024 * 1024 - head.length)]) : randomBytes(Math.min(1024 * 1024, BYTES - written));
    hash.update(piece);
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    written += piece.length;
  }
  out.end();
  await finished(out);
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.MONGODB_URI = infra.mongodbUri;
  const dir = await mkdtemp(join(tmpdir(), 'bench-evidence-'));
  const file = join(dir, 'evidence.pdf');
  const expected = await writeFile(file);
  process.stdout.write(`evidence upload benchmark: ${MB} MB file, content store ${STORE}; ${infra.mongoServer}\n`);

  const evidenceEnv: Record<string, string> = { LOG_LEVEL: 'warn', EVIDENCE_MAX_BYTES: String(BYTES + 1) };
  if (STORE === 'directory') evidenceEnv.EVIDENCE_CONTENT_DIR = join(dir, 'store');
  const system = await startSystem({
    env: { evidence: evidenceEnv, gateway: { LOG_LEVEL: 'warn' }, leads: { LOG_LEVEL: 'warn' }, operations: { LOG_LEVEL: 'warn' } },
  });
  try {
    const pidOf = (name: string) => system.services.find((s) => s.name === name)!.process.pid!;
    const before = { gateway: peakRssMb(pidOf('gateway')), evidence: peakRssMb(pidOf('evidence')) };
    const residentBefore = { gateway: rssMb(pidOf('gateway'), 'VmRSS'), evidence: rssMb(pidOf('evidence'), 'VmRSS') };
    const jinshui = await Api.login(system.gatewayUrl, 'officer-jinshui-msb-li');
    const code = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
    const lead = await jinshui.post<{ leadId: string }>('/api/v1/leads', {
      title: 'Counterfeit goods in a warehouse (benchmark)',
      category: 'counterfeit_food',
      subject: { enterpriseName: 'Bench Trading Co., Ltd.', creditCode: code },
      location: { jurisdiction: 'jinshui', address: '18 Huayuan Road, Jinshui District' },
      summary: 'Benchmark lead for the evidence upload.',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code: 'AMBER' },
    });
    if (lead.status !== 201) throw new Error(`lead not created: ${lead.status} ${JSON.stringify(lead.body)}`);

    const upload = async () => {
      const form = new FormData();
      form.append(
        'metadata',
        JSON.stringify({
          kind: 'video',
          title: 'Warehouse inspection recording (benchmark)',
          collectedAt: new Date(Date.now() - 60_000).toISOString(),
          leadId: lead.body.leadId,
          handling: { code: 'AMBER' },
          sha256: expected,
        }),
      );
      // A Blob backed by the file: the client streams it from disk too.
      form.append('content', await openAsBlob(file, { type: 'application/pdf' }), 'evidence.pdf');
      const started = performance.now();
      const uploaded = await fetch(`${system.gatewayUrl}/api/v1/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jinshui.token}` },
        body: form,
      });
      const answer = (await uploaded.json()) as { evidenceId?: string };
      const ms = performance.now() - started;
      if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${JSON.stringify(answer)}`);
      return { ms, evidenceId: answer.evidenceId! };
    };
    const runs: { hashMs: number; uploadMs: number; evidenceId: string; cpu: { gateway: number; evidence: number } }[] = [];
    for (let run = 0; run < REPEAT; run += 1) {
      const hashMs = sha256sumMs(file, expected);
      const cpuBefore = { gateway: cpuMs(pidOf('gateway')), evidence: cpuMs(pidOf('evidence')) };
      const { ms, evidenceId } = await upload();
      const cpu = { gateway: cpuMs(pidOf('gateway')) - cpuBefore.gateway, evidence: cpuMs(pidOf('evidence')) - cpuBefore.evidence };
      runs.push({ hashMs, uploadMs: ms, evidenceId, cpu });
    }
    const answer = { evidenceId: runs.at(-1)!.evidenceId };
    const afterUpload = { gateway: peakRssMb(pidOf('gateway')), evidence: peakRssMb(pidOf('evidence')) };

    const downloadStarted = performance.now();
    const download = await fetch(`${system.gatewayUrl}/api/v1/evidence/${answer.evidenceId}/content`, {
      headers: { authorization: `Bearer ${jinshui.token}` },
    });
    const hash = createHash('sha256');
    let received = 0;
    for await (const piece of download.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(piece);
      received += piece.byteLength;
    }
    const downloadMs = performance.now() - downloadStarted;
    const intact = hash.digest('hex') === expected && received === BYTES && download.headers.get('liaison-content-verified') === 'true';

    const after = { gateway: peakRssMb(pidOf('gateway')), evidence: peakRssMb(pidOf('evidence')) };
    const lines = runs.map(
      ({ hashMs, uploadMs, cpu }, run) =>
        `[run ${run + 1}] sha256sum ${hashMs.toFixed(0)} ms, ${mbps(BYTES, hashMs).toFixed(0)} MB/s; ` +
        `POST /api/v1/evidence (multipart, streamed, hashed and sniffed, stored in ${STORE}, registered) ${uploadMs.toFixed(0)} ms, ` +
        `${mbps(BYTES, uploadMs).toFixed(1)} MB/s; ratio ${(hashMs / uploadMs).toFixed(3)}; ` +
        `CPU gateway ${(cpu.gateway / MB).toFixed(1)} ms/MB, evidence ${(cpu.evidence / MB).toFixed(1)} ms/MB\n`,
    );
    const ratio = median(runs.map(({ hashMs, uploadMs }) => hashMs / uploadMs));
    const growth = (name: 'gateway' | 'evidence') => afterUpload[name] - residentBefore[name];
    const rss = (name: 'gateway' | 'evidence') =>
      `${name} ${after[name].toFixed(0)} MB (peak ${before[name].toFixed(0)} MB and resident ${residentBefore[name].toFixed(0)} MB before the upload${REPEAT > 1 ? 's' : ''}, ` +
      `peak ${afterUpload[name].toFixed(0)} MB after: growth ${growth(name).toFixed(0)} MB) ${after[name] < 150 ? 'PASS' : 'ABOVE'}`;
    process.stdout.write(
      `\n${lines.join('')}` +
        `[upload] median ratio upload / sha256sum ${ratio.toFixed(3)} over ${runs.length} run${runs.length > 1 ? 's' : ''} (goal ≥ 0.5) ${ratio >= 0.5 ? 'PASS' : 'BELOW'}\n` +
        `[download] GET /api/v1/evidence/{id}/content (re-hash pass, then streamed): ${downloadMs.toFixed(0)} ms, ${mbps(BYTES, downloadMs).toFixed(1)} MB/s, ` +
        `byte-identical and verified: ${intact ? 'yes' : 'NO'}\n` +
        `[peak RSS, VmHWM] ${rss('gateway')}; ${rss('evidence')} (goal < 150 MB each)\n`,
    );
    if (!intact) process.exitCode = 1;
  } finally {
    await system.stop();
    await rm(dir, { recursive: true, force: true });
    if (infra.startedHere) await stopInfra();
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause ? `\ncaused by: ${String((error.cause as Error).stack ?? error.cause)}` : '';
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}\n`);
  process.exit(1);
});
