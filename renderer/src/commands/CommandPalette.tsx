// The command palette (Ctrl/Cmd+K): every command with its shortcut, filtered as you type, run
// with Enter. It lists the same command objects the menu and the shortcuts use.
import { useId, useMemo, useState } from 'react';
import type { CommandId, CommandInfo } from '../../../shared/commands';
import { describeAccelerator } from './registry';
import { Modal } from '../ui/Modal';

interface Props {
  commands: readonly CommandInfo[];
  onRun: (id: CommandId) => void;
  onClose: () => void;
}

/** Commands whose label contains every typed word, in list order. */
export function filterCommands(commands: readonly CommandInfo[], query: string): CommandInfo[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w)));
}

export function CommandPalette({ commands, onRun, onClose }: Props) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);

  const run = (command: CommandInfo | undefined) => {
    if (!command) return;
    onClose();
    onRun(command.id as CommandId);
  };

  return (
    <Modal label="Command palette" className="dialog palette" onClose={onClose}>
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="Type a command"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(matches[active]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault();
              run(command);
            }}
          >
            <span>{command.label}</span>
            <kbd>
              {[
                command.accelerator ? describeAccelerator(command.accelerator) : '',
                command.key?.toUpperCase() ?? '',
              ]
                .filter(Boolean)
                .join(' or ')}
            </kbd>
          </li>
        ))}
        {matches.length === 0 && <li className="empty">No command matches.</li>}
      </ul>
    </Modal>
  );
}
