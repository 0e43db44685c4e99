import type { Coordinates, Target, TimeWindow } from './model';

/**
 * Pure matching rules of deconfliction. The read model indexes every target of a planned or
 * launched operation under top-level equality keys (what FerretDB pushes down):
 *   subject:credit:<CODE>         the credit code, upper-case
 *   subject:name:<normalised>     the enterprise or person name, normalised
 *   cell:<lat>:<lon>              a 0.01° grid cell of the place's coordinates
 * A check looks up the subject keys and the cells around each place, then keeps candidates whose
 * window overlaps and, for places, whose haversine distance is within the radius.
 */

/** Trimmed, lower-case, NFKC (full-width → ASCII), punctuation and symbols dropped, whitespace collapsed. */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();
}

export const CELL_DEGREES = 0.01;
const EARTH_RADIUS_M = 6_371_008.8;

export const cellIndex = (degrees: number): number => Math.floor(degrees / CELL_DEGREES + 1e-9);
export const cellKey = (latIndex: number, lonIndex: number): string => `cell:${latIndex}:${lonIndex}`;
export const cellOf = (c: Coordinates): string => cellKey(cellIndex(c.latitude), cellIndex(c.longitude));

/**
 * The cells to look in for places within `radiusMeters` of `c`: the 9 around its own cell when
 * the radius fits in one cell (300 m against ≥ 0.9 km at the city's latitude), more rings otherwise.
 */
export function cellsAround(c: Coordinates, radiusMeters: number): string[] {
  const latCellM = (CELL_DEGREES * Math.PI * EARTH_RADIUS_M) / 180;
  const lonCellM = latCellM * Math.max(Math.cos((Math.min(Math.abs(c.latitude) + CELL_DEGREES, 89.9) * Math.PI) / 180), 0.01);
  const latRings = Math.max(1, Math.ceil(radiusMeters / latCellM));
  const lonRings = Math.max(1, Math.ceil(radiusMeters / lonCellM));
  const lat0 = cellIndex(c.latitude);
  const lon0 = cellIndex(c.longitude);
  const keys: string[] = [];
  for (let i = -latRings; i <= latRings; i += 1) for (let j = -lonRings; j <= lonRings; j += 1) keys.push(cellKey(lat0 + i, lon0 + j));
  return keys;
}

/** Great-circle distance in metres. */
export function haversineMeters(a: Coordinates, b: Coordinates): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Half-open windows [startsAt, endsAt) overlap when each starts before the other ends. */
export const windowsOverlap = (a: TimeWindow, b: TimeWindow): boolean =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

export interface SubjectKey {
  key: string;
  reason: 'subject_credit_code' | 'subject_name';
  matchedOn: string;
}

/** The subject keys of one target (a lead's subject uses the same keys). */
export function subjectKeys(subject: { creditCode: string; enterpriseName: string; personName: string }): SubjectKey[] {
  const keys: SubjectKey[] = [];
  const credit = subject.creditCode.trim().toUpperCase();
  if (credit) keys.push({ key: `subject:credit:${credit}`, reason: 'subject_credit_code', matchedOn: credit });
  for (const name of [subject.enterpriseName, subject.personName]) {
    const n = normaliseText(name);
    if (n && !keys.some((k) => k.key === `subject:name:${n}`))
      keys.push({ key: `subject:name:${n}`, reason: 'subject_name', matchedOn: n });
  }
  return keys;
}

/** Every index key of one target: its subject keys and the cell of its coordinates. */
export function targetKeys(target: Target): string[] {
  const keys = subjectKeys(target.subject).map((k) => k.key);
  if (target.place.coordinates) keys.push(cellOf(target.place.coordinates));
  return keys;
}
