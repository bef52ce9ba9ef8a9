// The article view as resizable, collapsible panes (layout/ReaderPanes): the articles and
// annotations lists, the reader, the inspector (the selected item in full, the article's memos)
// and the quotes table below them. Pane sizes and folded sections are kept in the window settings.
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import type { MemoSubject } from '../../shared/domain/claims';
import type { Source, WorkbenchDocument } from '../../shared/domain/schema';
import type { DocumentSummary, TagWithUsage } from '../../shared/ipc/contract';
import { ArticleReader } from './features/reader/ArticleReader';
import { FindBar } from './features/find/FindBar';
import type { FindHandle } from './features/find/FindBar';
import type { ReaderHandle } from './features/reader/ArticleReader';
import type { ReaderSpan } from './features/reader/spans';
import type { useReaderModel } from './features/reader/useReaderModel';
import { DocumentList } from './features/documents/DocumentList';
import { QuotesTable } from './features/quotes/QuotesTable';
import { AttributionsEditor } from './features/sources/AttributionsEditor';
import { AnnotationsPanel } from './features/annotations/AnnotationsPanel';
import type { PanelHandle } from './features/annotations/AnnotationsPanel';
import { Inspector } from './layout/Inspector';
import { InspectorSection } from './layout/InspectorSection';
import { ReaderPanes } from './layout/ReaderPanes';
import { WindowSettingsContext, useWindowSettings } from './layout/useWindowSettings';
import { ReviewQueue } from './features/annotations/ReviewQueue';
import { ClaimDetail } from './features/claims/ClaimDetail';
import { MemosPanel } from './features/memos/MemosPanel';

/** What the reader, the side panel and the quotes table show for the open article. */
type ReaderModel = ReturnType<typeof useReaderModel>;

interface Props {
  /** While another view is shown this one stays mounted, only hidden. */
  hidden: boolean;
  loading: boolean;
  documents: readonly DocumentSummary[];
  document: WorkbenchDocument | null;
  model: ReaderModel;
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: readonly TagWithUsage[];
  reader: Ref<ReaderHandle>;
  /** The find bar over the article (Ctrl/Cmd+F). */
  find: Ref<FindHandle>;
  panel: Ref<PanelHandle>;
  table: Ref<HTMLDivElement>;
  selectedId: string | null;
  /** Selects a span the analyst clicked in the text, where it already is in view. */
  onSelect: (spanId: string) => void;
  /** Selects a span and scrolls the reader to it. */
  onReveal: (spanId: string) => void;
  onOpenDocument: (documentId: string) => void;
  /** Shows a span of any article: a claim's evidence may sit in another one. */
  onShowSpan: (documentId: string, spanId: string) => void;
  /** The selection in the open article, for a claim's evidence. */
  evidenceSelection: () => { documentId: string; position: { start: number; end: number } } | null;
  onReview: (span: ReaderSpan, action: 'accept' | 'reattach' | 'remove') => void;
  onDelete: (span: ReaderSpan) => void;
  onTagClaim: () => void;
  version: number;
  onChanged: () => void;
  reportError: (message: string) => void;
  /** The quote-suggestion queue (features/suggestions), shown first in the inspector. */
  suggestions?: ReactNode;
}

