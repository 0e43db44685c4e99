import type { EventEnvelope } from '@liaison/contracts';
import type { ProjectionDefinition } from '@liaison/platform';

export interface HeartbeatsView extends Record<string, unknown> {
  count: number;
  lastNote: string;
  lastAt: string;
}

export const heartbeatsView: ProjectionDefinition<HeartbeatsView> = {
  name: 'heartbeats_view',
  streamPrefix: 'heartbeat-',
  evolve: (current, event: EventEnvelope) => ({
    count: (current?.count ?? 0) + 1,
    lastNote: String(event.data.note ?? ''),
    lastAt: event.occurredAt,
  }),
};
