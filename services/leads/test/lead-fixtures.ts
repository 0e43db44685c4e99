import { type Actor, loadDirectory, loadHolidayCalendar, type RecordAccess, type WireCommand } from '@liaison/contracts';
import { DeciderSpecification } from '@liaison/platform/testing';
import { type LeadCommand, SYSTEM_ACTOR } from '../src/domain/commands';
import { createLeadDecider } from '../src/domain/lead-decider';
import { STATUTORY_LIMITS } from '../src/domain/model';

/** The leads domain's test fixtures: seeded officers, a valid lead, and the decider's given/when/then specification. */

export const directory = loadDirectory();
export const calendar = loadHolidayCalendar();
export const decider = createLeadDecider({ directory, limits: STATUTORY_LIMITS, calendar });

export const LEAD = 'lead-00000000-0000-8000-8000-000000000001';
export const OTHER = 'lead-00000000-0000-8000-8000-000000000002';
export const T0 = '2026-03-01T08:00:00.000Z';

/** given (events or commands) / when (command) / then (events or an error), on the stream LEAD. */
export const spec = DeciderSpecification.for(decider, { streamId: LEAD, at: T0 });

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
export const jinshui = officer('officer-jinshui-msb-li', 'msb-jinshui');
export const erqi = officer('officer-erqi-msb-wang', 'msb-erqi');
export const psb = officer('officer-city-psb-chen', 'psb-city');
export const zhongmu = officer('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);
/** Cleared for AMBER, as the seeded analyst of the leading-group office is. */
export const analyst: Actor = { ...officer('officer-city-lgo-analyst', 'lgo-city', ['analyst']), clearance: 'AMBER' };
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
    creditCode: '91410105MA1234567T',
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

export const posted = (overrides: Partial<Payload<'PostLead'>> = {}) => cmd('PostLead', jinshui, postPayload(overrides));
export const sharedWith = (...unitIds: string[]) => cmd('ShareLead', jinshui, { unitIds, message: 'please verify', namedOfficerIds: [] });

/** A record's access as derived facts carry it (ADR 0012). */
export const accessOf = (overrides: Partial<RecordAccess> = {}): RecordAccess => ({
  ownerUnitId: 'msb-zhongmu',
  createdByOfficerId: 'officer-zhongmu-msb-liu',
  participantUnitIds: [],
  code: 'GREEN',
  namedOfficerIds: [],
  ...overrides,
});
