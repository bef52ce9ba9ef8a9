// Handlers for sources: who speaks. Names and aliases are unique case-insensitively across
// sources so the type-ahead never offers two "Steve Witkoff"s; merging two entries of the same
// speaker moves everything that pointed at one onto the other in a single undoable edit.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import type { NewSource, SourceQuote } from '../../shared/ipc/contract';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Source } from '../../shared/domain/schema';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import { suggestSourceFromText } from '../../shared/domain/source-from-text';
import {
  latestBySource,
  newestFirst,
  suggestGrade,
  tallyClaims,
} from '../../shared/domain/reliability';
import { memosAbout } from './memos';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { plural } from '../../shared/text/plural';

type SourceHandlers = Pick<
  HandlerTable,
  | 'sources.list'
  | 'sources.create'
  | 'sources.update'
  | 'sources.fromSelection'
  | 'sources.merge'
  | 'sources.delete'
  | 'sources.get'
  | 'sources.table'
>;

const MAX_ALIASES = 100;
const fold = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
const tidy = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** The source already using this name or alias (other than exceptId), or null. */
export function findSourceByName(
  data: WorkspaceData,
  name: string,
  exceptId?: string,
): Source | null {
  const wanted = fold(name);
  for (const source of valuesOf(data.sources)) {
    if (source.id === exceptId) continue;
    if (fold(source.name) === wanted || source.aliases.some((alias) => fold(alias) === wanted)) {
      return source;
    }
  }
  return null;
}

/** Throws conflict when another source already uses any of the names. */
function assertNamesFree(data: WorkspaceData, names: readonly string[], exceptId?: string): void {
  for (const name of names) {
    const existing = findSourceByName(data, name, exceptId);
    if (existing) {
      throw new WorkbenchError(
        'conflict',
        `“${tidy(name)}” is already a name of the source “${existing.name}”; pick or merge it instead.`,
      );
    }
  }
}

/** Aliases tidied, without case-insensitive duplicates or the name itself, in first-seen order. */
export function normaliseAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const alias of aliases.map(tidy)) {
    if (alias === '' || seen.has(fold(alias))) continue;
    seen.add(fold(alias));
    out.push(alias);
  }
  return out;
}

