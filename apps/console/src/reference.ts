import { useEffect, useState } from 'preact/hooks';
import { api } from './api/client';

/** Units' names from the registry (GET /api/v1/registry/units), fetched once per session. */
export interface UnitName {
  unitId: string;
  name: string;
  nameZh: string;
  jurisdiction: string;
}

let units: Promise<Map<string, UnitName>> | undefined;

export function loadUnits(): Promise<Map<string, UnitName>> {
  units ??= (async () => {
    const map = new Map<string, UnitName>();
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const { data } = await api.GET('/api/v1/registry/units', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } });
      if (!data) break;
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
