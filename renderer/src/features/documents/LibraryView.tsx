// The Library view: every article of the workspace in a sortable, filterable table, and beside it
// the chosen article's metadata, a form to edit it, and deleting it. Enter or a double click
// opens the article in the reader.
import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { formatDate } from '../../../../shared/text/dates';
import { plural } from '../../../../shared/text/plural';
import { ArticleDetailsForm, metadataKey } from './ArticleDetailsForm';
import { ArticlesTable } from './ArticlesTable';
import { DeleteArticleControl } from './DeleteArticleControl';
import { FORMAT_LABELS } from './article-rows';
import type { Status } from '../../ui/StatusToast';
import './library.css';

interface Props {
  documents: readonly DocumentSummary[];
  onOpenArticle: (id: string) => void;
  onChanged: () => void;
  /** The window's toast: a deleted article is announced there, with Undo. */
  onStatus?: (message: Status) => void;
}

export function LibraryView({ documents, onOpenArticle, onChanged, onStatus }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = documents.find((d) => d.id === selectedId) ?? null;
  return (
    <main className="library-view">
      <ArticlesTable
        documents={documents}
        selectedId={selected?.id ?? null}
        onSelect={setSelectedId}
        onOpenArticle={onOpenArticle}
      />
      <aside className="library-side" aria-label="Selected article">
        {selected ? (
          <ArticleDetails
            document={selected}
            onOpenArticle={onOpenArticle}
            onChanged={onChanged}
            onDeleted={() => {
              setSelectedId(null);
              onStatus?.({ text: `Deleted “${selected.title}”`, undo: true });
              onChanged();
            }}
          />
        ) : (
          <p className="empty">
            {documents.length === 0
              ? 'Imported articles are listed here with their outlet, authors and date.'
              : 'Choose an article to see and edit its details; Enter or a double click opens it.'}
          </p>
        )}
      </aside>
    </main>
  );
}

interface DetailsProps {
  document: DocumentSummary;
  onOpenArticle: (id: string) => void;
  onChanged: () => void;
  onDeleted: () => void;
}

function ArticleDetails({ document: doc, onOpenArticle, onChanged, onDeleted }: DetailsProps) {
  const facts: [string, string][] = [
    ['Outlet', doc.outlet || '—'],
    ['Authors', doc.authors.join(', ') || '—'],
    ['Date', formatDate(doc.publishedAt) || '—'],
    ['Language', doc.language || '—'],
    ['Format', FORMAT_LABELS[doc.format]],
    ['File', doc.fileName || '—'],
    ['Imported', formatDate(doc.importedAt)],
    ['Length', plural(doc.length, 'character')],
    ['Quotes', String(doc.quoteCount)],
    ['Claims', String(doc.claimCount)],
    ['Versions', String(doc.versionCount)],
  ];
  if (doc.reviewCount > 0) facts.push(['To review', plural(doc.reviewCount, 'span')]);
  return (
    <section className="article-details" aria-labelledby="article-details-title">
      <h2 id="article-details-title">{doc.title}</h2>
      <button type="button" className="primary" onClick={() => onOpenArticle(doc.id)}>
        Open in reader
      </button>
      <dl className="article-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>URL</dt>
          {/* Text, never a link: the workbench is offline and opens nothing. */}
          <dd className="article-url">{doc.url || '—'}</dd>
        </div>
      </dl>
      <ArticleDetailsForm key={metadataKey(doc)} document={doc} onSaved={onChanged} />
      <DeleteArticleControl key={doc.id} document={doc} onDeleted={onDeleted} />
    </section>
  );
}
