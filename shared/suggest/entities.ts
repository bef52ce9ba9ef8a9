// The people and organisations an article names, found once per article: capitalised runs
// with their titles ("Mr. Witkoff", "President Vladimir V. Putin"), grouped by surname so a
// later "Mr. Putin" or "Putin" finds the fullest name, with the gender a title or first name
// tells and the role an appositive gives ("Dmitri S. Peskov, the Kremlin’s spokesman").
import type { SourceKind } from '../domain/schema';
import { suggestSourceFromText } from '../domain/source-from-text';
import type { Doc } from './document';
import { outsideQuotes, tokensText } from './document';
import {
  COURTESY,
  GOVERNMENT_WORDS,
  MONTHS_AND_DAYS,
  GROUP_NOUNS,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  TITLES,
} from './lexicon';
import { FEMALE_NAMES, MALE_NAMES, MULTIWORD_PLACES, PLACES, PLACE_PREFIXES } from './gazetteer';
import { npEndingAt } from './noun-phrases';
import type { Token } from './tokens';

export type Gender = 'm' | 'f' | null;
export type RunKind = 'person' | 'organisation' | 'government' | 'outlet' | 'place' | 'single';

/** A capitalised name as written: titles first..nameFirst-1, the name nameFirst..last. */
export interface NameRun {
  first: number;
  nameFirst: number;
  last: number;
  kind: RunKind;
  gender: Gender;
  /** The person it names, when it names one. */
  entity: Entity | null;
}

export interface Entity {
  /** The fullest name the article gives. */
  name: string;
  kind: SourceKind;
  gender: Gender;
  role: string;
  /** Other forms the article uses ("Mr. Witkoff", "Witkoff"). */
  aliases: Set<string>;
  /** Lower-case name words. */
  words: string[];
  /**
   * Known to be a person: a full name, a title, a first name in the lists or a gender learned
   * from pronouns. A lone capitalised word ("Meduza") is a candidate only.
   */
  confirmed: boolean;
}

export interface EntityTable {
  runs: NameRun[];
  /** Per token: the name run it belongs to, or -1. */
  runOf: Int32Array;
  /** Person mentions outside quotations, in text order (token of the name's first word). */
  personMentions: Array<{ token: number; entity: Entity }>;
  /** Roles from appositives, normalised, with the person they describe. */
  roles: Array<{ words: string[]; entity: Entity }>;
}

const INITIAL = /^\p{Lu}\.$/u;
/** Nationality and language adjectives, never a person on their own ("Ukrainian"). */
const DEMONYM = /(?:ian|ese|ish|ean|an|ic|i|ch)$/;
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
  'du',
  'da',
  'dos',
  'del',
  'di',
]);
const ROLE_WINDOW = 300;

const bare = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
const isTitleToken = (t: Token): boolean =>
  t.cap && (COURTESY[bare(t)] !== undefined || TITLES.has(bare(t)) || TITLES.has(t.lower));
const isNameToken = (t: Token): boolean =>
  t.word && t.cap && (t.tag === 'PROPN' || INITIAL.test(t.text)) && !MONTHS_AND_DAYS.has(bare(t));

function genderOfFirstName(word: string): Gender {
  if (FEMALE_NAMES.has(word)) return 'f';
  if (MALE_NAMES.has(word)) return 'm';
  return null;
}

function classifyRun(
  doc: Doc,
  first: number,
  nameFirst: number,
  last: number,
): { kind: RunKind; gender: Gender } {
  const { tokens } = doc;
  const words: string[] = [];
  for (let k = nameFirst; k <= last; k++) words.push(bare(tokens[k]!));
  const titles: string[] = [];
  for (let k = first; k < nameFirst; k++) titles.push(bare(tokens[k]!));
  let gender: Gender = null;
  for (const t of titles) gender = COURTESY[t] ?? gender;
  const joined = words.join(' ');
  const before = tokens[first - 1];
  // "the news outlet Meduza", "whale rescue group Project Jonah": the noun before tells.
  if (before && !before.cap && before.word) {
    if (OUTLET_WORDS.has(before.lower)) return { kind: 'outlet', gender: null };
    if (ORGANISATION_WORDS.has(before.lower)) return { kind: 'organisation', gender: null };
  }
  const hasWord = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  if (hasWord(OUTLET_WORDS)) return { kind: 'outlet', gender };
  if (hasWord(GOVERNMENT_WORDS)) return { kind: 'government', gender };
  if (
    hasWord(ORGANISATION_WORDS) ||
    words.every(
      (w) =>
        /^(?:[a-z]\.?){2,6}$/.test(w) &&
        tokens[nameFirst]!.text === tokens[nameFirst]!.text.toUpperCase(),
    )
  ) {
    return { kind: 'organisation', gender };
  }
  if (titles.length > 0) return { kind: 'person', gender };
  if (
    PLACES.has(joined) ||
    MULTIWORD_PLACES.has(joined) ||
    (words.length > 1 && PLACE_PREFIXES.has(words[0]!))
  ) {
    return { kind: 'place', gender };
  }
  if (before && before.lower === 'the') return { kind: 'organisation', gender };
  if (words.length === 1) return { kind: 'single', gender };
  return { kind: 'person', gender: genderOfFirstName(words[0]!) };
}

