import { describe, expect, it } from 'vitest';
import { runMigrations } from './index';
import { v2ChangeLog } from './v2-change-log';

const v1 = () => ({
  schemaVersion: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  documents: {},
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

describe('migration 1 → 2', () => {
  it('adds an empty change log and ungraded credibility', () => {
    const migrated = runMigrations(v1(), 1, 2, [v2ChangeLog]);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.changes).toEqual({});
    expect(
      (migrated.quotes as Record<string, { credibility: unknown }>).q1?.credibility,
    ).toBeNull();
    // The chain up to the current schema is validated in the latest migration's test.
  });

  it('refuses assessments that schema 1 could not have written', () => {
    const data = { ...v1(), assessments: { a1: { id: 'a1' } } };
    expect(() => runMigrations(data, 1, 2, [v2ChangeLog])).toThrow(/cannot have written/);
  });
});
