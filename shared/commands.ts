// User commands as data: id, label and shortcut, shared by the native menu (main), the
// renderer's keyboard shortcuts and its command list. The renderer attaches the actions.

export interface CommandInfo {
  id: string;
  label: string;
  /** Electron accelerator syntax; the renderer translates it for its own key handling. */
  accelerator?: string;
  /** A single key that also runs the command while the article has focus (no modifiers). */
  key?: string;
  /** Menu the shell shows it under. */
  menu: 'file' | 'edit' | 'quote' | 'view' | 'help';
}

const COMMAND_LIST = [
  {
    id: 'document.import',
    label: 'Import articles…',
    accelerator: 'CmdOrCtrl+O',
    menu: 'file',
  },
  {
    id: 'document.importVersion',
    label: 'Import new version of this article…',
    accelerator: 'CmdOrCtrl+Shift+O',
    menu: 'file',
  },
  {
    id: 'export.quoteSheet',
    label: 'Export quote sheet…',
    accelerator: 'CmdOrCtrl+E',
    menu: 'file',
  },
  { id: 'bundle.export', label: 'Export workspace bundle…', menu: 'file' },
  { id: 'bundle.import', label: 'Import workspace bundle…', menu: 'file' },
  { id: 'interchange.exportQdpx', label: 'Export REFI-QDA project…', menu: 'file' },
  { id: 'interchange.importQdpx', label: 'Import REFI-QDA project…', menu: 'file' },
  {
    id: 'annotations.import',
    label: 'Import annotations (Hypothesis, Web Annotation)…',
    menu: 'file',
  },
  { id: 'workspace.restore', label: 'Restore from an earlier copy…', menu: 'file' },
  { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', menu: 'edit' },
  { id: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', menu: 'edit' },
  // Selecting article text without a mouse, so Q, H, C and S can act on it.
  { id: 'select.sentence', label: 'Select sentence', key: 'x', menu: 'edit' },
  { id: 'select.nextSentence', label: 'Select next sentence', key: ']', menu: 'edit' },
  { id: 'select.previousSentence', label: 'Select previous sentence', key: '[', menu: 'edit' },
  { id: 'select.extendWord', label: 'Extend selection by a word', key: '.', menu: 'edit' },
  { id: 'select.shrinkWord', label: 'Shrink selection by a word', key: ',', menu: 'edit' },
  { id: 'select.paragraph', label: 'Select paragraph', key: 'g', menu: 'edit' },
  // Find in the open article; Ctrl/Cmd+Shift+F is the workspace-wide search.
  { id: 'find.inArticle', label: 'Find in article…', accelerator: 'CmdOrCtrl+F', menu: 'edit' },
  {
    id: 'search.everywhere',
    label: 'Search everywhere…',
    accelerator: 'CmdOrCtrl+Shift+F',
    menu: 'edit',
  },
  // Keeps the Search view's query as a named search, listed beside its results.
  { id: 'search.save', label: 'Save search…', menu: 'edit' },
  {
    id: 'quote.mark',
    label: 'Mark quote',
    accelerator: 'CmdOrCtrl+Shift+M',
    key: 'q',
    menu: 'quote',
  },
  {
    id: 'annotation.highlight',
    label: 'Highlight',
    accelerator: 'CmdOrCtrl+Shift+H',
    key: 'h',
    menu: 'quote',
  },
  {
    id: 'source.fromSelection',
    label: 'New source from selection',
    accelerator: 'CmdOrCtrl+Shift+N',
    key: 's',
    menu: 'quote',
  },
  {
    id: 'claim.tag',
    label: 'Tag claim',
    accelerator: 'CmdOrCtrl+Shift+L',
    key: 'c',
    menu: 'quote',
  },
  {
    id: 'quote.suggest',
    label: 'Suggest quotes',
    accelerator: 'CmdOrCtrl+Shift+S',
    menu: 'quote',
  },
  { id: 'annotation.next', label: 'Next annotation', key: 'n', menu: 'quote' },
  { id: 'annotation.previous', label: 'Previous annotation', key: 'p', menu: 'quote' },
  { id: 'annotation.editNote', label: 'Edit note', key: 'e', menu: 'quote' },
  { id: 'annotation.delete', label: 'Delete annotation', key: 'Delete', menu: 'quote' },
  {
    id: 'view.quotes',
    label: 'Focus quotes table',
    accelerator: 'CmdOrCtrl+Shift+T',
    menu: 'view',
  },
  { id: 'view.library', label: 'Show library', accelerator: 'CmdOrCtrl+5', menu: 'view' },
  { id: 'view.articles', label: 'Show articles', accelerator: 'CmdOrCtrl+1', menu: 'view' },
  { id: 'view.sources', label: 'Show sources', accelerator: 'CmdOrCtrl+2', menu: 'view' },
  { id: 'view.claims', label: 'Show claims', accelerator: 'CmdOrCtrl+3', menu: 'view' },
  { id: 'view.codebook', label: 'Show codebook', accelerator: 'CmdOrCtrl+4', menu: 'view' },
  { id: 'view.article', label: 'Focus article', accelerator: 'CmdOrCtrl+Shift+A', menu: 'view' },
  // The reader's panes fold away and come back (VS Code's keys for its side bars and panel).
  {
    id: 'view.toggleArticles',
    label: 'Show or hide the articles list',
    accelerator: 'CmdOrCtrl+B',
    menu: 'view',
  },
  {
    id: 'view.toggleAnnotations',
    label: 'Show or hide the annotations list',
    accelerator: 'CmdOrCtrl+Shift+B',
    menu: 'view',
  },
  {
    id: 'view.toggleInspector',
    label: 'Show or hide the inspector',
    accelerator: 'CmdOrCtrl+Alt+B',
    menu: 'view',
  },
  {
    id: 'view.toggleTable',
    label: 'Fold or unfold the quotes table',
    accelerator: 'CmdOrCtrl+J',
    menu: 'view',
  },
  // Cycles the window's theme: System (follow the OS), Light, Dark.
  { id: 'view.theme', label: 'Theme: System / Light / Dark', menu: 'view' },
  {
    id: 'view.palette',
    label: 'Command palette…',
    accelerator: 'CmdOrCtrl+K',
    menu: 'view',
  },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    accelerator: 'CmdOrCtrl+/',
    key: '?',
    menu: 'help',
  },
] as const satisfies readonly CommandInfo[];

export type CommandId = (typeof COMMAND_LIST)[number]['id'];

/** Every command, widened so optional fields can be read on any of them. */
export const COMMANDS: readonly (CommandInfo & { id: CommandId })[] = COMMAND_LIST;

export function isCommandId(value: unknown): value is CommandId {
  return COMMANDS.some((command) => command.id === value);
}
