import { createParser } from 'eventsource-parser';
import { useEffect, useState } from 'preact/hooks';
import { endSession, type Session } from '../auth/session';

/** One change the gateway told this officer of (services/gateway/src/live/lead-audience.ts). */
export interface LiveNotice {
  kind: 'lead';
  type: string;
  leadId: string;
  title: string;
  version: number;
  occurredAt: string;
  unitIds: string[];
}

type Listener = (notice: LiveNotice) => void;
const listeners = new Set<Listener>();

/** Components that show lists re-read them when a notice arrives. */
export function useLiveNotices(listener: Listener): void {
  useEffect(() => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, [listener]);
}

/**
 * GET /api/v1/live read with fetch (EventSource cannot send the bearer token) and parsed by
 * eventsource-parser; reconnects after a drop; `expired` from the gateway ends the session.
 */
export function useLiveStream(session: Session | null): { connected: boolean; notices: LiveNotice[] } {
  const [connected, setConnected] = useState(false);
  const [notices, setNotices] = useState<LiveNotice[]>([]);
  useEffect(() => {
    if (!session) return;
    const abort = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const response = await fetch('/api/v1/live', {
          headers: { Authorization: `Bearer ${session.token}`, Accept: 'text/event-stream' },
          signal: abort.signal,
        });
        if (response.status === 401) return endSession('expired');
        if (!response.ok || !response.body) throw new Error(`live: HTTP ${response.status}`);
        const parser = createParser({
          onEvent(message) {
            if (message.event === 'ready') setConnected(true);
            if (message.event === 'expired') endSession('expired');
            if (message.event === 'notice') {
              const notice = JSON.parse(message.data) as LiveNotice;
              setNotices((list) => [notice, ...list].slice(0, 5));
              for (const listener of listeners) listener(notice);
            }
          },
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      setConnected(false);
      if (!abort.signal.aborted) retry = setTimeout(connect, 2_000);
    };
    void connect();
    return () => {
      abort.abort();
      clearTimeout(retry);
      setConnected(false);
    };
  }, [session?.token]);
  return { connected, notices };
}

/**
 * A notice can arrive before the read model behind a list or a detail has applied the same
 * event (both follow the topic): read again, a few times with growing pauses, until `caughtUp`.
 */
export async function readUntilCaughtUp(read: () => Promise<boolean>, pausesMs = [0, 250, 500, 1_000, 2_000, 4_000]): Promise<void> {
  for (const pause of pausesMs) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    if (await read()) return;
  }
}
