import { currentSession, endSession } from '../auth/session';

/**
 * Files the API serves behind the bearer token (a certificate PDF, evidence content, a meeting's
 * .ics, a history export): a plain link cannot send the token, so the console fetches the file
 * and hands it to the browser as a download. Answers the problem's detail when refused.
 */
export async function downloadFile(path: string, accept: string, fileName: string): Promise<string | undefined> {
  const session = currentSession();
  const response = await fetch(path, { headers: { Accept: accept, ...(session ? { Authorization: `Bearer ${session.token}` } : {}) } });
  if (response.status === 401) return void endSession('expired');
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    return problem.detail ?? problem.title ?? `HTTP ${response.status}`;
  }
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return undefined;
}

/** SHA-256 of a file, lower-case hex (Web Crypto; the gateway checks the upload against it). */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
