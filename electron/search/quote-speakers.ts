// Who spoke each quote, as the index last saw it: a quote is also found by its speakers' names,
// so its entry must be re-read when one of its attributions changes (including one deleted, whose
// quote only this map still knows) or when one of its speakers is renamed.
import type { WorkspaceData } from '../../shared/domain/workspace';
import { getRecord } from '../../shared/domain/workspace';
import { speakerNames } from '../../shared/search/entries';

/** An attribution as the index last read it. */
export interface Seen {
  readonly id: string;
  readonly quoteId: string;
  readonly sourceId: string;
  readonly role: string;
}

const NONE: readonly Seen[] = [];

export class QuoteSpeakers {
  private readonly attributions = new Map<string, Seen>();
  /** Per quote, its attributions of any role (an array: a Map per quote cost the build 0.3 s). */
  private readonly byQuote = new Map<string, Seen[]>();
  /** Per source, its attributions of any role, by id (the quotes it speaks or conveys). */
  private readonly bySource = new Map<string, Map<string, Seen>>();

  /** Forgets everything (a build then reads each attribution with `read`). */
  clear(): void {
    this.attributions.clear();
    this.byQuote.clear();
    this.bySource.clear();
  }

  /** The names a quote is found by (its speakers'), read from the live sources. */
  names(data: WorkspaceData, quoteId: string): string[] {
    const all = this.byQuote.get(quoteId);
    if (!all) return [];
    const speakers: string[] = [];
    for (const a of all) if (a.role === 'speaker') speakers.push(a.sourceId);
    return speakerNames(data, speakers);
  }

  /** A quote's attributions as last read (current once the index is: call current() first). */
  of(quoteId: string): Iterable<Seen> {
    return this.byQuote.get(quoteId) ?? NONE;
  }

  /**
   * Re-reads touched attributions and adds to `quotes` every quote whose speakers may differ:
   * the quote an attribution pointed at before and the one it points at now; and to `sources`
   * the sources it named before and names now (their quotes differ).
   */
  attributionsChanged(
    data: WorkspaceData,
    ids: Iterable<string>,
    quotes: Set<string>,
    sources: Set<string>,
  ): void {
    for (const id of ids) {
      const before = this.attributions.get(id);
      if (before) {
        quotes.add(before.quoteId);
        sources.add(before.sourceId);
        this.forget(id, before);
      }
      const now = this.read(data, id);
      if (now) {
        quotes.add(now.quoteId);
        sources.add(now.sourceId);
      }
    }
  }

  /** Adds to `quotes` the quotes these (touched) sources speak, whose names may have changed. */
  sourcesChanged(ids: Iterable<string>, quotes: Set<string>): void {
    for (const id of ids)
      for (const a of this.bySource.get(id)?.values() ?? [])
        if (a.role === 'speaker') quotes.add(a.quoteId);
  }

  /** A source's attributions of any role, as last read (current once the index is). */
  ofSource(sourceId: string): Iterable<Seen> {
    return this.bySource.get(sourceId)?.values() ?? NONE;
  }

  /** Reads one attribution as it is in `data` (not yet known to this map); null when gone. */
  read(data: WorkspaceData, id: string): Seen | null {
    const a = getRecord(data.attributions, id);
    if (!a) return null;
    const seen: Seen = { id, quoteId: a.quoteId, sourceId: a.sourceId, role: a.role };
    this.attributions.set(id, seen);
    const list = this.byQuote.get(seen.quoteId);
    if (list) list.push(seen);
    else this.byQuote.set(seen.quoteId, [seen]);
    link(this.bySource, seen.sourceId, id, seen);
    return seen;
  }

  private forget(id: string, seen: Seen): void {
    this.attributions.delete(id);
    const list = this.byQuote.get(seen.quoteId)?.filter((a) => a.id !== id) ?? [];
    if (list.length > 0) this.byQuote.set(seen.quoteId, list);
    else this.byQuote.delete(seen.quoteId);
    unlink(this.bySource, seen.sourceId, id);
  }
}

function link<V>(map: Map<string, Map<string, V>>, key: string, id: string, value: V) {
  const inner = map.get(key);
  if (inner) inner.set(id, value);
  else map.set(key, new Map([[id, value]]));
}

function unlink<V>(map: Map<string, Map<string, V>>, key: string, id: string) {
  const inner = map.get(key);
  if (!inner) return;
  inner.delete(id);
  if (inner.size === 0) map.delete(key);
}
