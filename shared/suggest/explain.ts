// Confidence and a short reason a journalist can read for each suggestion: which rule found
// it, which cue, and how the speaker was resolved.
import type { Found, Rule } from './found';
import type { SpeakerResolution, TextSpan } from './types';

const RULES: Record<Rule, { label: string; confidence: number }> = {
  'quote-then-speaker': { label: 'direct quote, attribution after it', confidence: 0.95 },
  'speaker-then-quote': { label: 'direct quote, attribution before it', confidence: 0.9 },
  'split-quote': { label: 'direct quote, second half of a split quote', confidence: 0.9 },
  'continued-quote': { label: 'direct quote continuing the previous sentence', confidence: 0.75 },
  'reported-that': { label: 'reported speech', confidence: 0.85 },
  reported: { label: 'reported speech', confidence: 0.75 },
  'reported-end': { label: 'reported speech, attribution at the end', confidence: 0.75 },
  participle: { label: 'reported speech after a participle', confidence: 0.7 },
  'according-to': { label: '"according to" attribution', confidence: 0.75 },
};

const VIA: Record<SpeakerResolution['via'], { label: string; factor: number }> = {
  name: { label: 'name', factor: 1 },
  surname: { label: 'surname', factor: 0.97 },
  title: { label: 'title', factor: 0.95 },
  appositive: { label: 'role given earlier', factor: 0.92 },
  organisation: { label: 'organisation', factor: 0.95 },
  anonymous: { label: 'unnamed source', factor: 0.95 },
  pronoun: { label: 'pronoun', factor: 0.85 },
};

const round = (x: number): number => Math.round(x * 100) / 100;

export function explain(
  f: Found,
  cue: TextSpan | null,
  speaker: (TextSpan & { resolved: SpeakerResolution | null }) | null,
  conduit: TextSpan | null,
): { confidence: number; reason: string } {
  const rule = RULES[f.rule];
  const parts: string[] = [f.kind === 'partial' ? 'partial quote in reported speech' : rule.label];
  let confidence = rule.confidence;
  if (f.kind === 'partial') confidence -= 0.05;
  if (cue) {
    parts.push(`cue '${cue.text}'`);
    if (f.cue && !f.cue.strong) confidence *= 0.9;
  } else {
    parts.push('no cue');
    confidence *= 0.8;
  }
  if (!speaker) {
    parts.push('no speaker found');
    confidence *= 0.5;
  } else if (!speaker.resolved) {
    parts.push(`speaker '${speaker.text}' not resolved`);
    confidence *= 0.6;
  } else {
    const via = VIA[speaker.resolved.via];
    const same = speaker.resolved.name === speaker.text;
    parts.push(
      same
        ? `speaker '${speaker.text}' (${via.label})`
        : `'${speaker.text}' → ${speaker.resolved.name} (${via.label})`,
    );
    confidence *= via.factor;
  }
  if (conduit) parts.push(`via '${conduit.text}'`);
  return { confidence: round(Math.max(0.05, Math.min(1, confidence))), reason: parts.join('; ') };
}