/** Finds the name runs of the text, outside quotations. */
function findRuns(doc: Doc): NameRun[] {
  const { tokens } = doc;
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !t.word || !outsideQuotes(doc, i)) continue;
    if (!isTitleToken(t) && !isNameToken(t)) continue;
    let j = i;
    while (
      j < tokens.length &&
      outsideQuotes(doc, j) &&
      doc.paragraphOf[j] === doc.paragraphOf[i]
    ) {
      const u = tokens[j]!;
      const next = tokens[j + 1];
      const particle =
        j > i &&
        next !== undefined &&
        isNameToken(next) &&
        (PARTICLES.has(u.lower) ||
          // "Department of Conservation", "Bank of England": "of" inside an organisation's name.
          (u.lower === 'of' && ORGANISATION_WORDS.has(bare(tokens[j - 1]!))));
      if (!isTitleToken(u) && !isNameToken(u) && !particle) break;
      j++;
    }
    const last = j - 1;
    // "Ukrainian President Volodymyr Zelensky": the name starts after the last title word;
    // "Defense Ministry" is an organisation's name, titles and all.
    let nameFirst = i;
    let organisation = false;
    for (let k = i; k <= last; k++) {
      const w = bare(tokens[k]!);
      if (ORGANISATION_WORDS.has(w) || OUTLET_WORDS.has(w) || GOVERNMENT_WORDS.has(w))
        organisation = true;
    }
    if (!organisation)
      for (let k = i; k < last; k++) if (isTitleToken(tokens[k]!)) nameFirst = k + 1;
    const { kind, gender } = classifyRun(doc, i, nameFirst, last);
    runs.push({ first: i, nameFirst, last, kind, gender, entity: null });
    i = last;
  }
  return runs;
}

function nameWords(doc: Doc, run: NameRun): string[] {
  const out: string[] = [];
  for (let k = run.nameFirst; k <= run.last; k++) {
    const t = doc.tokens[k]!;
    if (!INITIAL.test(t.text)) out.push(bare(t));
  }
  return out;
}

/** The role an appositive gives a name, and the gender its "his"/"her" tells. */
function describe(doc: Doc, run: NameRun): { role: string; kind: SourceKind; gender: Gender } {
  const { text, tokens } = doc;
  const start = tokens[run.nameFirst]!.start;
  const end = tokens[run.last]!.end;
  const from = Math.max(0, start - ROLE_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + ROLE_WINDOW));
  const suggestion = suggestSourceFromText(window, start - from, end - from);
  let gender: Gender = null;
  if (tokens[run.last + 1]?.text === ',') {
    for (let k = run.last + 2; k < Math.min(tokens.length, run.last + 16); k++) {
      const t = tokens[k]!;
      if (t.text === ',' || t.tag === 'VERB') break;
      if (t.lower === 'his') gender = 'm';
      if (t.lower === 'her') gender = 'f';
    }
  }
  let role = suggestion?.role ?? '';
  // "the national security adviser, Michael Waltz": the role written before the name.
  if (role === '' && tokens[run.first - 1]?.text === ',') {
    const np = npEndingAt(doc, run.first - 2, Math.max(0, run.first - 10));
    if (np && PERSON_NOUNS.has(tokens[np.last]!.lower)) role = tokensText(doc, np.first, np.last);
  }
  return { role, kind: suggestion?.kind ?? 'person', gender };
}

/** Lower-case words of a role, without determiners and possessive marks. */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '' && w !== 'the' && w !== 'a' && w !== 'an');
}

