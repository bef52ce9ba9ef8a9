// The suggestions the analyst sees for an article: the engine's answer on the stored text, checked
// against that text, mapped to the source registry, and cleared of anything already marked or
// rejected. Pure over the workspace data, so the handlers and their tests share one definition.
import type { QuoteSuggestion, SuggestOptions } from '../../shared/suggest/types';
import type { WorkbenchDocument } from '../../shared/domain/schema';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import type { SuggestedSource, Suggestion } from '../../shared/ipc/channels/suggestions';
import { findSourceByName } from './sources';

/** The engine's entry point (shared/suggest/index.ts), injectable for tests. */
export type SuggestEngine = (text: string, options?: SuggestOptions) => QuoteSuggestion[];

type Span = { start: number; end: number; text: string };

/** The span when it lies inside `text` and says what it claims to; otherwise null. */
function checked<T extends Span>(text: string, span: T | null): T | null {
  if (!span) return null;
  const { start, end } = span;
  const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length;
  return fits && start < end && text.slice(start, end) === span.text ? span : null;
}

const clip = (text: string, max: number) => text.trim().replace(/\s+/g, ' ').slice(0, max);

/**
 * Where the speaker goes in the registry. The engine's own match is used when it names a source
 * that really exists; otherwise the source with the resolved name (or, for a name, surname or
 * title mention, the words as written: "Mr. Witkoff" may be an alias), else a new source proposed
 * from the text, with only aliases no other source uses (so accepting cannot hit a name clash).
 * Null when the engine resolved no speaker.
 */
export function sourceFor(data: WorkspaceData, s: QuoteSuggestion): SuggestedSource | null {
  const resolved = s.speaker?.resolved;
  const match = s.source ?? null;
  if (match?.kind === 'existing') {
    const found = getRecord(data.sources, match.sourceId);
    if (found) return { kind: 'existing', sourceId: found.id, name: found.name };
  }
  const name = clip(match?.kind === 'new' ? match.name : (resolved?.name ?? ''), 300);
  if (!resolved || name === '') return null;
  const written = s.speaker ? clip(s.speaker.text, 300) : '';
  const via = resolved.via;
  const namesPerson = via === 'name' || via === 'surname' || via === 'title';
  const existing =
    findSourceByName(data, name) ??
    (namesPerson && written !== '' ? findSourceByName(data, written) : null);
  if (existing) return { kind: 'existing', sourceId: existing.id, name: existing.name };
  const proposed = match?.kind === 'new' ? match.aliases : namesPerson ? [written] : [];
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of proposed.map((a) => clip(a, 300))) {
    if (alias === '' || seen.has(alias.toLowerCase()) || findSourceByName(data, alias)) continue;
    seen.add(alias.toLowerCase());
    aliases.push(alias);
  }
  return {
    kind: 'new',
    name,
    sourceKind: match?.kind === 'new' ? match.sourceKind : resolved.kind,
    role: clip(match?.kind === 'new' ? match.role : resolved.role, 300),
    aliases: aliases.slice(0, 100),
  };
}

/** Start offsets of the article's marked quotes, for the overlap test. */
function markedSpans(data: WorkspaceData, documentId: string): { start: number; end: number }[] {
  return valuesOf(data.quotes)
    .filter((q) => q.documentId === documentId && q.anchor?.method !== 'orphaned')
    .map((q) => q.selector.position);
}

/**
 * The suggestions to show for `doc`, in text order, and how many were held back because the
 * analyst rejected them. A suggestion whose content span does not match the text is dropped (the
 * engine is trusted with nothing it cannot show); a cue or speaker span that does not is left out.
 */
export function visibleSuggestions(
  data: WorkspaceData,
  doc: WorkbenchDocument,
  engine: SuggestEngine,
): { suggestions: Suggestion[]; rejected: number } {
  const sources = valuesOf(data.sources).map((s) => ({
    id: s.id,
    name: s.name,
    aliases: s.aliases,
    kind: s.kind,
  }));
  const marked = markedSpans(data, doc.id);
  const rejections = valuesOf(data.suggestionRejections).filter((r) => r.documentId === doc.id);
  const rejectedKeys = new Set(rejections.map((r) => r.key));
  const rejectedTexts = new Set(rejections.map((r) => r.exact));
  let rejected = 0;
  const out: Suggestion[] = [];
  for (const s of engine(doc.text, { sources })) {
    const content = checked(doc.text, s.content);
    if (!content) continue;
    // Never a second proposal for words already marked as (part of) a quote.
    if (marked.some((m) => m.start < content.end && content.start < m.end)) continue;
    if (rejectedKeys.has(s.key) || rejectedTexts.has(content.text)) {
      rejected += 1;
      continue;
    }
    const cue = checked(doc.text, s.cue);
    const speaker = checked(doc.text, s.speaker);
    out.push({
      key: s.key,
      kind: s.kind,
      content: { start: content.start, end: content.end, text: content.text },
      cue: cue && { start: cue.start, end: cue.end, text: cue.text },
      speaker: speaker && {
        start: speaker.start,
        end: speaker.end,
        text: speaker.text,
        name: speaker.resolved?.name ?? null,
        via: speaker.resolved?.via ?? null,
      },
      source: sourceFor(data, s),
      confidence: Math.min(1, Math.max(0, Number.isFinite(s.confidence) ? s.confidence : 0)),
      reason: s.reason.slice(0, 500),
    });
  }
  out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return { suggestions: out, rejected };
}
