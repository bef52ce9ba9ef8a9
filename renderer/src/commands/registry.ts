// Renderer side of the shared command list: the action table type, and matching keyboard events
// against each command's accelerator. Menus, shortcuts and tests all run commands by id.
import type { CommandId } from '../../../shared/commands';

/** The renderer's action for every command; a command without one fails to compile. */
export type CommandActions = Record<CommandId, () => void>;

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** True when the keyboard event matches an Electron accelerator such as "CmdOrCtrl+Shift+M". */
export function matchesAccelerator(
  event: KeyboardEvent | React.KeyboardEvent,
  accelerator: string,
): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase();
  const want = { ctrl: false, meta: false, shift: false, alt: false };
  for (const part of parts) {
    const p = part.toLowerCase();
    if (p === 'cmdorctrl' || p === 'commandorcontrol') {
      if (isMac()) want.meta = true;
      else want.ctrl = true;
    } else if (p === 'ctrl' || p === 'control') want.ctrl = true;
    else if (p === 'cmd' || p === 'command' || p === 'meta') want.meta = true;
    else if (p === 'shift') want.shift = true;
    else if (p === 'alt' || p === 'option') want.alt = true;
  }
  return (
    event.key.toLowerCase() === key &&
    event.ctrlKey === want.ctrl &&
    event.metaKey === want.meta &&
    event.shiftKey === want.shift &&
    event.altKey === want.alt
  );
}

/** Whether a single-key shortcut should be ignored because the user is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Human form of an accelerator for buttons and menus: "Ctrl+Shift+M" or "⌘⇧M". */
export function describeAccelerator(accelerator: string): string {
  if (isMac()) {
    return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
  }
  return accelerator.replace('CmdOrCtrl', 'Ctrl');
}
