// Escape in a small inline form (a name being typed) cancels that form and nothing else: the
// view or dialog around it must not also take the key as "close" or "clear".
import type { KeyboardEvent } from 'react';

/** For a keydown handler: on Escape only, stops the key there and calls `cancel`. */
export function cancelOnEscape(event: KeyboardEvent<HTMLElement>, cancel: () => void): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  cancel();
}
