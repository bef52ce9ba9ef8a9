// Type-ahead speaker field (an ARIA combobox): pick an existing source by name or alias, or
// choose to create a new one from what was typed.
import { useId, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/domain/schema';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { matchSources } from './speaker-match';

export type SpeakerChoice = { sourceId: string } | { newName: string } | null;

interface Props {
  sources: readonly Source[];
  /** Current reliability grade per source id, shown beside each match. */
  grades?: ReadonlyMap<string, string | null>;
  value: SpeakerChoice;
  onChange: (choice: SpeakerChoice) => void;
  autoFocus?: boolean;
}

export function SpeakerPicker({ sources, grades, value, onChange, autoFocus }: Props) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchSources(sources, query), [sources, query]);
  const canCreate =
    query.trim() !== '' &&
    !matches.some((m) => m.name.toLowerCase() === query.trim().toLowerCase());
  const optionCount = matches.length + (canCreate ? 1 : 0);

  const choose = (index: number) => {
    const source = matches[index];
    if (source) {
      onChange({ sourceId: source.id });
      setQuery(source.name);
    } else if (canCreate) {
      onChange({ newName: query.trim() });
    }
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, optionCount - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open && optionCount > 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const selectedSource =
    value && 'sourceId' in value ? sources.find((s) => s.id === value.sourceId) : undefined;

  return (
    <div className="combobox">
      <input
        type="text"
        role="combobox"
        aria-label="Speaker"
        aria-expanded={open && optionCount > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && optionCount > 0 ? `${listId}-${active}` : undefined}
        autoFocus={autoFocus}
        placeholder="Type a name: Witkoff, a Ukrainian official…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && optionCount > 0 && (
        <ul className="combobox-list" role="listbox" id={listId} aria-label="Matching sources">
          {matches.map((source, index) => (
            <li
              key={source.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <span className="option-name">{source.name}</span>
              <span className="option-detail">
                {[
                  SOURCE_KIND_LABELS[source.kind],
                  source.role,
                  grades?.get(source.id) ? `grade ${grades.get(source.id)}` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
          {canCreate && (
            <li
              id={`${listId}-${matches.length}`}
              role="option"
              aria-selected={active === matches.length}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(matches.length);
              }}
            >
              <span className="option-name">Create source “{query.trim()}”</span>
            </li>
          )}
        </ul>
      )}
      {selectedSource && (
        <p className="field-hint">
          {selectedSource.name}
          {selectedSource.role ? `, ${selectedSource.role}` : ''}
        </p>
      )}
    </div>
  );
}
