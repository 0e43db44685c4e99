import { type Actor, loadDirectory, type WireCommand } from '@liaison/contracts';
import { DeciderSpecification } from '@liaison/platform/testing';
import type { EvidenceCommand } from '../src/domain/commands';
import { createEvidenceDecider } from '../src/domain/evidence-decider';

/** The evidence domain's test fixtures: seeded officers, a valid registration, and the decider's given/when/then specification. */

export const directory = loadDirectory();
export const decider = createEvidenceDecider({ directory });

export const ITEM = 'evidence-00000000-0000-8000-8000-000000000001';
export const REPORT = 'evidence-00000000-0000-8000-8000-000000000002';
export const OP = 'operation-00000000-0000-8000-8000-000000000001';
export const LEAD = 'lead-00000000-0000-8000-8000-000000000001';
export const T0 = '2026-03-01T08:00:00.000Z';
export const SHA = 'a'.repeat(64);
export const REQ = 'recognition-000000000000000001';

export const spec = DeciderSpecification.for(decider, { streamId: ITEM, at: T0 });

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
export const erqi = officer('officer-erqi-msb-sun', 'msb-erqi', ['coordinator', 'liaison_officer']);
export const jinshui = officer('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
export const psb = officer('officer-city-psb-zhou', 'psb-city', ['coordinator', 'liaison_officer']);
export const guancheng = officer('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer', 'coordinator']);
export const analyst = officer('officer-city-lgo-analyst', 'lgo-city', ['analyst']);

/** The operation's parties as the operations service tells the caller: Erqi leads, Jinshui and the PSB take part. */
export const OP_PARTIES = { ownerUnitId: 'msb-jinshui', participantUnitIds: ['msb-erqi', 'psb-city'] };

type Payload<T extends EvidenceCommand['type']> = Omit<
  Extract<WireCommand<EvidenceCommand>, { type: T }>,
  'type' | 'actor' | 'now' | 'evidenceId'
>;

export function cmd<T extends EvidenceCommand['type']>(
  type: T,
  actor: Actor,
  payload: Payload<T>,
  now = T0,
  evidenceId = ITEM,
): EvidenceCommand {
  return { type, actor, now, evidenceId, ...payload } as unknown as EvidenceCommand;
}

export const registerPayload = (overrides: Partial<Payload<'RegisterEvidence'>> = {}): Payload<'RegisterEvidence'> => ({
  kind: 'test_report',
  title: 'Test report: counterfeit liquor samples',
  description: 'Laboratory analysis of 12 seized bottles',
  sha256: SHA,
  size: 1024,
  mediaType: 'application/pdf',
  fileName: 'report.pdf',
  storageRef: 'gridfs:abc',
  collectedByUnitId: 'msb-erqi',
  collectedByOfficerId: 'officer-erqi-msb-sun',
  collectedAt: '2026-02-28T10:00:00.000Z',
  collectedPlace: '18 Jiefang Road',
  collectionMethod: 'sampling on site',
  leadId: '',
  operationId: OP,
  handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  linked: OP_PARTIES,
  ...overrides,
});

export const registered = (overrides: Partial<Payload<'RegisterEvidence'>> = {}, actor = erqi) =>
  cmd('RegisterEvidence', actor, registerPayload(overrides));
export const requested = (
  targetUnitIds = ['msb-jinshui', 'psb-city'],
  purpose = 'administrative_penalty',
  namedOfficerIds: string[] = [],
) => cmd('RequestRecognition', erqi, { requestId: REQ, targetUnitIds, purpose, note: '', namedOfficerIds, linked: OP_PARTIES });
export const recognised = (actor: Actor, chainIntact = true) => cmd('Recognise', actor, { requestId: REQ, note: '', chainIntact });
