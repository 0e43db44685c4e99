/**
 * Reads Schemathesis's NDJSON event report (scripts/api-fuzz.ts) into counts: generated cases,
 * and failures per check, each with the operation, the problem's detail (quoted values elided,
 * so a finding is named the same on every run) and a curl line that sends the same request again.
 */
import { readFileSync } from 'node:fs';

export interface Finding {
  check: string;
  operation: string;
  status: number;
  /** The problem+json `detail`, quoted values replaced by "…"; '' when the body was not a problem. */
  detail: string;
  /** `curl …` sending the failing request again; the token as `$TOKEN`. */
  reproduce: string;
}

/** An error of Schemathesis or Hypothesis themselves while generating for an operation (no request, no answer). */
export interface GeneratorError {
  operation: string;
  phase: string;
  type: string;
  message: string;
}

export interface FuzzReport {
  cases: number;
  findings: Finding[];
  generatorErrors: GeneratorError[];
}

interface Interaction {
  request?: { method: string; uri: string; headers?: Record<string, string[]>; body?: { $base64?: string } };
  response?: { status_code: number; content?: { $base64?: string } };
}

interface Recorder {
  label: string;
  cases?: Record<string, unknown>;
  checks?: Record<string, { name: string; status: string }[]>;
  interactions?: Record<string, Interaction>;
}

const decode = (base64: string | undefined): string => (base64 ? Buffer.from(base64, 'base64').toString('utf8') : '');

const detailOf = (base64: string | undefined): string => {
  try {
    const body = JSON.parse(decode(base64)) as { detail?: unknown };
    return typeof body.detail === 'string' ? body.detail.replace(/"[^"]*"/g, '"…"').slice(0, 200) : '';
  } catch {
    return '';
  }
};

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** The request as one curl line: the bearer token Schemathesis used is filtered from the report, so `$TOKEN` stands for it. */
export function curlOf(request: Interaction['request']): string {
  if (!request) return '';
  const parts = ['curl', '-sS', '-X', request.method, shellQuote(request.uri)];
  for (const [name, values] of Object.entries(request.headers ?? {})) {
    if (/^(authorization|content-length|user-agent|accept-encoding|connection|x-schemathesis-testcaseid)$/i.test(name)) continue;
    for (const value of values) parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  parts.push('-H', '"Authorization: Bearer $TOKEN"');
  const body = decode(request.body?.$base64);
  if (body) parts.push('--data-binary', shellQuote(body));
  return parts.join(' ');
}

export function readFuzzReport(file: string): FuzzReport {
  let cases = 0;
  const findings: Finding[] = [];
  const generatorErrors: GeneratorError[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as {
      ScenarioFinished?: { recorder: Recorder };
      NonFatalError?: { label: string; phase: string; value: { type: string; message: string } };
    };
    if (event.NonFatalError) {
      const { label, phase, value } = event.NonFatalError;
      generatorErrors.push({ operation: label, phase, type: value.type, message: value.message });
    }
    const recorder = event.ScenarioFinished?.recorder;
    if (!recorder) continue;
    cases += Object.keys(recorder.cases ?? {}).length;
    for (const [caseId, checks] of Object.entries(recorder.checks ?? {})) {
      for (const check of checks) {
        if (check.status !== 'failure') continue;
        const interaction = recorder.interactions?.[caseId];
        findings.push({
          check: check.name,
          operation: recorder.label,
          status: interaction?.response?.status_code ?? 0,
          detail: detailOf(interaction?.response?.content?.$base64),
          reproduce: curlOf(interaction?.request),
        });
      }
    }
  }
  return { cases, findings, generatorErrors };
}

export const findingKey = (finding: Finding): string => `${finding.check} ${finding.operation} ${finding.status} ${finding.detail}`;
