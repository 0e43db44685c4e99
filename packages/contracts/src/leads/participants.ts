/**
 * The one participant rule of a lead, used by the leads decider, its projections and queries, and
 * the gateway's pre-check: recipients that have not declined, co-handling units and the police
 * unit the case was handed to. A recipient that declined leaves: it is no longer party to the
 * lead, so it sees nothing more of it than any unit that was never asked (docs/security-model.md,
 * ADR 0012); a unit assigned co-handling afterwards takes part again through that task.
 */
export interface LeadParties {
  recipients: { unitId: string; status: string }[];
  coHandlingUnitIds: string[];
  policeUnitId: string;
  /** The Procuratorate unit asked for case-filing supervision (ADR 0014), if any. */
  procuratorateUnitId?: string;
}

export const leadParticipantUnitIds = (parties: LeadParties): string[] => [
  ...new Set([
    ...parties.recipients.filter((r) => r.status !== 'declined').map((r) => r.unitId),
    ...parties.coHandlingUnitIds,
    ...(parties.policeUnitId ? [parties.policeUnitId] : []),
    ...(parties.procuratorateUnitId ? [parties.procuratorateUnitId] : []),
  ]),
];
