// Reported speech and partial quotes: "X said (that) …", "X told reporters …", "X, who …, said
// …", "…, analysts said.", "…, said X.", "according to X, …", "…, calling it “…”". The content is
// the reported clause; when it holds a quoted fragment the suggestion is a partial quote.
import type { Cue } from './cues';
import type { Doc } from './document';
import { outsideQuotes } from './document';
import { TERMINAL, adjunctStart, contentSpan, isDash, quotesIn, sentenceBounds } from './found';
import type { Found } from './found';
import {
  BARE_CLAUSE_LEMMAS,
  FIRST_PERSON,
  MONTHS_AND_DAYS,
  QUESTION_WORDS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TIME_WORDS,
  reportingLemma,
} from './lexicon';
import { npStartingAt, withComplementRight } from './noun-phrases';
import { clauseSubject, negated, speakerAfter, speakerBefore } from './speakers';
import type { SpeakerPhrase } from './speakers';

const MAX_ADJUNCT = 12;
/** The longest reported clause, in tokens: longer runs are not one statement (and would make
 * long unpunctuated input quadratic). */
const MAX_CONTENT = 250;

/** Where the reported clause starts after the cue, or -1 when the verb introduces none. */
function clauseStart(doc: Doc, cue: Cue, end: number): { start: number; marked: boolean } {
  const { tokens } = doc;
  const k = Math.max(cue.last, cue.recipientLast) + 1;
  if (k >= end) return { start: -1, marked: false };
  const t = tokens[k]!;
  if (t.text === ':') return { start: k + 1, marked: true };
  // "say that isn’t likely": "that" is the subject, not the conjunction.
  if (t.lower === 'that') {
    const next = tokens[k + 1];
    const subject = next !== undefined && next.tag === 'AUX';
    return { start: subject ? k : k + 1, marked: true };
  }
  if (QUESTION_WORDS.has(t.lower)) return { start: k, marked: true };
  if (doc.opens[k]! >= 0) return { start: k, marked: true };
  if (!t.word || t.lower === 'for' || t.tag === 'CCONJ') return { start: -1, marked: false };
  const time = TIME_WORDS.has(t.lower) || MONTHS_AND_DAYS.has(t.lower);
  if (adjunctStart(doc, k) || t.lower === 'to' || time) {
    // "said on Wednesday in an interview with Bloomberg News that …".
    for (let j = k; j < Math.min(end, k + MAX_ADJUNCT); j++) {
      const u = tokens[j]!;
      // "vowed to “spare no expense”", "warned of “more extreme weather”": a partial quote.
      if (doc.opens[j]! >= 0 && (t.lower === 'to' || t.lower === 'of' || t.lower === 'as')) {
        return { start: k, marked: true };
      }
      if (!outsideQuotes(doc, j)) break;
      if (u.lower === 'that') return { start: j + 1, marked: true };
      if (u.text === ',' && doc.opens[j + 1]! >= 0) return { start: j + 1, marked: true };
      if (!u.word || u.tag === 'VERB' || u.tag === 'AUX') break;
    }
    return { start: -1, marked: false };
  }
  return { start: k, marked: false };
}

/** Where the reported clause ends: the sentence end, an unpaired dash, "according to", or a
 * comma closing a subordinate clause ("after Moscow said that …, Mr. Zelensky …"). */
function clauseEnd(doc: Doc, start: number, sentenceEnd: number, subordinate: boolean): number {
  const { tokens } = doc;
  sentenceEnd = Math.min(sentenceEnd, start + MAX_CONTENT);
  let dash = -1;
  let dashes = 0;
  for (let k = start; k < sentenceEnd; k++) {
    if (!outsideQuotes(doc, k)) continue;
    const t = tokens[k]!;
    if (t.text === ',' && subordinate) return k;
    if (t.text === ',' && tokens[k + 1]?.lower === 'according' && tokens[k + 2]?.lower === 'to')
      return k;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to' && k > start) return k;
    if (t.text === ';') return k;
    // "…, and he noted that …": another attribution starts a statement of its own.
    if (t.text === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but')) {
      for (let j = k + 2; j < Math.min(sentenceEnd, k + 6); j++) {
        const u = tokens[j]!;
        if (u.tag === 'VERB' && reportingLemma(u.lower) !== null) return k;
        if (!u.word) break;
      }
    }
    if (isDash(t.text)) {
      if (dashes === 0) dash = k;
      dashes++;
    }
  }
  return dashes === 1 ? dash : sentenceEnd;
}

