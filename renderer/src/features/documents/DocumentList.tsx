// The list of articles in the workspace, each with its outlet and date; choosing one opens it in
// the reader.
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import './library.css';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
}

export function DocumentList({ documents, openId, onOpen }: Props) {
  return (
    <nav className="documents" aria-label="Articles">
      <h2>Articles</h2>
      {documents.length === 0 ? (
        <p className="empty">No articles yet.</p>
      ) : (
        <ul>
          {documents.map((doc) => {
            return (
              <li key={doc.id}>
                <button
                  type="button"
                  aria-current={doc.id === openId ? 'page' : undefined}
                  onClick={() => onOpen(doc.id)}
                >
                  <span className="doc-title">{doc.title}</span>
                  {(doc.outlet || doc.publishedAt) && (
                    <span className="doc-source">
                      {doc.outlet}
                      {doc.outlet && doc.publishedAt && ' · '}
                      <span className="doc-date">{doc.publishedAt}</span>
                    </span>
                  )}
                  <span className="doc-meta">{plural(doc.quoteCount, 'quote')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
