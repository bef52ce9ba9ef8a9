// A filter over a list of values as a fieldset of checkboxes: a search box (for long lists) that
// narrows what is shown, "All" and "None" for what is shown, a count beside each option when
// there is one, and a line saying how many are chosen. Plain checkboxes, so Tab, Space and
// screen readers work as everywhere; the arrow keys also move between them.
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import './checkbox-list-filter.css';

export interface CheckboxOption<T> {
  value: T;
  label: string;
  /** A second, quieter line under the label, e.g. to tell apart two articles of one title. */
  detail?: string;
  /** Shown after the label, e.g. how many quotes the option has. */
  count?: number;
  /** More text the search matches but the list does not show, e.g. a source's aliases. */
  keywords?: string;
}

interface Props<T extends string | number> {
  legend: string;
  options: readonly CheckboxOption<T>[];
  /** Values outside `options` (and nulls) are ignored, and dropped at the next change. */
  selected: readonly (T | null)[];
  /** The chosen values, always in the order of `options`. */
  onChange: (next: T[]) => void;
  /** What choosing none means, for the summary: "any source" gives "None chosen: any source". */
  noneMeans: string;
  /** What an option's count counts, read out after the number: "quotes". */
  countNoun?: string;
  /** The search box shows from this many options on. */
  searchFrom?: number;
}

/** Lower case without accents, so "peskov" finds "Peskov" and "zelensky" finds "Zelenský". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The options whose label or keywords contain every word of `query` (all of them for ''). */
export function matchingOptions<T>(
  options: readonly CheckboxOption<T>[],
  query: string,
): readonly CheckboxOption<T>[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((o) => {
    const text = foldForSearch(`${o.label} ${o.keywords ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/** Up and down arrows move between the list's checkboxes (Tab still leaves the list). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input')];
  const at = boxes.indexOf(event.target as HTMLInputElement);
  if (at < 0) return;
  const next = boxes[event.key === 'ArrowDown' ? at + 1 : at - 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function CheckboxListFilter<T extends string | number>(props: Props<T>) {
  const { legend, options, selected, onChange, noneMeans, countNoun, searchFrom = 8 } = props;
  const summaryId = useId();
  const [query, setQuery] = useState('');
  const searchable = options.length >= searchFrom;
  const shown = useMemo(
    () => (searchable ? matchingOptions(options, query) : options),
    [options, query, searchable],
  );
  const chosen = useMemo(() => new Set<T | null>(selected), [selected]);
  const chosenCount = options.reduce((n, o) => n + (chosen.has(o.value) ? 1 : 0), 0);

  /** Reports `on` for the values in `changed` and keeps every other choice as it was. */
  const set = (changed: readonly T[], on: boolean) => {
    const flip = new Set(changed);
    onChange(
      options.filter((o) => (flip.has(o.value) ? on : chosen.has(o.value))).map((o) => o.value),
    );
  };
  const shownValues = shown.map((o) => o.value);
  const filtered = shown.length < options.length;

  const summary =
    chosenCount === 0
      ? `None chosen: ${noneMeans}`
      : chosenCount === options.length
        ? `All ${options.length} chosen`
        : `${chosenCount} of ${options.length} chosen`;

  return (
    <fieldset className="checkbox-filter" aria-describedby={summaryId}>
      <legend>{legend}</legend>
      <div className="checkbox-filter-bar">
        <span id={summaryId} className="checkbox-filter-summary" aria-live="polite">
          {summary}
        </span>
        <button
          type="button"
          className="checkbox-filter-shortcut"
          title={filtered ? 'Choose every option the search shows' : 'Choose every option'}
          disabled={shown.length === 0 || shownValues.every((v) => chosen.has(v))}
          onClick={() => set(shownValues, true)}
        >
          {filtered ? 'All shown' : 'All'}
        </button>
        <button
          type="button"
          className="checkbox-filter-shortcut"
          title={filtered ? 'Clear the options the search shows' : `Clear the choice: ${noneMeans}`}
          disabled={!shownValues.some((v) => chosen.has(v))}
          onClick={() => set(shownValues, false)}
        >
          {filtered ? 'None shown' : 'None'}
        </button>
      </div>
      {searchable && (
        <input
          type="search"
          className="checkbox-filter-search"
          aria-label={`Search ${legend.toLocaleLowerCase()}`}
          placeholder="Search…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      {options.length === 0 ? (
        <p className="checkbox-filter-empty">Nothing to choose yet.</p>
      ) : shown.length === 0 ? (
        <p className="checkbox-filter-empty">Nothing matches “{query}”.</p>
      ) : (
        <ul className="checkbox-filter-list" onKeyDown={moveFocus}>
          {shown.map((o) => (
            <li key={String(o.value)}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(o.value)}
                  onChange={(e) => set([o.value], e.target.checked)}
                />
                <span className="checkbox-filter-label">
                  {o.label}
                  {o.detail && <span className="checkbox-filter-detail">{o.detail}</span>}
                </span>{' '}
                {o.count !== undefined && (
                  <span className="checkbox-filter-count">
                    {o.count}
                    {countNoun && ' '}
                    {countNoun && <span className="checkbox-filter-unseen">{countNoun}</span>}
                  </span>
                )}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
