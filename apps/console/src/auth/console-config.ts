/** GET /console/config.json: how this deployment signs in (services/gateway/src/console/console-routes.ts). */
export interface ConsoleConfig {
  authMode: 'dev' | 'oidc';
  oidc: { issuer: string; clientId: string; scope: string; audience: string } | null;
  jurisdictions: { jurisdictionId: string; name: string; nameZh: string }[];
  officers: { officerId: string; name: string; roles: string[]; unitId: string; unitName: string; unitNameZh: string }[];
}

let loaded: Promise<ConsoleConfig> | undefined;
export const consoleConfig = (): Promise<ConsoleConfig> =>
  (loaded ??= fetch('/console/config.json').then((r) => {
    if (!r.ok) throw new Error(`console config: HTTP ${r.status}`);
    return r.json() as Promise<ConsoleConfig>;
  }));
