import { useEffect, useState } from 'preact/hooks';
import { api } from './api/client';
import { consoleConfig, type ConsoleConfig } from './auth/console-config';

/** Units' names from the registry (GET /api/v1/registry/units), fetched once per session. */
export interface UnitName {
  unitId: string;
  name: string;
  nameZh: string;
  jurisdiction: string;
  /** A police unit (the transfer line hands cases over to one). */
  police?: boolean;
  /** The agency kind, e.g. `procuratorate` (the unit asked for case-filing supervision must be one). */
  agency?: string;
}

let units: Promise<Map<string, UnitName>> | undefined;

/**
 * One page of units, asked again a few times when the gateway is busy (503) or away: a failed
 * page must not leave the session with an empty or partial unit list (the share form would offer
 * no unit until a reload).
 */
async function unitsPage(cursor: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    const { data, response } = await api.GET('/api/v1/registry/units', {
      params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
    });
    if (data) return data;
    if (attempt >= 5) throw new Error(`the unit list could not be read (HTTP ${response.status})`);
    await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
  }
}

export function loadUnits(): Promise<Map<string, UnitName>> {
  units ??= (async () => {
    const map = new Map<string, UnitName>();
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const data = await unitsPage(cursor);
      for (const u of data.items as unknown as UnitName[]) map.set(u.unitId, u);
      if (!data.nextCursor) break;
      cursor = data.nextCursor;
    }
    return map;
  })().catch((error: unknown) => {
    units = undefined;
    throw error;
  });
  return units;
}

export const forgetReference = (): void => {
  units = undefined;
};

/** The unit's Chinese name (English in the English console), its id until the registry answered. */
export function useUnitName(): (unitId: string) => string {
  const [map, setMap] = useState<Map<string, UnitName> | null>(null);
  useEffect(() => {
    loadUnits().then(setMap, () => undefined);
  }, []);
  return (unitId) => {
    const unit = map?.get(unitId);
    if (!unit) return unitId;
    return document.documentElement.lang.startsWith('zh') ? unit.nameZh : unit.name;
  };
}

/** A jurisdiction's name as the registry keeps it (from /console/config.json). */
export function useJurisdictionName(): (jurisdictionId: string | undefined) => string {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  useEffect(() => {
    consoleConfig().then(setConfig, () => undefined);
  }, []);
  return (jurisdictionId) => {
    if (!jurisdictionId) return '—';
    const j = config?.jurisdictions.find((x) => x.jurisdictionId === jurisdictionId);
    if (!j) return jurisdictionId;
    return document.documentElement.lang.startsWith('zh') ? j.nameZh : j.name;
  };
}
