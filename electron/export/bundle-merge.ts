// Merging a colleague's workspace into this one by id: what to add, what is already here, what
// conflicts, what cannot come without its references. Pure; bundle.ts reads the file.
import { DATA_COLLECTIONS, getRecord, valuesOf } from '../../shared/domain/workspace';
import type {
  Change,
  DataCollection,
  EntityOf,
  WorkspaceData,
} from '../../shared/domain/workspace';

export interface BundleConflict {
  collection: DataCollection;
  id: string;
  /** The item as the analyst knows it: a source's name, a quote's words, an article's title. */
  label: string;
  reason: string;
}

export interface BundleNote {
  kind: 'same-article' | 'possible-duplicate-source';
  collection: DataCollection;
  /** The bundle's id. */
  id: string;
  /** The local item it matches. */
  localId: string;
  message: string;
}

export interface BundleImportReport {
  /** Entities added, per collection (every collection present, zero when none). */
  added: Record<DataCollection, number>;
  /** Entities already here, identical. */
  unchanged: number;
  /** Ids on both sides with different content, or deleted here: the local version was kept. */
  conflicts: BundleConflict[];
  /** Entities not added because something they refer to is in neither workspace. */
  skipped: BundleConflict[];
  notes: BundleNote[];
}

type Entity = { id: string; [key: string]: unknown };
type Ref = { collection: DataCollection; id: string; what: string };

/** What an entity refers to, which must exist for it to be added. */
function references(collection: DataCollection, e: Entity): Ref[] {
  const ref = (c: DataCollection, id: string, what: string): Ref => ({ collection: c, id, what });
  switch (collection) {
    case 'documents':
    case 'sources':
      return [];
    case 'quotes': {
      const q = e as EntityOf<'quotes'>;
      return [ref('documents', q.documentId, 'its article')];
    }
    case 'attributions': {
      const a = e as EntityOf<'attributions'>;
      return [ref('quotes', a.quoteId, 'its quote'), ref('sources', a.sourceId, 'its source')];
    }
    case 'annotations': {
      const a = e as EntityOf<'annotations'>;
      return [
        ref('documents', a.documentId, 'its article'),
        ...a.tagIds.map((id) => ref('tags', id, 'a tag')),
      ];
    }
    case 'claims': {
      const c = e as EntityOf<'claims'>;
      return [
        ref('documents', c.documentId, 'its article'),
        ...(c.quoteId ? [ref('quotes', c.quoteId, 'its quote')] : []),
        ...c.claimantIds.map((id) => ref('sources', id, 'a claimant')),
        ...c.tagIds.map((id) => ref('tags', id, 'a tag')),
        ...c.evidence.flatMap((ev) =>
          ev.target.kind === 'span' ? [ref('documents', ev.target.documentId, 'evidence')] : [],
        ),
      ];
    }
    case 'tags': {
      const t = e as EntityOf<'tags'>;
      return t.parentId ? [ref('tags', t.parentId, 'its parent tag')] : [];
    }
    case 'assessments':
      return [ref('sources', (e as EntityOf<'assessments'>).sourceId, 'its source')];
    case 'memos': {
      const m = e as EntityOf<'memos'>;
      return [ref(m.subject, m.subjectId, 'what it is about')];
    }
    case 'suggestionRejections':
      return [ref('documents', (e as EntityOf<'suggestionRejections'>).documentId, 'its article')];
    default: {
      const unreachable: never = collection;
      throw new Error(`unknown collection ${String(unreachable)}`);
    }
  }
}

/** The entity with references to bundle articles that are local articles rewritten. */
function remapArticles(collection: DataCollection, e: Entity, to: Map<string, string>): Entity {
  const doc = (id: string) => to.get(id) ?? id;
  switch (collection) {
    case 'quotes':
    case 'annotations':
    case 'suggestionRejections': {
      const spanned = e as
        EntityOf<'quotes'> | EntityOf<'annotations'> | EntityOf<'suggestionRejections'>;
      return { ...spanned, documentId: doc(spanned.documentId) };
    }
    case 'claims': {
      const c = e as EntityOf<'claims'>;
      const evidence = c.evidence.map((ev) =>
        ev.target.kind === 'span'
          ? { ...ev, target: { ...ev.target, documentId: doc(ev.target.documentId) } }
          : ev,
      );
      return { ...c, documentId: doc(c.documentId), evidence };
    }
    case 'memos': {
      const m = e as EntityOf<'memos'>;
      return m.subject === 'documents' ? { ...m, subjectId: doc(m.subjectId) } : m;
    }
    default:
      return e;
  }
}

/** JSON with keys sorted, so equal entities compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** How the analyst would name an entity, looking related items up in `lookup`. */
function label(
  collection: DataCollection,
  e: Entity,
  lookup: (c: DataCollection, id: string) => Entity | undefined,
): string {
  const source = (id: string) =>
    (lookup('sources', id) as EntityOf<'sources'> | undefined)?.name ?? id;
  switch (collection) {
    case 'documents': {
      const d = e as EntityOf<'documents'>;
      return d.title || d.fileName;
    }
    case 'sources':
    case 'tags':
      return (e as EntityOf<'sources'> | EntityOf<'tags'>).name;
    case 'quotes':
    case 'annotations':
      return `“${clip((e as EntityOf<'quotes'>).selector.quote.exact)}”`;
    case 'attributions': {
      const a = e as EntityOf<'attributions'>;
      const quote = lookup('quotes', a.quoteId) as EntityOf<'quotes'> | undefined;
      return `${source(a.sourceId)} → “${clip(quote?.selector.quote.exact ?? a.quoteId)}”`;
    }
    case 'claims':
      return clip((e as EntityOf<'claims'>).statement);
    case 'assessments': {
      const a = e as EntityOf<'assessments'>;
      return `Grade ${a.grade} for ${source(a.sourceId)} (${a.assessedOn})`;
    }
    case 'memos': {
      const m = e as EntityOf<'memos'>;
      return m.title || clip(m.body);
    }
    case 'suggestionRejections':
      return `Rejected suggestion “${clip((e as EntityOf<'suggestionRejections'>).exact)}”`;
    default: {
      const unreachable: never = collection;
      throw new Error(`unknown collection ${String(unreachable)}`);
    }
  }
}

