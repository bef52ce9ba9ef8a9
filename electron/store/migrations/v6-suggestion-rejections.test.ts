import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../shared/domain/workspace';
import { runMigrations } from './index';
import { v6SuggestionRejections } from './v6-suggestion-rejections';

const v5 = () => ({
  schemaVersion: 5,
  createdAt: '2026-01-01T00:00:00.000Z',
  documents: {
    d1: {
      id: 'd1',
      title: 'Talks in Riyadh',
      outlet: '',
      authors: [],
      publishedAt: '',
      url: '',
      language: '',
      description: '',
      fileName: 'talks.txt',
      format: 'text',
      contentHash: 'a'.repeat(64),
      text: 'Text.',
      blocks: [{ kind: 'paragraph', start: 0, end: 5 }],
      importedAt: '2026-01-01T00:00:00.000Z',
      previousVersions: [],
    },
  },
  sources: {},
  quotes: {},
  attributions: {},
  annotations: {},
  claims: {},
  tags: {},
  assessments: {},
  memos: {},
  changes: {
    c1: {
      id: 'c1',
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actor: 'analyst',
      label: 'Import article',
      kind: 'edit',
      target: null,
      changes: [{ collection: 'documents', id: 'd1', before: null, after: null }],
    },
  },
});

describe('migration 5 → 6', () => {
  it('adds an empty rejections collection and yields a valid schema-6 workspace', () => {
    const before = v5();
    const migrated = runMigrations(v5(), 5, 6, [v6SuggestionRejections]);
    const parsed = WorkspaceSchema.safeParse(migrated);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.suggestionRejections).toEqual({});
    // Everything else, the change log included, is as it was.
    expect(parsed.data!.documents).toEqual(before.documents);
    expect(parsed.data!.changes).toEqual(before.changes);
  });

  it('a schema-5 file without the step does not validate as schema 6', () => {
    expect(WorkspaceSchema.safeParse({ ...v5(), schemaVersion: 6 }).success).toBe(false);
  });

  it('refuses rejections schema 5 cannot have written rather than silently dropping them', () => {
    const odd = { ...v5(), suggestionRejections: { r1: { id: 'r1' } } };
    expect(() => runMigrations(odd, 5, 6, [v6SuggestionRejections])).toThrow(/cannot have written/);
  });
});
