// The speaker of a reporting verb: written before it ("Mr. Zelensky said", "Dmitri S. Peskov,
// the Kremlin’s spokesman, said", "people who knew him said"), after it ("said Dmitry
// Kuznets, a military analyst"), or the subject of the clause for a participle ("Mr. Putin
// …, calling it"). Every walk is bounded, so a huge sentence costs a constant per verb.
import type { Doc } from './document';
import { outsideQuotes } from './document';
import { CUE_ADVERBS, MONTHS_AND_DAYS, NEGATIONS, OBJECT_PRONOUNS } from './lexicon';
import {
  appositiveAfter,
  npEndingAt,
  npStartingAt,
  withComplementLeft,
  withComplementRight,
} from './noun-phrases';
import type { Phrase, SpeakerPhrase } from './noun-phrases';

export type { Phrase, SpeakerPhrase } from './noun-phrases';

const MAX_SEGMENTS = 6;
/** How far back a subject is looked for: enough for long appositives, bounded for long input. */
const MAX_CLAUSE = 80;
const INTRO_STARTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'while',
  'when',
  'although',
  'though',
  'as',
  'by',
  'for',
  'from',
  'under',
  'with',
  'without',
  'unlike',
  'despite',
  'given',
  'following',
  'last',
  'this',
  'next',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'instead',
  'now',
  'then',
  'today',
  'yesterday',
  'tomorrow',
  'indeed',
  'still',
  'separately',
  'also',
  'once',
  'asked',
  'speaking',
  'writing',
  'regarding',
  'according',
  'if',
  'because',
  'until',
  'amid',
  'throughout',
  'over',
  'within',
  'soon',
  'shortly',
  'until',
  'even',
  'nonetheless',
  'nevertheless',
  'moreover',
  'furthermore',
  'likewise',
  'similarly',
  'overall',
  'first',
  'finally',
  'initially',
  'ultimately',
  'previously',
  'recently',
  'there',
  'to',
]);
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or', 'then']);

function segments(doc: Doc, from: number, to: number): Phrase[] {
  const out: Phrase[] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (
      (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') &&
      outsideQuotes(doc, k)
    ) {
      if (k > start) out.push({ first: start, last: k - 1 });
      start = k + 1;
      if (out.length > MAX_SEGMENTS * 2) return out;
    }
  }
  if (start < to) out.push({ first: start, last: to - 1 });
  return out;
}

/** An introductory phrase before the subject: "In 2023", "This past week", "On Friday". */
function isIntro(doc: Doc, seg: Phrase): boolean {
  const t = doc.tokens[seg.first]!;
  if (INTRO_STARTS.has(t.lower) || t.tag === 'NUM' || t.tag === 'ADV' || t.tag === 'SCONJ') {
    return true;
  }
  if (MONTHS_AND_DAYS.has(t.lower) || doc.tokens[seg.last]!.lower === 'ago') return true;
  // A participle clause: "Speaking to reporters", "Asked about the talks".
  return !t.cap && /(?:ing|ed)$/.test(t.lower) && t.tag !== 'PROPN';
}

/** Skips "But", "And" at the start of a clause. */
function skipConjunctions(doc: Doc, k: number, to: number): number {
  while (k < to && LEADING_CONJUNCTIONS.has(doc.tokens[k]!.lower)) k++;
  return k;
}

/**
 * The subject of the clause that starts at `from` and contains `verb`: the first noun phrase
 * after any introductory phrases ("In 2023, Kyrylo Budanov, the head of …, called"), with the
 * appositive after it. Null when the clause does not open with a noun phrase.
 */
export function clauseSubject(
  doc: Doc,
  from: number,
  verb: number,
  wholeSegment = false,
): SpeakerPhrase | null {
  from = Math.max(from, verb - MAX_CLAUSE);
  const segs = segments(doc, skipConjunctions(doc, from, verb), verb);
  for (let s = 0; s < segs.length && s < MAX_SEGMENTS; s++) {
    const seg = segs[s]!;
    const start = skipConjunctions(doc, seg.first, seg.last + 1);
    if (start > seg.last) continue;
    const np = npStartingAt(doc, start, seg.last + 1);
    if (!np && isIntro(doc, seg)) continue;
    if (!np) return null;
    // An introductory phrase that happens to start like a noun phrase: "This past week, …".
    if (isIntro(doc, seg) && s + 1 < segs.length && np.last < seg.last) continue;
    const phrase = withComplementRight(doc, np, seg.last + 1);
    // Before an appositive the subject fills its segment: "Rustem Umerov, the …, said", not
    // "The harvest is the worst in a decade, said X".
    if (wholeSegment && phrase.last !== seg.last) return null;
    phrase.pronoun = doc.tokens[np.first]!.tag === 'PRON';
    const next = segs[s + 1];
    if (next && next.first < verb && phrase.last === seg.last) {
      const last = segs.length > s + 1 ? segs[segs.length - 1]!.last : next.last;
      phrase.appositive = { first: next.first, last: Math.min(last, verb - 1) };
    }
    return phrase;
  }
  return null;
}

