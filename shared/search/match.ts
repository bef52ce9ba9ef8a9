// What a query's words mean on one text, by brute force: the definition the index must agree
// with (its property test compares the two), and the hit ranges that snippets mark.
import type { Token } from './normalize';
import { tokenizeWithOffsets } from './normalize';
import type { ParsedQuery, Term } from './query';

/** True when a and b are at most `max` edits apart (insert, delete, substitute). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (max === 0) return a === b;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** True when a word of the text answers to the query term. */
export function termMatchesWord(term: Term, word: string): boolean {
  if (word === term.word) return true;
  if (term.prefix && word.startsWith(term.word)) return true;
  return term.fuzzy > 0 && withinEdits(word, term.word, term.fuzzy);
}

/** Index of the first place `phrase` occurs as consecutive words of `words` at or after `from`, or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * True when a text of these words answers to the query's words, phrases and exclusions (filters
 * are judged apart, on the record). Every term must match some word; every phrase must occur;
 * no excluded word or phrase may occur.
 */
export function wordsMatch(words: readonly string[], query: ParsedQuery): boolean {
  for (const term of query.terms) if (!words.some((w) => termMatchesWord(term, w))) return false;
  for (const phrase of query.phrases) if (findPhrase(words, phrase) === -1) return false;
  for (const phrase of query.excluded) if (findPhrase(words, phrase) !== -1) return false;
  return true;
}

/** A stretch of a snippet; `hit` marks the words the query found. Rendered as text, never HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** The ranges [start, end) of the original text that the query's terms and phrases found, in order. */
export function hitRanges(text: string, query: ParsedQuery, tokens?: Token[]): [number, number][] {
  const toks = tokens ?? tokenizeWithOffsets(text);
  const words = toks.map((t) => t.word);
  const ranges: [number, number][] = [];
  toks.forEach((t) => {
    if (query.terms.some((term) => termMatchesWord(term, t.word))) ranges.push([t.start, t.end]);
  });
  for (const phrase of query.phrases) {
    for (let at = findPhrase(words, phrase); at !== -1; at = findPhrase(words, phrase, at + 1)) {
      ranges.push([toks[at]!.start, toks[at + phrase.length - 1]!.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Overlapping ranges (a term inside a phrase) merge, so each character is marked once.
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * A snippet of about `width` characters around the first hit, as segments with the hits marked.
 * Line breaks become spaces; a cut end shows "…". Text without hits gives its opening.
 */
export function snippet(text: string, ranges: readonly [number, number][], width = 180): Segment[] {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  // Start at a word: back to the space before, unless that is far.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space !== -1 && start - space < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    if (space !== -1 && space - end < 20) end = space;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const out: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (s === '') return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += s;
    else out.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    push(flat(text.slice(at, a)), false);
    push(flat(text.slice(a, b)), true);
    at = b;
  }
  push(flat(text.slice(at, end)), false);
  if (end < text.length) push('…', false);
  return out;
}
