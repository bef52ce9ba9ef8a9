// The reader's panes as command targets: the reader view registers how to toggle them while it is
// mounted, and the command actions (menu, shortcuts, palette) call through here, so App does not
// have to thread another handle through every layer.
export const PANES = ['articles', 'annotations', 'inspector', 'table'] as const;
export type PaneName = (typeof PANES)[number];

/** Collapses the pane when open, opens it when collapsed; returns whether it is now open. */
type Toggle = (pane: PaneName) => boolean;

let current: Toggle | null = null;

/** Registers the mounted layout's toggle; returns the function that unregisters it. */
export function registerPaneToggle(toggle: Toggle): () => void {
  current = toggle;
  return () => {
    if (current === toggle) current = null;
  };
}

/** Toggles a pane; null when no reader layout is mounted yet. */
export function togglePane(pane: PaneName): boolean | null {
  return current ? current(pane) : null;
}

export const PANE_LABELS: Record<PaneName, string> = {
  articles: 'Articles list',
  annotations: 'Annotations list',
  inspector: 'Inspector',
  table: 'Quotes table',
};
