// Runs commands from the keyboard and from the native menu. Shortcuts with modifiers work
// anywhere; single keys only while the analyst is not typing and the article view is shown
// (they act on the article); nothing while a dialog is open (the dialog owns the keyboard then),
// whether the key reaches the page or the native menu.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { COMMANDS, isCommandId } from '../../../shared/commands';
import { onShellCommand } from '../api/client';
import type { CommandActions } from './registry';
import { isTypingTarget, matchesAccelerator } from './registry';

/** Single keys that mean the same in every view. */
const ANYWHERE = new Set(['help.shortcuts']);

export function useShortcuts(
  actions: CommandActions,
  dialogOpen: boolean,
  articleView = true,
): void {
  // A layout effect: the listener learns that a dialog closed in the same commit that hides it,
  // so a shortcut pressed right after closing one is not swallowed by the stale listener.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpen) return;
      for (const command of COMMANDS) {
        if (command.accelerator && matchesAccelerator(event, command.accelerator)) {
          // Inside a text field, Ctrl/Cmd+Z belongs to the field.
          const textUndo = command.id === 'edit.undo' || command.id === 'edit.redo';
          if (textUndo && isTypingTarget(event.target)) return;
          event.preventDefault();
          return actions[command.id]();
        }
        const plainKey = !event.ctrlKey && !event.metaKey && !event.altKey;
        const keyApplies = articleView || ANYWHERE.has(command.id);
        if (
          command.key &&
          keyApplies &&
          plainKey &&
          !isTypingTarget(event.target) &&
          event.key === command.key
        ) {
          event.preventDefault();
          return actions[command.id]();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, dialogOpen, articleView]);

  // The native menu gets every key the page leaves alone (electron/electron#11116), so with a
  // dialog open its accelerators would still fire: Ctrl/Cmd+Z on a dialog's field would undo an
  // edit behind the modal (after the field's own undo), Ctrl/Cmd+O would replace the dialog and
  // lose what was typed. The dialog owns the keyboard and the menu alike, so commands from the
  // shell are dropped while one is open.
  const dialogOpenNow = useRef(dialogOpen);
  useLayoutEffect(() => {
    dialogOpenNow.current = dialogOpen;
  }, [dialogOpen]);
  useEffect(
    () =>
      onShellCommand((id) => {
        if (dialogOpenNow.current) return;
        if (isCommandId(id)) actions[id]();
      }),
    [actions],
  );
}
