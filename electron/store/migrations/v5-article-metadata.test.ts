import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../shared/domain/workspace';
import { runMigrations } from './index';
import { authorsFromByline, v5ArticleMetadata } from './v5-article-metadata';
import { v6SuggestionRejections } from './v6-suggestion-rejections';

const v4Document = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  title: 'Talks in Riyadh',
  outlet: 'The New York Times',
  byline: 'By Constant Méheut and Jane Doe',
  publishedAt: '2025-03-23',
  fileName: 'talks.txt',
  contentHash: 'a'.repeat(64),
  text: 'Text.',
  blocks: [{ kind: 'paragraph', start: 0, end: 5 }],
  importedAt: '2026-01-01T00:00:00.000Z',
  previousVersions: [],
  ...fields,
});

const v4 = () => ({
  schemaVersion: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  documents: {
    d1: v4Document('d1'),
    d2: v4Document('d2', { byline: '', publishedAt: 'last Tuesday' }),
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
      changes: [{ collection: 'documents', id: 'd1', before: null, after: v4Document('d1') }],
    },
  },
});

describe('migration 4 → 5', () => {
  it('turns bylines into author lists and yields a valid schema-5 workspace', () => {
    const parsed = WorkspaceSchema.safeParse(
      runMigrations(v4(), 4, 6, [v5ArticleMetadata, v6SuggestionRejections]),
    );
    expect(parsed.success).toBe(true);
    const d1 = parsed.data!.documents['d1']!;
    expect(d1).toMatchObject({
      authors: ['Constant Méheut', 'Jane Doe'],
      publishedAt: '2025-03-23',
      url: '',
      language: '',
      description: '',
      format: 'text',
    });
    expect('byline' in d1).toBe(false);
  });

  it('keeps a date that was not ISO in the description rather than losing it', () => {
    const parsed = WorkspaceSchema.parse(
      runMigrations(v4(), 4, 6, [v5ArticleMetadata, v6SuggestionRejections]),
    );
    expect(parsed.documents['d2']).toMatchObject({
      publishedAt: '',
      authors: [],
      description: 'Date as given before: last Tuesday',
    });
  });

  it('upgrades article snapshots in the change log, so undo of older edits still matches', () => {
    const parsed = WorkspaceSchema.parse(
      runMigrations(v4(), 4, 6, [v5ArticleMetadata, v6SuggestionRejections]),
    );
    const after = parsed.changes['c1']!.changes[0]!.after!;
    expect(after).toEqual(parsed.documents['d1']);
  });

  it('splits bylines on commas, "and", ampersands and semicolons', () => {
    expect(authorsFromByline('By Jane Doe, John Roe & Ana Li; Bo Ek')).toEqual([
      'Jane Doe',
      'John Roe',
      'Ana Li',
      'Bo Ek',
    ]);
    expect(authorsFromByline('  ')).toEqual([]);
  });
});
