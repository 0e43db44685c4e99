import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { OfficerUnits } from '../named-officers';
import { namedOfficerIssues } from '../named-officers';
import { REPORT_CATEGORIES } from './reference';

/**
 * Routing rules (category × jurisdiction → competent unit, ADR 0028): configurable data in
 * `seeds/intake-routing.json`. The most specific rule wins: category and jurisdiction, then the
 * category anywhere (a city-level competent unit, e.g. patents → IPO), then the jurisdiction for
 * any category (`*`), then the default (`*`/`*`). Each rule names
 * the unit's screening officers, who alone see the reporter's identity (RED).
 */
export const routingRuleSchema = z.object({
  category: z.enum([...REPORT_CATEGORIES, '*']),
  jurisdiction: z.string().min(1),
  unitId: z.string().min(1),
  screeningOfficerIds: z.array(z.string().min(1)).min(1),
});
export const routingSchema = z.object({
  schemaVersion: z.literal(1),
  /** Days the unit has to screen a report (reject, merge or convert). */
  screeningDays: z.number().int().min(1).max(90),
  rules: z.array(routingRuleSchema).min(1),
});
export type Routing = z.infer<typeof routingSchema>;
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const ROUTING_SEED = join(__dirname, '..', '..', '..', '..', 'seeds', 'intake-routing.json');

export function loadRouting(path = process.env.INTAKE_ROUTING_FILE ?? ROUTING_SEED): Routing {
  return routingSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The rule for a report (pure): most specific first; null when none applies. */
export function routeReport(routing: Routing, category: string, jurisdiction: string): RoutingRule | null {
  const match = (c: string, j: string) => routing.rules.find((r) => r.category === c && r.jurisdiction === j);
  return match(category, jurisdiction) ?? match(category, '*') ?? match('*', jurisdiction) ?? match('*', '*') ?? null;
}

/** What is wrong with the rules against the registry: unknown units, officers not of the rule's unit. */
export function routingIssues(routing: Routing, directory: OfficerUnits & { unit(id: string): unknown }): string[] {
  return routing.rules.flatMap((rule, i) => [
    ...(directory.unit(rule.unitId) ? [] : [`rules[${i}].unitId: unknown unit ${rule.unitId}`]),
    ...namedOfficerIssues(directory, {
      code: 'RED',
      record: 'report',
      unitIds: [rule.unitId],
      namedOfficerIds: rule.screeningOfficerIds,
      path: `rules[${i}].screeningOfficerIds`,
    }).map((issue) => `${issue.path}: ${issue.message}`),
  ]);
}
