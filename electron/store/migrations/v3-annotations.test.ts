import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../shared/domain/workspace';
import { runMigrations } from './index';
import { v2ChangeLog } from './v2-change-log';
import { v3Annotations } from './v3-annotations';
import { v4Claims } from './v4-claims';
import { v5ArticleMetadata } from './v5-article-metadata';
import { v6SuggestionRejections } from './v6-suggestion-rejections';

const HASH = 'a'.repeat(64);
const v1 = () => ({
  schemaVersion: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  documents: {
    d1: {
      id: 'd1',
      title: 'T',
      outlet: '',
      byline: '',
      publishedAt: '',
      fileName: '',
      contentHash: HASH,
      text: 'abc',
      blocks: [{ kind: 'paragraph', start: 0, end: 3 }],
      importedAt: '2026-01-01T00:00:00.000Z',
    },
  },
  sources: {},
  quotes: {
    q1: {
      id: 'q1',
      documentId: 'd1',
      selector: { position: { start: 0, end: 3 }, quote: { exact: 'abc', prefix: '', suffix: '' } },
      kind: 'direct',
      cue: 'said',
      medium: '',
      saidAt: '',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  },
  attributions: {},
  annotations: {},
  claims: {},
  tags: {},
  assessments: {},
});

describe('migration 2 → 3', () => {
  it('takes a schema-1 file through 2 and 3 to a valid current workspace', () => {
    const migrated = runMigrations(v1(), 1, 6, [
      v2ChangeLog,
      v3Annotations,
      v4Claims,
      v5ArticleMetadata,
      v6SuggestionRejections,
    ]);
    const parsed = WorkspaceSchema.safeParse(migrated);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.documents.d1?.previousVersions).toEqual([]);
    expect(parsed.data?.quotes.q1?.anchor).toBeNull();
  });

  it('refuses highlights or tags that schema 2 could not have written', () => {
    const data = { ...v1(), schemaVersion: 2, changes: {}, tags: { t1: { id: 't1' } } };
    expect(() => runMigrations(data, 2, 3, [v3Annotations])).toThrow(/cannot have written/);
  });
});
