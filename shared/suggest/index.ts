// The quote and speaker suggestion engine: text in, suggestions out, in text order. Pure (no
// Node, no DOM, no network), deterministic, and linear in the text's length. The pipeline:
// tokens and quotation marks (document.ts) → reporting cues (cues.ts) → direct quotations with
// their attribution (direct.ts) → reported speech and partial quotes (reported.ts) → names in
// the article (entities.ts) → who each speaker is (resolve.ts) → the registry (registry.ts).
import type { Doc } from './document';
import { analyse } from './document';
import type { Cue } from './cues';
import { findCues } from './cues';
import { findContinued, findDirect } from './direct';
import { buildEntities } from './entities';
import type { Found } from './found';
import { explain } from './explain';
import { indexSources, matchSource } from './registry';
import { findReported } from './reported';
import type { Resolved, ResolverState } from './resolve';
import { resolveSpeaker } from './resolve';
import type { Tagger } from './tokens';
import type { QuoteSuggestion, SuggestOptions, TextSpan } from './types';

export type { Tag, Tagger, Token } from './tokens';
export type * from './types';
export { matchSource, normaliseName, indexSources } from './registry';

export interface EngineOptions extends SuggestOptions {
  /** Part-of-speech tags from a model, replacing the lexicon's (for measurement; see README). */
  tagger?: Tagger;
}

const PRIORITY: Record<Found['kind'], number> = { direct: 0, partial: 1, indirect: 2 };

/**
 * Keeps direct quotations, then the longest of overlapping reported suggestions, except a
 * statement reported inside another by someone else ("He told me that Dean Acheson told him
 * that …"), which is a suggestion of its own. O(n log n): direct quotations do not overlap one
 * another, and reported ones are taken in text order against the widest kept so far.
 */
function withoutOverlaps(doc: Doc, found: Found[]): Found[] {
  const direct = found.filter((f) => f.kind === 'direct').sort((a, b) => a.start - b.start);
  const reported = found
    .filter((f) => f.kind !== 'direct')
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const overlapsDirect = (f: Found): boolean => {
    // The last direct quotation starting before f ends, and the one before it.
    let lo = 0;
    let hi = direct.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (direct[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) if (direct[i]!.end > f.start) return true;
    return false;
  };
  const nested = (inner: Found, outer: Found): boolean =>
    inner.speaker !== null &&
    outer.speaker !== null &&
    inner.speaker.first !== outer.speaker.first &&
    !inner.speaker.pronoun &&
    doc.tokens[inner.speaker.first]!.start >= outer.start &&
    inner.end <= outer.end;
  const kept: Found[] = [...direct];
  let widest: Found | null = null;
  for (const f of reported) {
    if (overlapsDirect(f)) continue;
    if (widest && widest.end > f.start && !nested(f, widest)) continue;
    kept.push(f);
    if (!widest || f.end > widest.end) widest = f;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Does f cover a quote already marked (half of the shorter span or more)? Binary search. */
function duplicates(f: Found, marked: ReadonlyArray<{ start: number; end: number }>): boolean {
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.start < f.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const m = marked[i]!;
    const overlap = Math.min(m.end, f.end) - Math.max(m.start, f.start);
    if (overlap > 0 && overlap * 2 >= Math.min(m.end - m.start, f.end - f.start)) return true;
  }
  return false;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function cueSpan(doc: Doc, cue: Cue): TextSpan {
  return span(doc.text, doc.tokens[cue.verb]!.start, doc.tokens[cue.last]!.end);
}

/**
 * Suggests the quotes of an article with their kind, content, cue and speaker, resolved inside
 * the article and mapped to the registry (`options.sources`). Sorted by content start. Never
 * throws on any string; an empty text gives an empty list.
 */
export function suggestQuotes(text: string, options: EngineOptions = {}): QuoteSuggestion[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const doc = analyse(text, options.tagger);
  const cues = findCues(doc);
  const cueByVerb = new Map(cues.map((c) => [c.verb, c]));
  const direct = findDirect(doc, cueByVerb);
  const reported = findReported(doc, cues, direct.usedCues);
  const kept = withoutOverlaps(doc, [...direct.found, ...reported]);
  const claimed = new Set(direct.claimed);
  for (const f of kept) for (const q of f.quotes) claimed.add(q);
  const all = [...kept, ...findContinued(doc, kept, claimed)].sort((a, b) => a.start - b.start);

  // Resolve in the order the speakers are written, so "he" finds the speaker before it.
  const table = buildEntities(doc);
  const state: ResolverState = { history: [] };
  const resolutions = new Map<Found, Resolved | null>();
  const byPhrase = new Map<string, Resolved | null>();
  const order = all
    .filter((f) => f.speaker)
    .sort((a, b) => a.speaker!.first - b.speaker!.first || a.start - b.start);
  for (const f of order) {
    const key = `${f.speaker!.first}:${f.speaker!.last}`;
    if (!byPhrase.has(key)) {
      const verb = f.cue ? f.cue.verb : f.speaker!.last + 1;
      byPhrase.set(key, resolveSpeaker(doc, table, state, f.speaker!, verb));
    }
    resolutions.set(f, byPhrase.get(key)!);
  }

  const index = indexSources(options.sources ?? []);
  const marked = [...(options.marked ?? [])].sort((a, b) => a.start - b.start);
  return all
    .filter((f) => !duplicates(f, marked))
    .map((f): QuoteSuggestion => {
      const resolved = resolutions.get(f) ?? null;
      const speaker = f.speaker
        ? {
            ...span(text, doc.tokens[f.speaker.first]!.start, doc.tokens[f.speaker.last]!.end),
            resolved: resolved
              ? { name: resolved.name, kind: resolved.kind, role: resolved.role, via: resolved.via }
              : null,
          }
        : null;
      const cue = f.cue ? cueSpan(doc, f.cue) : null;
      const conduit = f.conduit
        ? span(text, doc.tokens[f.conduit.first]!.start, doc.tokens[f.conduit.last]!.end)
        : null;
      const { confidence, reason } = explain(f, cue, speaker, conduit);
      return {
        key: `${f.kind}:${f.start}-${f.end}`,
        kind: f.kind,
        content: span(text, f.start, f.end),
        cue,
        speaker,
        confidence,
        reason,
        rule: f.rule,
        source: resolved ? matchSource(resolved, resolved.aliases, index) : null,
        conduit,
        fragments:
          f.kind === 'partial'
            ? f.quotes.map((q) => {
                const quote = doc.quotes[q]!;
                return span(text, quote.openEnd, quote.close);
              })
            : [],
      };
    });
}