function build(
  doc: Doc,
  first: number,
  end: number,
  cue: Cue | null,
  speaker: SpeakerPhrase | null,
  rule: Found['rule'],
): Found | null {
  if (end - first > MAX_CONTENT) return null;
  const span = contentSpan(doc, first, end);
  if (!span) return null;
  const quotes = quotesIn(doc, first, end);
  return {
    kind: quotes.length > 0 ? 'partial' : 'indirect',
    start: span.start,
    end: span.end,
    cue,
    speaker,
    rule,
    quotes,
    conduit: null,
    continues: null,
  };
}

const firstPerson = (doc: Doc, s: SpeakerPhrase): boolean =>
  s.pronoun && FIRST_PERSON.has(doc.tokens[s.first]!.lower);

/**
 * Does the clause after the verb report speech? "said the talks had begun" does; "added more
 * DLC", "asserted his influence" do not: only "say" and "tell" go without "that" unless a
 * pronoun starts the clause ("argued it was").
 */
function reportsClause(
  doc: Doc,
  cue: Cue,
  start: number,
  marked: boolean,
  partial: boolean,
): boolean {
  if (marked || partial) return true;
  if (!cue.strong) return false;
  if (BARE_CLAUSE_LEMMAS.has(cue.lemma)) return true;
  const first = doc.tokens[start]!;
  return SUBJECT_PRONOUNS.has(first.lower) || first.lower === 'there';
}

/** Is there a subordinating word between the clause start and the speaker ("after Moscow said")? */
function inSubordinateClause(doc: Doc, from: number, speaker: SpeakerPhrase): boolean {
  for (let k = speaker.first - 1; k >= Math.max(from, speaker.first - 2); k--) {
    if (SUBORDINATORS.has(doc.tokens[k]!.lower)) return true;
  }
  return false;
}

/** A finite reporting verb: "X said …", "…, X said.", "…, said X." */
function finite(doc: Doc, cue: Cue): Found | null {
  const { tokens } = doc;
  const { first, end } = sentenceBounds(doc, cue.verb);
  if (negated(doc, cue.verb, first)) return null;
  let speaker = speakerBefore(doc, cue.verb, first);
  let inverted = false;
  if (!speaker) {
    const prev = tokens[cue.verb - 1];
    if (prev && (prev.text === ',' || doc.closes[cue.verb - 1]! >= 0)) {
      speaker = speakerAfter(doc, cue.last + 1, end);
      inverted = speaker !== null;
    }
  }
  if (!speaker || firstPerson(doc, speaker)) return null;
  // "the notes", "equal claims": a noun-like form reports only after a name or a pronoun.
  if (cue.nounLike && !speaker.pronoun && !tokens[speaker.head.last]!.cap) return null;
  const { start, marked } = inverted ? { start: -1, marked: false } : clauseStart(doc, cue, end);
  if (start >= 0) {
    const subordinate = inSubordinateClause(doc, first, speaker);
    const stop = clauseEnd(doc, start, end, subordinate);
    const f = build(doc, start, stop, cue, speaker, marked ? 'reported-that' : 'reported');
    // "called for talks", "wrote a symphony": a weak verb reports only a clause or a quotation.
    if (!f || !reportsClause(doc, cue, start, marked, f.kind === 'partial')) return null;
    return f;
  }
  // "…, analysts said, with …" or "…, said Dmitry Kuznets.": the content comes before, and
  // the attribution ends its clause ("the team boasted of …" is no attribution).
  if (!inverted && !attributionEndsClause(doc, cue, end)) return null;
  const attributionFirst = inverted ? cue.verb : speaker.first;
  const comma = attributionFirst - 1;
  if (comma <= first || !(tokens[comma]!.text === ',' || doc.closes[comma]! >= 0)) return null;
  if (!cue.strong || cue.nounLike) return null;
  let from = afterDateline(doc, first, comma);
  while (from < comma && (tokens[from]!.lower === 'but' || tokens[from]!.lower === 'and')) from++;
  // "The difference, Mr. Warner said, was that …": the attribution sits inside the statement.
  if (continuesStatement(doc, cue, end)) return build(doc, from, end, cue, speaker, 'reported-end');
  return build(doc, from, comma, cue, speaker, 'reported-end');
}

