import { describe, expect, it } from '@jest/globals';
import {
  emptyOr,
  evidenceEventSchemas,
  LEAD_LIMITS,
  leadEventSchemas,
  NON_BLANK,
  OPERATION_LIMITS,
  operationEventSchemas,
} from '@liaison/contracts';
import { z } from 'zod';
import { NUL_FREE, nulFreePattern } from '../src/http/nul-free';
import { buildOpenApiDocument } from '../src/openapi';

/**
 * The OpenAPI document and the event schemas are two views of one contract: for every field a
 * request body shares with the event its command records, the limits must be the same, so a
 * request the API documents as valid is never refused when the event is appended.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
};
interface Limits {
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

/** Which event each request body's command records (the fields they share are compared). */
const BODIES: Record<string, { events: Record<string, z.ZodType>; type: string }[]> = {
  PostLeadBody: [{ events: leadEventSchemas, type: 'LeadPosted' }],
  ShareLeadBody: [{ events: leadEventSchemas, type: 'LeadShared' }],
  RequestOnwardSharingBody: [{ events: leadEventSchemas, type: 'OnwardSharingRequested' }],
  AnswerOnwardSharingBody: [
    { events: leadEventSchemas, type: 'OnwardSharingApproved' },
    { events: leadEventSchemas, type: 'OnwardSharingRefused' },
  ],
  DeclineLeadBody: [{ events: leadEventSchemas, type: 'LeadDeclined' }],
  AssignForCoHandlingBody: [{ events: leadEventSchemas, type: 'LeadAssignedForCoHandling' }],
  RecordFeedbackBody: [{ events: leadEventSchemas, type: 'LeadFeedbackRecorded' }],
  RegradeLeadBody: [{ events: leadEventSchemas, type: 'LeadRegraded' }],
  FlagSuspectedCrimeBody: [{ events: leadEventSchemas, type: 'SuspectedCrimeFlagged' }],
  DecideTransferBody: [{ events: leadEventSchemas, type: 'TransferDecided' }],
  HandOverToPoliceBody: [{ events: leadEventSchemas, type: 'LeadHandedOverToPolice' }],
  RecordPoliceDecisionBody: [{ events: leadEventSchemas, type: 'PoliceDecisionRecorded' }],
  RequestReconsiderationBody: [{ events: leadEventSchemas, type: 'ReconsiderationRequested' }],
  AnswerReconsiderationBody: [{ events: leadEventSchemas, type: 'ReconsiderationAnswered' }],
  CloseLeadBody: [{ events: leadEventSchemas, type: 'LeadClosed' }],
  LinkLeadBody: [{ events: leadEventSchemas, type: 'LeadLinked' }],
  EscalateForJointActionBody: [{ events: leadEventSchemas, type: 'LeadEscalated' }],
  ProposeOperationBody: [{ events: operationEventSchemas, type: 'OperationProposed' }],
  InviteUnitsBody: [{ events: operationEventSchemas, type: 'UnitsInvited' }],
  DeclineInvitationBody: [{ events: operationEventSchemas, type: 'InvitationDeclined' }],
  AssignTaskBody: [{ events: operationEventSchemas, type: 'TaskAssigned' }],
  CompleteTaskBody: [{ events: operationEventSchemas, type: 'TaskCompleted' }],
  SubmitDraftBody: [{ events: operationEventSchemas, type: 'DraftSubmitted' }],
  RescheduleBody: [{ events: operationEventSchemas, type: 'OperationRescheduled' }],
  ReportProgressBody: [{ events: operationEventSchemas, type: 'ProgressReported' }],
  ConcludeOperationBody: [{ events: operationEventSchemas, type: 'OperationConcluded' }],
  CancelOperationBody: [{ events: operationEventSchemas, type: 'OperationCancelled' }],
  ResolveConflictBody: [{ events: operationEventSchemas, type: 'DeconflictionConflictResolved' }],
  RegisterEvidenceBody: [{ events: evidenceEventSchemas, type: 'EvidenceRegistered' }],
  CustodyTransferBody: [{ events: evidenceEventSchemas, type: 'CustodyTransferred' }],
  AttachTestReportBody: [{ events: evidenceEventSchemas, type: 'TestReportAttached' }],
  RequestRecognitionBody: [{ events: evidenceEventSchemas, type: 'RecognitionRequested' }],
  RecogniseBody: [{ events: evidenceEventSchemas, type: 'Recognised' }],
  RecogniseWithConditionsBody: [{ events: evidenceEventSchemas, type: 'RecognisedWithConditions' }],
  RejectRecognitionBody: [{ events: evidenceEventSchemas, type: 'RecognitionRejected' }],
  RevokeRecognitionBody: [{ events: evidenceEventSchemas, type: 'RecognitionRevoked' }],
  CourtUseConsentBody: [{ events: evidenceEventSchemas, type: 'CourtUseConsentRecorded' }],
  VerifyIntegrityBody: [{ events: evidenceEventSchemas, type: 'IntegrityVerified' }],
};

