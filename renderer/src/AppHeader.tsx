// The window's header: the view tabs and the tools an analyst reaches for
// most (undo, redo, import, mark quote, tag claim), each naming its shortcut.
import { COMMANDS } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import { describeAccelerator } from './commands/registry';

/** The window's views; 'reader' is the open article, 'library' the table of all articles. */
export type View = 'library' | 'reader' | 'sources' | 'claims' | 'codebook' | 'search';

const VIEW_TABS: readonly [View, string][] = [
  ['library', 'Library'],
  ['reader', 'Articles'],
  ['sources', 'Sources'],
  ['claims', 'Claims'],
  ['codebook', 'Codebook'],
  ['search', 'Search'],
];

interface Props {
  view: View;
  onView: (view: View) => void;
  history: { undo: string | null; redo: string | null };
  onUndo: () => void;
  onRedo: () => void;
  onImport: () => void;
  onExport: () => void;
  onMarkQuote: () => void;
  onTagClaim: () => void;
}

/** "Mark quote (Q or Ctrl+Shift+M)" and the matching aria-keyshortcuts. */
function shortcutHints(id: CommandId, label: string) {
  const command = COMMANDS.find((c) => c.id === id);
  const keys = [
    command?.key?.toUpperCase(),
    command?.accelerator && describeAccelerator(command.accelerator),
  ]
    .filter(Boolean)
    .join(' or ');
  return {
    title: keys ? `${label} (${keys})` : label,
    'aria-keyshortcuts': command?.accelerator?.replace('CmdOrCtrl', 'Control'),
  };
}

export function AppHeader(props: Props) {
  const { view, history } = props;
  // Keep the article selection alive while a button that acts on it is pressed.
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();
  return (
    <header className="app-header">
      <h1 className="app-title">Attribution Workbench</h1>
      <nav className="view-tabs" aria-label="Views">
        {VIEW_TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            aria-pressed={view === id}
            onClick={() => props.onView(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <div className="toolbar" role="toolbar" aria-label="Article tools">
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!history.undo}
          title={history.undo ? `Undo ${history.undo}` : 'Nothing to undo'}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!history.redo}
          title={history.redo ? `Redo ${history.redo}` : 'Nothing to redo'}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button
          type="button"
          onClick={props.onImport}
          {...shortcutHints('document.import', 'Import articles')}
        >
          Import…
        </button>
        <button
          type="button"
          onClick={props.onExport}
          {...shortcutHints('export.quoteSheet', 'Export quote sheet')}
        >
          Export…
        </button>
        <button
          type="button"
          onMouseDown={keepSelection}
          onClick={props.onTagClaim}
          {...shortcutHints('claim.tag', 'Tag claim')}
        >
          Tag claim
        </button>
        <button
          type="button"
          className="primary"
          onMouseDown={keepSelection}
          onClick={props.onMarkQuote}
          {...shortcutHints('quote.mark', 'Mark quote')}
        >
          Mark quote
        </button>
      </div>
    </header>
  );
}
