import { type Actor, isStrict } from '@liaison/contracts';
import { ForbiddenError, NotFoundError } from '@liaison/platform';

export interface ParticipationCheck<D> {
  /** `lead`, `operation`: names the record in errors. */
  kind: string;
  id: string;
  actor: Actor;
  /** The record as the caller may see it (the service's Get rpc with the caller's identity). */
  fetch(): Promise<D>;
  /** The units that take part in the record. */
  parties(record: D): Set<string>;
  /** Its TLP handling code. */
  handlingCode(record: D): string;
  /** Check only that the caller may see the record, not that its unit is a party (default false). */
  visibilityOnly?: boolean;
}

/**
 * Gateway-side check before a command on an existing record: may the caller see it (the
 * service's Get rpc answers NotFound for hidden RED / AMBER+STRICT records and Forbidden
 * otherwise), and is the caller's unit a party to it? Not a party → 403, or 404 for RED and
 * AMBER+STRICT records so their existence does not leak. The service re-checks everything on
 * its event stream; this check only spares it calls that cannot succeed.
 *
 * A NotFound from the Get rpc is passed through to the command rather than answered here: Get
 * may read a projection that lags behind a record created or shared a moment ago, and the
 * command itself answers NotFound authoritatively for a record that is missing or hidden.
 */
export async function checkParticipation<D>(check: ParticipationCheck<D>): Promise<void> {
  let record: D;
  try {
    record = await check.fetch();
  } catch (error) {
    if (error instanceof NotFoundError) return;
    throw error;
  }
  if (check.visibilityOnly) return;
  const { actor } = check;
  if (check.parties(record).has(actor.unitId)) return;
  // Strict records' existence must not leak to outsiders: 404, not 403.
  if (isStrict(check.handlingCode(record))) throw new NotFoundError(check.kind, check.id);
  throw new ForbiddenError(`unit ${actor.unitId} is not a party to ${check.kind} ${check.id}`, { [`${check.kind}Id`]: check.id });
}
