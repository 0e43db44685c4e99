import { randomUUID } from 'node:crypto';
import { type Actor, type EventEnvelope, loadDirectory, type WireCommand } from '@liaison/contracts';
import { fold } from '@liaison/platform';
import type { LeadCommand } from '../../src/domain/commands';
import { SYSTEM_ACTOR } from '../../src/domain/commands';
import type { LeadEvent } from '@liaison/contracts';
import type { LeadState } from '../../src/domain/lead';
import { createLeadDecider } from '../../src/domain/lead-decider';
import { STATUTORY_LIMITS } from '../../src/domain/model';

export const directory = loadDirectory();
export const decider = createLeadDecider({ directory, limits: STATUTORY_LIMITS });

export const LEAD = 'lead-00000000-0000-8000-8000-000000000001';
export const OTHER = 'lead-00000000-0000-8000-8000-000000000002';
export const T0 = '2026-03-01T08:00:00.000Z';

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
export const jinshui = officer('officer-jinshui-msb-li', 'msb-jinshui');
export const erqi = officer('officer-erqi-msb-wang', 'msb-erqi');
export const psb = officer('officer-city-psb-chen', 'psb-city');
export const zhongmu = officer('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);
export const analyst = officer('officer-city-lgo-analyst', 'lgo-city', ['analyst']);
export const admin = officer('officer-city-lgo-admin', 'lgo-city', ['admin']);
export const system = SYSTEM_ACTOR;

/** A payload as a caller may send it (enum fields any string: the decider checks them against the contract). */
type Payload<T extends LeadCommand['type']> = Omit<Extract<WireCommand<LeadCommand>, { type: T }>, 'type' | 'actor' | 'now' | 'leadId'>;

export function cmd<T extends LeadCommand['type']>(type: T, actor: Actor, payload: Payload<T>, now = T0, leadId = LEAD): LeadCommand {
  return { type, actor, now, leadId, ...payload } as unknown as LeadCommand;
}

export const postPayload = (overrides: Partial<Payload<'PostLead'>> = {}): Payload<'PostLead'> => ({
  title: 'Counterfeit Moutai liquor sold from a warehouse',
  category: 'counterfeit_food',
  subject: {
    enterpriseName: 'Zhengzhou Jiuxiang Trading Co., Ltd.',
    creditCode: '91410105MA12345678',
    personName: '',
    onlineShop: '',
    url: '',
  },
  location: { jurisdiction: 'erqi', address: '18 Jiefang Road, Erqi District', coordinates: null },
  summary: 'Tip-off: counterfeit liquor stored and sold.',
  priority: 'high',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  attachments: [],
  possibleDuplicates: [],
  ...overrides,
});

/** Envelopes as the store would write them, so `evolve` sees what it sees in production. */
export function envelopes(events: { actor: Actor; event: LeadEvent }[], leadId = LEAD): EventEnvelope[] {
  return events.map(({ actor, event }, i) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: leadId,
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
export function given(...commands: LeadCommand[]): { state: LeadState; history: EventEnvelope[] } {
  const recorded: { actor: Actor; event: LeadEvent }[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    const decided = decider.decide(command, state);
    const list = Array.isArray(decided) ? decided : [decided];
    recorded.push(...list.map((event) => ({ actor: command.actor, event })));
    state = fold(decider, envelopes(recorded).slice(-list.length), state);
  }
  return { state, history: envelopes(recorded) };
}

export function when(state: LeadState, command: LeadCommand): LeadEvent[] {
  const decided = decider.decide(command, state);
  return Array.isArray(decided) ? decided : [decided];
}

export const posted = (overrides: Partial<Payload<'PostLead'>> = {}) => cmd('PostLead', jinshui, postPayload(overrides));
export const sharedWith = (...unitIds: string[]) => cmd('ShareLead', jinshui, { unitIds, message: 'please verify' });
