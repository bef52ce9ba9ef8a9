// Handlers for sources: who speaks. Names are unique case-insensitively so the type-ahead
// never offers two "Steve Witkoff"s.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import type { NewSource } from '../../shared/ipc/contract';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Source } from '../../shared/domain/schema';
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { ServiceContext } from './context';
import { stamp } from './context';

type SourceHandlers = Pick<HandlerTable, 'sources.list' | 'sources.create'>;

const fold = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The source already using this name or alias, or null. */
export function findSourceByName(data: WorkspaceData, name: string): Source | null {
  const wanted = fold(name);
  for (const source of Object.values(data.sources)) {
    if (fold(source.name) === wanted || source.aliases.some((alias) => fold(alias) === wanted)) {
      return source;
    }
  }
  return null;
}

/** Builds (but does not store) a new source; throws conflict when the name is taken. */
export function newSource(ctx: ServiceContext, input: NewSource): Source {
  const existing = findSourceByName(ctx.store.data, input.name);
  if (existing) {
    throw new WorkbenchError(
      'conflict',
      `A source named “${existing.name}” already exists; pick it instead of creating another.`,
    );
  }
  const at = stamp(ctx);
  return {
    id: ctx.newId(),
    kind: input.kind,
    name: input.name.replace(/\s+/g, ' '),
    aliases: [...new Set(input.aliases.map((a) => a.replace(/\s+/g, ' ')))],
    role: input.role,
    affiliation: input.affiliation,
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

export function sourceHandlers(ctx: ServiceContext): SourceHandlers {
  return {
    'sources.list': async () =>
      Object.values(ctx.store.data.sources).sort((a, b) => a.name.localeCompare(b.name)),
    'sources.create': async (input) => {
      const source = newSource(ctx, input);
      await ctx.commit('Create source', [{ op: 'put', collection: 'sources', value: source }]);
      return source;
    },
  };
}