const document = buildOpenApiDocument({ version: 'test', devAuth: true }) as unknown as {
  components: { schemas: Record<string, JsonSchema> };
};
const components = document.components.schemas;

/** Every leaf of a JSON schema by path (`targets[].subject.creditCode`), with its limits; `$ref`s resolved. */
function leaves(schema: JsonSchema, resolve: (ref: string) => JsonSchema, path = '', out = new Map<string, Limits>()): Map<string, Limits> {
  if (schema.$ref) return leaves(resolve(schema.$ref), resolve, path, out);
  // Alternatives of a field's type (a union) are walked; branches that only add a cross-field
  // rule to an object (no type of their own: `anyOf: [{ required: [...] }, …]`) are not its fields.
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    if (branch.type !== undefined || branch.$ref !== undefined) leaves(branch, resolve, path, out);
  if (schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) leaves(child, resolve, path ? `${path}.${key}` : key, out);
  }
  if (schema.items) {
    if (schema.maxItems !== undefined) out.set(path, { ...out.get(path), maxItems: schema.maxItems });
    leaves(schema.items, resolve, `${path}[]`, out);
  }
  const { maxLength, pattern } = schema;
  // zod writes an integer's implicit safe-integer bounds; they are not limits anyone chose.
  const minimum = schema.minimum === Number.MIN_SAFE_INTEGER ? undefined : schema.minimum;
  const maximum = schema.maximum === Number.MAX_SAFE_INTEGER ? undefined : schema.maximum;
  const found: Limits = { maxLength, pattern, enum: schema.enum, minimum, maximum };
  const defined = Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length > 0) out.set(path, { ...out.get(path), ...defined });
  return out;
}

const apiLeaves = (id: string) => leaves(components[id]!, (ref) => components[ref.replace('#/components/schemas/', '')]!);
const eventLeaves = (schema: z.ZodType) =>
  leaves(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, () => ({}));

/** The gateway's request-side "not blank" and "no NUL" (nul-free.ts): they narrow a text, they are not formats of the contract's. */
const ownPattern = (pattern: string | undefined) =>
  pattern === nulFreePattern(NON_BLANK.source) || pattern === NUL_FREE ? undefined : pattern;

/** The event may allow the empty string proto3 sends for "not given": `^(?:p)?$` matches the API's `^p$`. */
const samePattern = (api: string, event: string) =>
  [event, emptyOr(new RegExp(event)).source].some((contract) => api === contract || api === nulFreePattern(contract)) ||
  [event, nulFreePattern(event)].includes(emptyOr(new RegExp(api)).source);

/** The zod schema of one field of an event, by the same path. */
function fieldSchema(schema: z.ZodType, path: string): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/g, '');
    current = unwrap(current);
    if (!(current instanceof z.ZodObject)) return null;
    current = (current.shape as Record<string, z.ZodType>)[key] ?? null;
    if (!current) return null;
    for (let arrays = part.split('[]').length - 1; arrays > 0; arrays -= 1) {
      const list = unwrap(current);
      if (!(list instanceof z.ZodArray)) return null;
      current = list.element as z.ZodType;
    }
  }
  return current;
}
const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

