// Direct quotations and who said them: the attribution after the quotation (“…,” he said /
// “…,” said X), before it (He added, “…” / X wrote: “…”), between the two halves of a split
// quotation (“…,” he said, “…”), and a quotation that continues the previous sentence's
// speaker (“…,” Mr. Witkoff told Fox News. “…”).
import type { Cue } from './cues';
import type { Doc, Quote } from './document';
import { adjunctStart, isDash, sentenceBounds } from './found';
import type { Found } from './found';
import { FIRST_PERSON } from './lexicon';
import { speakerAfter, speakerBefore } from './speakers';
import { participleSubject } from './reported';
import type { SpeakerPhrase } from './speakers';

const MAX_ATTRIBUTION = 40;

interface Attribution {
  cue: Cue | null;
  speaker: SpeakerPhrase;
}

/** The character that ends the quoted words: inside the marks (“…,”) or right after (“…”,). */
function quoteEnding(doc: Doc, q: Quote): string {
  const inside = doc.text.slice(q.openEnd, q.close).trimEnd();
  const after = doc.text[q.closeEnd] ?? '';
  if (/[,;:]/.test(after)) return after;
  return inside.slice(-1);
}

/** Content of a direct quotation: inside the marks, without a trailing comma or space. */
function directFound(doc: Doc, q: number, a: Attribution, rule: Found['rule']): Found {
  const quote = doc.quotes[q]!;
  let start = quote.openEnd;
  let end = quote.close;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
  return {
    kind: 'direct',
    start,
    end,
    cue: a.cue,
    speaker: a.speaker,
    rule,
    quotes: [q],
    conduit: null,
    continues: null,
  };
}

/** First token of the window after a closing mark, past a comma or dash. */
function skipPunctuation(doc: Doc, k: number, bound: number): number {
  while (k < bound && !doc.tokens[k]!.word && doc.opens[k]! < 0) k++;
  return k;
}

/** Does the attribution end at `k` (a full stop, a comma, an adjunct such as "in an interview")? */
function attributionEnds(doc: Doc, k: number, bound: number): boolean {
  if (k >= bound) return true;
  const t = doc.tokens[k]!;
  return !t.word || adjunctStart(doc, k) || t.tag === 'SCONJ';
}

/** The attribution right after quotation q, or null. */
function after(doc: Doc, q: number, cues: ReadonlyMap<number, Cue>): Attribution | null {
  const quote = doc.quotes[q]!;
  if (!quote.closed) return null;
  const from = quote.closeToken + 1;
  const next = doc.quotes[q + 1];
  const paragraph = doc.paragraphOf[quote.closeToken]!;
  let bound = Math.min(doc.tokens.length, from + MAX_ATTRIBUTION, next ? next.openToken : Infinity);
  for (let k = from; k < bound; k++) {
    if (doc.paragraphOf[k] !== paragraph) {
      bound = k;
      break;
    }
  }
  const start = skipPunctuation(doc, from, bound);
  if (start >= bound) return null;
  const ending = quoteEnding(doc, quote);
  const soft = /[,?!—–…:;-]/.test(ending);
  // Inverted: “…,” said Dmitry Kuznets, a military analyst …
  const first = cues.get(start);
  if (first && first.form === 'finite') {
    const speaker = speakerAfter(doc, first.last + 1, bound);
    if (speaker && !speaker.pronoun) return { cue: first, speaker };
    if (speaker && speaker.pronoun && soft) return { cue: first, speaker };
  }
  // “…,” he said / “…,” Mr. Witkoff told Fox News / “…,” X, a diplomat who …, said.
  const { end: sentenceEnd } = sentenceBounds(doc, start);
  for (let k = start + 1; k < Math.min(bound, sentenceEnd + 6); k++) {
    const cue = cues.get(k);
    if (!cue || cue.form === 'according') continue;
    if (cue.form === 'participle') break;
    const speaker = speakerBefore(doc, k, start);
    if (!speaker || speaker.first !== start) break;
    if (!soft && !attributionEnds(doc, cue.last + 1, bound)) return null;
    return { cue, speaker };
  }
  // “…” — Peres, on whether …: a name after a dash, with no verb.
  if (from < bound && isDash(doc.tokens[from]!.text) && soft === false) {
    const speaker = speakerAfter(doc, start, bound);
    if (speaker && !speaker.pronoun && doc.tokens[speaker.first]!.cap)
      return { cue: null, speaker };
  }
  return null;
}

/** The attribution right before quotation q, ending in a comma or colon, or null. */
function before(doc: Doc, q: number, cues: ReadonlyMap<number, Cue>): Attribution | null {
  const quote = doc.quotes[q]!;
  const open = quote.openToken;
  let first = sentenceBounds(doc, open).first;
  const previous = doc.quotes[q - 1];
  if (previous && previous.closed && previous.closeToken < open) {
    first = Math.max(first, previous.closeToken + 1);
  }
  // A block quotation introduced at the end of the paragraph before: "Norton observed:".
  if (first === open && open > 0 && doc.tokens[open - 1]!.text === ':') {
    first = sentenceBounds(doc, open - 1).first;
  }
  let last = open - 1;
  if (last < first) return null;
  const lastToken = doc.tokens[last]!;
  const introduces = lastToken.text === ',' || lastToken.text === ':' || isDash(lastToken.text);
  if (introduces) last--;
  // The nearest cue before the quotation, with nothing but an adjunct between them.
  for (let k = last; k >= first && last - k < MAX_ATTRIBUTION; k--) {
    const cue = cues.get(k);
    if (!cue || cue.form === 'according') continue;
    if (cue.last < last && !(adjunctStart(doc, cue.last + 1) && introduces)) return null;
    // Without a comma or colon only "said" introduces a quotation ("he said “I am here.”"):
    // "would later add “Protector of Mexico” to his title" names, it does not quote.
    if (
      !introduces &&
      (cue.lemma !== 'say' || !/^\p{Lu}/u.test(doc.text.slice(quote.openEnd).trimStart()))
    ) {
      return null;
    }
    let speaker: SpeakerPhrase | null =
      cue.form === 'participle'
        ? participleSubject(doc, cue, sentenceBounds(doc, k).first)
        : speakerBefore(doc, k, first);
    if (!speaker && doc.tokens[k - 1] && !doc.tokens[k - 1]!.word) {
      speaker = speakerAfter(doc, cue.last + 1, last + 1);
    }
    if (!speaker) return null;
    return { cue, speaker };
  }
  return null;
}

