// The quote sheet's options: scope (articles), filters (sources, tags, claim status, grade,
// credibility), grouping, columns, context and notes. Empty filters mean "everything".
import type { Tag } from '../../../../shared/domain/annotations';
import type { ClaimStatus } from '../../../../shared/domain/claims';
import type { Credibility, ReliabilityGrade, Source } from '../../../../shared/domain/schema';
import type { QuoteSheetColumn } from '../../../../shared/export/cells';
import { COLUMN_LABELS, QUOTE_SHEET_COLUMNS } from '../../../../shared/export/cells';
import type { GroupBy, QuoteSheetOptions } from '../../../../shared/export/quote-sheet';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { CLAIM_STATUS_LABELS, CREDIBILITY_LABELS, GRADE_LABELS } from '../../ui/labels';

interface Props {
  value: QuoteSheetOptions;
  onChange: (patch: Partial<QuoteSheetOptions>) => void;
  documents: readonly DocumentSummary[];
  sources: readonly Source[];
  tags: readonly Tag[];
}

/** The list with `item` added or removed. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

const GROUP_LABELS: Record<GroupBy, string> = {
  source: 'Source',
  article: 'Article',
  tag: 'Tag',
  none: 'No grouping',
};

function Checks<T extends string | number>(props: {
  legend: string;
  options: readonly (readonly [T, string])[];
  selected: readonly (T | null)[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="check-list">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={String(value)}>
          <input
            type="checkbox"
            checked={props.selected.includes(value)}
            onChange={(e) =>
              props.onChange(
                toggled(
                  props.selected.filter((v): v is T => v !== null),
                  value,
                  e.target.checked,
                ),
              )
            }
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function MultiSelect(props: {
  label: string;
  options: readonly { id: string; name: string }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <select
        multiple
        size={Math.min(6, Math.max(3, props.options.length))}
        value={[...props.selected]}
        onChange={(e) => props.onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ExportOptionsForm({ value, onChange, documents, sources, tags }: Props) {
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
      <MultiSelect
        label="Articles (none chosen: all)"
        options={documents.map((d) => ({ id: d.id, name: d.title }))}
        selected={value.documentIds}
        onChange={(documentIds) => onChange({ documentIds })}
      />
      <MultiSelect
        label="Sources (none chosen: any)"
        options={sources.map((s) => ({ id: s.id, name: s.name }))}
        selected={value.sourceIds}
        onChange={(sourceIds) => onChange({ sourceIds })}
      />
      <MultiSelect
        label="Tags (none chosen: any)"
        options={tags.map((t) => ({ id: t.id, name: t.name }))}
        selected={value.tagIds}
        onChange={(tagIds) => onChange({ tagIds })}
      />
      <Checks<ClaimStatus>
        legend="Claim status"
        options={Object.entries(CLAIM_STATUS_LABELS) as [ClaimStatus, string][]}
        selected={value.claimStatuses}
        onChange={(claimStatuses) => onChange({ claimStatuses })}
      />
      <Checks<ReliabilityGrade>
        legend="Speaker’s grade"
        options={(Object.keys(GRADE_LABELS) as ReliabilityGrade[]).map((g) => [g, g] as const)}
        selected={value.grades}
        onChange={(grades) => onChange({ grades })}
      />
      <Checks<Credibility>
        legend="Credibility"
        options={Object.keys(CREDIBILITY_LABELS).map((c) => [Number(c) as Credibility, c] as const)}
        selected={value.credibility}
        onChange={(credibility) => onChange({ credibility })}
      />
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
      <Checks<QuoteSheetColumn>
        legend="Columns"
        options={QUOTE_SHEET_COLUMNS.map((c) => [c, COLUMN_LABELS[c]] as const)}
        selected={value.columns}
        // Keep the sheet's own column order whatever order they were ticked in.
        onChange={(columns) =>
          onChange({ columns: QUOTE_SHEET_COLUMNS.filter((c) => columns.includes(c)) })
        }
      />
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
