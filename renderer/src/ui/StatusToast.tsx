// The window's status message ("Highlighted", "Undid: Mark quote", "3 articles imported") as a
// toast in a fixed layer: it never pushes the toolbar about, fades after a while and can be
// dismissed. It stays in the header's place in the DOM, so it is announced as it always was.
import { useEffect, useState } from 'react';
import './status-toast.css';

/** How long a message stays: long enough to read a sentence twice. */
const SHOW_MS = 8_000;

export function StatusToast({ message }: { message: string }) {
  // The message last put away; a new message shows at once, in the same render.
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => {
    if (message === '') return;
    const timer = window.setTimeout(() => setDismissed(message), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  const shown = message !== '' && dismissed !== message;
  return (
    <div className={shown ? 'status-toast' : 'status-toast is-hidden'}>
      <p className="status" role="status" aria-live="polite">
        {message}
      </p>
      {shown && (
        <button type="button" aria-label="Dismiss message" onClick={() => setDismissed(message)}>
          ×
        </button>
      )}
    </div>
  );
}
