// Who a speaker mention refers to inside the article: a pronoun to the last speaker or person
// it agrees with ("he wrote" → Rustem Umerov), a title or surname to the fullest name ("Mr.
// Witkoff" → Steve Witkoff), a role to the person an appositive gave it ("the Kremlin’s
// spokesman" → Dmitri S. Peskov), an organisation's voice to the organisation ("the Kremlin’s
// readout" → the Kremlin), and an unnamed source to its description, kept anonymous.
import type { SourceKind } from '../domain/schema';
import { suggestSourceFromText } from '../domain/source-from-text';
import type { Doc } from './document';
import { tokensText } from './document';
import type { Entity, EntityTable } from './entities';
import { roleWords } from './entities';
import {
  ANONYMITY,
  DETERMINERS,
  GOVERNMENT_WORDS,
  GROUP_NOUNS,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  POSSESSIVES,
  VOICE_NOUNS,
} from './lexicon';
import type { Phrase, SpeakerPhrase } from './speakers';
import type { SpeakerResolution } from './types';

import { fromEntity, HISTORY_PARAGRAPHS, MAX_HISTORY, resolvePronoun } from './pronouns';
import type { Resolved, ResolverState } from './pronouns';

export type { Resolved, ResolverState } from './pronouns';

const ROLE_WINDOW = 300;

/** A resolution that names no person of the article. */
const plain = (
  name: string,
  kind: SourceKind,
  role: string,
  via: SpeakerResolution['via'],
): Resolved => ({ name, kind, role, via, entity: null, aliases: [] });

function byRole(table: EntityTable, words: string[]): Entity | null {
  if (words.length === 0) return null;
  const head = words[words.length - 1]!;
  for (let i = table.roles.length - 1; i >= 0; i--) {
    const role = table.roles[i]!;
    if (!role.words.includes(head)) continue;
    if (words.every((w) => role.words.includes(w))) return role.entity;
  }
  return null;
}

function stripDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

function kindOfOrganisation(words: string[]): SourceKind {
  if (words.some((w) => OUTLET_WORDS.has(w))) return 'outlet';
  if (words.some((w) => GOVERNMENT_WORDS.has(w))) return 'government';
  return 'organisation';
}

/** A name or description as a source of its own, kind and role from the words around it. */
function described(doc: Doc, phrase: Phrase, via: SpeakerResolution['via']): Resolved {
  const { text, tokens } = doc;
  const start = tokens[phrase.first]!.start;
  const end = tokens[phrase.last]!.end;
  const from = Math.max(0, start - ROLE_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + ROLE_WINDOW));
  const s = suggestSourceFromText(window, start - from, end - from);
  const name = stripDeterminer(s?.name ?? tokensText(doc, phrase.first, phrase.last));
  return { name, kind: s?.kind ?? 'person', role: s?.role ?? '', via, entity: null, aliases: [] };
}

/** Resolves one speaker phrase; `state` carries the speakers met so far. */
export function resolveSpeaker(
  doc: Doc,
  table: EntityTable,
  state: ResolverState,
  speaker: SpeakerPhrase,
  cueVerb: number,
): Resolved | null {
  const resolved = resolveHead(doc, table, state, speaker, cueVerb);
  if (resolved) {
    state.history.push({
      resolved,
      paragraph: doc.paragraphOf[speaker.first]!,
      token: speaker.first,
    });
  }
  return resolved;
}

