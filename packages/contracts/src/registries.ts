import { evidenceEvents } from './evidence/events';
import { leadEvents } from './leads/events';
import { operationEvents } from './operations/events';
import { meetingEvents } from './meetings/events';
import { registryEvents } from './registry/events';
import { creditEvents } from './credit/events';
import { intakeEvents } from './intake/events';
import type { EventRegistry } from './registry';
import type { Context } from './topics';

/**
 * The event registry of each context that publishes events: its own store validates with it at
 * append, and a consumer of its topic validates and upcasts with it (the producer's registry,
 * never the consumer's). Contexts that publish nothing yet have none.
 */
const REGISTRIES: Partial<Record<Context, EventRegistry>> = {
  leads: leadEvents,
  operations: operationEvents,
  meetings: meetingEvents,
  registry: registryEvents,
  evidence: evidenceEvents,
  credit: creditEvents,
  intake: intakeEvents,
};

export function registryOf(context: Context): EventRegistry {
  const registry = REGISTRIES[context];
  if (!registry) throw new Error(`the ${context} context publishes no events yet (no registry in @liaison/contracts)`);
  return registry;
}
