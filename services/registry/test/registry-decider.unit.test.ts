import { describe, expect, it } from '@jest/globals';
import {
  type Actor,
  applyRegistryEvent,
  directoryDataOf,
  loadDirectory,
  REGISTRY_SYSTEM_ACTOR,
  type RegistryCommand,
  registryEvents,
  registryStateOf,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { DeciderSpecification } from '@liaison/platform/testing';
import { createOfficerDecider, createUnitDecider, type OfficerCommand, type UnitCommand } from '../src/domain/registry-deciders';

const seed = loadDirectory();
const deps = { jurisdiction: (id: string) => seed.jurisdiction(id) };
const T0 = '2026-03-01T08:00:00.000Z';
const admin: Actor = { officerId: 'officer-city-lgo-admin', unitId: 'lgo-city', roles: ['admin'] };
const officerLi: Actor = { officerId: 'officer-jinshui-msb-li', unitId: 'msb-jinshui', roles: ['liaison_officer'] };
const analystActor: Actor = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' };

const units = DeciderSpecification.for(createUnitDecider(deps), { streamId: 'unit-msb-test', at: T0 });
const officers = DeciderSpecification.for(createOfficerDecider(deps), { streamId: 'officer-officer-test-1', at: T0 });

const cmd = <C extends RegistryCommand>(command: Omit<C, 'actor' | 'now'> & { actor?: Actor }): C =>
  ({ actor: admin, now: T0, ...command }) as unknown as C;

const registerUnit = (over: Partial<UnitCommand> = {}) =>
  cmd<UnitCommand>({
    type: 'RegisterUnit',
    unitId: 'msb-xingyang',
    agency: 'msb',
    jurisdiction: 'xingyang',
    name: 'Xingyang Market Supervision Bureau',
    nameZh: '荥阳市市场监督管理局',
    police: false,
    leadingGroup: false,
    reason: 'new liaison unit',
    ...over,
  } as never);
const registerOfficer = (over: Record<string, unknown> = {}) =>
  cmd<OfficerCommand>({
    type: 'RegisterOfficer',
    officerId: 'officer-test-1',
    unitId: 'lgo-city',
    name: 'Analyst Test',
    roles: ['analyst'],
    clearance: '',
    reason: 'joined the leading-group office',
    unitRegistered: true,
    ...over,
  } as never);
const officerCommand = (type: OfficerCommand['type'], over: Record<string, unknown> = {}) =>
  cmd<OfficerCommand>({ type, officerId: 'officer-test-1', reason: 'because', ...over } as never);

const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(registryEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('units', () => {
  it('RegisterUnit records UnitRegistered with the reason', () => {
    const { events } = units.given().when(registerUnit()).decided();
    expect(events).toEqual([
      { type: 'UnitRegistered', data: expect.objectContaining({ unitId: 'msb-xingyang', reason: 'new liaison unit' }) },
    ]);
    valid(events);
  });

  it('refuses an unknown jurisdiction, an id not starting with the agency and a blank reason, naming each field', () => {
    units
      .given()
      .when(registerUnit({ unitId: 'psb-xingyang', jurisdiction: 'atlantis', reason: ' ' }))
      .thenThrows(ValidationError, (e) => expect(e.issues.map((i) => i.path).sort()).toEqual(['jurisdiction', 'reason', 'unit_id']));
  });

  it('refuses registering a unit twice', () => {
    units.givenCommands(registerUnit()).when(registerUnit()).thenThrows(InvalidTransitionError);
  });

  it('RenameUnit keeps the previous name on the event (names over time)', () => {
    const { events } = units
      .givenCommands(registerUnit())
      .when(
        cmd<UnitCommand>({
          type: 'RenameUnit',
          unitId: 'msb-xingyang',
          name: 'Xingyang AMR',
          nameZh: '荥阳市市场监管局',
          reason: 'reorganised',
        } as never),
      )
      .decided();
    expect(events[0]).toEqual({
      type: 'UnitRenamed',
      data: expect.objectContaining({ name: 'Xingyang AMR', previousName: 'Xingyang Market Supervision Bureau', reason: 'reorganised' }),
    });
    valid(events);
  });

  it('RenameUnit of an unknown unit is NotFound', () => {
    units
      .given()
      .when(cmd<UnitCommand>({ type: 'RenameUnit', unitId: 'msb-xingyang', name: 'X', nameZh: 'X', reason: 'r' } as never))
      .thenThrows(NotFoundError);
  });
});

describe('only admins change the registry', () => {
  it.each([
    ['a liaison officer', officerLi],
    ['an analyst', analystActor],
    ['the system actor, for anything but registering', REGISTRY_SYSTEM_ACTOR],
  ])('refuses %s', (_who, actor) => {
    officers.givenCommands(registerOfficer()).when(officerCommand('DeactivateOfficer', { actor })).thenThrows(ForbiddenError);
  });

  it('refuses a non-admin registering a unit, and lets the registry seed itself', () => {
    units
      .given()
      .when(registerUnit({ actor: officerLi }))
      .thenThrows(ForbiddenError);
    expect(
      units
        .given()
        .when(registerUnit({ actor: REGISTRY_SYSTEM_ACTOR }))
        .decided().events,
    ).toHaveLength(1);
  });
});

describe('officers', () => {
  it('RegisterOfficer needs a registered unit, and a clearance only for an analyst', () => {
    officers
      .given()
      .when(registerOfficer({ unitRegistered: false, roles: ['liaison_officer'], clearance: 'AMBER' }))
      .thenThrows(ValidationError, (e) => expect(e.issues.map((i) => i.path).sort()).toEqual(['clearance', 'unit_id']));
  });

  it('RegisterOfficer records the roles and clearance', () => {
    const { events, state } = officers
      .given()
      .when(registerOfficer({ clearance: 'AMBER' }))
      .decided();
    expect(events[0]!.data).toMatchObject({ roles: ['analyst'], clearance: 'AMBER' });
    expect(state).toMatchObject({ active: true, clearance: 'AMBER' });
    valid(events);
  });

  it('SetOfficerClearance records the previous clearance; analysts only', () => {
    const { events } = officers
      .givenCommands(registerOfficer())
      .when(officerCommand('SetOfficerClearance', { clearance: 'AMBER' }))
      .decided();
    expect(events[0]).toEqual({
      type: 'OfficerClearanceSet',
      data: expect.objectContaining({ clearance: 'AMBER', previousClearance: null }),
    });
    valid(events);
    officers
      .givenCommands(registerOfficer({ roles: ['liaison_officer'] }))
      .when(officerCommand('SetOfficerClearance', { clearance: 'AMBER' }))
      .thenThrows(InvalidTransitionError);
    officers
      .givenCommands(registerOfficer())
      .when(officerCommand('SetOfficerClearance', { clearance: 'RED' }))
      .thenThrows(ValidationError, (e) => expect(e.issues[0]!.path).toBe('clearance'));
  });

  it('ChangeOfficerRoles that drops analyst drops the clearance', () => {
    const { state } = officers
      .givenCommands(registerOfficer({ clearance: 'AMBER' }))
      .when(officerCommand('ChangeOfficerRoles', { roles: ['liaison_officer'] }))
      .decided();
    expect(state).toMatchObject({ roles: ['liaison_officer'], clearance: null });
    officers
      .givenCommands(registerOfficer())
      .when(officerCommand('ChangeOfficerRoles', { roles: ['analyst', 'analyst'] }))
      .thenThrows(ValidationError);
  });

  it('MoveOfficerToUnit records the previous unit; the target must be registered and different', () => {
    const { events } = officers
      .givenCommands(registerOfficer())
      .when(officerCommand('MoveOfficerToUnit', { unitId: 'msb-erqi', unitRegistered: true }))
      .decided();
    expect(events[0]!.data).toMatchObject({ unitId: 'msb-erqi', previousUnitId: 'lgo-city' });
    officers
      .givenCommands(registerOfficer())
      .when(officerCommand('MoveOfficerToUnit', { unitId: 'msb-nowhere', unitRegistered: false }))
      .thenThrows(ValidationError);
    officers
      .givenCommands(registerOfficer())
      .when(officerCommand('MoveOfficerToUnit', { unitId: 'lgo-city', unitRegistered: true }))
      .thenThrows(ValidationError);
  });

  it('a deactivated officer changes only by reactivation; deactivation twice is refused', () => {
    const deactivated = officers.givenCommands(registerOfficer(), officerCommand('DeactivateOfficer'));
    expect(deactivated.state.active).toBe(false);
    deactivated.when(officerCommand('DeactivateOfficer')).thenThrows(InvalidTransitionError);
    deactivated.when(officerCommand('SetOfficerClearance', { clearance: 'AMBER' })).thenThrows(InvalidTransitionError);
    const { events, state } = deactivated.when(officerCommand('ReactivateOfficer', { reason: 'back from leave' })).decided();
    expect(events).toEqual([{ type: 'OfficerReactivated', data: { officerId: 'officer-test-1', reason: 'back from leave' } }]);
    expect(state.active).toBe(true);
    officers.givenCommands(registerOfficer()).when(officerCommand('ReactivateOfficer')).thenThrows(InvalidTransitionError);
  });

  it('commands on an unknown officer are NotFound', () => {
    officers.given().when(officerCommand('DeactivateOfficer')).thenThrows(NotFoundError);
    officers.given().when(officerCommand('ReactivateOfficer')).thenThrows(NotFoundError);
  });
});

describe('the registry fold every directory uses (applyRegistryEvent)', () => {
  it('drops deactivated officers from the directory, and applies roles, clearance, moves and names', () => {
    const state = registryStateOf(seed);
    const apply = (type: string, data: Record<string, unknown>) => applyRegistryEvent(state, { type, data });
    apply('OfficerDeactivated', { officerId: 'officer-jinshui-msb-li', reason: 'left' });
    apply('OfficerClearanceSet', { officerId: 'officer-city-lgo-analyst', clearance: 'GREEN', previousClearance: 'AMBER', reason: 'r' });
    apply('OfficerMovedToUnit', { officerId: 'officer-erqi-msb-wang', unitId: 'msb-jinshui', previousUnitId: 'msb-erqi', reason: 'r' });
    apply('UnitRenamed', {
      unitId: 'msb-erqi',
      name: 'Erqi AMR',
      nameZh: '二七区市场监管局',
      previousName: 'x',
      previousNameZh: 'x',
      reason: 'r',
    });
    const data = directoryDataOf(state, seed.data);
    const officer = (id: string) => data.officers.find((o) => o.officerId === id);
    expect(officer('officer-jinshui-msb-li')).toBeUndefined();
    expect(officer('officer-city-lgo-analyst')).toMatchObject({ clearance: 'GREEN' });
    expect(officer('officer-erqi-msb-wang')).toMatchObject({ unitId: 'msb-jinshui' });
    expect(data.units.find((u) => u.unitId === 'msb-erqi')).toMatchObject({ name: 'Erqi AMR' });
    apply('OfficerRolesChanged', {
      officerId: 'officer-city-lgo-analyst',
      roles: ['liaison_officer'],
      previousRoles: ['analyst'],
      reason: 'r',
    });
    expect(directoryDataOf(state, seed.data).officers.find((o) => o.officerId === 'officer-city-lgo-analyst')).not.toHaveProperty(
      'clearance',
    );
  });
});
