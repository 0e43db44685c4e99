import type { proto } from '@liaison/contracts';

/** The situation report as REST answers it (ADR 0021): proto3's "no figure" flags turned into null, results with their previous period. */
export interface ResultFigures {
  reports: number;
  seizures: number;
  valueYuan: number;
  arrests: number;
  inspections: number;
}
export interface SituationJson {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  groupBy: string;
  region: string;
  contexts: { context: string; total: number; previousTotal: number; groups: { key: string; count: number; previousCount: number }[] }[];
  operationsConcluded: number;
  recognitionRate: number | null;
  operationResults: ResultFigures & { previous: ResultFigures };
  recordIds?: string[];
}

const figures = (r: proto.OperationResults__Output | null): ResultFigures => ({
  reports: r?.reports ?? 0,
  seizures: r?.seizures ?? 0,
  valueYuan: r?.valueYuan ?? 0,
  arrests: r?.arrests ?? 0,
  inspections: r?.inspections ?? 0,
});

export function situationJson(r: proto.SituationReport__Output, withRecordIds: boolean): SituationJson {
  return {
    period: { from: r.period?.from ?? '', to: r.period?.to ?? '' },
    previous: { from: r.previous?.from ?? '', to: r.previous?.to ?? '' },
    groupBy: r.groupBy,
    region: r.region,
    contexts: r.contexts.map((c) => ({
      context: c.context,
      total: c.total,
      previousTotal: c.previousTotal,
      groups: c.groups.map((g) => ({ key: g.key, count: g.count, previousCount: g.previousCount })),
    })),
    operationsConcluded: r.operationsConcluded,
    recognitionRate: r.hasRecognitionRate ? r.recognitionRate : null,
    operationResults: { ...figures(r.operationResults), previous: figures(r.previousOperationResults) },
    ...(withRecordIds ? { recordIds: r.recordIds } : {}),
  };
}
