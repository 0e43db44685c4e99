import { useEffect, useState } from 'preact/hooks';

/** The signed-in officer: a bearer token and when it expires. Kept in sessionStorage (this tab only). */
export interface Session {
  token: string;
  expiresAt: number;
  officer: { officerId: string; unitId: string; roles: string[] };
}

const KEY = 'liaison.session';
type Listener = (session: Session | null, reason?: 'expired') => void;
const listeners = new Set<Listener>();
let expiry: ReturnType<typeof setTimeout> | undefined;
let lastReason: 'expired' | undefined;
let current: Session | null = read();

/** The tab's session; one that expired while the page was away is dropped, and the sign-in page says why. */
function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    if (session && session.expiresAt <= Date.now()) {
      sessionStorage.removeItem(KEY);
      lastReason = 'expired';
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

function publish(reason?: 'expired'): void {
  lastReason = reason;
  for (const listener of listeners) listener(current, reason);
}

function arm(): void {
  clearTimeout(expiry);
  if (current) expiry = setTimeout(() => endSession('expired'), Math.max(0, current.expiresAt - Date.now()));
}

export function startSession(session: Session): void {
  current = session;
  sessionStorage.setItem(KEY, JSON.stringify(session));
  arm();
  publish();
}

/** Ends the session: on sign-out, when the token's lifetime is over, or when the API answers 401. */
export function endSession(reason?: 'expired'): void {
  if (!current && !reason) return;
  current = null;
  sessionStorage.removeItem(KEY);
  clearTimeout(expiry);
  publish(reason);
}

export const currentSession = (): Session | null => current;

export function useSession(): { session: Session | null; reason: 'expired' | undefined } {
  const [state, setState] = useState({ session: current, reason: lastReason });
  useEffect(() => {
    const listener: Listener = (session, reason) => setState({ session, reason });
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return state;
}

arm();
