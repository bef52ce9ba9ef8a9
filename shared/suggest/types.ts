// What the suggestion engine answers: quotes found in an article's text with their cue and
// speaker, resolved inside the article and then to the source registry. Pure data, shared by the
// engine (shared/suggest/), the service that runs it, the renderer's review queue and the CLI.
import type { SourceKind } from '../domain/schema';

/** A span of the article's text: JavaScript string offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  /** text.slice(start, end), kept so a reader of the output need not slice. */
  text: string;
}

export type SuggestedQuoteKind = 'direct' | 'partial' | 'indirect';

/** Who the speaker mention refers to, inside the article. */
export interface SpeakerResolution {
  /** The fullest name the article gives ("Steve Witkoff"), or the description for anonymous ones. */
  name: string;
  kind: SourceKind;
  /** A role or title the text gives ("the Kremlin's spokesman"), or ''. */
  role: string;
  /** How the mention was resolved: 'name' | 'surname' | 'title' | 'pronoun' | 'appositive' | 'organisation' | 'anonymous'. */
  via: 'name' | 'surname' | 'title' | 'pronoun' | 'appositive' | 'organisation' | 'anonymous';
}

/** Where the speaker goes in the source registry. */
export type SourceMatch =
  | { kind: 'existing'; sourceId: string; name: string }
  | { kind: 'new'; name: string; sourceKind: SourceKind; role: string; aliases: string[] };

export interface QuoteSuggestion {
  /** Stable for the same text and engine version: `${kind}:${start}-${end}`. */
  key: string;
  kind: SuggestedQuoteKind;
  /** The quoted or reported content (without the quotation marks for direct quotes). */
  content: TextSpan;
  /** The reporting cue ("said", "told Fox News", "according to"), or null when none was found. */
  cue: TextSpan | null;
  /** The speaker as written where the quote is attributed ("he", "Mr. Witkoff"), or null. */
  speaker: (TextSpan & { resolved: SpeakerResolution | null }) | null;
  /** 0..1: how sure the engine is of the quote and its speaker together. */
  confidence: number;
  /** A short reason a journalist can read: which rule, which cue ("direct quote, cue 'said' after it; 'he' → Rustem Umerov"). */
  reason: string;
  /** Added: the rule that found it ('quote-then-speaker', 'reported-that', 'continued-quote', …). */
  rule?: string;
  /** Added: where the speaker goes in the registry (an existing source or a proposed one); null without a resolved speaker. */
  source?: SourceMatch | null;
  /** Added: a conduit the text names beside the speaker ("according to the Kremlin’s readout"), or null. */
  conduit?: TextSpan | null;
  /** Added: for a partial quote, the quoted fragments inside its content (without their marks). */
  fragments?: TextSpan[];
}

/** A source the engine may map a speaker to: what the registry holds. */
export interface KnownSource {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: SourceKind;
}

export interface SuggestOptions {
  /** The workspace's sources, so speakers map to existing ones by name or alias. */
  sources?: readonly KnownSource[];
  /**
   * Added: spans of quotes already marked in the article; a suggestion overlapping one by half
   * of the shorter span or more is left out, so suggestions never duplicate a marked quote.
   */
  marked?: ReadonlyArray<{ start: number; end: number }>;
}
