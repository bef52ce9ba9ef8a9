// Reporting cues: the verb that reports speech ("said", "told Fox News", "wrote on social
// media", "according to"), outside quotations. The cue's span takes in the person told and
// the medium when they follow the verb, as an analyst would mark it.
import type { Doc } from './document';
import { outsideQuotes } from './document';
import {
  MEDIUM_PHRASE,
  MODALS,
  NON_SPEECH,
  NOUN_LIKE_FORMS,
  OBJECT_PRONOUNS,
  RECIPIENT_LEMMAS,
  SUBJECT_PRONOUNS,
  isDialogueLemma,
  isStrongLemma,
  reportingLemma,
} from './lexicon';
import { npStartingAt } from './noun-phrases';

export type CueForm = 'finite' | 'participle' | 'according';

export interface Cue {
  /** The verb's token ("said"), or "according". */
  verb: number;
  lemma: string;
  form: CueForm;
  /** Whether the verb reports speech whatever follows it. */
  strong: boolean;
  /** A verb that attributes only a quotation beside it ("he shrugged"). */
  dialogue: boolean;
  /** A form more often a noun ("notes", "claims"): reports only before "that" or a quote. */
  nounLike: boolean;
  /** The cue's last token: the verb, the person told, or the medium. */
  last: number;
  /** The person told ("Fox News" in "told Fox News"), first and last token, or -1. */
  recipientFirst: number;
  recipientLast: number;
}

/** Words that, right after "said", show it does not introduce what was said. */
const NOT_CONTENT = new Set([
  'nothing',
  'goodbye',
  'hello',
  'grace',
  'so',
  'yes',
  'no',
  'little',
  'much',
  'otherwise',
  'amen',
]);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);

/** All cues of the text in order. */
export function findCues(doc: Doc): Cue[] {
  const { tokens } = doc;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap || !outsideQuotes(doc, i)) {
      if (!(t.cap && t.lower === 'according')) continue;
    }
    if (t.lower === 'according') {
      if (tokens[i + 1]?.lower === 'to') {
        cues.push({
          verb: i,
          lemma: 'according to',
          form: 'according',
          strong: true,
          dialogue: false,
          nounLike: false,
          last: i + 1,
          recipientFirst: -1,
          recipientLast: -1,
        });
      }
      continue;
    }
    if (t.tag !== 'VERB' || NON_SPEECH.has(t.lower)) continue;
    const lemma = reportingLemma(t.lower);
    if (lemma === null) continue;
    const prev = tokens[i - 1];
    // "the notes", "his claims", "to say": not someone reporting.
    if (prev && (prev.tag === 'DET' || prev.lower === 'to' || prev.lower === "'s")) continue;
    if (passive(doc, i)) continue;
    // A bare form ("say", "claim") reports after "they", "would" or a plural: "Critics say".
    // ("read" is its own past tense: "The sign read …".)
    if (t.lower === lemma && lemma !== 'read' && !bareFormReports(doc, i)) continue;
    const next = tokens[i + 1];
    if (next && NOT_CONTENT.has(next.lower)) continue;
    // "a podcast called “The Jenna Julien Podcast”", "a comet called Wild 2": naming.
    if (
      lemma === 'call' &&
      (!next || doc.opens[i + 1]! >= 0 || (prev?.tag === 'NOUN' && next.cap))
    ) {
      continue;
    }
    const form: CueForm = t.lower.endsWith('ing') ? 'participle' : 'finite';
    let last = i;
    let recipientFirst = -1;
    let recipientLast = -1;
    if (RECIPIENT_LEMMAS.has(lemma) && next) {
      const recipient = OBJECT_PRONOUNS.has(next.lower)
        ? { first: i + 1, last: i + 1 }
        : npStartingAt(doc, i + 1, Math.min(tokens.length, i + 7));
      if (recipient) {
        recipientFirst = recipient.first;
        recipientLast = recipient.last;
        // "told Fox News" is the cue an analyst marks; "reminded you" stays "reminded".
        if (lemma === 'tell') last = recipient.last;
      }
    }
    last = withMedium(doc, last);
    cues.push({
      verb: i,
      lemma,
      form,
      strong: isStrongLemma(lemma),
      dialogue: isDialogueLemma(lemma),
      nounLike: NOUN_LIKE_FORMS.has(t.lower),
      last,
      recipientFirst,
      recipientLast,
    });
  }
  return cues;
}

/** "was told", "is said to", "had been written": the subject is not the speaker. */
function passive(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!/(?:ed|told|said|read|written|sung)$/.test(t.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const u = doc.tokens[k]!;
    if (BE.has(u.lower)) return true;
    if (u.tag !== 'ADV') break;
  }
  // "written" and "sung" report only after "has"/"had": "he had written that".
  return (
    (t.lower === 'written' || t.lower === 'sung') &&
    !/^ha[sdv]/.test(doc.tokens[i - 1]?.lower ?? '')
  );
}

/** May a bare verb form ("say") report here? After a pronoun, a modal or a plural noun. */
function bareFormReports(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const u = doc.tokens[k]!;
    if (u.tag === 'ADV') continue;
    if (SUBJECT_PRONOUNS.has(u.lower) || MODALS.has(u.lower)) return true;
    if (u.lower.endsWith("n't")) return true;
    return (u.tag === 'NOUN' || u.tag === 'PROPN') && /[^s]s$/.test(u.lower);
  }
  return false;
}

/** Extends a cue over a medium phrase right after it: "wrote on social media". */
function withMedium(doc: Doc, last: number): number {
  const { tokens, text } = doc;
  const from = tokens[last]!.end;
  const m = MEDIUM_PHRASE.exec(text.slice(from, from + 60));
  if (!m) return last;
  const end = from + m[0].length;
  let k = last;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  return k;
}
