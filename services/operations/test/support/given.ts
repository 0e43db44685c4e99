import { randomUUID } from 'node:crypto';
import { type Actor, type EventEnvelope, loadDirectory, type WireCommand } from '@liaison/contracts';
import { fold } from '@liaison/platform';
import type { OperationCommand } from '../../src/domain/commands';
import type { OperationEvent } from '@liaison/contracts';
import { DEFAULT_RESPONSE_LIMITS } from '../../src/domain/model';
import type { OperationState } from '../../src/domain/operation';
import { createOperationDecider } from '../../src/domain/operation-decider';

export const directory = loadDirectory();
export const decider = createOperationDecider({ directory, limits: DEFAULT_RESPONSE_LIMITS });

export const OP = 'operation-00000000-0000-8000-8000-000000000001';
export const OTHER_OP = 'operation-00000000-0000-8000-8000-000000000002';
export const LEAD = 'lead-00000000-0000-8000-8000-000000000001';
export const T0 = '2026-03-01T08:00:00.000Z';

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
      subject: { enterpriseName: 'Zhengzhou Jiuxiang Trading Co., Ltd.', creditCode: '91410105MA12345678', personName: '' },
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

export function envelopes(events: { actor: Actor; event: OperationEvent }[], operationId = OP): EventEnvelope[] {
  return events.map(({ actor, event }, i) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: operationId,
    version: i + 1,
    occurredAt: T0,
    recordedAt: T0,
    actor,
    correlationId: 'c',
    causationId: null,
    traceparent: null,
    data: event.data as Record<string, unknown>,
  }));
}

/** Runs commands in order through decide/evolve, returning the state and every event. */
export function given(...commands: OperationCommand[]): { state: OperationState; history: EventEnvelope[] } {
  const recorded: { actor: Actor; event: OperationEvent }[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    const decided = decider.decide(command, state);
    const list = Array.isArray(decided) ? decided : [decided];
    recorded.push(...list.map((event) => ({ actor: command.actor, event })));
    state = fold(decider, envelopes(recorded).slice(-list.length), state);
  }
  return { state, history: envelopes(recorded) };
}

export function when(state: OperationState, command: OperationCommand): OperationEvent[] {
  const decided = decider.decide(command, state);
  return Array.isArray(decided) ? decided : [decided];
}

export const proposed = (overrides: Partial<Payload<'ProposeOperation'>> = {}) =>
  cmd('ProposeOperation', jinshui, proposePayload(overrides));
export const invited = (...unitIds: string[]) => cmd('InviteUnits', jinshui, { unitIds, message: 'join us' });
export const joined = (actor: typeof erqi) => cmd('JoinOperation', actor, {});
export const launched = () => cmd('Launch', jinshui, {});
