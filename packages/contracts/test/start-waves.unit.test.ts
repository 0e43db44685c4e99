import { describe, expect, it } from '@jest/globals';
import { SERVICE_MANIFEST, startWaves } from '../src';

const service = (name: string, calls: string[] = []) => ({ name, main: `${name}.ts`, grpcPort: 1, produces: [], consumes: [], calls });

describe('start waves', () => {
  it('puts a service in the wave after the last of its callees, and services that call nothing first', () => {
    const waves = startWaves([service('gateway', ['b', 'c']), service('c', ['a']), service('a'), service('b')]);
    expect(waves.map((wave) => wave.map((entry) => entry.name).sort())).toEqual([['a', 'b'], ['c'], ['gateway']]);
  });

  it('starts every service of the manifest exactly once, the gateway in the last wave on its own', () => {
    const waves = startWaves(SERVICE_MANIFEST);
    const names = waves.flat().map((entry) => entry.name);
    expect(names.sort()).toEqual(SERVICE_MANIFEST.map((entry) => entry.name).sort());
    expect(waves.at(-1)!.map((entry) => entry.name)).toEqual(['gateway']);
    for (const [i, wave] of waves.entries())
      for (const entry of wave)
        for (const callee of entry.calls) expect(waves.findIndex((w) => w.some((e) => e.name === callee))).toBeLessThan(i);
  });
});
