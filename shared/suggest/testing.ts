// Helpers for the engine's tests: a suggestion in a compact form a table of cases can state.
import { suggestQuotes } from './index';
import type { EngineOptions } from './index';
import type { QuoteSuggestion } from './types';

export interface Brief {
  kind: QuoteSuggestion['kind'];
  content: string;
  cue: string | null;
  /** The mention as written. */
  mention: string | null;
  /** The name it resolves to (the mention itself when unresolved). */
  speaker: string | null;
}

export function brief(s: QuoteSuggestion): Brief {
  return {
    kind: s.kind,
    content: s.content.text,
    cue: s.cue?.text ?? null,
    mention: s.speaker?.text ?? null,
    speaker: s.speaker ? (s.speaker.resolved?.name ?? s.speaker.text) : null,
  };
}

/** All suggestions of a text, briefly. */
export function briefs(text: string, options?: EngineOptions): Brief[] {
  return suggestQuotes(text, options).map(brief);
}

/** The suggestion whose content contains `words`, or undefined. */
export function about(text: string, words: string, options?: EngineOptions): Brief | undefined {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`not in the text: ${words}`);
  const s = suggestQuotes(text, options).find((q) => q.content.start <= at && at < q.content.end);
  return s ? brief(s) : undefined;
}
