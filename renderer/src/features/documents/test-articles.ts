// Article summaries for the library's tests: every field filled, any of them overridable.
import type { DocumentSummary } from '../../../../shared/ipc/contract';

export const summary = (id: string, over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title: `Article ${id}`,
  outlet: '',
  authors: [],
  publishedAt: '',
  url: '',
  language: '',
  description: '',
  fileName: `${id}.txt`,
  format: 'text',
  contentHash: 'a'.repeat(64),
  importedAt: '2025-03-01T10:00:00.000Z',
  quoteCount: 0,
  claimCount: 0,
  length: 100,
  versionCount: 1,
  reviewCount: 0,
  ...over,
});
