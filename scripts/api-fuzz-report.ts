/**
 * Reads Schemathesis's NDJSON event report (scripts/api-fuzz.ts) into counts: generated cases,
 * and failures per check, each with the operation and the problem's detail (quoted values
 * elided), so a finding is named the same on every run.
 */
import { readFileSync } from 'node:fs';

export interface Finding {
  check: string;
  operation: string;
  status: number;
  /** The problem+json `detail`, quoted values replaced by "…"; '' when the body was not a problem. */
  detail: string;
}

export interface FuzzReport {
  cases: number;
  findings: Finding[];
}

interface Recorder {
  label: string;
  cases?: Record<string, unknown>;
  checks?: Record<string, { name: string; status: string }[]>;
  interactions?: Record<string, { response?: { status_code: number; content?: { $base64?: string } } }>;
}

const detailOf = (base64: string | undefined): string => {
  if (!base64) return '';
  try {
    const body = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { detail?: unknown };
    return typeof body.detail === 'string' ? body.detail.replace(/"[^"]*"/g, '"…"').slice(0, 200) : '';
  } catch {
    return '';
  }
};

export function readFuzzReport(file: string): FuzzReport {
  let cases = 0;
  const findings: Finding[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as { ScenarioFinished?: { recorder: Recorder } };
    const recorder = event.ScenarioFinished?.recorder;
    if (!recorder) continue;
    cases += Object.keys(recorder.cases ?? {}).length;
    for (const [caseId, checks] of Object.entries(recorder.checks ?? {})) {
      for (const check of checks) {
        if (check.status !== 'failure') continue;
        const response = recorder.interactions?.[caseId]?.response;
        findings.push({
          check: check.name,
          operation: recorder.label,
          status: response?.status_code ?? 0,
          detail: detailOf(response?.content?.$base64),
        });
      }
    }
  }
  return { cases, findings };
}

export const findingKey = (finding: Finding): string => `${finding.check} ${finding.operation} ${finding.status} ${finding.detail}`;
