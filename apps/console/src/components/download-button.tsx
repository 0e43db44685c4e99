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
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy ? 'true' : undefined}
      onClick={async () => {
        setBusy(true);
        const error = await downloadFile(path, accept, fileName).catch((e: unknown) => String(e));
        setBusy(false);
        onError(error ?? '');
      }}
    >
      {label}
    </button>
  );
}
