import { UnavailableError } from '../errors';
import type { ServiceRegistration } from '../grpc';

/**
 * Load shedding at the service's door (ADR 0006, "overload"): beyond `maxInFlight` calls at once
 * a new call is refused at once with UNAVAILABLE (the gateway answers 503 with Retry-After)
 * instead of joining a queue whose calls would all outlive their deadline. Without it, 100
 * leads/s offered made every call wait until the gateway's 5 s deadline cut it, and the service
 * kept working for callers that had gone: almost nothing completed. With it, the calls let in
 * finish at the rate the database allows and the rest are told to come back.
 */
export class AdmissionGate {
  private inFlight = 0;

  constructor(readonly maxInFlight: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.maxInFlight) throw new UnavailableError(`overloaded: ${this.maxInFlight} calls in flight; retry later`);
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
    }
  }
}

/** The same registration with every private (identity-bearing) handler behind `gate`; public ones (health-like) stay open. */
export function admitting(registration: ServiceRegistration, gate: AdmissionGate): ServiceRegistration {
  const implementation = Object.fromEntries(
    Object.entries(registration.implementation).map(([name, handler]) => [
      name,
      ((...args: Parameters<typeof handler>) => gate.run(() => Promise.resolve(handler(...args)))) as typeof handler,
    ]),
  );
  return { ...registration, implementation };
}
