// Runs commands from the keyboard and from the native menu. Shortcuts with modifiers work
// anywhere; single keys only while the analyst is not typing; nothing while a dialog is open
// (the dialog owns the keyboard then).
import { useEffect } from 'react';
import { COMMANDS, isCommandId } from '../../../shared/commands';
import { onShellCommand } from '../api/client';
import type { CommandActions } from './registry';
import { isTypingTarget, matchesAccelerator } from './registry';

export function useShortcuts(actions: CommandActions, dialogOpen: boolean): void {
  useEffect(() => {
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
        if (command.key && plainKey && !isTypingTarget(event.target) && event.key === command.key) {
          event.preventDefault();
          return actions[command.id]();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, dialogOpen]);

  useEffect(
    () =>
      onShellCommand((id) => {
        if (isCommandId(id)) actions[id]();
      }),
    [actions],
  );
}