/**
 * Whose participle it is: after "by"/"while" the subject of the verb just before ("where Nida
 * begins by asserting"), else the subject of the sentence ("Mr. Putin demanded …, calling it").
 */
export function participleSubject(doc: Doc, cue: Cue, first: number): SpeakerPhrase | null {
  const prev = doc.tokens[cue.verb - 1];
  // "…,” he said, adding that …": the speaker of the attribution just before.
  if (prev?.text === ',') {
    for (let k = cue.verb - 2; k >= Math.max(first, cue.verb - 8); k--) {
      const t = doc.tokens[k]!;
      if (t.tag === 'VERB' && reportingLemma(t.lower) !== null) {
        const speaker = speakerBefore(doc, k, first);
        if (speaker) return speaker;
        const after = speakerAfter(doc, k + 1, cue.verb - 1);
        if (after) return after;
        break;
      }
      if (!t.word || doc.opens[k]! >= 0 || doc.closes[k]! >= 0) break;
    }
  }
  if (prev?.word) {
    for (let k = cue.verb - 2; k >= Math.max(first, cue.verb - 4); k--) {
      const t = doc.tokens[k]!;
      if (!t.word) break;
      if (t.tag === 'VERB') return speakerBefore(doc, k, first);
    }
  }
  return clauseSubject(doc, first, cue.verb);
}

/**
 * Does the attribution end its clause? After the cue (with its medium, "in a statement") only a
 * short time adjunct ("late Thursday", "on Friday") before a comma, a dash or the sentence end.
 */
function attributionEndsClause(doc: Doc, cue: Cue, end: number): boolean {
  let k = Math.max(cue.last, cue.recipientLast) + 1;
  for (let steps = 0; k < end && doc.tokens[k]!.word; k++, steps++) {
    const t = doc.tokens[k]!;
    const time =
      TIME_WORDS.has(t.lower) ||
      MONTHS_AND_DAYS.has(t.lower) ||
      t.tag === 'NUM' ||
      t.tag === 'ADV' ||
      (steps === 0 && (t.lower === 'on' || t.lower === 'in' || t.lower === 'at')) ||
      (steps > 0 && t.tag === 'DET');
    if (!time || steps >= 5) return false;
  }
  if (k >= end) return true;
  const t = doc.tokens[k]!;
  return (
    t.text === ',' ||
    t.text === ';' ||
    t.text === '(' ||
    isDash(t.text) ||
    TERMINAL.has(t.text) ||
    doc.closes[k]! >= 0
  );
}

