// One collapsible part of the inspector (details, attributions, evidence, memos, history). Its
// open/closed state is remembered per kind in the window settings, so closing "Memos" on one claim
// keeps memos closed on the next; outside a settings provider it keeps its own state.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowSettingsContext } from './useWindowSettings';

interface Props {
  /** What the section shows, the same for every item: 'details', 'evidence', 'memos'… */
  kind: string;
  title: string;
  /** A number shown after the title (evidence items, memos), when known. */
  count?: number;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function sectionKey(kind: string): string {
  return `section:${kind}`;
}

export function InspectorSection({ kind, title, count, defaultOpen = true, children }: Props) {
  const settings = useWindowSettingsContext();
  const [localOpen, setLocalOpen] = useState(defaultOpen);
  const stored = settings?.settings.collapsed[sectionKey(kind)];
  const open = settings ? (stored === undefined ? defaultOpen : !stored) : localOpen;
  const bodyId = useId();

  const toggle = () => {
    if (settings) settings.update({ collapsed: { [sectionKey(kind)]: open } });
    else setLocalOpen(!open);
  };

  return (
    <div className={`inspector-section section-${kind}`} data-open={open}>
      <h3 className="inspector-section-heading">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
          <span className="disclosure" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
          {count !== undefined && <span className="count"> ({count})</span>}
        </button>
      </h3>
      <div id={bodyId} className="inspector-section-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
