import type { Actor, LinkedRecordParties } from '@liaison/contracts';

/**
 * Who takes part in the lead or operation an item belongs to, as the caller sees it: the leads
 * or operations service answers for the caller's identity (api/linked-records-client.ts), so a
 * record the caller may not see is null exactly as an unknown one, and the participant set is the
 * owning context's current one (leadParticipantUnitIds / operationParticipantUnitIds), never a copy.
 */
export interface LinkedRecords {
  parties(recordId: string, ctx: { actor: Actor; correlationId: string; deadline: Date | null }): Promise<LinkedRecordParties>;
}

/** Whether an item's stream still verifies against its hash chain (the platform's verifyStream), and its head. */
export interface ChainVerifier {
  verify(streamId: string): Promise<{ intact: boolean; head: string; headVersion: number; detail: string }>;
}
