// The quote sheet's options: scope (articles), filters (sources, tags, claim status, grade,
// credibility) as searchable checkbox lists, grouping, columns, context and notes. Empty filters
// mean "everything".
import { useMemo } from 'react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { Source } from '../../../../shared/domain/schema';
import type { QuoteSheetColumn } from '../../../../shared/export/cells';
import { COLUMN_LABELS, QUOTE_SHEET_COLUMNS } from '../../../../shared/export/cells';
import type { GroupBy, QuoteSheetOptions } from '../../../../shared/export/quote-sheet';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { CheckboxListFilter } from '../../ui/CheckboxListFilter';
import {
  articleOptions,
  claimStatusOptions,
  credibilityOptions,
  gradeOptions,
  sourceOptions,
  tagOptions,
} from './filter-options';

interface Props {
  value: QuoteSheetOptions;
  onChange: (patch: Partial<QuoteSheetOptions>) => void;
  documents: readonly DocumentSummary[];
  sources: readonly Source[];
  tags: readonly Tag[];
}

const GROUP_LABELS: Record<GroupBy, string> = {
  source: 'Source',
  article: 'Article',
  tag: 'Tag',
  none: 'No grouping',
};

/** The sheet's columns, always in the sheet's own order; the last one left cannot be unticked. */
function ColumnChecks(props: {
  selected: readonly QuoteSheetColumn[];
  onChange: (columns: QuoteSheetColumn[]) => void;
}) {
  const chosen = new Set(props.selected);
  const set = (column: QuoteSheetColumn, on: boolean) =>
    props.onChange(QUOTE_SHEET_COLUMNS.filter((c) => (c === column ? on : chosen.has(c))));
  return (
    <fieldset className="column-checks">
      <legend>Columns</legend>
      {QUOTE_SHEET_COLUMNS.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={chosen.has(c)}
            disabled={chosen.size === 1 && chosen.has(c)}
            onChange={(e) => set(c, e.target.checked)}
          />{' '}
          {COLUMN_LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportOptionsForm({ value, onChange, documents, sources, tags }: Props) {
  const articles = useMemo(() => articleOptions(documents), [documents]);
  const speakers = useMemo(() => sourceOptions(sources), [sources]);
  const tagChoices = useMemo(() => tagOptions(tags), [tags]);
  return (
    <div className="export-options">
      <label className="field">
        <span className="field-label">Title</span>
        <input
          type="text"
          value={value.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </label>
      <CheckboxListFilter
        legend="Articles"
        options={articles}
        selected={value.documentIds}
        onChange={(documentIds) => onChange({ documentIds })}
        noneMeans="every article"
        countNoun="quotes"
      />
      <h3 className="export-options-heading">Filters</h3>
      <CheckboxListFilter
        legend="Sources"
        options={speakers}
        selected={value.sourceIds}
        onChange={(sourceIds) => onChange({ sourceIds })}
        noneMeans="any source"
      />
      <CheckboxListFilter
        legend="Tags"
        options={tagChoices}
        selected={value.tagIds}
        onChange={(tagIds) => onChange({ tagIds })}
        noneMeans="any tag"
      />
      <CheckboxListFilter
        legend="Claim status"
        options={claimStatusOptions}
        selected={value.claimStatuses}
        onChange={(claimStatuses) => onChange({ claimStatuses })}
        noneMeans="any status"
      />
      <CheckboxListFilter
        legend="Speaker’s grade"
        options={gradeOptions}
        selected={value.grades}
        onChange={(grades) => onChange({ grades })}
        noneMeans="any grade"
      />
      <CheckboxListFilter
        legend="Credibility"
        options={credibilityOptions}
        selected={value.credibility}
        onChange={(credibility) => onChange({ credibility })}
        noneMeans="any credibility"
      />
      <h3 className="export-options-heading">Layout</h3>
      <label className="field">
        <span className="field-label">Group by</span>
        <select
          value={value.groupBy}
          onChange={(e) => onChange({ groupBy: e.target.value as GroupBy })}
        >
          {Object.entries(GROUP_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ColumnChecks selected={value.columns} onChange={(columns) => onChange({ columns })} />
      <label>
        <input
          type="checkbox"
          checked={value.includeContext}
          onChange={(e) => onChange({ includeContext: e.target.checked })}
        />{' '}
        Include the surrounding sentence
      </label>
      <label>
        <input
          type="checkbox"
          checked={value.includeNotes}
          onChange={(e) => onChange({ includeNotes: e.target.checked })}
        />{' '}
        Include notes
      </label>
    </div>
  );
}