/** Is the reporting verb at `verb` negated ("did not say", "never said")? */
export function negated(doc: Doc, verb: number, from: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 3); k--) {
    const t = doc.tokens[k]!;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return true;
    if (!(t.tag === 'AUX' || t.tag === 'ADV' || CUE_ADVERBS.has(t.lower))) break;
  }
  return false;
}

/**
 * The speaker written before the reporting verb at `verb`, looking no further left than
 * `from` (the start of its clause). Handles adverbs and auxiliaries in between ("has repeatedly
 * said"), appositives and relative clauses between commas ("Steve Witkoff, whom …, has said"),
 * coordination ("… and says") and relative pronouns ("people who knew him said").
 */
export function speakerBefore(doc: Doc, verb: number, clauseFirst: number): SpeakerPhrase | null {
  let from = clauseFirst;
  const { tokens } = doc;
  let i = verb - 1;
  while (i >= from && (tokens[i]!.tag === 'AUX' || tokens[i]!.tag === 'ADV') && verb - i < 5) i--;
  if (i < from) return null;
  const t = tokens[i]!;
  if (!outsideQuotes(doc, i)) return null;
  if (t.text === ',' || t.text === '—' || t.text === '–') {
    // "Hicks found that many people, both military and civilian, told her …": the subject of
    // the clause after "that".
    for (let k = i - 1; k > Math.max(from, i - MAX_CLAUSE); k--) {
      if (tokens[k]!.lower === 'that' && outsideQuotes(doc, k) && tokens[k + 1]?.text !== ',') {
        from = k + 1;
        break;
      }
    }
    const subject = clauseSubject(doc, from, verb, true);
    if (!subject || subject.last >= i) return null;
    subject.appositive = { first: subject.last + 2, last: i - 1 };
    if (subject.appositive.first > subject.appositive.last) subject.appositive = null;
    return subject;
  }
  if (t.lower === 'and' || t.lower === 'but') {
    const subject = clauseSubject(doc, from, verb);
    return subject && subject.last < i ? subject : null;
  }
  if (OBJECT_PRONOUNS.has(t.lower) || t.tag === 'ADP' || t.tag === 'NOUN' || t.tag === 'PROPN') {
    // "people who knew him said": the relative clause's noun.
    for (let k = i; k >= Math.max(from, i - 8); k--) {
      const u = tokens[k]!;
      if (!u.word) break;
      if ((u.lower === 'who' || u.lower === 'which') && k > from) {
        const np = npEndingAt(doc, k - 1, from);
        if (np) return { ...withComplementLeft(doc, np, from), pronoun: false };
      }
    }
  }
  const np = npEndingAt(doc, i, from);
  if (!np) return null;
  if (tokens[np.first]!.tag === 'PRON') {
    return { first: np.first, last: np.last, head: np, appositive: null, pronoun: true };
  }
  return withComplementLeft(doc, np, from);
}

/**
 * The speaker written after a reporting verb, as in "…,” said Dmitry Kuznets, a military
 * analyst with …" or "…, says Derya." The phrase must end the clause (a comma, a full stop, a
 * dash or the end), so "said the talks had begun" is not read as an inverted speaker.
 */
export function speakerAfter(doc: Doc, after: number, to: number): SpeakerPhrase | null {
  const { tokens } = doc;
  if (after >= to) return null;
  const np = npStartingAt(doc, after, to);
  if (!np) return null;
  const phrase = withComplementRight(doc, np, to);
  const next = phrase.last + 1;
  if (next < to) {
    const t = tokens[next]!;
    const ends = !t.word && t.text !== "'s" && t.text !== '-';
    if (!ends) return null;
    if (t.text === ',') {
      const appositive = appositiveAfter(doc, next + 1, to);
      if (appositive) phrase.appositive = appositive;
    }
  }
  phrase.pronoun = tokens[np.first]!.tag === 'PRON';
  return phrase;
}

/** The appositive starting at `from`: up to the next comma, dash or the end. */