function resolveHead(
  doc: Doc,
  table: EntityTable,
  state: ResolverState,
  speaker: SpeakerPhrase,
  cueVerb: number,
): Resolved | null {
  const { tokens } = doc;
  if (speaker.pronoun) return resolvePronoun(doc, table, state, speaker.first);
  // "One of the braver": a bare determiner heads the whole phrase.
  const head =
    speaker.head.first === speaker.head.last && tokens[speaker.head.first]!.tag === 'DET'
      ? { first: speaker.first, last: speaker.last }
      : speaker.head;
  const headText = tokensText(doc, head.first, head.last);
  // Anonymity: "a Ukrainian official, speaking on condition of anonymity, said".
  const between = doc.text.slice(
    tokens[speaker.first]!.start,
    tokens[Math.max(speaker.last, cueVerb - 1)]!.end,
  );
  const around = doc.text.slice(
    tokens[speaker.first]!.start,
    tokens[Math.min(tokens.length - 1, Math.max(speaker.last, cueVerb) + 12)]!.end,
  );
  const lastWord = tokens[head.last]!;
  const firstWord = tokens[head.first]!;
  const anonymous = ANONYMITY.exec(between) ?? (lastWord.cap ? null : ANONYMITY.exec(around));
  if (anonymous && !lastWord.cap) {
    // "a senior official at the ministry, who spoke on condition of anonymity": the whole
    // phrase and its appositive up to the end of the anonymity phrase.
    const phrase = tokensText(doc, speaker.first, speaker.last);
    let description = phrase;
    const app = speaker.appositive;
    const base = tokens[speaker.first]!.start;
    const phraseEnd = base + anonymous.index + anonymous[0].length;
    if (app && tokens[app.first]!.start < phraseEnd && phraseEnd <= tokens[app.last]!.end) {
      description = `${phrase}, ${doc.text.slice(tokens[app.first]!.start, phraseEnd)}`;
    }
    return plain(description, 'anonymous', '', 'anonymous');
  }
  // "The leader of Ennahda, Rachid Ghannouchi, said": a description with a name beside it.
  if (!lastWord.cap && speaker.appositive) {
    const named = runIn(table, speaker.appositive.first, speaker.appositive.last);
    if (
      named &&
      named.first === speaker.appositive.first &&
      named.last === speaker.appositive.last &&
      named.entity
    ) {
      return fromEntity(named.entity, 'appositive');
    }
  }
  // A possessive: "the Kremlin’s readout", "the Kremlin’s spokesman", "Ukraine’s defense minister".
  for (let k = head.first; k <= head.last; k++) {
    if (tokens[k]!.lower !== "'s" || k === head.first) continue;
    const ownerWords = wordsOf(doc, head.first, k - 1);
    const nounWords = wordsOf(doc, k + 1, head.last);
    const noun = nounWords[nounWords.length - 1];
    if (noun !== undefined && VOICE_NOUNS.has(noun)) {
      const ownerRun = runIn(table, head.first, k - 1);
      const name = ownerRun
        ? tokensText(doc, ownerRun.nameFirst, ownerRun.last)
        : stripDeterminer(tokensText(doc, head.first, k - 1));
      const entity = ownerRun?.entity ?? null;
      if (entity) return { ...fromEntity(entity, 'organisation'), role: nounWords.join(' ') };
      return {
        name,
        kind: kindOfOrganisation(ownerWords),
        role: nounWords.join(' '),
        via: 'organisation',
        entity: null,
        aliases: [],
      };
    }
    if (noun !== undefined && PERSON_NOUNS.has(noun)) {
      const entity = byRole(table, [...ownerWords, ...nounWords]);
      if (entity) return fromEntity(entity, 'appositive');
      return plain(stripDeterminer(headText), 'person', stripDeterminer(headText), 'title');
    }
  }
  // "both Roscosmos and NASA", "Russia and Ukraine": several names speak together.
  const words = wordsOf(doc, head.first, head.last);
  if (words.includes('and') && lastWord.cap) {
    const name = headText.replace(/^(?:the|both|all)\s+/i, '');
    return { name, kind: 'group', role: '', via: 'name', entity: null, aliases: [] };
  }
  // A name: the run of capitalised words in the head, unless it is a common noun opening the
  // sentence ("Analysts said").
  let run = runIn(table, head.first, head.last);
  if (
    run &&
    run.first === run.last &&
    (PERSON_NOUNS.has(tokens[run.first]!.lower) || GROUP_NOUNS.has(tokens[run.first]!.lower))
  ) {
    run = null;
  }
  if (run && (lastWord.cap || tokens[run.last]!.end === lastWord.end)) {
    if (run.entity) {
      const written = wordsOf(doc, run.nameFirst, run.last);
      const titled = run.nameFirst > run.first;
      const full = written.length >= run.entity.words.length;
      const resolved = fromEntity(run.entity, full ? 'name' : titled ? 'title' : 'surname');
      // A lone name the article never shows to be a person ("Roscosmos said") is an organisation.
      if (!run.entity.confirmed) {
        const d = described(doc, { first: run.first, last: run.last }, 'organisation');
        resolved.kind = d.kind === 'person' || d.kind === 'anonymous' ? 'organisation' : d.kind;
        resolved.role = d.role;
        resolved.via = 'organisation';
      }
      return resolved;
    }
    const nameWords = wordsOf(doc, run.nameFirst, run.last);
    switch (run.kind) {
      case 'place':
        return plain(tokensText(doc, run.nameFirst, run.last), 'government', '', 'organisation');
      case 'organisation':
      case 'government':
      case 'outlet': {
        const d = described(doc, { first: run.first, last: run.last }, 'organisation');
        return {
          ...d,
          kind: run.kind === 'organisation' ? kindOfOrganisation(nameWords) : run.kind,
        };
      }
      default: {
        const d = described(doc, { first: run.first, last: run.last }, 'name');
        if (d.kind !== 'person' && d.kind !== 'anonymous') d.via = 'organisation';
        if (d.kind === 'anonymous') d.kind = 'person';
        return d;
      }
    }
  }
  // A description: "analysts", "The Ukrainian government", "the couple", "a senior official".
  const last = words[words.length - 1] ?? '';
  const indefinite = ['a', 'an', 'one', 'another', 'some'].includes(firstWord.lower);
  if (ORGANISATION_WORDS.has(last) || GOVERNMENT_WORDS.has(last)) {
    return plain(stripDeterminer(headText), kindOfOrganisation(words), '', 'organisation');
  }
  if (OUTLET_WORDS.has(last)) {
    return plain(stripDeterminer(headText), 'outlet', '', 'organisation');
  }
  const quantified = [
    'some',
    'many',
    'most',
    'several',
    'few',
    'all',
    'both',
    'other',
    'these',
    'those',
  ].includes(firstWord.lower);
  if (GROUP_NOUNS.has(last) || (last.endsWith('s') && (PERSON_NOUNS.has(last) || quantified))) {
    return plain(headText, 'group', '', 'anonymous');
  }
  if (indefinite && PERSON_NOUNS.has(last)) {
    return plain(headText, 'anonymous', '', 'anonymous');
  }
  const entity = byRole(
    table,
    words.filter((w) => !DETERMINERS.has(w) && !POSSESSIVES.has(w)),
  );
  if (entity && PERSON_NOUNS.has(last)) return fromEntity(entity, 'appositive');
  // "the official" after "A senior official …, speaking on condition of anonymity, said": the
  // same source, still anonymous.
  if (!indefinite && PERSON_NOUNS.has(last)) {
    const earlier = earlierSpeaker(doc, state, speaker.first, last);
    if (earlier) return earlier;
  }
  // "a police statement", "a ministry report": the organisation behind the document.
  if (VOICE_NOUNS.has(last) && words.length > 1 && !VOICE_NOUNS.has(words[words.length - 2]!)) {
    return plain(words.slice(0, -1).join(' '), kindOfOrganisation(words), last, 'organisation');
  }
  if (VOICE_NOUNS.has(last)) {
    return plain(headText, 'organisation', '', 'organisation');
  }
  return plain(
    indefinite ? headText : stripDeterminer(headText),
    'person',
    '',
    indefinite ? 'anonymous' : 'title',
  );
}

