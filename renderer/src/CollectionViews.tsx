// The views over the whole workspace rather than one article: the library of articles, sources,
// claims and the codebook.
// Only the chosen one is mounted; `version` tells those that load their own data to reload it.
// Each view's root is the window's <main> landmark, as the reader's pane is while it shows.
import type { Claim } from '../../shared/domain/claims';
import type { Source } from '../../shared/domain/schema';
import type { DocumentSummary, TagWithUsage } from '../../shared/ipc/contract';
import { LibraryView } from './features/documents/LibraryView';
import { SourcesView } from './features/sources/SourcesView';
import { ClaimsView } from './features/claims/ClaimsView';
import { CodebookView } from './features/codebook/CodebookView';
import { MemosPanel } from './features/memos/MemosPanel';
import { SearchView } from './features/search/SearchView';
import type { View } from './AppHeader';
import type { Status } from './ui/StatusToast';

interface Props {
  view: View;
  onView: (view: View) => void;
  claims: readonly Claim[];
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: TagWithUsage[];
  documents: readonly DocumentSummary[];
  /** Opens an article (the view switches to the reader here). */
  onOpenDocument: (id: string) => void;
  openSourceId: string | null;
  onOpenSource: (sourceId: string | null) => void;
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string) => void;
  /** The tag the claims list is filtered by, if any. */
  claimTagFilter: string | null;
  onClaimTagFilter: (tagId: string) => void;
  /** The tag the codebook shows selected when it opens (the palette's "go to"). */
  openTagId?: string | null;
  /** Shows a quote or evidence span in the article view. */
  onShowSpan: (documentId: string, spanId: string) => void;
  /** Opens an article at a range of its text, scrolled to and flashed (a search hit). */
  onShowRange: (documentId: string, range: { start: number; end: number }) => void;
  /** The selection in the open article, for a claim's evidence. */
  evidenceSelection: () => { documentId: string; position: { start: number; end: number } } | null;
  version: number;
  onChanged: () => void;
  reportError: (message: string) => void;
  /** The window's toast, for deletions that offer Undo (an article, a tag). */
  onStatus?: (message: Status) => void;
}

export function CollectionViews(props: Props) {
  const { view, onView, version, onChanged, reportError } = props;
  return (
    <>
      {view === 'library' && (
        <LibraryView
          documents={props.documents}
          onOpenArticle={(id) => {
            props.onOpenDocument(id);
            onView('reader');
          }}
          onChanged={onChanged}
          onStatus={props.onStatus}
        />
      )}
      {view === 'sources' && (
        <SourcesView
          version={version}
          openSourceId={props.openSourceId}
          onOpenSource={props.onOpenSource}
          onChanged={onChanged}
          reportError={reportError}
          onOpenClaim={(id) => {
            props.onSelectClaim(id);
            onView('claims');
          }}
          onOpenQuote={props.onShowSpan}
        />
      )}
      {view === 'claims' && (
        <ClaimsView
          claims={props.claims}
          sources={props.sources}
          grades={props.grades}
          tags={props.tags}
          documents={props.documents}
          version={version}
          selectedId={props.selectedClaimId}
          tagFilter={props.claimTagFilter}
          onSelect={props.onSelectClaim}
          onShowSpan={props.onShowSpan}
          selection={props.evidenceSelection}
          onChanged={onChanged}
          reportError={reportError}
          renderMemos={(id) => (
            <MemosPanel
              subject="claims"
              subjectId={id}
              version={version}
              onChanged={onChanged}
              reportError={reportError}
            />
          )}
        />
      )}
      {view === 'search' && (
        <SearchView
          version={version}
          reportError={reportError}
          showRange={props.onShowRange}
          showSpan={props.onShowSpan}
          openDocument={(id) => {
            props.onOpenDocument(id);
            onView('reader');
          }}
          openSource={(id) => {
            props.onOpenSource(id);
            onView('sources');
          }}
          openClaim={(id) => {
            props.onSelectClaim(id);
            onView('claims');
          }}
          showTagged={(tagId) => {
            props.onClaimTagFilter(tagId);
            onView('claims');
          }}
        />
      )}
      {view === 'codebook' && (
        <CodebookView
          // A tag chosen in the palette opens the codebook afresh with that tag selected.
          key={props.openTagId ?? ''}
          initialSelectedId={props.openTagId ?? null}
          onStatus={props.onStatus}
          tags={props.tags}
          version={version}
          onChanged={onChanged}
          reportError={reportError}
          onShowTagged={(tagId) => {
            props.onClaimTagFilter(tagId);
            onView('claims');
          }}
        />
      )}
    </>
  );
}
