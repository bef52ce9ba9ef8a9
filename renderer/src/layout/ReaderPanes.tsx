// The reader view's panes: lists | reader | inspector above, the quotes table below, each
// resizable by dragging or by the keyboard on its labelled separator, collapsible by command
// (pane-commands.ts), and remembered in the window settings after a quiet moment.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import type { Layout, PanelSize } from 'react-resizable-panels';
import type { PaneName } from './pane-commands';
import { PANE_LABELS, registerPaneToggle } from './pane-commands';
import type { GroupSpec } from './pane-layouts';
import { COLUMNS, ROWS, SIDEBAR, initialLayout, layoutSizes } from './pane-layouts';
import { roundSizes, sameSizes } from './settings-queue';
import type { WindowSettingsState } from './useWindowSettings';
import './panes.css';

/** Height of the quotes table folded to its header bar; matches .table-pane .panel-toolbar. */
export const TABLE_STRIP_PX = 42;

interface Props {
  /** While another view is shown the panes measure 0: nothing is saved then. */
  hidden: boolean;
  settings: WindowSettingsState;
  articles: ReactNode;
  annotations: ReactNode;
  reader: ReactNode;
  inspector: ReactNode;
  table: ReactNode;
  tableRef: Ref<HTMLDivElement>;
}

export function ReaderPanes({
  hidden,
  settings,
  articles,
  annotations,
  reader,
  inspector,
  table,
  tableRef,
}: Props) {
  // Read once: the groups take their starting layout at mount, later changes come from them.
  const [layouts] = useState(() => ({
    rows: initialLayout(ROWS, settings.settings.panes),
    columns: initialLayout(COLUMNS, settings.settings.panes),
    sidebar: initialLayout(SIDEBAR, settings.settings.panes),
  }));
  const tablePanel = usePanelRef();
  const sidebarPanel = usePanelRef();
  const inspectorPanel = usePanelRef();
  const articlesPanel = usePanelRef();
  const annotationsPanel = usePanelRef();
  // Follows the table panel (onResize also runs at mount), for the strip's look and its button.
  const [tableCollapsed, setTableCollapsed] = useState(false);
  // Folded panes hide their content, so nothing in them can be seen, tabbed to or read aloud.
  const [folded, setFolded] = useState<
    Record<'sidebar' | 'articles' | 'annotations' | 'inspector', boolean>
  >({
    sidebar: false,
    articles: false,
    annotations: false,
    inspector: false,
  });
  const follow = (name: keyof typeof folded) => (size: PanelSize) => {
    const now = size.inPixels < 1;
    setFolded((f) => (f[name] === now ? f : { ...f, [name]: now }));
  };

  // Saving: the latest sizes per group, written only when they differ from the saved ones.
  const hiddenRef = useRef(hidden);
  const latest = useRef(settings);
  useLayoutEffect(() => {
    hiddenRef.current = hidden;
    latest.current = settings;
  });
  const save = useCallback((spec: GroupSpec, layout: Layout) => {
    if (hiddenRef.current) return;
    const sizes = layoutSizes(spec, layout);
    if (!sizes) return;
    const rounded = roundSizes(sizes);
    if (sameSizes(latest.current.settings.panes[spec.id], rounded)) return;
    latest.current.update({ panes: { [spec.id]: rounded } });
  }, []);
  const saveRows = useCallback((layout: Layout) => save(ROWS, layout), [save]);
  const saveColumns = useCallback((layout: Layout) => save(COLUMNS, layout), [save]);
  const saveSidebar = useCallback((layout: Layout) => save(SIDEBAR, layout), [save]);
  const onTableResize = () => setTableCollapsed(tablePanel.current?.isCollapsed() ?? false);

  const toggle = useCallback(
    (pane: PaneName): boolean => {
      type Ref = typeof tablePanel;
      const collapsed = (p: Ref) => p.current?.isCollapsed() ?? false;
      const open = (p: Ref) => {
        if (collapsed(p)) p.current?.expand();
      };
      const close = (p: Ref) => {
        if (p.current && !collapsed(p)) p.current.collapse();
      };
      if (pane === 'table' || pane === 'inspector') {
        const p = pane === 'table' ? tablePanel : inspectorPanel;
        if (collapsed(p)) {
          open(p);
          return true;
        }
        close(p);
        return false;
      }
      // The two lists share the left column: hiding the last one shown folds the column away,
      // showing one in a folded column shows it alone.
      const self = pane === 'articles' ? articlesPanel : annotationsPanel;
      const other = pane === 'articles' ? annotationsPanel : articlesPanel;
      const sidebarOpen = !collapsed(sidebarPanel);
      if (sidebarOpen && !collapsed(self)) {
        if (collapsed(other)) close(sidebarPanel);
        else close(self);
        return false;
      }
      if (!sidebarOpen) {
        open(sidebarPanel);
        open(self);
        close(other);
      } else {
        open(self);
      }
      return true;
    },
    [tablePanel, inspectorPanel, articlesPanel, annotationsPanel, sidebarPanel],
  );
  const toggleTable = useCallback(() => toggle('table'), [toggle]);
  // A click on the folded strip (not on its search box or filters) opens the table again.
  const onStripClick = (e: React.MouseEvent) => {
    if ((e.target as HTMLElement).closest('input, select, button')) return;
    if (tablePanel.current?.isCollapsed()) toggle('table');
  };
  useEffect(() => registerPaneToggle(toggle), [toggle]);

  const tableOpen = !tableCollapsed;
  return (
    <Group
      id={ROWS.id}
      className="pane-group pane-rows"
      orientation="vertical"
      defaultLayout={layouts.rows}
      onLayoutChanged={saveRows}
    >
      <Panel id="main" minSize="30%">
        <Group
          id={COLUMNS.id}
          className="pane-group pane-columns"
          orientation="horizontal"
          defaultLayout={layouts.columns}
          onLayoutChanged={saveColumns}
        >
          <Panel
            id="sidebar"
            className="pane pane-sidebar"
            panelRef={sidebarPanel}
            onResize={follow('sidebar')}
            collapsible
            minSize={170}
          >
            <Group
              id={SIDEBAR.id}
              className="pane-group pane-sidebar-rows"
              orientation="vertical"
              defaultLayout={layouts.sidebar}
              onLayoutChanged={saveSidebar}
            >
              <Panel
                id="articles"
                className="pane pane-articles"
                panelRef={articlesPanel}
                onResize={follow('articles')}
                collapsible
                minSize="12%"
              >
                <div className="pane-body" hidden={folded.sidebar || folded.articles}>
                  {articles}
                </div>
              </Panel>
              <Separator
                className="pane-separator horizontal"
                aria-label={`Resize ${PANE_LABELS.articles.toLowerCase()} and annotations list`}
              />
              <Panel
                id="annotations"
                className="pane pane-annotations"
                panelRef={annotationsPanel}
                onResize={follow('annotations')}
                collapsible
                minSize="20%"
              >
                <div className="pane-body" hidden={folded.sidebar || folded.annotations}>
                  {annotations}
                </div>
              </Panel>
            </Group>
          </Panel>
          <Separator
            className="pane-separator vertical"
            aria-label="Resize the lists and the reader"
          />
          <Panel id="reader" className="pane pane-reader" minSize={320}>
            {reader}
          </Panel>
          <Separator
            className="pane-separator vertical"
            aria-label="Resize the reader and the inspector"
          />
          <Panel
            id="inspector"
            className="pane pane-inspector"
            panelRef={inspectorPanel}
            onResize={follow('inspector')}
            collapsible
            minSize={260}
          >
            <div className="pane-body" hidden={folded.inspector}>
              {inspector}
            </div>
          </Panel>
        </Group>
      </Panel>
      <Separator className="pane-separator horizontal" aria-label="Resize the quotes table" />
      <Panel
        id="table"
        className="pane pane-table"
        panelRef={tablePanel}
        collapsible
        collapsedSize={TABLE_STRIP_PX}
        minSize={120}
        onResize={onTableResize}
      >
        <div
          ref={tableRef}
          className={`table-pane${tableOpen ? '' : ' strip'}`}
          onClick={onStripClick}
        >
          {table}
          <button
            type="button"
            className="pane-toggle"
            aria-expanded={tableOpen}
            aria-label={tableOpen ? 'Fold the quotes table' : 'Unfold the quotes table'}
            title={`${tableOpen ? 'Fold' : 'Unfold'} the quotes table (Ctrl+J)`}
            onClick={toggleTable}
          >
            {tableOpen ? '▾' : '▴'}
          </button>
        </div>
      </Panel>
    </Group>
  );
}
