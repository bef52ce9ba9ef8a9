import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../shared/domain/workspace';
import { runMigrations } from './index';
import { v4Claims } from './v4-claims';
import { v5ArticleMetadata } from './v5-article-metadata';
import { v6SuggestionRejections } from './v6-suggestion-rejections';

const v3 = () => ({
  schemaVersion: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  documents: {},
  sources: {},
  quotes: {},
  attributions: {},
  annotations: {},
  claims: {},
  tags: {},
  assessments: {},
  changes: {},
});

describe('migration 3 → 4', () => {
  it('adds an empty memos collection and yields a valid current workspace', () => {
    const migrated = runMigrations(v3(), 3, 6, [
      v4Claims,
      v5ArticleMetadata,
      v6SuggestionRejections,
    ]);
    const parsed = WorkspaceSchema.safeParse(migrated);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.memos).toEqual({});
    expect(parsed.data?.schemaVersion).toBe(6);
  });

  it('refuses claims that schema 3 could not have written', () => {
    const data = { ...v3(), claims: { c1: { id: 'c1' } } };
    expect(() => runMigrations(data, 3, 4, [v4Claims])).toThrow(/cannot have written/);
  });

  it('refuses memos that schema 3 could not have written', () => {
    const data = { ...v3(), memos: { m1: { id: 'm1' } } };
    expect(() => runMigrations(data, 3, 4, [v4Claims])).toThrow(/memos/);
  });
});
