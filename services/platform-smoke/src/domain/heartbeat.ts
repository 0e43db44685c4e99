import { type EventEnvelope, EventRegistry } from '@liaison/contracts';
import { type Decider, ValidationError } from '@liaison/platform';
import { z } from 'zod';

export const heartbeatRecordedSchema = z.object({ source: z.string().min(1).max(100), note: z.string().max(500) });
export type HeartbeatRecorded = { type: 'HeartbeatRecorded'; data: z.infer<typeof heartbeatRecordedSchema> };

export type HeartbeatCommand = { type: 'RecordHeartbeat'; source: string; note: string };

export interface HeartbeatState {
  count: number;
}

export const heartbeatEvents = new EventRegistry().register({
  type: 'HeartbeatRecorded',
  schemaVersion: 1,
  schema: heartbeatRecordedSchema,
});

export const heartbeatStreamId = (source: string): string => `heartbeat-${source}`;

const recordHeartbeat = (command: HeartbeatCommand): HeartbeatRecorded => {
  if (!/^[a-z0-9-]{1,100}$/.test(command.source)) throw ValidationError.field('source', 'lower-case letters, digits and dashes, 1–100');
  return { type: 'HeartbeatRecorded', data: { source: command.source, note: command.note } };
};

export const heartbeatDecider: Decider<HeartbeatCommand, HeartbeatState, HeartbeatRecorded> = {
  initialState: () => ({ count: 0 }),
  decide: (command) => {
    switch (command.type) {
      case 'RecordHeartbeat':
        return recordHeartbeat(command);
      default: {
        const unknown: never = command.type;
        throw ValidationError.field('type', `unknown command ${String(unknown)}`);
      }
    }
  },
  evolve: (state, event: EventEnvelope) => (event.type === 'HeartbeatRecorded' ? { count: state.count + 1 } : state),
};
