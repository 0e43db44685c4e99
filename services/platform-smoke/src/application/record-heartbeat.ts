import { commandHandler, type CallContext, type EventStore } from '@liaison/platform';
import { heartbeatDecider, heartbeatStreamId } from '../domain/heartbeat';

export function recordHeartbeatHandler(store: EventStore) {
  const handle = commandHandler(store, heartbeatDecider);
  return async (input: { requestId: string; source: string; note: string }, ctx: CallContext) => {
    const streamId = heartbeatStreamId(input.source);
    const result = await handle(
      streamId,
      { type: 'RecordHeartbeat', source: input.source, note: input.note },
      { commandId: input.requestId, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent },
    );
    return { streamId, version: result.version, duplicate: result.duplicate };
  };
}
