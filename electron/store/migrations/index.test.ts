// Tests of the migration framework with fake migrations (schema 1 is the first real one).
import { describe, expect, it } from 'vitest';
import type { Migration } from './index';
import { MIGRATIONS, MigrationError, runMigrations } from './index';

const renamePeople: Migration = {
  from: 0,
  to: 1,
  migrate: (data) => {
    const { people, ...rest } = data;
    return { ...rest, sources: people };
  },
};
const addTags: Migration = { from: 1, to: 2, migrate: (data) => ({ ...data, tags: {} }) };

describe('runMigrations', () => {
  it('has a consecutive chain of real migrations', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]?.to);
    });
  });

  it('runs the steps in order and stamps each version', () => {
    const out = runMigrations({ schemaVersion: 0, people: { s1: {} } }, 0, 2, [
      addTags,
      renamePeople,
    ]);
    expect(out).toEqual({ schemaVersion: 2, sources: { s1: {} }, tags: {} });
  });

  it('does nothing when already current', () => {
    const data = { schemaVersion: 2 };
    expect(runMigrations(data, 2, 2, [])).toBe(data);
  });

  it('fails clearly when a step is missing, duplicated, skips versions or throws', () => {
    expect(() => runMigrations({}, 0, 2, [renamePeople])).toThrow(
      'no migration from schema 1 to 2',
    );
    expect(() => runMigrations({}, 0, 1, [renamePeople, renamePeople])).toThrow(/more than one/);
    expect(() => runMigrations({}, 0, 2, [{ from: 0, to: 2, migrate: (d) => d }])).toThrow(
      MigrationError,
    );
    const broken: Migration = {
      from: 0,
      to: 1,
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(() => runMigrations({}, 0, 1, [broken])).toThrow('the step from schema 0 failed: boom');
    const empty = { from: 0, to: 1, migrate: () => null as unknown as Record<string, unknown> };
    expect(() => runMigrations({}, 0, 1, [empty])).toThrow(/no workspace object/);
  });
});
