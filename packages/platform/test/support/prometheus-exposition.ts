import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface MetricFamily {
  name: string;
  /** COUNTER, GAUGE, HISTOGRAM, SUMMARY, UNTYPED. */
  type: string;
  help: string;
  samples: Array<{ labels: Record<string, string> }>;
}

/**
 * Parses a Prometheus text exposition with the Prometheus project's own parser
 * (github.com/prometheus/common/expfmt, in test/support/expfmt, run with the Go toolchain the
 * local infrastructure needs anyway; the first run compiles it into Go's build cache). Rejects
 * with the parser's message when the text is not a valid exposition.
 */
export function parseExposition(text: string): Promise<MetricFamily[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'go',
      ['run', '.'],
      { cwd: join(__dirname, 'expfmt'), env: { ...process.env, GOFLAGS: '-buildvcs=false' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`expfmt rejected the exposition: ${stderr || error.message}`));
        resolve(JSON.parse(stdout) as MetricFamily[]);
      },
    );
    child.stdin!.end(text);
  });
}
