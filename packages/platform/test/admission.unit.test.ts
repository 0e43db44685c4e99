import { describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { UnavailableError } from '../src/errors';
import { toGrpcStatus } from '../src/grpc';
import { AdmissionGate } from '../src/service/admission';

describe('admission gate (overload answers UNAVAILABLE instead of queueing past the deadline)', () => {
  it('refuses a call beyond the limit at once, as UNAVAILABLE, and admits again once a call finished', async () => {
    const gate = new AdmissionGate(2);
    const release: Array<() => void> = [];
    const held = () => gate.run(() => new Promise<string>((resolve) => release.push(() => resolve('done'))));
    const first = held();
    const second = held();
    const refused = await gate.run(async () => 'ran').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnavailableError);
    expect(toGrpcStatus(refused, 'corr-1').code).toBe(grpc.status.UNAVAILABLE);
    release.shift()!();
    expect(await first).toBe('done');
    expect(await gate.run(async () => 'ran')).toBe('ran');
    release.shift()!();
    expect(await second).toBe('done');
  });

  it('a failing call frees its place', async () => {
    const gate = new AdmissionGate(1);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'ran')).toBe('ran');
  });
});
