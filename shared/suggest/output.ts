// The command line's JSON form of a suggestion, also what the dev set's scorer reads:
// {start, end, kind, cue: {start, end} | null, speaker: {text, start, end} | null}. The
// speaker's text is the name it resolves to ("Steve Witkoff" for "Mr. Witkoff"), its offsets
// those of the mention as written, kept in `mention`.
import type { QuoteSuggestion, SuggestedQuoteKind } from './types';

export interface QuotePrediction {
  start: number;
  end: number;
  kind: SuggestedQuoteKind;
  cue: { start: number; end: number; text: string } | null;
  speaker: {
    text: string;
    start: number;
    end: number;
    mention: string;
    kind: string | null;
  } | null;
  confidence: number;
  reason: string;
}

export function toPrediction(q: QuoteSuggestion): QuotePrediction {
  return {
    start: q.content.start,
    end: q.content.end,
    kind: q.kind,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
    speaker: q.speaker
      ? {
          text: q.speaker.resolved?.name ?? q.speaker.text,
          start: q.speaker.start,
          end: q.speaker.end,
          mention: q.speaker.text,
          kind: q.speaker.resolved?.kind ?? null,
        }
      : null,
    confidence: q.confidence,
    reason: q.reason,
  };
}