/** The first word of the reporter's before quotation q in its sentence, or -1 when none. */
function leadingWords(doc: Doc, q: number): number {
  const quote = doc.quotes[q]!;
  let first = sentenceBounds(doc, quote.openToken).first;
  const previous = doc.quotes[q - 1];
  if (previous && previous.closed && previous.closeToken < quote.openToken) {
    first = Math.max(first, previous.closeToken + 1);
  }
  for (let k = first; k < quote.openToken; k++) {
    const t = doc.tokens[k]!;
    if (t.word && !['and', 'but', 'so', 'or'].includes(t.lower)) return k;
  }
  return -1;
}

export interface DirectResult {
  found: Found[];
  /** Quotations attributed here. */
  claimed: Set<number>;
  /** Cues used here (by verb token). */
  usedCues: Set<number>;
}

/** Direct quotations with an attribution beside them. */
export function findDirect(doc: Doc, cues: ReadonlyMap<number, Cue>): DirectResult {
  const found: Found[] = [];
  const claimed = new Set<number>();
  const usedCues = new Set<number>();
  for (let q = 0; q < doc.quotes.length; q++) {
    const quote = doc.quotes[q]!;
    const inside = doc.text.slice(quote.openEnd, quote.close);
    // One word in quotation marks is a direct quote only with "he said" after it (“No,” she
    // said); otherwise it is a scare quote or a fragment left to the reported-speech rules.
    const oneWord = !/\p{L}.*\s.*\p{L}/su.test(inside);
    const previous = found[found.length - 1];
    let attribution = before(doc, q, cues);
    // A lone word is a direct quote after "they said," but not after "called it".
    const introduced =
      attribution !== null && /[,:]/.test(doc.tokens[quote.openToken - 1]?.text ?? '');
    if (oneWord && !introduced) attribution = null;
    let rule: Found['rule'] = 'speaker-then-quote';
    if (
      attribution &&
      previous &&
      previous.quotes[0] === q - 1 &&
      previous.cue === attribution.cue
    ) {
      rule = 'split-quote';
    }
    if (!attribution || rule === 'split-quote') {
      const a = oneWord && !/[,?!]$/.test(inside.trim()) ? null : after(doc, q, cues);
      if (a) {
        attribution = a;
        rule = 'quote-then-speaker';
      }
    }
    if (!attribution) continue;
    // "I said", "we told them": the narrator, not a source.
    if (
      attribution.speaker.pronoun &&
      FIRST_PERSON.has(doc.tokens[attribution.speaker.first]!.lower)
    ) {
      continue;
    }
    const f = directFound(doc, q, attribution, rule);
    // “…” with words of the reporter's before it in the sentence: "The attack is “also aimed at
    // …,” Azzouz said." is a partial quote; its content starts with the sentence.
    const lead = rule === 'quote-then-speaker' ? leadingWords(doc, q) : -1;
    if (lead >= 0) {
      f.kind = 'partial';
      f.start = doc.tokens[lead]!.start;
      f.end = quote.closeEnd;
    }
    found.push(f);
    claimed.add(q);
    if (attribution.cue) usedCues.add(attribution.cue.verb);
  }
  return { found, claimed, usedCues };
}

/**
 * A whole-sentence quotation with no attribution of its own, right after a sentence of the
 * same paragraph whose quote or statement has a speaker: the same speaker goes on.
 */
export function findContinued(doc: Doc, all: readonly Found[], claimed: Set<number>): Found[] {
  const out: Found[] = [];
  const bySentence = new Map<number, Found>();
  for (const f of all) {
    if (!f.speaker) continue;
    const token = f.cue ? f.cue.verb : f.speaker.first;
    bySentence.set(doc.sentenceOf[token]!, f);
    if (f.kind === 'direct' && f.quotes[0] !== undefined) {
      const quote = doc.quotes[f.quotes[0]]!;
      bySentence.set(doc.sentenceOf[quote.openToken]!, f);
    }
  }
  for (let q = 0; q < doc.quotes.length; q++) {
    if (claimed.has(q)) continue;
    const quote = doc.quotes[q]!;
    const sentence = doc.sentenceOf[quote.openToken]!;
    const s = doc.sentences[sentence]!;
    if (s.first !== quote.openToken) continue;
    // The quotation must be the whole sentence.
    if (quote.closed && quote.closeToken + 1 < s.end && doc.tokens[quote.closeToken + 1]!.word) {
      continue;
    }
    if (!/^\s*\p{Lu}/u.test(doc.text.slice(quote.openEnd, quote.close))) continue;
    const prior = doc.sentences[sentence - 1];
    if (!prior || prior.paragraph !== s.paragraph) continue;
    const previous = bySentence.get(sentence - 1);
    if (!previous || !previous.speaker) continue;
    const f = directFound(
      doc,
      q,
      { cue: previous.cue, speaker: previous.speaker },
      'continued-quote',
    );
    f.continues = previous;
    out.push(f);
    claimed.add(q);
    bySentence.set(sentence, f);
  }
  return out;
}