/** Builds (but does not store) a new source; throws conflict when a name or alias is taken. */
export function newSource(ctx: ServiceContext, input: NewSource): Source {
  const name = tidy(input.name);
  const aliases = normaliseAliases(name, input.aliases);
  assertNamesFree(ctx.store.data, [name, ...aliases]);
  const at = stamp(ctx);
  return {
    id: ctx.newId(),
    kind: input.kind,
    name,
    aliases,
    role: input.role,
    affiliation: input.affiliation,
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

/** The source with this id; throws not_found. */
export function requireSource(data: WorkspaceData, id: string): Source {
  const source = getRecord(data.sources, id);
  if (!source) throw new WorkbenchError('not_found', 'That source no longer exists.');
  return source;
}

/** Claims (a loose collection until their issue lands) naming the source as a claimant. */
function claimsNaming(data: WorkspaceData, sourceId: string): WorkspaceData['claims'][string][] {
  return valuesOf(data.claims).filter((claim) => claim.claimantIds.includes(sourceId));
}

/** The merged source: the other's names become aliases, empty fields filled, notes appended. */
function absorb(keep: Source, merge: Source, at: string): Source {
  const aliases = normaliseAliases(keep.name, [...keep.aliases, merge.name, ...merge.aliases]);
  if (aliases.length > MAX_ALIASES) {
    throw new WorkbenchError('invalid_input', `A source can have at most ${MAX_ALIASES} aliases.`);
  }
  const notes = [keep.notes, merge.notes].filter((n) => n.trim() !== '').join('\n\n');
  if (notes.length > 20_000) {
    throw new WorkbenchError('invalid_input', 'The two sources’ notes are too long to combine.');
  }
  return {
    ...keep,
    aliases,
    notes,
    role: keep.role || merge.role,
    affiliation: keep.affiliation || merge.affiliation,
    updatedAt: at,
  };
}

export function sourceHandlers(ctx: ServiceContext): SourceHandlers {
  const data = () => ctx.store.data;
  return {
    'sources.list': async () =>
      valuesOf(data().sources).sort((a, b) => a.name.localeCompare(b.name)),

    'sources.create': async (input) => {
      const source = newSource(ctx, input);
      await ctx.commit('Create source', [{ op: 'put', collection: 'sources', value: source }]);
      return source;
    },

    'sources.update': async ({ id, ...patch }) => {
      const source = requireSource(data(), id);
      const name = patch.name === undefined ? source.name : tidy(patch.name);
      const aliases = normaliseAliases(name, patch.aliases ?? source.aliases);
      assertNamesFree(data(), [name, ...aliases], id);
      const next: Source = {
        ...source,
        kind: patch.kind ?? source.kind,
        name,
        aliases,
        role: patch.role ?? source.role,
        affiliation: patch.affiliation ?? source.affiliation,
        notes: patch.notes ?? source.notes,
      };
      // Saving an unchanged form is not an edit: no log entry, nothing to undo.
      if (JSON.stringify(next) === JSON.stringify(source)) return source;
      next.updatedAt = stamp(ctx);
      await ctx.commit('Edit source', [{ op: 'put', collection: 'sources', value: next }]);
      return next;
    },

    'sources.fromSelection': async ({ documentId, position }) => {
      const doc = getRecord(data().documents, documentId);
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      const suggestion =
        position.end <= doc.text.length
          ? suggestSourceFromText(doc.text, position.start, position.end)
          : null;
      if (!suggestion) {
        throw new WorkbenchError('invalid_input', 'Select the name of who spoke first.');
      }
      const existing = findSourceByName(data(), suggestion.name);
      return { ...suggestion, existingId: existing?.id ?? null };
    },

    'sources.merge': async ({ keepId, mergeId }) => {
      if (keepId === mergeId) {
        throw new WorkbenchError('invalid_input', 'A source cannot be merged into itself.');
      }
      const keep = requireSource(data(), keepId);
      const merge = requireSource(data(), mergeId);
      const changes: Change[] = [];
      const held = new Set(
        valuesOf(data().attributions)
          .filter((a) => a.sourceId === keepId)
          .map((a) => `${a.quoteId}|${a.role}`),
      );
      let movedAttributions = 0;
      for (const a of valuesOf(data().attributions)) {
        if (a.sourceId !== mergeId) continue;
        movedAttributions += 1;
        // Both entries credited with the same quote in the same role: one attribution is enough.
        const key = `${a.quoteId}|${a.role}`;
        if (held.has(key)) changes.push({ op: 'delete', collection: 'attributions', id: a.id });
        else
          changes.push({
            op: 'put',
            collection: 'attributions',
            value: { ...a, sourceId: keepId },
          });
        held.add(key);
      }
      const assessments = valuesOf(data().assessments).filter((a) => a.sourceId === mergeId);
      for (const a of assessments) {
        changes.push({ op: 'put', collection: 'assessments', value: { ...a, sourceId: keepId } });
      }
      for (const claim of claimsNaming(data(), mergeId)) {
        const ids = claim.claimantIds.map((c) => (c === mergeId ? keepId : c));
        const value = { ...claim, claimantIds: [...new Set(ids)] };
        changes.push({ op: 'put', collection: 'claims', value });
      }
      for (const memo of memosAbout(data(), 'sources', mergeId)) {
        changes.push({ op: 'put', collection: 'memos', value: { ...memo, subjectId: keepId } });
      }
      const source = absorb(keep, merge, stamp(ctx));
      changes.push(
        { op: 'put', collection: 'sources', value: source },
        { op: 'delete', collection: 'sources', id: mergeId },
      );
      await ctx.commit('Merge sources', changes);
      return { source, movedAttributions, movedAssessments: assessments.length };
    },

    'sources.delete': async ({ id }) => {
      const source = requireSource(data(), id);
      const attributed = valuesOf(data().attributions).filter((a) => a.sourceId === id);
      if (attributed.length > 0) {
        throw new WorkbenchError(
          'conflict',
          `“${source.name}” is still credited in ${plural(attributed.length, 'attribution')}; ` +
            'remove those or merge the source into another first.',
        );
      }
      const claims = claimsNaming(data(), id);
      if (claims.length > 0) {
        throw new WorkbenchError(
          'conflict',
          `“${source.name}” is the claimant of ${plural(claims.length, 'claim')}; reassign them first.`,
        );
      }
      // Its grades mean nothing without it; they go in the same edit, so undo restores them.
      const changes: Change[] = valuesOf(data().assessments)
        .filter((a) => a.sourceId === id)
        .map((a) => ({ op: 'delete', collection: 'assessments', id: a.id }));
      for (const memo of memosAbout(data(), 'sources', id)) {
        changes.push({ op: 'delete', collection: 'memos', id: memo.id });
      }
      changes.push({ op: 'delete', collection: 'sources', id });
      await ctx.commit('Delete source', changes);
      return { id };
    },

    'sources.get': async ({ id }) => {
      const d = data();
      const source = requireSource(d, id);
      const quotes: SourceQuote[] = [];
      for (const a of valuesOf(d.attributions)) {
        const quote = a.sourceId === id ? getRecord(d.quotes, a.quoteId) : undefined;
        if (!quote) continue;
        quotes.push({
          quoteId: quote.id,
          documentId: quote.documentId,
          documentTitle: getRecord(d.documents, quote.documentId)?.title ?? '',
          exact: quote.selector.quote.exact,
          kind: quote.kind,
          start: quote.selector.position.start,
          attributionId: a.id,
          role: a.role,
          confidence: a.confidence,
          credibility: quote.credibility,
        });
      }
      quotes.sort(
        (a, b) =>
          a.documentTitle.localeCompare(b.documentTitle) ||
          a.documentId.localeCompare(b.documentId) ||
          a.start - b.start,
      );
      const tally = tallyClaims(valuesOf(d.claims)).get(id);
      return {
        source,
        assessments: valuesOf(d.assessments)
          .filter((a) => a.sourceId === id)
          .sort(newestFirst),
        quotes,
        claimCount: tally?.claimCount ?? 0,
        claims: claimsNaming(d, id)
          .map(({ id: claimId, statement, status, documentId, statusChangedAt }) => ({
            id: claimId,
            statement,
            status,
            documentId,
            statusChangedAt,
          }))
          .sort((a, b) => (b.statusChangedAt ?? '').localeCompare(a.statusChangedAt ?? '')),
        trackRecord: tally?.record ?? {
          verified: 0,
          disputed: 0,
          misleading: 0,
          false: 0,
          unverifiable: 0,
          unverified: 0,
        },
        suggested: tally ? suggestGrade(tally.record) : null,
      };
    },

    'sources.table': async (input) => {
      const d = data();
      const documentId = input?.documentId;
      const quoteIds = new Map<string, Set<string>>();
      // With an article: the sources credited in it, whose counts are still workspace-wide.
      const inArticle = new Set<string>();
      for (const a of valuesOf(d.attributions)) {
        const quote = getRecord(d.quotes, a.quoteId);
        if (!quote) continue;
        const set = quoteIds.get(a.sourceId) ?? new Set<string>();
        quoteIds.set(a.sourceId, set.add(a.quoteId));
        if (quote.documentId === documentId) inArticle.add(a.sourceId);
      }
      const latest = latestBySource(valuesOf(d.assessments));
      const tallies = tallyClaims(valuesOf(d.claims));
      return valuesOf(d.sources)
        .filter((source) => documentId === undefined || inArticle.has(source.id))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((source) => {
          const current = latest.get(source.id);
          const tally = tallies.get(source.id);
          return {
            source,
            currentGrade: current?.grade ?? null,
            lastAssessed: current?.assessedOn ?? null,
            quoteCount: quoteIds.get(source.id)?.size ?? 0,
            claimCount: tally?.claimCount ?? 0,
            suggested: tally ? suggestGrade(tally.record) : null,
          };
        });
    },
  };
}
