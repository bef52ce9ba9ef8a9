// "Save search…" from the command palette or the menu: the command switches to the Search view,
// which may not be mounted yet, so the request waits here until the view takes it.
type Listener = () => void;

let pending = false;
const listeners = new Set<Listener>();

/** Asks the Search view to open its "Save search" form (now, or when it next mounts). */
export function requestSaveSearch(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** True once per request: the caller opens the form. */
export function takeSaveRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/** Calls `listener` on each request while subscribed; returns the unsubscribe. */
export function onSaveRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