/** Builds the article's table of names and the people they refer to. Linear in the tokens. */
export function buildEntities(doc: Doc): EntityTable {
  const runs = findRuns(doc);
  const runOf = new Int32Array(doc.tokens.length).fill(-1);
  runs.forEach((run, r) => {
    for (let k = run.first; k <= run.last; k++) runOf[k] = r;
  });
  const bySurname = new Map<string, Entity>();
  const byFirstName = new Map<string, Entity | null>();
  const personMentions: EntityTable['personMentions'] = [];
  const roles: EntityTable['roles'] = [];
  for (const run of runs) {
    const words = nameWords(doc, run);
    const surname = words[words.length - 1];
    if (surname === undefined) continue;
    const titled = run.nameFirst > run.first;
    let entity: Entity | null = null;
    if (run.kind === 'person' && words.length > 1) {
      entity = bySurname.get(surname) ?? null;
      if (entity && entity.words[0] !== words[0] && entity.words.length > 1) entity = null;
      // "Ms. Aydin" first, "Elif Aydin" later: the fuller name becomes the name.
      if (entity && entity.words.length < words.length) {
        entity.aliases.add(entity.name);
        entity.name = tokensText(doc, run.nameFirst, run.last);
        entity.words = words;
      }
      if (!entity) {
        const described = describe(doc, run);
        entity = {
          name: tokensText(doc, run.nameFirst, run.last),
          kind: 'person',
          gender: run.gender ?? described.gender,
          role: described.role || (titled ? tokensText(doc, run.first, run.nameFirst - 1) : ''),
          aliases: new Set(),
          words,
          confirmed: true,
        };
        if (entity.role !== '') roles.push({ words: roleWords(entity.role), entity });
        bySurname.set(surname, entity);
        if (!byFirstName.has(words[0]!)) byFirstName.set(words[0]!, entity);
        else if (byFirstName.get(words[0]!) !== entity) byFirstName.set(words[0]!, null);
      }
    } else if (run.kind === 'person' || run.kind === 'single') {
      entity = bySurname.get(surname) ?? null;
      if (!entity && !titled && byFirstName.get(surname)) entity = byFirstName.get(surname)!;
      const known = genderOfFirstName(surname);
      const lone = !titled && words.length === 1 && mayBePerson(doc, run, surname);
      if (!entity && (titled || lone)) {
        entity = {
          name: tokensText(doc, run.nameFirst, run.last),
          kind: 'person',
          gender: run.gender ?? known,
          role: titled
            ? tokensText(doc, run.first, run.nameFirst - 1).replace(
                /^(?:Mr|Mrs|Ms|Mx|Miss)\.?$/,
                '',
              )
            : '',
          aliases: new Set(),
          words,
          confirmed: titled || known !== null,
        };
        bySurname.set(surname, entity);
      }
    }
    if (!entity) continue;
    run.entity = entity;
    if (run.gender && !entity.gender) entity.gender = run.gender;
    const written = tokensText(doc, run.first, run.last);
    if (written !== entity.name) entity.aliases.add(written);
    personMentions.push({ token: run.first, entity });
  }
  learnGenders(doc, personMentions);
  return { runs, runOf, personMentions, roles };
}

/**
 * A lone capitalised word that may name a person: a first name from the lists, or a word that
 * is not a nationality and is the subject of a verb ("Betty said", "Pete had").
 */
function mayBePerson(doc: Doc, run: NameRun, word: string): boolean {
  if (genderOfFirstName(word) !== null) return true;
  if (run.kind !== 'single' || DEMONYM.test(word)) return false;
  // "Analysts said": a common noun opening the sentence.
  if (PERSON_NOUNS.has(word) || GROUP_NOUNS.has(word)) return false;
  const next = doc.tokens[run.last + 1];
  return next !== undefined && (next.tag === 'VERB' || next.tag === 'AUX');
}

/**
 * Gender from the pronouns that follow a person: "Betty sat down. She …". Each he/she outside
 * quotations counts for the person named last within the sentence before; the majority wins
 * for people whose title or first name told nothing.
 */
function learnGenders(doc: Doc, mentions: EntityTable['personMentions']): void {
  const votes = new Map<Entity, number>();
  let m = 0;
  let last: { entity: Entity; sentence: number } | null = null;
  for (let i = 0; i < doc.tokens.length; i++) {
    while (m < mentions.length && mentions[m]!.token <= i) {
      last = { entity: mentions[m]!.entity, sentence: doc.sentenceOf[mentions[m]!.token]! };
      m++;
    }
    const t = doc.tokens[i]!;
    const vote = t.lower === 'he' ? 1 : t.lower === 'she' ? -1 : 0;
    if (vote === 0 || !last || last.entity.gender !== null || doc.quoteOf[i]! >= 0) continue;
    if (doc.sentenceOf[i]! - last.sentence > 1) continue;
    votes.set(last.entity, (votes.get(last.entity) ?? 0) + vote);
  }
  for (const [entity, vote] of votes) {
    if (vote === 0) continue;
    entity.gender = vote > 0 ? 'm' : 'f';
    entity.confirmed = true;
  }
}
