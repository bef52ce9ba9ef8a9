// Pronoun speakers: "he wrote" → Rustem Umerov. A pronoun goes to a person named earlier in
// its sentence, else to someone it agrees with who became the subject of a sentence since the
// last speaker spoke, else to that last speaker, else to the last person named before it.
// Gender comes from titles, first names and the pronouns the article uses (entities.ts).
import type { Doc } from './document';
import type { Entity, EntityTable, Gender } from './entities';
import type { SpeakerResolution } from './types';

export interface Resolved extends SpeakerResolution {
  /** The person, when the mention names one the article introduces. */
  entity: Entity | null;
  /** Other forms of the name in the article, for the registry. */
  aliases: string[];
}

/** What the resolver remembers while it reads the suggestions in order. */
export interface ResolverState {
  history: Array<{ resolved: Resolved; paragraph: number; token: number }>;
}

/** How many paragraphs back a speaker is remembered. */
export const HISTORY_PARAGRAPHS = 3;
/** How many earlier speakers a pronoun may look back over. */
export const MAX_HISTORY = 30;
const MENTION_SENTENCES = 4;
/** How many person mentions back a pronoun may look when none is near. */
const MAX_LOOKBACK = 200;
const PRONOUN_GENDER: Record<string, Gender | 'plural' | 'thing'> = {
  he: 'm',
  she: 'f',
  they: 'plural',
  it: 'thing',
};

const compatible = (entity: Entity | null, gender: Gender): boolean =>
  entity !== null &&
  entity.kind === 'person' &&
  entity.confirmed &&
  (entity.gender === null || entity.gender === gender);

export function fromEntity(entity: Entity, via: SpeakerResolution['via']): Resolved {
  return {
    name: entity.name,
    kind: entity.kind,
    role: entity.role,
    via,
    entity,
    aliases: [...entity.aliases],
  };
}

/** The person, group or organisation a pronoun speaker refers to, or null. */
export function resolvePronoun(
  doc: Doc,
  table: EntityTable,
  state: ResolverState,
  token: number,
): Resolved | null {
  const want = PRONOUN_GENDER[doc.tokens[token]!.lower];
  if (want === undefined) return null;
  const paragraph = doc.paragraphOf[token]!;
  const sentence = doc.sentenceOf[token]!;
  const recent: ResolverState['history'] = [];
  for (let i = state.history.length - 1; i >= 0 && recent.length < MAX_HISTORY; i--) {
    const h = state.history[i]!;
    if (paragraph - h.paragraph > HISTORY_PARAGRAPHS) break;
    recent.unshift(h);
  }
  if (want === 'plural' || want === 'thing') {
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!.resolved;
      const fits =
        want === 'plural'
          ? r.kind === 'group' || (r.kind === 'anonymous' && /s\b/.test(r.name))
          : r.kind !== 'person' && r.kind !== 'group' && r.kind !== 'anonymous';
      if (fits) return { ...r, via: 'pronoun' };
    }
    return null;
  }
  const mentions = table.personMentions;
  // A person named earlier in the same sentence ("After Mr. X arrived, he said").
  const m = lastMentionBefore(mentions, token);
  for (let i = m; i >= 0; i--) {
    const mention = mentions[i]!;
    if (doc.sentenceOf[mention.token] !== sentence) break;
    if (compatible(mention.entity, want)) return fromEntity(mention.entity, 'pronoun');
  }
  // The last speaker it agrees with, within a few paragraphs, unless someone else it agrees
  // with has been the subject of a sentence since ("Jones, the mayor, disagreed. “…,” he said").
  let speaker: Entity | null = null;
  let spokeAt = -1;
  for (let i = recent.length - 1; i >= 0; i--) {
    const entity = recent[i]!.resolved.entity;
    if (compatible(entity, want)) {
      speaker = entity;
      spokeAt = recent[i]!.token;
      break;
    }
  }
  for (let i = m; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.token <= spokeAt || sentence - doc.sentenceOf[mention.token]! > 2) break;
    if (
      mention.entity !== speaker &&
      compatible(mention.entity, want) &&
      isSubject(doc, mention.token)
    ) {
      return fromEntity(mention.entity, 'pronoun');
    }
  }
  if (speaker) return fromEntity(speaker, 'pronoun');
  // The last person named before it, within a few sentences, then anywhere before.
  for (let i = m; i >= 0; i--) {
    const mention = mentions[i]!;
    if (sentence - doc.sentenceOf[mention.token]! > MENTION_SENTENCES) break;
    if (compatible(mention.entity, want)) return fromEntity(mention.entity, 'pronoun');
  }
  for (let i = m; i >= 0 && m - i < MAX_LOOKBACK; i--) {
    const mention = mentions[i]!;
    if (compatible(mention.entity, want) && mention.entity.gender === want) {
      return fromEntity(mention.entity, 'pronoun');
    }
  }
  return null;
}

/** Is the name at `token` the subject of its sentence: its first word, or after an opening phrase? */
function isSubject(doc: Doc, token: number): boolean {
  const s = doc.sentences[doc.sentenceOf[token]!]!;
  if (token === s.first) return true;
  const prev = doc.tokens[token - 1]!;
  return (prev.text === ',' && token - s.first < 8) || ['but', 'and', 'then'].includes(prev.lower);
}

function lastMentionBefore(mentions: EntityTable['personMentions'], token: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The person whose appositive role matches this description ("the defense minister"). */
