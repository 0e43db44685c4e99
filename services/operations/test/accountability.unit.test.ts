import { describe, expect, it } from '@jest/globals';
import { type AccountabilityRow, accountabilityEntry, type Actor, operationEvents } from '@liaison/contracts';
import { ForbiddenError, loadConfig, NotFoundError, ValidationError } from '@liaison/platform';
import { ReadModelHarness, refusal } from '@liaison/platform/testing';
import { operationsConfigSchema, responseLimits } from '../src/config';
import { SYSTEM_ACTOR, type OperationCommand } from '../src/domain/commands';
import { accountabilityRows } from '../src/projections/accountability';
import { operationDetailsProjection, type OperationView } from '../src/projections/operation-view';
import { analyst, cmd, erqi, invited, jinshui, OP, proposed, spec, T0, zhongmu } from './operation-fixtures';

/** Invitation deadlines with their rule, ExplainBreach, and the operations accountability register (ADR 0013). */

const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const dueAt = later(72 * HOUR);
const overdue = cmd('MarkInvitationOverdue', SYSTEM_ACTOR, { unitId: 'msb-erqi', dueAt }, later(80 * HOUR));
const breached = [proposed(), invited('msb-erqi'), overdue];
const explain = (actor: Actor, reason = 'our coordinator was on sick leave') =>
  cmd('ExplainBreach', actor, { kind: 'invitation_response', reason }, later(90 * HOUR));

const rows = (...commands: OperationCommand[]) =>
  accountabilityRows(
    new ReadModelHarness<OperationView>(operationDetailsProjection, []).apply(...spec.givenCommands(...commands).history).document(OP)!,
  );

describe('invitation deadlines carry their rule', () => {
  it('72 hours stay 72 hours, and the event says so', () => {
    const [event] = spec.givenCommands(proposed()).when(invited('msb-erqi')).decided().events;
    expect(event!.data).toMatchObject({
      respondBy: dueAt,
      respondByRule:
        'invitation response to a joint operation: 72 hours from 2026-03-01 16:00 (Asia/Shanghai), counted in hours: holidays do not extend it',
    });
    expect(operationEvents.validate(event!.type, event!.data)).toMatchObject({ ok: true });
  });

  it('the limits are read in hours (seconds win for drills), and a broken calendar stops start-up', () => {
    const base = { KAFKA_BROKERS: 'localhost:9092', MONGODB_URI: 'mongodb://localhost' };
    expect(responseLimits(loadConfig(operationsConfigSchema, base))).toEqual({ normal: { hours: 72 }, emergency: { hours: 2 } });
    expect(
      responseLimits(
        loadConfig(operationsConfigSchema, { ...base, OPERATIONS_RESPONSE_LIMIT_HOURS: '48', OPERATIONS_EMERGENCY_RESPONSE_SECONDS: '5' }),
      ),
    ).toEqual({ normal: { hours: 48 }, emergency: { seconds: 5 } });
    expect(() => loadConfig(operationsConfigSchema, { ...base, LIAISON_HOLIDAY_CALENDAR: '/nonexistent.json' })).toThrow(
      /LIAISON_HOLIDAY_CALENDAR/,
    );
  });
});

describe('ExplainBreach on an operation', () => {
  it('an officer of the invited unit that did not answer gives the reason', () => {
    expect(
      spec
        .givenCommands(...breached)
        .when(explain(erqi))
        .decided().events,
    ).toEqual([
      {
        type: 'BreachExplained',
        data: {
          kind: 'invitation_response',
          unitId: 'msb-erqi',
          dueAt,
          reason: 'our coordinator was on sick leave',
          officerId: 'officer-erqi-msb-sun',
          at: later(90 * HOUR),
        },
      },
    ]);
  });

  it('nobody else explains it; no breach, nothing to explain; a reason is required', () => {
    const op = spec.givenCommands(...breached);
    op.when(explain(jinshui)).thenThrows(NotFoundError);
    op.when(explain(zhongmu)).thenThrows(NotFoundError);
    op.when(explain(analyst)).thenThrows(NotFoundError);
    op.when(explain({ ...erqi, roles: ['analyst'] })).thenThrows(ForbiddenError);
    op.when(explain(erqi, ' ')).thenThrows(ValidationError, refusal({ path: 'reason' }));
    spec.givenCommands(proposed(), invited('msb-erqi')).when(explain(erqi)).thenThrows(NotFoundError);
  });
});

describe('the operations accountability register (projection rows)', () => {
  it('a missed invitation answer enters with unit, rule and lateness; a late answer and the reason follow', () => {
    expect(rows(proposed(), invited('msb-erqi'))).toEqual([]);
    expect(rows(...breached)).toEqual([
      expect.objectContaining({
        _id: `operations:${OP}:invitation_response:msb-erqi:${dueAt}`,
        context: 'operations',
        recordKind: 'operation',
        recordId: OP,
        kind: 'invitation_response',
        unitId: 'msb-erqi',
        rule: expect.stringContaining('72 hours'),
        detectedAt: later(80 * HOUR),
        answeredAt: '',
        lateBySeconds: 8 * 3600,
      }),
    ]);
    const answered = rows(...breached, cmd('JoinOperation', erqi, {}, later(84 * HOUR)), explain(erqi));
    expect(answered[0]).toMatchObject({
      answeredAt: later(84 * HOUR),
      lateBySeconds: 12 * 3600,
      explanation: { reason: 'our coordinator was on sick leave', officerId: 'officer-erqi-msb-sun' },
    });
  });

  it('the entry as the invited unit, another unit and a supervisor read it', () => {
    const [row] = rows(...breached) as AccountabilityRow[];
    expect(accountabilityEntry(row!, erqi)).toMatchObject({ recordId: OP, explainable: true });
    expect(accountabilityEntry(row!, zhongmu)).toBeNull();
    const supervisor: Actor = { officerId: 'officer-city-supervision-wu', unitId: 'supervision-city', roles: ['supervisor'] };
    expect(accountabilityEntry(row!, supervisor)).toMatchObject({ recordId: OP, pointer: null, explainable: false }); // GREEN/AMBER: the id
  });
});
