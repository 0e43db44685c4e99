import type { Directory } from '@liaison/contracts';
import type { RequestHandler } from 'express';
import { authenticate } from './auth/middleware';
import type { Authenticator } from './auth/authenticator';
import { REGISTRY_OFFICER_OF_UNIT, REGISTRY_REF, type RegistryRef } from './http/common-schemas';
import { actorOf } from './http/request-context';

/**
 * The OpenAPI document as served at run time. Unit, jurisdiction, police-unit and procuratorate
 * fields (marked `x-liaison-registry` in the schemas, common-schemas.ts) must name an entry of the
 * registry as it is now: the services refuse any other id with 400. The static document (the one
 * the console's client is generated from, scripts/openapi-document.ts) can only give their
 * pattern; the gateway follows the registry (LiveDirectory), so to a signed-in caller it serves
 * the document with the current ids as `enum` (officers too, and the caller's own unit where only
 * it may be named), and which officers a collecting unit has. Anonymous callers get the static document: the registry's reads are for
 * signed-in officers only.
 */

/** The registry's current ids for each kind of marked field; `own-unit` and `other-unit` as seen by `actor`. */
export type RegistryIds = Record<RegistryRef, string[]> & {
  /** The officers of each unit (objects marked REGISTRY_OFFICER_OF_UNIT). */
  officersOfUnit: Record<string, string[]>;
};

export function registryIds(directory: Directory, actor: { unitId: string }): RegistryIds {
  const units = directory.allUnits();
  const ids = (list: { unitId: string }[]) => list.map((unit) => unit.unitId).sort();
  return {
    unit: ids(units),
    'police-unit': ids(units.filter((unit) => unit.police)),
    'procuratorate-unit': ids(units.filter((unit) => unit.agency === 'procuratorate')),
    'own-unit': [actor.unitId],
    'other-unit': ids(units.filter((unit) => unit.unitId !== actor.unitId)),
    jurisdiction: directory.data.jurisdictions.map((jurisdiction) => jurisdiction.jurisdictionId).sort(),
    officer: directory
      .allOfficers()
      .map((officer) => officer.officerId)
      .sort(),
    officersOfUnit: officersByUnit(directory),
  };
}

/** Each unit's officers, sorted, in one pass over the registry's officers. */
function officersByUnit(directory: Directory): Record<string, string[]> {
  const byUnit: Record<string, string[]> = {};
  for (const { officerId, unitId } of directory.allOfficers()) (byUnit[unitId] ??= []).push(officerId);
  for (const officers of Object.values(byUnit)) officers.sort();
  return byUnit;
}

/**
 * The rule of an object marked REGISTRY_OFFICER_OF_UNIT as JSON Schema: the caller's unit (or no
 * unit) with one of its officers (or none: the caller), or another unit with one of its officers.
 * Units without officers cannot be named there (the service would find no collector).
 */
function officerOfUnitRule({ unit, officer }: { unit: string; officer: string }, ids: RegistryIds): object[] {
  const own = ids['own-unit'][0] ?? '';
  const officersOf = (unitId: string) => ids.officersOfUnit[unitId] ?? [];
  const branch = (unitId: string) => ({ [unit]: { const: unitId }, [officer]: { enum: officersOf(unitId) } });
  return [
    { properties: branch(own) },
    ...ids.unit
      .filter((unitId) => unitId !== own && officersOf(unitId).length > 0)
      .map((unitId) => ({ required: [unit, officer], properties: branch(unitId) })),
  ];
}

/**
 * A copy of `document` where every marked schema lists the ids of its kind as `enum`. A kind the
 * registry holds none of keeps its pattern only (an empty `enum` would make the operation
 * impossible to call, which is what the service would answer, but not a useful document).
 */
export function withRegistryEnums<T>(document: T, ids: RegistryIds): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = walk(inner);
    const ref = copy[REGISTRY_REF] as RegistryRef | undefined;
    if (ref && ids[ref]?.length) copy.enum = ids[ref];
    const officerOfUnit = copy[REGISTRY_OFFICER_OF_UNIT] as { unit: string; officer: string } | undefined;
    if (officerOfUnit && ids['own-unit'].length) {
      const rule = { anyOf: officerOfUnitRule(officerOfUnit, ids) };
      // An anyOf of the schema's own (a cross-field rule) stays: both must hold.
      if (copy.anyOf) copy.allOf = [...((copy.allOf as unknown[] | undefined) ?? []), rule];
      else Object.assign(copy, rule);
    }
    return copy;
  };
  return walk(document) as T;
}

/**
 * GET /api/v1/openapi.json: the static document, or with `Authorization: Bearer …` (verified
 * like every other route: an invalid token is 401) the document with the registry's current
 * ids, rebuilt only when they change.
 */
export function serveOpenApi(document: object, directory: Directory, auth: Authenticator): RequestHandler {
  const signedIn = authenticate(auth);
  const cache = new Map<string, object>();
  return async (req, res) => {
    if (!req.get('authorization')) {
      res.json(document);
      return;
    }
    // Throws the AuthenticationFailure (401) of an invalid token, as on every signed-in route.
    await (signedIn(req, res, () => undefined) as unknown as Promise<void>);
    const ids = registryIds(directory, actorOf(res));
    const key = JSON.stringify(ids);
    let served = cache.get(key);
    if (!served) {
      served = withRegistryEnums(document, ids);
      // One entry per unit (own-unit differs) and registry version: a few at most.
      if (cache.size >= 32) cache.clear();
      cache.set(key, served);
    }
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(served);
  };
}
