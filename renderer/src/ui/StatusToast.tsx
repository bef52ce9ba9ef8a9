// The window's feedback layer: toasts fixed at the foot of the window, so a message never pushes
// the toolbar about. The status message ("Highlighted", "Undid: Mark quote") fades after a while
// (held while the pointer or focus is on it) and can be dismissed; it may offer an action: Undo
// after a deletion, "Show in folder" after a save (by file name, never a full path). Errors stay
// until dismissed, announced as alerts.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import './status-toast.css';

/** A status message with what the analyst may do next. */
export interface StatusMessage {
  text: string;
  /** The edit just made was destructive: offer Undo (the workbench's undo). */
  undo?: boolean;
  /** A file the workbench just saved (a path its save returned): offer "Show in folder". */
  savedFile?: string;
}
/** What setStatus takes: plain words, or words with an action. */
export type Status = string | StatusMessage;

/** How long a message stays: long enough to read a sentence twice. */
export const SHOW_MS = 8_000;

/** The last part of a path, Windows or POSIX: what a toast names instead of the path. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

interface Props {
  message: Status;
  /** Errors to show until dismissed, oldest first. */
  errors?: readonly string[];
  onDismissError?: (index: number) => void;
  /** Runs the workbench's undo (the toast's Undo button). */
  onUndo?: () => void;
  /** Hears a failure of a toast's own action ("Show in folder"). */
  onError?: (message: string) => void;
}

export function StatusToast({ message, errors = [], onDismissError, onUndo, onError }: Props) {
  const status: StatusMessage = typeof message === 'string' ? { text: message } : message;
  // The message last put away; a new message (a new value) shows at once, in the same render.
  const [dismissed, setDismissed] = useState<Status | null>(null);
  // Pointer or focus on the toast holds it: nobody loses a button while reaching for it.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (status.text === '' || held) return;
    const timer = window.setTimeout(() => setDismissed(message), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [message, status.text, held]);
  const shown = status.text !== '' && dismissed !== message;
  const saved = status.savedFile;
  const hide = () => {
    setDismissed(message);
    setHeld(false);
  };

  const showInFolder = async (path: string) => {
    const result = await call('shell.showInFolder', { path });
    if (!result.ok) onError?.(result.error.message);
  };

  return (
    <div className="toast-layer">
      {errors.map((error, index) => (
        <div key={`${index}:${error}`} className="toast toast-error" role="alert">
          <p className="toast-text">{error}</p>
          <button
            type="button"
            className="toast-close"
            aria-label="Dismiss error"
            onClick={() => onDismissError?.(index)}
          >
            ×
          </button>
        </div>
      ))}
      <div
        className={shown ? 'status-toast' : 'status-toast is-hidden'}
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <p className="status" role="status" aria-live="polite">
          {status.text}
        </p>
        {shown && status.undo && onUndo && (
          <button
            type="button"
            className="toast-action"
            onClick={() => {
              hide();
              onUndo();
            }}
          >
            Undo
          </button>
        )}
        {shown && saved && (
          <button type="button" className="toast-action" onClick={() => void showInFolder(saved)}>
            Show in folder
          </button>
        )}
        {shown && (
          <button type="button" className="toast-close" aria-label="Dismiss message" onClick={hide}>
            ×
          </button>
        )}
      </div>
    </div>
  );
}