/** A name as compared for likely duplicates: case, accents, dots and spacing ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The latest change-log entry per `collection:id` deleted it: the analyst removed it here. */
function deletedHere(current: WorkspaceData): Map<string, string> {
  const last = new Map<string, { deleted: boolean; at: string }>();
  for (const entry of valuesOf(current.changes).sort((a, b) => a.seq - b.seq)) {
    for (const change of entry.changes) {
      last.set(`${change.collection}:${change.id}`, {
        deleted: change.after === null,
        at: entry.at,
      });
    }
  }
  return new Map([...last].filter(([, v]) => v.deleted).map(([key, v]) => [key, v.at]));
}

/**
 * Plans the merge of `incoming` (a validated bundle) into `current`. Conflicts keep the local
 * version rather than the newer one: a verdict, a grade or an attribution changed on two laptops
 * needs an editor's decision, and a silent overwrite by a colleague's older reasoning (or newer
 * clock) is what a fact-checking desk must never get.
 */
export function mergePlan(current: WorkspaceData, incoming: WorkspaceData) {
  const report: BundleImportReport = {
    added: Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, 0])) as Record<
      DataCollection,
      number
    >,
    unchanged: 0,
    conflicts: [],
    skipped: [],
    notes: [],
  };
  const local = (c: DataCollection, id: string) =>
    getRecord(current[c] as Record<string, Entity>, id);
  const lookup = (c: DataCollection, id: string) =>
    local(c, id) ?? getRecord(incoming[c] as Record<string, Entity>, id);
  const deleted = deletedHere(current);

  // The same article imported on both laptops: one copy, the local one.
  const articleAlias = new Map<string, string>();
  const byHash = new Map(valuesOf(current.documents).map((d) => [d.contentHash, d.id]));
  for (const doc of valuesOf(incoming.documents)) {
    const same = byHash.get(doc.contentHash);
    if (local('documents', doc.id) || same === undefined) continue;
    articleAlias.set(doc.id, same);
    report.notes.push({
      kind: 'same-article',
      collection: 'documents',
      id: doc.id,
      localId: same,
      message: `“${label('documents', doc, lookup)}” has the same text as your copy, so its items were added to yours.`,
    });
  }

  const candidates = new Map<string, { collection: DataCollection; entity: Entity }>();
  for (const collection of DATA_COLLECTIONS) {
    for (const original of Object.values(incoming[collection] as Record<string, Entity>)) {
      if (collection === 'documents' && articleAlias.has(original.id)) continue;
      const entity = remapArticles(collection, original, articleAlias);
      const mine = local(collection, entity.id);
      const deletedAt = deleted.get(`${collection}:${entity.id}`);
      if (mine && canonical(mine) === canonical(entity)) {
        report.unchanged += 1;
      } else if (mine) {
        const dated = (x: Entity) => ('updatedAt' in x ? ` (updated ${String(x.updatedAt)})` : '');
        report.conflicts.push({
          collection,
          id: entity.id,
          label: label(collection, mine, lookup),
          reason: `Changed on both sides: yours${dated(mine)} was kept; the bundle's${dated(entity)} was not imported.`,
        });
      } else if (deletedAt !== undefined) {
        report.conflicts.push({
          collection,
          id: entity.id,
          label: label(collection, entity, lookup),
          reason: `You deleted it on ${deletedAt}; the bundle does not restore it.`,
        });
      } else {
        candidates.set(`${collection}:${entity.id}`, { collection, entity });
      }
    }
  }

  // Drop candidates whose references dangle, until none does: dropping a quote strands its
  // attributions, and so on.
  const exists = (ref: Ref) =>
    local(ref.collection, ref.id) !== undefined || candidates.has(`${ref.collection}:${ref.id}`);
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const [key, { collection, entity }] of candidates) {
      const missing = references(collection, entity).find((ref) => !exists(ref));
      if (!missing) continue;
      candidates.delete(key);
      dropped = true;
      report.skipped.push({
        collection,
        id: entity.id,
        label: label(collection, entity, lookup),
        reason: `Not added: ${missing.what} (${missing.collection} ${missing.id}) is in neither workspace.`,
      });
    }
  }

  const localNames = new Map<string, string>();
  for (const s of valuesOf(current.sources)) {
    for (const name of [s.name, ...s.aliases]) localNames.set(nameKey(name), s.id);
  }
  const changes: Change[] = [];
  for (const { collection, entity } of candidates.values()) {
    changes.push({ op: 'put', collection, value: entity } as Change);
    report.added[collection] += 1;
    if (collection !== 'sources') continue;
    const source = entity as EntityOf<'sources'>;
    const match = [source.name, ...source.aliases]
      .map((name) => localNames.get(nameKey(name)))
      .find((id) => id !== undefined);
    if (match === undefined) continue;
    report.notes.push({
      kind: 'possible-duplicate-source',
      collection,
      id: source.id,
      localId: match,
      message: `“${source.name}” from the bundle may be the same as your “${getRecord(current.sources, match)?.name ?? match}”: if so, merge them on the source page.`,
    });
  }
  return { changes, report };
}
