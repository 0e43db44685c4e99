/**
 * Case publications (案件信息公开, ADR 0031), kept by the credit service (it owns the subject and
 * follows the cases): `drafted` by the unit that owns the concluded case → `published` once the
 * leading-group office approves → `withdrawn` with a reason.
 */
export const PUBLICATION_STATUSES = ['drafted', 'published', 'withdrawn'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const PUBLICATION_ID = /^publication-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Which credit entries conclude a case that may be published. */
export const PUBLISHABLE_ENTRY_KINDS = ['administrative_penalty', 'criminal_case_opened'] as const;
export const PUBLICATION_LIMITS = { cause: 2_000, penalty: 2_000, reason: 2_000 } as const;