/** A recent speaker described with the same noun ("a senior official" for "the official"). */
function earlierSpeaker(
  doc: Doc,
  state: ResolverState,
  token: number,
  noun: string,
): Resolved | null {
  const paragraph = doc.paragraphOf[token]!;
  const pattern = new RegExp(`\\b${noun}\\b`, 'i');
  for (
    let i = state.history.length - 1;
    i >= Math.max(0, state.history.length - MAX_HISTORY);
    i--
  ) {
    const h = state.history[i]!;
    if (paragraph - h.paragraph > HISTORY_PARAGRAPHS) break;
    if (h.resolved.entity === null && pattern.test(h.resolved.name)) return h.resolved;
  }
  return null;
}

function wordsOf(doc: Doc, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k]!;
    if (t.word && t.lower !== "'s" && !DETERMINERS.has(t.lower))
      out.push(t.lower.replace(/\.$/, ''));
  }
  return out;
}

/**
 * The name run a phrase is about: the first person in it ("Senator Mitch McConnell of
 * Kentucky"), else its first run that is not a place, else its last run.
 */
function runIn(
  table: EntityTable,
  first: number,
  last: number,
): EntityTable['runs'][number] | null {
  let fallback: EntityTable['runs'][number] | null = null;
  let nonPlace: EntityTable['runs'][number] | null = null;
  for (let k = first; k <= last; k++) {
    const r = table.runOf[k]!;
    if (r < 0) continue;
    const run = table.runs[r]!;
    if (run.entity?.confirmed) return run;
    if (!nonPlace && run.kind !== 'place') nonPlace = run;
    fallback = run;
  }
  return nonPlace ?? fallback;
}

export { roleWords };