describe('the OpenAPI document and the event schemas (one contract)', () => {
  const compared: string[] = [];

  it.each(Object.entries(BODIES))('%s: every shared field has the same maxLength, maxItems, enum, pattern and range', (id, targets) => {
    const api = apiLeaves(id);
    for (const { events, type } of targets) {
      const event = eventLeaves(events[type]!);
      for (const [path, limits] of api) {
        const other = event.get(path);
        if (!other) continue;
        compared.push(`${id}.${path}`);
        expect({ path, maxLength: other.maxLength, maxItems: other.maxItems, minimum: other.minimum, maximum: other.maximum }).toEqual({
          path,
          maxLength: limits.maxLength,
          maxItems: limits.maxItems,
          minimum: limits.minimum,
          maximum: limits.maximum,
        });
        // The API may offer fewer values than the event takes (JSON registration: physical samples only), never others.
        if (limits.enum)
          expect({ path, notInEvent: limits.enum.filter((value) => !(other.enum ?? []).includes(value)) }).toEqual({
            path,
            notInEvent: [],
          });
        const pattern = ownPattern(limits.pattern);
        if (pattern) expect({ path, pattern: other.pattern && samePattern(pattern, other.pattern) }).toEqual({ path, pattern: true });
      }
    }
  });

  it('compared the fields that drifted before (facts, address, credit code, summaries)', () => {
    expect(compared).toEqual(
      expect.arrayContaining([
        'HandOverToPoliceBody.facts',
        'PostLeadBody.location.address',
        'PostLeadBody.subject.creditCode',
        'PostLeadBody.summary',
        'CloseLeadBody.summary',
        'ProposeOperationBody.targets[].place.address',
        'ProposeOperationBody.targets[].subject.creditCode',
        'ConcludeOperationBody.summary',
        'ReportProgressBody.seizures[].goods',
        'RegisterEvidenceBody.title',
        'RegisterEvidenceBody.collectionMethod',
        'RecogniseWithConditionsBody.conditions[]',
        'CustodyTransferBody.reason',
      ]),
    );
  });

  it.each(Object.entries(BODIES))('%s: the longest text the API allows passes the event schema', (id, targets) => {
    for (const { events, type } of targets) {
      for (const [path, limits] of apiLeaves(id)) {
        if (limits.maxLength === undefined || ownPattern(limits.pattern) || limits.enum) continue;
        const field = fieldSchema(events[type]!, path);
        if (!field) continue;
        const result = field.safeParse('x'.repeat(limits.maxLength));
        expect({ path, type, accepted: result.success }).toEqual({ path, type, accepted: true });
      }
    }
  });

  it('uses the values a user would expect, from the contract constants', () => {
    const facts = components.HandOverToPoliceBody!.properties!.facts!;
    expect(facts.maxLength).toBe(LEAD_LIMITS.facts);
    expect(leadEventSchemas.LeadHandedOverToPolice.shape.facts.safeParse('x'.repeat(LEAD_LIMITS.facts)).success).toBe(true);
    expect(components.Location!.properties!.address!.maxLength).toBe(LEAD_LIMITS.address);
    expect(components.OperationPlace!.properties!.address!.maxLength).toBe(OPERATION_LIMITS.address);
    expect(components.Subject!.properties!.creditCode!.pattern).toBe(components.OperationSubject!.properties!.creditCode!.pattern);
  });

  it('bounds every integer it takes by what zod accepts (safe integers), so a larger one is not schema-valid', () => {
    const sizeBytes = components.Attachment!.properties!.sizeBytes! as JsonSchema & { minimum?: number; maximum?: number };
    expect([sizeBytes.minimum, sizeBytes.maximum]).toEqual([0, Number.MAX_SAFE_INTEGER]);
    expect(
      leadEventSchemas.LeadPosted.shape.attachments.safeParse([
        { sha256: 'a'.repeat(64), name: 'x', mediaType: '', sizeBytes: Number.MAX_SAFE_INTEGER + 1 },
      ]).success,
    ).toBe(false);
    const unbounded = JSON.stringify(document).match(/"type":"integer"(?![^{}]*"maximum")[^{}]*}/g) ?? [];
    expect(unbounded).toEqual([]);
  });
});
