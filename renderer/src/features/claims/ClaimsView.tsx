// The Claims view: every claim of the workspace in a filterable, groupable table, with the
// chosen claim's details, evidence and memos beside it.
import { useMemo } from 'react';
import type { Claim } from '../../../../shared/domain/claims';
import type { Source } from '../../../../shared/domain/schema';
import type { DocumentSummary, TagWithUsage } from '../../../../shared/ipc/contract';
import { ClaimDetail } from './ClaimDetail';
import { ClaimsTable } from './ClaimsTable';
import { toClaimRow } from './claim-rows';

interface Props {
  claims: readonly Claim[];
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: readonly TagWithUsage[];
  documents: readonly DocumentSummary[];
  version: number;
  selectedId: string | null;
  /** A tag to filter by when the view opens (from the codebook); null for none. */
  tagFilter: string | null;
  onSelect: (claimId: string) => void;
  onShowSpan: (documentId: string, spanId: string) => void;
  selection: () => { documentId: string; position: { start: number; end: number } } | null;
  onChanged: () => void;
  reportError: (message: string) => void;
  renderMemos: (claimId: string) => React.ReactNode;
}

export function ClaimsView(props: Props) {
  const { claims, sources, tags, documents, selectedId } = props;
  const sourceNames = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const tagNames = useMemo(() => new Map(tags.map((t) => [t.id, t.name])), [tags]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const rows = useMemo(
    () =>
      claims.map((c) =>
        toClaimRow(c, {
          sourceName: (id) => sourceNames.get(id),
          tagName: (id) => tagNames.get(id),
          articleTitle: (id) => titles.get(id),
        }),
      ),
    [claims, sourceNames, tagNames, titles],
  );
  // Only the people and tags that some claim uses are worth offering as filters.
  const claimants = useMemo(() => {
    const used = new Set(claims.flatMap((c) => c.claimantIds));
    return sources.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
  }, [claims, sources]);
  const tagOptions = useMemo(
    () => tags.filter((t) => t.usage.claims > 0 || t.id === props.tagFilter),
    [tags, props.tagFilter],
  );
  const articles = useMemo(() => {
    const used = new Set(claims.map((c) => c.documentId));
    return documents.filter((d) => used.has(d.id)).map((d) => ({ id: d.id, name: d.title }));
  }, [claims, documents]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  return (
    <main className="claims-view">
      <ClaimsTable
        // A new tag filter from the codebook starts the table afresh with that filter.
        key={props.tagFilter ?? 'all'}
        rows={rows}
        claimants={claimants}
        tags={tagOptions}
        articles={articles}
        selectedId={selectedId}
        initialFilters={props.tagFilter ? [{ id: 'tagIds', value: [props.tagFilter] }] : []}
        tagName={(id) => tagNames.get(id)}
        onOpen={props.onSelect}
      />
      <aside className="claim-side" aria-label="Selected claim">
        {selected ? (
          <ClaimDetail
            key={selected.id + selected.updatedAt}
            claim={selected}
            sources={sources}
            grades={props.grades}
            tags={tags}
            articleTitle={(id) => titles.get(id) ?? 'an article no longer here'}
            selection={props.selection}
            version={props.version}
            onShowSpan={props.onShowSpan}
            onChanged={props.onChanged}
            reportError={props.reportError}
            memos={props.renderMemos(selected.id)}
          />
        ) : (
          <p className="empty">Choose a claim to see its evidence and edit its verdict.</p>
        )}
      </aside>
    </main>
  );
}
