// A modal dialog on the native <dialog>: opened on mount, Escape closes it through onClose (the
// caller decides), focus stays inside while it is open. Every dialog of the app uses it.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** Id of the element naming the dialog, or a label when it has no visible title. */
  labelledBy?: string;
  label?: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

export function Modal({ labelledBy, label, className = 'dialog', onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
