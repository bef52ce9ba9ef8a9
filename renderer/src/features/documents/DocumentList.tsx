// The list of articles in the workspace; choosing one opens it in the reader.
import type { DocumentSummary } from '../../../../shared/ipc/contract';

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
          {documents.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                aria-current={doc.id === openId ? 'page' : undefined}
                onClick={() => onOpen(doc.id)}
              >
                <span className="doc-title">{doc.title}</span>
                <span className="doc-meta">
                  {doc.quoteCount} {doc.quoteCount === 1 ? 'quote' : 'quotes'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
