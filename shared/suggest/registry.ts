// Maps a resolved speaker to the source registry: an existing source by name or alias (ignoring
// case, accents, titles and a leading "the"), else a proposed new source with the kind and role
// the article gives and the other forms of the name as aliases.
import type { SourceKind } from '../domain/schema';
import type { KnownSource, SourceMatch, SpeakerResolution } from './types';

const TITLE_WORDS =
  /^(?:the|mr|mrs|ms|mx|miss|dr|prof|president|prime|minister|sen|senator|rep|gov|governor|gen|general|secretary|ambassador|mayor|judge|king|queen|pope)\.?\s+/;

/** A name compared loosely: lower case, no accents, no titles or leading "the", one space. */
export function normaliseName(name: string): string {
  let n = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let previous = ''; previous !== n;) {
    previous = n;
    n = n.replace(TITLE_WORDS, '');
  }
  return n;
}

/** Names without middle initials: "vladimir v. putin" → "vladimir putin". */
function withoutInitials(n: string): string {
  return n.replace(/\s\p{L}\.(?=\s)/gu, '').replace(/\s+/g, ' ');
}

/** An index of the registry by normalised name and alias, built once per run. */
export function indexSources(sources: readonly KnownSource[]): Map<string, KnownSource> {
  const index = new Map<string, KnownSource>();
  for (const source of sources) {
    for (const name of [source.name, ...source.aliases]) {
      const key = withoutInitials(normaliseName(name));
      if (key !== '' && !index.has(key)) index.set(key, source);
    }
  }
  return index;
}

/**
 * The registry entry for a resolved speaker: the source whose name or alias equals the speaker's
 * name or one of its forms, else a new source to propose. Anonymous speakers never match an
 * existing source by description alone unless the description is the same.
 */
export function matchSource(
  resolved: SpeakerResolution,
  aliases: readonly string[],
  index: ReadonlyMap<string, KnownSource>,
): SourceMatch {
  for (const form of [resolved.name, ...aliases]) {
    const hit = index.get(withoutInitials(normaliseName(form)));
    if (hit && compatibleKinds(hit.kind, resolved.kind)) {
      return { kind: 'existing', sourceId: hit.id, name: hit.name };
    }
  }
  const newAliases = [...new Set(aliases.filter((a) => a !== resolved.name))];
  return {
    kind: 'new',
    name: resolved.name,
    sourceKind: resolved.kind,
    role: resolved.role,
    aliases: newAliases,
  };
}

/** A person never matches an organisation of the same name; the organisation kinds mix freely. */
function compatibleKinds(a: SourceKind, b: SourceKind): boolean {
  const personal = (k: SourceKind): boolean => k === 'person' || k === 'anonymous';
  return personal(a) === personal(b);
}
