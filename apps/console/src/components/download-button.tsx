import { useState } from 'preact/hooks';
import { downloadFile } from '../api/download';

/**
 * A button that downloads a file behind the token (api/download.ts); busy while the server
 * prepares it (a certificate PDF takes a moment); a refusal goes to `onError`.
 */
export function DownloadButton({
  path,
  accept,
  fileName,
  label,
  onError,
}: {
  path: string;
  accept: string;
  fileName: string;
  label: string;
  onError: (detail: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  // Which click this is and which one failed: a refused download can be told from an earlier one.
  const [attempts, setAttempts] = useState(0);
  const [failed, setFailed] = useState(0);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy ? 'true' : undefined}
      data-attempts={attempts}
      data-failed={failed}
      onClick={async () => {
        const attempt = attempts + 1;
        setAttempts(attempt);
        setBusy(true);
        onError('');
        const error = await downloadFile(path, accept, fileName).catch((e: unknown) => String(e));
        setBusy(false);
        if (error) setFailed(attempt);
        onError(error ?? '');
      }}
    >
      {label}
    </button>
  );
}