/** Past a dateline opening the story: "BRNO, Czech Republic — Rescue teams …". */
function afterDateline(doc: Doc, first: number, limit: number): number {
  const t = doc.tokens[first];
  if (!t || !/^\p{Lu}{2,}$/u.test(t.text.replace(/[.\-']/g, ''))) return first;
  for (let k = first + 1; k < Math.min(limit, first + 10); k++) {
    if (isDash(doc.tokens[k]!.text)) return k + 1;
  }
  return first;
}

/** After "…, he said," does the statement go on ("was that …") rather than a side remark ("with …")? */
function continuesStatement(doc: Doc, cue: Cue, end: number): boolean {
  let k = Math.max(cue.last, cue.recipientLast) + 1;
  const limit = Math.min(end, k + 8);
  while (k < limit && doc.tokens[k]!.word) k++;
  if (k + 1 >= end || doc.tokens[k]!.text !== ',') return false;
  const next = doc.tokens[k + 1]!;
  if (
    !next.word ||
    next.cap ||
    next.tag === 'ADP' ||
    next.tag === 'SCONJ' ||
    next.lower.endsWith('ing')
  ) {
    return false;
  }
  return (
    next.tag === 'AUX' ||
    next.tag === 'VERB' ||
    next.tag === 'DET' ||
    next.tag === 'PRON' ||
    next.lower === 'that'
  );
}

/** A participle after the main clause: "Mr. Putin demanded …, calling it “…”". */
function participle(doc: Doc, cue: Cue): Found | null {
  const { tokens } = doc;
  const prev = tokens[cue.verb - 1];
  if (!prev || !(prev.text === ',' || prev.lower === 'by' || prev.lower === 'while')) return null;
  const { first, end } = sentenceBounds(doc, cue.verb);
  const speaker = participleSubject(doc, cue, first);
  if (!speaker || firstPerson(doc, speaker)) return null;
  const { start, marked } = clauseStart(doc, cue, end);
  if (start < 0) return null;
  const stop = clauseEnd(doc, start, end, false);
  const f = build(doc, start, stop, cue, speaker, 'participle');
  if (!f || !reportsClause(doc, cue, start, marked, f.kind === 'partial')) return null;
  return f;
}

/** "According to X, …" / "…, according to X." */
function accordingTo(doc: Doc, cue: Cue): Found | null {
  const { tokens } = doc;
  const { first, end } = sentenceBounds(doc, cue.verb);
  const np = npStartingAt(doc, cue.last + 1, end);
  if (!np) return null;
  const source = withComplementRight(doc, np, end);
  let from = first;
  while (from < cue.verb && (tokens[from]!.lower === 'but' || tokens[from]!.lower === 'and'))
    from++;
  if (from === cue.verb) {
    let start = source.last + 1;
    if (tokens[start]?.text === ',') start++;
    return build(doc, start, end, cue, source, 'according-to');
  }
  // "There would be a code including — according to the notes — “provision …”": the sentence.
  const before = tokens[cue.verb - 1]!;
  const after = tokens[source.last + 1];
  if (
    (before.text === ',' || isDash(before.text)) &&
    after &&
    (after.text === ',' || isDash(after.text)) &&
    source.last + 2 < end - 1
  ) {
    return build(doc, from, end, cue, source, 'according-to');
  }
  return build(doc, from, cue.verb, cue, source, 'according-to');
}

/** Reported speech for every cue the direct rules did not use, in text order. */
export function findReported(doc: Doc, cues: readonly Cue[], used: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  const according: Found[] = [];
  for (const cue of cues) {
    if (used.has(cue.verb) || cue.dialogue) continue;
    if (cue.form === 'according') {
      const f = accordingTo(doc, cue);
      if (f) according.push(f);
      continue;
    }
    const f = cue.form === 'participle' ? participle(doc, cue) : finite(doc, cue);
    if (f) out.push(f);
  }
  // "according to" beside another verb with its speaker names a conduit, not the speaker.
  const bySentence = new Map<number, Found>();
  for (const f of out) {
    const sentence = doc.sentenceOf[f.cue!.verb]!;
    if (!bySentence.has(sentence)) bySentence.set(sentence, f);
  }
  for (const a of according) {
    const host = bySentence.get(doc.sentenceOf[a.cue!.verb]!);
    if (host && a.speaker) host.conduit = { first: a.speaker.first, last: a.speaker.last };
    else out.push(a);
  }
  return out.sort((a, b) => a.start - b.start);
}
