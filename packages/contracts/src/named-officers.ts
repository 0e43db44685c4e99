import type { FieldIssue } from './registry';

/** The part of the unit directory the rule needs. */
export interface OfficerUnits {
  officer(officerId: string): { unitId: string } | undefined;
}

export interface NamedOfficersRule {
  /** The record's handling code: only RED records name officers. */
  code: string;
  /** What the record is called in the messages: `lead`, `operation`, `item`. */
  record: string;
  /** The units the command gives the record to (shares, invites, asks, hands over). */
  unitIds: readonly string[];
  /** The officers the command names, reported under `path` (e.g. `named_officer_ids`). */
  namedOfficerIds: readonly string[];
  path: string;
  /** Officers the record names already: one of them covers their unit, it need not be named again. */
  alreadyNamedOfficerIds?: readonly string[];
}

/**
 * RED records are seen by named officers only (docs/security-model.md), so a command that gives
 * one to units must name at least one officer of every such unit, each an officer of one of them:
 * otherwise the unit gets a duty (an acknowledgement, an answer, a recognition) on a record
 * none of its officers may open. Other codes name nobody. The one rule for shares, onward
 * sharing, hand-overs, invitations and recognition requests, in every context.
 */
export function namedOfficerIssues(directory: OfficerUnits, rule: NamedOfficersRule): FieldIssue[] {
  const { path, record } = rule;
  if (rule.code !== 'RED') return rule.namedOfficerIds.length > 0 ? [{ path, message: `only RED ${record}s name officers` }] : [];
  const issues: FieldIssue[] = [];
  const covered = new Set<string>();
  for (const id of rule.alreadyNamedOfficerIds ?? []) {
    const unitId = directory.officer(id)?.unitId;
    if (unitId) covered.add(unitId);
  }
  rule.namedOfficerIds.forEach((id, i) => {
    const officer = directory.officer(id);
    if (!officer) issues.push({ path: `${path}[${i}]`, message: `unknown officer "${id}"` });
    else if (!rule.unitIds.includes(officer.unitId))
      issues.push({ path: `${path}[${i}]`, message: `officer "${id}" is not of a unit this ${record} goes to` });
    else covered.add(officer.unitId);
  });
  const missing = rule.unitIds.filter((id) => !covered.has(id));
  if (missing.length > 0)
    issues.push({ path, message: `a RED ${record} names at least one officer of each unit it goes to; none for ${missing.join(', ')}` });
  return issues;
}
