// "Go to anything" for the command palette: articles, sources, claims and tags by name, ranked
// so a word's start beats the middle of one. Names are folded once when the palette opens (the
// search feature's normalisation: case, accents, quotes and dashes do not matter); each keystroke
// is then a scan of plain strings, a few milliseconds at 1,000 articles and 5,000 sources.
import { normalizeText } from '../../../../shared/search/normalize';

export type GotoKind = 'article' | 'source' | 'claim' | 'tag';

/** A row of the palette that opens something: its kind, id, name and a line of context. */
export interface GotoItem {
  readonly kind: GotoKind;
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

/** What the palette can go to: the renderer's workspace lists, as they are. */
export interface GotoData {
  readonly documents: readonly { id: string; title: string; outlet: string }[];
  readonly sources: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    role: string;
  }[];
  readonly claims: readonly { id: string; statement: string; claimantIds: readonly string[] }[];
  readonly tags: readonly { id: string; name: string; description: string }[];
}

export interface GotoEntry {
  readonly item: GotoItem;
  /** Folded names the item goes by (title, name, aliases, statement). */
  readonly names: readonly string[];
  /** Folded text that finds it too but ranks below its names (a claim's claimants). */
  readonly related: readonly string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a character is part of a word; the ASCII test first, as it runs per hit per name. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(ch);
}
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A name in search form, as normalizeText folds it; printable ASCII (most names) takes a short
 * cut that gives the same result ten times faster, which counts at thousands of names.
 */
export function foldName(name: string): string {
  if (!PLAIN_ASCII.test(name)) return normalizeText(name);
  return name.toLowerCase().replace(/`/g, "'").replace(/ {2,}/g, ' ');
}

export const KIND_LABEL: Record<GotoKind, string> = {
  article: 'Article',
  source: 'Source',
  claim: 'Claim',
  tag: 'Tag',
};

/** Folds every name once; call when the palette opens (or the lists changed). */
export function buildGotoIndex(data: GotoData): GotoEntry[] {
  const entries: GotoEntry[] = [];
  const sourceNames = new Map<string, string>();
  for (const d of data.documents) {
    entries.push({
      item: { kind: 'article', id: d.id, label: d.title, detail: d.outlet },
      names: [foldName(d.title)],
      related: [],
    });
  }
  for (const s of data.sources) {
    sourceNames.set(s.id, s.name);
    entries.push({
      item: { kind: 'source', id: s.id, label: s.name, detail: s.role },
      names: [s.name, ...s.aliases].map(foldName),
      related: [],
    });
  }
  for (const c of data.claims) {
    const claimants = c.claimantIds.flatMap((id) => sourceNames.get(id) ?? []);
    entries.push({
      item: {
        kind: 'claim',
        id: c.id,
        label: c.statement,
        detail: claimants.length > 0 ? `by ${claimants.join(', ')}` : '',
      },
      names: [foldName(c.statement)],
      related: claimants.map(foldName),
    });
  }
  for (const t of data.tags) {
    entries.push({
      item: { kind: 'tag', id: t.id, label: t.name, detail: t.description },
      names: [foldName(t.name)],
      related: [],
    });
  }
  return entries;
}

/**
 * How well `needle` sits in `hay`: 0 as a whole word (or words), 1 at the start of a word, 2
 * inside a word, null when absent. The start of the name counts as any word's start: analysts
 * type a surname ("Witkoff") as often as a first name.
 */
export function placeScore(hay: string, needle: string): 0 | 1 | 2 | null {
  let best: 0 | 1 | 2 | null = null;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (at > 0 && isWordChar(hay[at - 1])) {
      if (best === null) best = 2;
      continue;
    }
    if (!isWordChar(hay[at + needle.length])) return 0;
    best = 1;
  }
  return best;
}

/** The best score of one typed word over the entry's names (0-2), then its related text (3-5). */
function wordScore(entry: GotoEntry, word: string): number | null {
  let best: number | null = null;
  for (const name of entry.names) {
    const s = placeScore(name, word);
    if (s !== null && (best === null || s < best)) best = s;
    if (best === 0) return 0;
  }
  if (best !== null) return best;
  for (const text of entry.related) {
    const s = placeScore(text, word);
    if (s !== null && (best === null || s + 3 < best)) best = s + 3;
  }
  return best;
}

/**
 * The entries whose names hold every typed word, best first: by each word's place (a whole
 * word, a word's start, inside a word, then the related text), then shorter names first; at
 * most `limit`. An empty query finds nothing (the palette then lists its commands only).
 */
export function rankGoto(entries: readonly GotoEntry[], query: string, limit = 50): GotoItem[] {
  const folded = normalizeText(query).trim();
  if (folded === '') return [];
  const words = folded.split(' ');
  const best = new TopScored(limit);
  for (const entry of entries) {
    // The whole query as typed counts first ("steve wit" at the start of "Steve Witkoff").
    let score = words.length > 1 ? wordScore(entry, folded) : null;
    if (score === null) {
      let worst = 0;
      for (const word of words) {
        const s = wordScore(entry, word);
        if (s === null) {
          worst = -1;
          break;
        }
        worst = Math.max(worst, s);
      }
      if (worst < 0) continue;
      // Words found apart rank after the whole query found together.
      score = worst + (words.length > 1 ? 0.5 : 0);
    }
    best.offer(entry.item, score);
  }
  return best.items();
}

/**
 * The `limit` best items offered, by score then shorter label, equal ones in the order offered:
 * what a stable sort of all of them would put first, without sorting the thousands a one-letter
 * query matches on every keystroke. Numbers only: a locale comparison of labels costs more than
 * the scan.
 */
export class TopScored {
  private readonly rows: { item: GotoItem; score: number; length: number }[] = [];
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  offer(item: GotoItem, score: number): void {
    const { rows, limit } = this;
    const length = item.label.length;
    const last = rows[rows.length - 1];
    if (rows.length >= limit && last && !isBefore(score, length, last.score, last.length)) return;
    // After every row it does not come before, so equal rows keep the order they came in.
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const row = rows[mid]!;
      if (isBefore(score, length, row.score, row.length)) hi = mid;
      else lo = mid + 1;
    }
    rows.splice(lo, 0, { item, score, length });
    if (rows.length > limit) rows.pop();
  }

  items(): GotoItem[] {
    return this.rows.map((row) => row.item);
  }
}

function isBefore(score: number, length: number, otherScore: number, otherLength: number): boolean {
  return score < otherScore || (score === otherScore && length < otherLength);
}
