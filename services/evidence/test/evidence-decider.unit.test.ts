import { describe, expect, it } from '@jest/globals';
import { evidenceEvents } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { refusal } from '@liaison/platform/testing';
import {
  analyst,
  cmd,
  erqi,
  guancheng,
  ITEM,
  jinshui,
  LEAD,
  OP,
  OP_PARTIES,
  psb,
  recognised,
  registered,
  REPORT,
  REQ,
  requested,
  SHA,
  spec,
  T0,
} from './evidence-fixtures';

const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(evidenceEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('RegisterEvidence', () => {
  it('records the item for the caller’s unit, with the content and the record it belongs to', () => {
    const { events } = spec.given().when(registered()).decided();
    valid(events);
    expect(events).toEqual([
      {
        type: 'EvidenceRegistered',
        data: expect.objectContaining({
          evidenceId: ITEM,
          ownerUnitId: 'msb-erqi',
          registeredByOfficerId: 'officer-erqi-msb-sun',
          sha256: SHA,
        }),
      },
    ]);
  });

  it('is refused for a record the caller’s unit takes no part in, or cannot see', () => {
    spec
      .given()
      .when(registered({ linked: { ownerUnitId: 'msb-jinshui', participantUnitIds: ['psb-city'] } }))
      .thenThrows(ValidationError, refusal({ path: 'operation_id' }));
    spec
      .given()
      .when(registered({ linked: null }))
      .thenThrows(ValidationError, refusal({ path: 'operation_id' }));
  });

  it('needs exactly one of lead and operation', () => {
    spec
      .given()
      .when(registered({ leadId: LEAD }))
      .thenThrows(ValidationError, refusal({ path: 'lead_id' }));
    spec
      .given()
      .when(registered({ operationId: '' }))
      .thenThrows(ValidationError, refusal({ path: 'lead_id' }));
  });

  it('lets only a physical sample come without a file, and never half a content description', () => {
    const none = { sha256: '', storageRef: '', size: 0, mediaType: '', fileName: '' };
    spec
      .given()
      .when(registered({ ...none, kind: 'physical_sample' }))
      .thenMatches((events) => valid(events));
    spec
      .given()
      .when(registered({ ...none, kind: 'photo' }))
      .thenThrows(ValidationError, refusal({ path: 'sha256' }));
    spec
      .given()
      .when(registered({ storageRef: '' }))
      .thenThrows(ValidationError, refusal({ path: 'storage_ref' }));
    spec
      .given()
      .when(registered({ sha256: 'XYZ' }))
      .thenThrows(ValidationError, refusal({ path: 'sha256' }));
  });

  it('checks the collector against the registry and the collection time against the clock', () => {
    spec
      .given()
      .when(registered({ collectedByOfficerId: 'officer-jinshui-msb-zhao' }))
      .thenThrows(ValidationError, refusal({ path: 'collected_by_officer_id' }));
    spec
      .given()
      .when(registered({ collectedAt: '2026-03-02T00:00:00Z' }))
      .thenThrows(ValidationError, refusal({ path: 'collected_at' }));
  });

  it('refuses analysts (read-only) and a second registration of the same item', () => {
    spec.given().when(registered({}, analyst)).thenThrows(ForbiddenError);
    spec
      .givenCommands(registered())
      .when(registered())
      .thenThrows(InvalidTransitionError, refusal({ status: 'registered' }));
  });
});

describe('RecordCustodyTransfer', () => {
  const transfer = (actor = erqi, overrides = {}) =>
    cmd('RecordCustodyTransfer', actor, {
      fromUnitId: '',
      fromOfficerId: '',
      toUnitId: 'psb-city',
      toOfficerId: 'officer-city-psb-chen',
      reason: 'forensic examination',
      at: '',
      ...overrides,
    });

  it('moves custody from the current custodian, who may then pass it on', () => {
    const { events, state } = spec.givenCommands(registered()).when(transfer()).decided();
    valid(events);
    expect(events[0]).toMatchObject({ type: 'CustodyTransferred', data: { fromUnitId: 'msb-erqi', toUnitId: 'psb-city', at: T0 } });
    expect(state.custodianUnitId).toBe('psb-city');
    spec
      .givenCommands(registered(), transfer())
      .when(transfer(psb, { toUnitId: 'msb-jinshui', toOfficerId: '' }))
      .thenMatches((e) => valid(e));
  });

  it('is refused to a unit that does not hold the item, and without a reason or to an unknown unit', () => {
    spec.givenCommands(registered(), requested()).when(transfer(jinshui)).thenThrows(ForbiddenError);
    spec
      .givenCommands(registered())
      .when(transfer(erqi, { reason: ' ' }))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
    spec
      .givenCommands(registered())
      .when(transfer(erqi, { toUnitId: 'msb-nowhere', toOfficerId: '' }))
      .thenThrows(ValidationError, refusal({ path: 'to_unit_id' }));
    spec
      .givenCommands(registered())
      .when(transfer(erqi, { fromUnitId: 'psb-city' }))
      .thenThrows(ValidationError, refusal({ path: 'from_unit_id' }));
  });

  it('passes a RED item only to a named officer', () => {
    const red = (namedOfficerIds: string[]) =>
      registered({ handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds } });
    spec
      .givenCommands(red([]))
      .when(transfer())
      .thenThrows(ValidationError, refusal({ path: 'to_officer_id' }));
    spec
      .givenCommands(red(['officer-city-psb-chen']))
      .when(transfer())
      .thenMatches((events) => valid(events));
    spec
      .given()
      .when(red(['officer-nobody']))
      .thenThrows(ValidationError, refusal({ path: 'handling.named_officer_ids[0]' }));
  });

  it('hides an AMBER+STRICT item from a unit not party to it (404, not 403)', () => {
    const strict = registered({
      handling: { code: 'AMBER+STRICT', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    spec.givenCommands(strict).when(transfer(guancheng)).thenThrows(NotFoundError);
  });
});

describe('AttachTestReport', () => {
  const report = {
    kind: 'test_report',
    leadId: '',
    operationId: OP,
    ownerUnitId: 'psb-city',
  };
  const attach = (r: typeof report | null = report, actor = erqi) =>
    cmd('AttachTestReport', actor, { reportEvidenceId: REPORT, note: 'lab result', report: r });

  it('links a report of the same operation to the tested item, once', () => {
    spec
      .givenCommands(registered({ kind: 'physical_sample', sha256: '', storageRef: '', size: 0 }))
      .when(attach())
      .thenMatches((events, state) => {
        valid(events);
        expect(state.testReportIds).toEqual([REPORT]);
      });
    spec
      .givenCommands(registered(), attach())
      .when(attach())
      .thenThrows(ValidationError, refusal({ path: 'report_evidence_id' }));
  });

  it('refuses an unknown or invisible report, a report that is not one, and one of another record', () => {
    spec
      .givenCommands(registered())
      .when(attach(null))
      .thenThrows(ValidationError, refusal({ path: 'report_evidence_id' }));
    spec
      .givenCommands(registered())
      .when(attach({ ...report, kind: 'photo' }))
      .thenThrows(ValidationError, refusal({ path: 'report_evidence_id' }));
    spec
      .givenCommands(registered())
      .when(attach({ ...report, operationId: '', leadId: LEAD }))
      .thenThrows(ValidationError, refusal({ path: 'report_evidence_id' }));
  });
});

describe('RequestRecognition', () => {
  it('asks units that take part in the linked operation', () => {
    spec
      .givenCommands(registered())
      .when(requested())
      .thenMatches((events, state) => {
        valid(events);
        expect(state.requests[REQ]!.decisions.map((d) => [d.unitId, d.status])).toEqual([
          ['msb-jinshui', 'pending'],
          ['psb-city', 'pending'],
        ]);
      });
  });

  it('refuses a unit that takes no part in the operation, and the registering unit itself', () => {
    spec
      .givenCommands(registered())
      .when(requested(['msb-guancheng']))
      .thenThrows(ValidationError, refusal({ path: 'target_unit_ids[0]' }));
    spec
      .givenCommands(registered())
      .when(requested(['msb-erqi']))
      .thenThrows(ValidationError, refusal({ path: 'target_unit_ids[0]' }));
  });

  it('is the registering unit’s alone', () => {
    spec
      .givenCommands(registered(), requested())
      .when(
        cmd('RequestRecognition', jinshui, {
          requestId: 'recognition-000000000000000002',
          targetUnitIds: ['psb-city'],
          purpose: 'court',
          note: '',
          namedOfficerIds: [],
          linked: OP_PARTIES,
        }),
      )
      .thenThrows(ForbiddenError);
  });

  it('names officers of every target unit for a RED item (namedOfficerIssues)', () => {
    const red = registered({
      handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    spec
      .givenCommands(red)
      .when(requested(['msb-jinshui', 'psb-city'], 'court', ['officer-jinshui-msb-zhao']))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
    spec
      .givenCommands(red)
      .when(requested(['msb-jinshui', 'psb-city'], 'court', ['officer-jinshui-msb-zhao', 'officer-city-psb-chen']))
      .thenMatches((events, state) => {
        valid(events);
        expect(state.handling.namedOfficerIds).toEqual(['officer-jinshui-msb-zhao', 'officer-city-psb-chen']);
      });
    spec
      .givenCommands(registered())
      .when(requested(['msb-jinshui'], 'court', ['officer-jinshui-msb-zhao']))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
  });
});

describe('Recognise, RecogniseWithConditions, RejectRecognition, RevokeRecognition', () => {
  const withConditions = (actor = psb, conditions = ['only for the liquor case']) =>
    cmd('RecogniseWithConditions', actor, { requestId: '', conditions, note: '', chainIntact: true });
  const reject = (actor = jinshui, reason = 'chain of custody unclear') => cmd('RejectRecognition', actor, { requestId: REQ, reason });
  const revoke = (actor = jinshui, reason = 'lab accreditation withdrawn') => cmd('RevokeRecognition', actor, { requestId: REQ, reason });

  it('records each target unit’s answer; the request id may be left out when one request awaits the unit', () => {
    spec
      .givenCommands(registered(), requested(), recognised(jinshui))
      .when(withConditions())
      .thenMatches((events, state) => {
        valid(events);
        expect(state.requests[REQ]!.decisions.map((d) => d.status)).toEqual(['recognised', 'recognised_with_conditions']);
      });
  });

  it('lets each unit answer once: a changed mind is a revocation', () => {
    spec
      .givenCommands(registered(), requested(), recognised(jinshui))
      .when(recognised(jinshui))
      .thenThrows(InvalidTransitionError, refusal({ status: 'already_answered' }));
    spec
      .givenCommands(registered(), requested(), reject())
      .when(recognised(jinshui))
      .thenThrows(InvalidTransitionError, refusal({ status: 'already_answered' }));
    spec
      .givenCommands(registered(), requested(), recognised(jinshui))
      .when(revoke())
      .thenMatches((events, state) => {
        valid(events);
        const d = state.requests[REQ]!.decisions[0]!;
        expect([d.status, d.statusBeforeRevocation]).toEqual(['revoked', 'recognised']);
      });
    spec
      .givenCommands(registered(), requested(), reject())
      .when(revoke())
      .thenThrows(InvalidTransitionError, refusal({ status: 'rejected' }));
  });

  it('refuses units that were not asked', () => {
    spec
      .givenCommands(
        registered({
          handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
        }),
        requested(),
      )
      .when(cmd('Recognise', guancheng, { requestId: REQ, note: '', chainIntact: true }))
      .thenThrows(ForbiddenError);
  });

  it('refuses to recognise an item whose content failed verification, until it verifies again', () => {
    const mismatch = cmd('VerifyIntegrity', erqi, { sha256: 'b'.repeat(64) });
    const verified = cmd('VerifyIntegrity', erqi, { sha256: SHA });
    spec
      .givenCommands(registered(), requested(), mismatch)
      .when(recognised(jinshui))
      .thenThrows(InvalidTransitionError, refusal({ status: 'integrity_mismatch' }));
    spec
      .givenCommands(registered(), requested(), mismatch)
      .when(withConditions())
      .thenThrows(InvalidTransitionError, refusal({ status: 'integrity_mismatch' }));
    spec
      .givenCommands(registered(), requested(), mismatch, verified)
      .when(recognised(jinshui))
      .thenMatches((events) => valid(events));
    // Refusing a doubtful item stays possible.
    spec
      .givenCommands(registered(), requested(), mismatch)
      .when(reject())
      .thenMatches((events) => valid(events));
  });

  it('refuses to recognise an item whose hash chain is broken', () => {
    spec
      .givenCommands(registered(), requested())
      .when(recognised(jinshui, false))
      .thenThrows(InvalidTransitionError, refusal({ status: 'chain_broken' }));
  });

  it('needs the originator’s consent before court-purpose recognition of an item marked no court use without consent', () => {
    const marked = registered({
      handling: { code: 'AMBER', noCourtUseWithoutConsent: true, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    const court = requested(['msb-jinshui', 'psb-city'], 'court');
    const consent = cmd('RecordCourtUseConsent', erqi, { unitIds: ['msb-jinshui'], note: 'for the trial' });
    spec
      .givenCommands(marked, court)
      .when(recognised(jinshui))
      .thenThrows(InvalidTransitionError, refusal({ status: 'court_use_consent_required' }));
    spec
      .givenCommands(marked, court, consent)
      .when(recognised(jinshui))
      .thenMatches((events) => valid(events));
    // The consent covers the units it names only.
    spec
      .givenCommands(marked, court, consent)
      .when(recognised(psb))
      .thenThrows(InvalidTransitionError, refusal({ status: 'court_use_consent_required' }));
    // Other purposes need no consent.
    spec
      .givenCommands(marked, requested())
      .when(recognised(jinshui))
      .thenMatches((events) => valid(events));
  });

  it('needs conditions for a conditional recognition and a reason for a rejection', () => {
    spec
      .givenCommands(registered(), requested())
      .when(withConditions(psb, [' ']))
      .thenThrows(ValidationError, refusal({ path: 'conditions' }));
    spec
      .givenCommands(registered(), requested())
      .when(reject(jinshui, ''))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
  });
});

describe('RecordCourtUseConsent', () => {
  it('is the originator’s, and only for an item marked no court use without consent', () => {
    const marked = registered({
      handling: { code: 'AMBER', noCourtUseWithoutConsent: true, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    spec
      .givenCommands(marked, requested())
      .when(cmd('RecordCourtUseConsent', jinshui, { unitIds: ['msb-jinshui'], note: '' }))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(registered())
      .when(cmd('RecordCourtUseConsent', erqi, { unitIds: ['msb-jinshui'], note: '' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'no_consent_needed' }));
  });
});

describe('VerifyIntegrity', () => {
  it('records IntegrityVerified for the registered hash and IntegrityMismatchDetected otherwise', () => {
    spec
      .givenCommands(registered())
      .when(cmd('VerifyIntegrity', erqi, { sha256: SHA.toUpperCase() }))
      .then([{ type: 'IntegrityVerified', data: { presentedSha256: SHA, unitId: 'msb-erqi', officerId: 'officer-erqi-msb-sun', at: T0 } }]);
    spec
      .givenCommands(registered())
      .when(cmd('VerifyIntegrity', erqi, { sha256: 'b'.repeat(64) }))
      .thenMatches((events, state) => {
        valid(events);
        expect(events[0]!.type).toBe('IntegrityMismatchDetected');
        expect(state.integrity).toBe('mismatch');
      });
  });

  it('refuses an item without content and a malformed hash', () => {
    spec
      .givenCommands(registered({ kind: 'physical_sample', sha256: '', storageRef: '', size: 0 }))
      .when(cmd('VerifyIntegrity', erqi, { sha256: SHA }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'no_content' }));
    spec
      .givenCommands(registered())
      .when(cmd('VerifyIntegrity', erqi, { sha256: 'nope' }))
      .thenThrows(ValidationError, refusal({ path: 'sha256' }));
  });

  it('is refused on an unknown item', () => {
    spec
      .given()
      .when(cmd('VerifyIntegrity', erqi, { sha256: SHA }))
      .thenThrows(NotFoundError);
  });
});
