import { type Actor, loadDirectory, loadHolidayCalendar, type WireCommand } from '@liaison/contracts';
import { DeciderSpecification } from '@liaison/platform/testing';
import type { OperationCommand } from '../src/domain/commands';
import { DEFAULT_RESPONSE_LIMITS } from '../src/domain/model';
import { createOperationDecider } from '../src/domain/operation-decider';

/** The operations domain's test fixtures: seeded officers, a valid proposal, and the decider's given/when/then specification. */

export const directory = loadDirectory();
export const calendar = loadHolidayCalendar();
export const decider = createOperationDecider({ directory, limits: DEFAULT_RESPONSE_LIMITS, calendar });

export const OP = 'operation-00000000-0000-8000-8000-000000000001';
export const OTHER_OP = 'operation-00000000-0000-8000-8000-000000000002';
export const LEAD = 'lead-00000000-0000-8000-8000-000000000001';
export const T0 = '2026-03-01T08:00:00.000Z';

/** given (events or commands) / when (command) / then (events or an error), on the stream OP. */
export const spec = DeciderSpecification.for(decider, { streamId: OP, at: T0 });

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
export const jinshui = officer('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
export const erqi = officer('officer-erqi-msb-sun', 'msb-erqi', ['coordinator', 'liaison_officer']);
export const zhongmu = officer('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);
export const guancheng = officer('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer', 'coordinator']);
export const analyst = officer('officer-city-lgo-analyst', 'lgo-city', ['analyst']);

/** A payload as a caller may send it (enum fields any string: the decider checks them against the contract). */
type Payload<T extends OperationCommand['type']> = Omit<
  Extract<WireCommand<OperationCommand>, { type: T }>,
  'type' | 'actor' | 'now' | 'operationId'
>;

export function cmd<T extends OperationCommand['type']>(
  type: T,
  actor: Actor,
  payload: Payload<T>,
  now = T0,
  operationId = OP,
): OperationCommand {
  return { type, actor, now, operationId, ...payload } as unknown as OperationCommand;
}

export const proposePayload = (overrides: Partial<Payload<'ProposeOperation'>> = {}): Payload<'ProposeOperation'> => ({
  title: 'Joint raid on counterfeit liquor warehouses',
  objective: 'Seize counterfeit Moutai and trace the supply chain',
  targets: [
    {
      subject: { enterpriseName: 'Zhengzhou Jiuxiang Trading Co., Ltd.', creditCode: '91410105MA1234567T', personName: '' },
      place: { jurisdiction: 'erqi', address: '18 Jiefang Road', coordinates: { latitude: 34.7466, longitude: 113.6253 } },
    },
  ],
  area: 'Erqi and Zhongmu logistics parks',
  window: { startsAt: '2026-03-05T20:00:00.000Z', endsAt: '2026-03-06T04:00:00.000Z' },
  linkedLeadIds: [LEAD],
  handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  urgency: 'normal',
  conflicts: [],
  ...overrides,
});

export const proposed = (overrides: Partial<Payload<'ProposeOperation'>> = {}) =>
  cmd('ProposeOperation', jinshui, proposePayload(overrides));
export const invited = (...unitIds: string[]) => cmd('InviteUnits', jinshui, { unitIds, message: 'join us', namedOfficerIds: [] });
export const joined = (actor: Actor) => cmd('JoinOperation', actor, {});
export const launched = () => cmd('Launch', jinshui, { overrideReason: '' });