export function ReaderView(props: Props) {
  const {
    document: doc,
    hidden,
    loading,
    documents,
    model,
    sources,
    grades,
    tags,
    reader,
    find,
    panel,
    table,
    selectedId,
    onSelect,
    onReveal,
    onOpenDocument,
    onShowSpan,
    evidenceSelection,
    onReview,
    onDelete,
    onTagClaim,
    version,
    onChanged,
    reportError,
  } = props;

  // The reader is memoised and `onChanged` is made afresh on every render: hand the reader a
  // stable callback that calls the latest one.
  // Another article opens at its top, not at the scroll position of the one before it (a reveal
  // of a quote in it scrolls afterwards, in App's effect).
  const pane = useRef<HTMLElement>(null);
  const openId = doc?.id;
  useLayoutEffect(() => {
    pane.current?.scrollTo?.(0, 0);
  }, [openId]);
  const latestOnChanged = useRef(onChanged);
  useLayoutEffect(() => {
    latestOnChanged.current = onChanged;
  });
  const onDetailsSaved = useCallback(() => latestOnChanged.current(), []);
  const windowSettings = useWindowSettings(reportError);
  // The find bar searches the rendered article and gives focus back to it when it closes.
  const articleRoot = useCallback(
    () => pane.current?.querySelector<HTMLElement>('article.article') ?? null,
    [],
  );
  const focusArticle = useCallback(() => articleRoot()?.focus(), [articleRoot]);

  const memosOn = (subject: MemoSubject, subjectId: string) => (
    <MemosPanel
      subject={subject}
      subjectId={subjectId}
      version={version}
      onChanged={onChanged}
      reportError={reportError}
    />
  );

  const renderClaimDetail = (id: string) => {
    const claim = model.claimsById.get(id);
    if (!claim) return null;
    return (
      <ClaimDetail
        key={claim.id + claim.updatedAt}
        claim={claim}
        sources={sources}
        grades={grades}
        tags={tags}
        articleTitle={(docId) => model.titles.get(docId) ?? 'an article no longer here'}
        selection={evidenceSelection}
        version={version}
        onShowSpan={onShowSpan}
        onChanged={onChanged}
        reportError={reportError}
        memos={memosOn('claims', claim.id)}
      />
    );
  };

  const selected = model.panelSpans.find((s) => s.id === selectedId) ?? null;

  const articles = (
    <DocumentList documents={documents} openId={doc?.id ?? null} onOpen={onOpenDocument} />
  );
  const readerPane = (
    <main className="reader-pane" ref={pane}>
      {doc && (
        <FindBar ref={find} document={doc} articleRoot={articleRoot} onClose={focusArticle} />
      )}
      {doc ? (
        <ArticleReader
          ref={reader}
          document={doc}
          spans={model.textSpans}
          selectedId={selectedId}
          describe={model.describe}
          onSelect={onSelect}
          onDetailsSaved={onDetailsSaved}
        />
      ) : (
        <p className="empty">
          {loading ? 'Opening the workspace…' : 'Import an article to begin.'}
        </p>
      )}
    </main>
  );
  const annotations = (
    <AnnotationsPanel
      spans={model.panelSpans}
      annotations={model.annotationsById}
      claims={model.claimsById}
      tags={tags}
      selectedId={selectedId}
      describe={model.describe}
      onSelect={onReveal}
    >
      <ReviewQueue
        spans={model.spans}
        onAccept={(span) => onReview(span, 'accept')}
        onReattach={(span) => onReview(span, 'reattach')}
        onRemove={(span) => onReview(span, 'remove')}
        onSelect={(span) => onReveal(span.id)}
      />
    </AnnotationsPanel>
  );
  const inspector = (
    <Inspector
      ref={panel}
      spans={model.panelSpans}
      annotations={model.annotationsById}
      tags={tags}
      selectedId={selected?.id ?? null}
      describe={model.describe}
      onDelete={onDelete}
      onChanged={onChanged}
      reportError={reportError}
      version={version}
      renderClaimDetail={renderClaimDetail}
      renderQuoteDetail={(quoteId) => (
        <>
          <div className="inspector-actions">
            <button type="button" onClick={onTagClaim} title="Tag this quote as a claim (C)">
              Tag as claim
            </button>
          </div>
          <InspectorSection kind="attributions" title="Attributions">
            <AttributionsEditor
              key={`${quoteId}-${version}`}
              quoteId={quoteId}
              onChanged={onChanged}
            />
          </InspectorSection>
        </>
      )}
      articleMemos={
        doc && (
          <InspectorSection kind="articleMemos" title="Memos on this article" defaultOpen={false}>
            {memosOn('documents', doc.id)}
          </InspectorSection>
        )
      }
      children={props.suggestions}
    />
  );
  const quotes = (
    <QuotesTable
      rows={model.quoteRows}
      selectedId={selectedId}
      onActivate={(row) => {
        onReveal(row.id);
        if (doc?.id !== row.documentId) onOpenDocument(row.documentId);
      }}
    />
  );

  return (
    <div className="reader-layout" hidden={hidden}>
      <WindowSettingsContext.Provider value={windowSettings}>
        {windowSettings.loaded && (
          <ReaderPanes
            hidden={hidden}
            settings={windowSettings}
            articles={articles}
            annotations={annotations}
            reader={readerPane}
            inspector={inspector}
            table={quotes}
            tableRef={table}
          />
        )}
      </WindowSettingsContext.Provider>
    </div>
  );
}
