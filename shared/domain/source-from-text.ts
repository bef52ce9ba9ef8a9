// Suggests a new source from a selected name and the words around it: "Dmitri S. Peskov, the
// Kremlin’s spokesman, said" gives a person with that role. Heuristics for a form's defaults,
// which the analyst confirms or corrects; nothing here is stored.
import type { SourceKind } from './schema';

export interface SourceSuggestion {
  name: string;
  role: string;
  kind: SourceKind;
}

const MAX_FIELD = 300;
/** How far past the selection, within its sentence, to look for an anonymity phrase. */
const CONTEXT_CHARS = 250;
const SENTENCE_END = /(?<=[a-z0-9’')”])[.!?](?=\s|$)/;

const COURTESY = /^(?:Mr|Mrs|Ms|Mx)\.?\s+/;
const ANONYMITY =
  /\b(?:on (?:the )?condition of anonymity|speaking anonymously|(?:requested|was granted|were granted|declined to be) (?:anonymity|named|identified)|asked not to be (?:named|identified)|not authori[sz]ed to speak publicly)\b/i;
/** Singular unnamed people: "a Ukrainian official", "one senior diplomat". */
const UNNAMED =
  /^(?:an?|one|another)\s.*\b(?:official|diplomat|source|aide|adviser|advisor|person|spokes(?:man|woman|person)|officer|analyst|expert|resident|witness|member|lawmaker|staffer|employee|insider|negotiator)$/i;
const OUTLET_NAME =
  /\b(?:News|Times|Post|Journal|Gazette|Herald|Tribune|Telegraph|Guardian|Press|Radio|Television|TV|Broadcasting|Reuters|Bloomberg|Interfax|TASS|Xinhua|Ukrinform|BBC|CNN|NPR|AFP)\b|\b(?:news outlets?|newspapers?|broadcasters?)\b/;
const OUTLET_WORDS =
  /\b(?:news agency|press agency|news service|wire service|news outlet|media outlet|outlet|newspaper|broadcaster|television network|TV channel|magazine|news site|news website)\b/i;
const OUTLET_BEFORE =
  /\b(?:news outlet|media outlet|news agency|press agency|newspaper|broadcaster|news site|magazine|channel)\s+$/i;
const GOVERNMENT =
  /\b(?:Kremlin|White House|Pentagon|State Department|Ministry|Department of|Cabinet|Parliament|Congress|Senate|Duma|Rada|Embassy|Foreign Office|Downing Street)\b|\b(?:government|administration)$/i;
const ORGANISATION =
  /\b(?:Service|Agency|Institute|University|Foundation|Council|Committee|Commission|Organi[sz]ation|Association|Union|Company|Corporation|Group|Bank|Fund|Party|NATO|United Nations)\b|^(?:[A-Z]\.?){2,6}$/;
const GROUP =
  /\b(?:officials|diplomats|analysts|experts|sources|residents|people|lawmakers|negotiators|members|aides|advisers|soldiers|critics|observers|delegation)\b/i;
/** A title written right before a name: "President Volodymyr Zelensky". */
const TITLE_BEFORE =
  /(?:^|\s)((?:Prime |Foreign |Defen[cs]e |Deputy )?Minister|President|Vice President|Secretary of State|Secretary|Senator|Sen\.|Representative|Rep\.|Gen\.|General|Ambassador|Chancellor|King|Queen|Pope|Governor|Mayor)\s+$/;
/** Where an appositive ends: punctuation, a quotation mark, or a sentence end after a word. */
const APPOSITIVE_END = /[,;—–()“”"\n]|(?<=[a-z0-9’')])[.!?](?=\s|$)/;
const SPEECH_VERB =
  /\s(?:said|says|told|wrote|added|stated|noted|announced|declared|insisted|argued|warned)\b/;
const RELATIVE = /^(?:who|whom|whose|which|that|where|when|or|and|but)\b/i;
/** Where an appositive's head noun phrase ends: "a military analyst | with the news outlet". */
const HEAD_END = /\s(?:with|of|at|for|in|to|from|by|on|who|whom|which|that)\s/;

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The selected words as a name: no surrounding punctuation, possessive or courtesy title. */
function cleanName(raw: string): string {
  let name = collapse(raw)
    .replace(/^[\s“”"'‘’(,;:—–-]+/, '')
    .replace(/[\s“”"'‘(),;:—–-]+$/, '');
  name = name.replace(/[’']s$/, '').replace(/’$/, '');
  // A final period belongs to an abbreviation (F.S.B.) unless it ends a lower-case word.
  if (/[a-z]\.$/.test(name) && !/(?:^|[\s.])[a-z]\.$/i.test(name)) name = name.slice(0, -1);
  return name.replace(COURTESY, '').trim();
}

/** The words after a comma following the name, up to the next comma, "said" or sentence end. */
function appositiveAfter(following: string): string {
  const match = /^\s*,\s*/.exec(following);
  if (!match) return '';
  const rest = following.slice(match[0].length);
  let stop = rest.length;
  const punct = APPOSITIVE_END.exec(rest);
  if (punct) stop = Math.min(stop, punct.index);
  const verb = SPEECH_VERB.exec(rest);
  if (verb) stop = Math.min(stop, verb.index);
  return collapse(rest.slice(0, stop));
}

/** An appositive reads as a role when it is a noun phrase, not a clause or another name. */
function looksLikeRole(appositive: string): boolean {
  if (appositive === '' || appositive.length > MAX_FIELD) return false;
  if (RELATIVE.test(appositive) || ANONYMITY.test(appositive)) return false;
  // Lower case ("the Kremlin’s spokesman") or a possessive ("Ukraine’s defense minister");
  // a bare capitalised word is more likely the next item of a list of names.
  return /^[a-z]/.test(appositive) || /^[A-Z][\p{L}.-]*[’']s\s/u.test(appositive);
}

function classify(name: string, appositive: string, before: string, after: string): SourceKind {
  if (ANONYMITY.test(appositive) || ANONYMITY.test(after) || UNNAMED.test(name)) {
    return 'anonymous';
  }
  // Only the appositive's head counts: "an analyst with the news outlet Meduza" is a person.
  const head = appositive.split(HEAD_END)[0] ?? '';
  if (OUTLET_NAME.test(name) || OUTLET_WORDS.test(head) || OUTLET_BEFORE.test(before)) {
    return 'outlet';
  }
  if (GOVERNMENT.test(name)) return 'government';
  if (ORGANISATION.test(name)) return 'organisation';
  if (GROUP.test(name)) return 'group';
  return 'person';
}

/**
 * A suggested source for the text selected between start and end (UTF-16 offsets into the
 * canonical text), using only the selection's paragraph. The selection may include its own
 * appositive ("Ukrinform, the state news agency"). Returns null when nothing but whitespace or
 * punctuation is selected.
 */
export function suggestSourceFromText(
  text: string,
  start: number,
  end: number,
): SourceSuggestion | null {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const paragraphStart = text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.indexOf('\n', to);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  const selected = text.slice(from, to);

  const comma = selected.indexOf(',');
  const namePart = comma === -1 ? selected : selected.slice(0, comma);
  const name = cleanName(namePart).slice(0, MAX_FIELD);
  if (!/[\p{L}\p{N}]/u.test(name)) return null;

  const following = text.slice(to, paragraphEnd);
  const appositive =
    comma === -1
      ? appositiveAfter(following)
      : collapse(selected.slice(comma + 1)).replace(/[.,;:]$/, '');
  const before = text.slice(paragraphStart, from);
  const sentenceEnd = SENTENCE_END.exec(following)?.index ?? following.length;
  const after = following.slice(0, Math.min(sentenceEnd, CONTEXT_CHARS));

  const kind = classify(name, appositive, before, after);
  let role = '';
  if (looksLikeRole(appositive)) role = appositive;
  else if (kind === 'person') role = TITLE_BEFORE.exec(before)?.[1] ?? '';
  return { name, role, kind };
}
