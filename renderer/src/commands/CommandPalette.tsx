// The command palette (Ctrl/Cmd+K): every command with its shortcut, filtered as you type, run
// with Enter. It lists the same command objects the menu and the shortcuts use. Given the
// workspace's lists, it also goes to anything by name: articles, sources, claims and tags, each
// row saying its kind, below the matching commands.
import { useEffect, useId, useMemo, useState } from 'react';
import type { CommandId, CommandInfo } from '../../../shared/commands';
import { describeAccelerator } from './registry';
import { Modal } from '../ui/Modal';
import { KIND_LABEL, buildGotoIndex, rankGoto } from '../features/find/goto';
import type { GotoData, GotoEntry, GotoItem } from '../features/find/goto';
import '../features/find/goto.css';

interface Props {
  commands: readonly CommandInfo[];
  onRun: (id: CommandId) => void;
  onClose: () => void;
  /** The workspace to go to things in; without it the palette lists commands only. */
  goto?: GotoData;
  /** Opens an article, source, claim or tag the analyst chose. */
  onGoTo?: (item: GotoItem) => void;
}

/** Commands whose label contains every typed word, in list order. */
export function filterCommands(commands: readonly CommandInfo[], query: string): CommandInfo[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w)));
}

/** One row of the palette: a command to run or a thing to open. */
export type PaletteRow = { command: CommandInfo } | { item: GotoItem };

/** The palette's rows for a query: matching commands first (they are few), then things by rank. */
export function paletteRows(
  commands: readonly CommandInfo[],
  entries: readonly GotoEntry[],
  query: string,
): PaletteRow[] {
  return [
    ...filterCommands(commands, query).map((command) => ({ command })),
    ...rankGoto(entries, query).map((item) => ({ item })),
  ];
}

const NO_ENTRIES: GotoEntry[] = [];

export function CommandPalette({ commands, onRun, onClose, goto, onGoTo }: Props) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Names are folded once per opening of the palette, not per keystroke.
  const entries = useMemo(() => (goto ? buildGotoIndex(goto) : NO_ENTRIES), [goto]);
  const rows = useMemo(() => paletteRows(commands, entries, query), [commands, entries, query]);
  // The first keystroke would run the scan as cold code (63 ms at 33,400 claims against 10-20
  // for the next ones): run it once in the idle time before the analyst types.
  useEffect(() => {
    if (entries.length === 0 || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => rankGoto(entries, 'e', 1));
    return () => cancelIdleCallback(idle);
  }, [entries]);

  const choose = (row: PaletteRow | undefined) => {
    if (!row) return;
    onClose();
    if ('command' in row) onRun(row.command.id as CommandId);
    else onGoTo?.(row.item);
  };

  return (
    <Modal label="Command palette" className="dialog palette" onClose={onClose}>
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={rows.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={
          goto ? 'Type a command, or an article, source, claim or tag' : 'Type a command'
        }
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, rows.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(rows[active]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {rows.map((row, index) => (
          <li
            key={'command' in row ? row.command.id : `${row.item.kind}-${row.item.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={'item' in row ? 'palette-goto' : undefined}
            ref={
              index === active
                ? (el) => {
                    // In braces: a ref callback's return value is its cleanup, and Chromium's
                    // scroll methods now return a promise.
                    void el?.scrollIntoView?.({ block: 'nearest' });
                  }
                : undefined
            }
            onMouseDown={(e) => {
              e.preventDefault();
              choose(row);
            }}
          >
            {'command' in row ? <CommandRow command={row.command} /> : <GotoRow item={row.item} />}
          </li>
        ))}
        {rows.length === 0 && (
          <li className="empty">{goto ? 'Nothing matches.' : 'No command matches.'}</li>
        )}
      </ul>
    </Modal>
  );
}

function CommandRow({ command }: { command: CommandInfo }) {
  return (
    <>
      <span>{command.label}</span>
      <kbd>
        {[
          command.accelerator ? describeAccelerator(command.accelerator) : '',
          command.key?.toUpperCase() ?? '',
        ]
          .filter(Boolean)
          .join(' or ')}
      </kbd>
    </>
  );
}

function GotoRow({ item }: { item: GotoItem }) {
  return (
    <>
      <span className="palette-kind">{KIND_LABEL[item.kind]}</span>
      <span className="palette-label">{item.label}</span>
      {item.detail && <span className="palette-detail">{item.detail}</span>}
    </>
  );
}
