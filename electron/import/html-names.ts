// Person names out of bylines and author fields: "By JANE DOE and John Roe, Games Editor" gives
// ["Jane Doe", "John Roe"]. Roles, dates, agencies, desks and organisations are not persons, so a
// byline that credits only "AFP" or "Our Foreign Staff" gives none.

import { DATE_START } from './html-dates';

/** Words that never appear in a person's name but do in roles, desks, agencies and outlets. */
const NOT_NAME_WORDS = new Set(
  (
    'staff editor editors editorial writer writers reporter reporters reporting correspondent correspondents ' +
    'contributor contributors contributing columnist columnists news newsroom desk team press agency agencies ' +
    'service services bureau media group company inc ltd llc corp plc gmbh magazine newspaper times post daily ' +
    'weekly online digital technologist director manager producer producers photographer photography photos ' +
    'photo images image video analyst senior chief associate assistant deputy founder ceo president wire wires ' +
    'report reports foreign political national international world sports sport business health science ' +
    'technology tech games gaming politics culture opinion board view views network channel radio tv television ' +
    'society association institute university foundation council ministry government department office union ' +
    'party committee federation league organisation organization project programme program campaign ' +
    'advertisement sponsored partner content feed follow share email comments comment updated published ' +
    'posted more about author authors contact subscribe newsletter home menu search login staffers crew ' +
    'journalist journalists redaktion rédaction redakce redacción redazione desk editora editor-at-large ' +
    'reuters afp ap dpa ansa efe xinhua bloomberg upi tass čtk ctk kyodo yonhap ani pti ians aap getty ' +
    'shutterstock agence france-presse associated presse nachrichtenagentur'
  ).split(/\s+/),
);

/** Lower-case particles allowed inside a name ("Charles de Gaulle", "Ludwig van Beethoven"). */
const PARTICLES = new Set(
  'de da di del della dei der den des du dos das do la le van von vom zu ten ter bin ibn al el y e af av'.split(
    ' ',
  ),
);

const HONORIFICS = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|rev|fr)\.?\s+/i;

/** Lead-ins of a byline in the languages we see: "By", "Par", "Por", "Von", "Written by", "Autor:". */
const LEAD_IN =
  /^(?:(?:written|posted|published|reported|story|words|text|compiled|edited|interview)\s+by|by|par|por|von|door|av|af|przez|napsal[a]?|autor(?:in|ka)?|author|auteur|texte?|text)\s*[:\-–—]?\s+/i;

function titleCaseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "NATALIYA VASILYEVA" as "Nataliya Vasilyeva"; names with any lower case are left as written. */
export function fixCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name)) return name;
  return name
    .split(' ')
    .map((word) => (/^\p{Lu}\.$/u.test(word) ? word : titleCaseWord(word)))
    .join(' ');
}

const CASELESS =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}ー・·]+$/u;

export type NameVerdict = 'person' | 'organization' | 'invalid';

/**
 * Whether a cleaned string reads as one person's name. 'organization' means it names a desk, an
 * agency, a role or an outlet (words such as "Staff", "AFP", "Editor"); 'invalid' that it is no
 * name at all (a handle, a sentence, a URL).
 */
export function judgeName(name: string, outlet?: string | null): NameVerdict {
  if (name.length < 2 || name.length > 60 || /[\d@/\\:=<>{}[\]|_#]|https?/i.test(name))
    return 'invalid';
  if (outlet && normalizeName(name) === normalizeName(outlet)) return 'organization';
  const words = name.split(' ');
  // "The Sample Times", "The Associated Press": a person's name never opens with an article.
  if (/^the$/i.test(words[0]!) && words.length > 1) return 'organization';
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''))))
    return 'organization';
  if (words.every((w) => CASELESS.test(w)))
    return words.join('').length >= 2 && words.join('').length <= 12 ? 'person' : 'invalid';
  if (words.length < 2 || words.length > 5) return 'invalid';
  const first = words[0]!;
  const last = words[words.length - 1]!;
  for (const word of words) {
    const capitalised =
      /^\p{Lu}/u.test(word) ||
      /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(word) ||
      /^(?:O|D|Mc|Mac)['’]?\p{Lu}/u.test(word);
    if (!capitalised && !(PARTICLES.has(word) && word !== first && word !== last)) return 'invalid';
    if (!/^[\p{L}\p{M}.'’-]+$/u.test(word)) return 'invalid';
  }
  // "ACLU Speech": an acronym inside an otherwise mixed-case name is an organisation's.
  const mixed = /\p{Ll}/u.test(name);
  if (mixed && words.slice(0, -1).some((w) => /^\p{Lu}{2,}$/u.test(w))) return 'organization';
  return /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(last) ? 'person' : 'invalid';
}

/** Names compared loosely: case, accents kept, dots and extra spaces ignored. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,()[\]"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One segment of a byline made into a candidate name: no honorifics, no trailing lower-case words or roles. */
function cleanSegment(segment: string, outlet: string | null | undefined): string {
  let words = segment
    .replace(HONORIFICS, '')
    .replace(/^[\s"'“”‘’«»(]+|[\s"'“”‘’«»),.;:]+$/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  // "Aleš Vávra před" (a relative time after the name): trailing lower-case words are not the name.
  while (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // "Jane Doe Games Editor", "Jane Doe BuzzFeed News Reporter": cut at the first word of a role
  // or of the outlet's name and keep the name before it.
  const outletWords = new Set(
    (outlet ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
  const role = words.findIndex((w) => {
    const word = w.toLowerCase().replace(/[.,]$/, '');
    return NOT_NAME_WORDS.has(word) || outletWords.has(word);
  });
  if (role >= 2 && !/^the$/i.test(words[0]!)) words = words.slice(0, role);
  return fixCase(words.join(' '));
}

/** Splits a byline's text into name segments: lists joined by commas, "and", "&", "et", "y", "und". */
function segmentsOf(text: string): string[] {
  return text
    .split(/\s*(?:[,;&+]|\b(?:and|with|avec)\b)\s*/i)
    .flatMap((part) => part.split(/\s+(?:et|y|und|e|i|a|en|og|och|mit|con|és|ve|и)\s+/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface BylineNames {
  names: string[];
  /** Whether the byline credited an organisation, desk or agency (and so no person is missing). */
  organization: boolean;
}

/**
 * The person names in a byline or author field. Text after a date, a time or a separator is
 * dropped; "Name (avec X et Y)" adds X and Y; after the first name, a segment that is no name
 * ("Senior Staff Technologist") ends the list, since what follows describes that person.
 */
export function namesFromByline(raw: string, outlet?: string | null): BylineNames {
  let text = raw
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  // "Le Monde | 04.05.2015 | Par Martin Untersinger": the names follow the lead-in, wherever it is.
  const lead =
    /(?:^|[\s|•·—–-])(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Vv]on|VON|[Dd]oor|[Pp]rzez)\s*:?\s+(?=\p{Lu})/u.exec(
      text,
    );
  if (lead && lead.index > 0) text = text.slice(lead.index);
  text = text.replace(/^[\s|•·—–-]+/, '').replace(LEAD_IN, '');
  // A date, time or count ("Lucas Nolan22 Dec 2016651", "2/26/2015 7:11 AM BY TMZ STAFF") ends the names.
  // "and Adrian Malloch (photography)": a photographer or illustrator is credited, not an author.
  text = text.replace(
    /(?:^|[,;&]|\b(?:and|with|avec|et|y|und)\b)\s*[^,;&()]+?\s*\((?:photo\w*|pictures?|images?|video\w*|illustrations?|graphics?|design|data|fotos?|ilustrac\w*)\)/giu,
    ' ',
  );
  const extra: string[] = [];
  text = text.replace(
    /\(\s*(?:avec|with|and|et|con|mit|met|med|y|und|e|a)\s+([^)]+)\)/giu,
    (_m, inner: string) => {
      extra.push(inner);
      return ' ';
    },
  );
  text = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  text = text.split(DATE_START)[0] ?? '';
  text =
    text.split(
      /\d|\s[|•·—–-]\s|[|•·]|\s\/\s|\/|@|\b(?:updated|published|posted|mis à jour|publié)\b/i,
    )[0] ?? '';
  text = text.replace(LEAD_IN, '');
  const names: string[] = [];
  let organization = false;
  const take = (segments: string[], stopAtRole: boolean): void => {
    for (const segment of segments) {
      const name = cleanSegment(segment.replace(LEAD_IN, ''), outlet);
      if (name === '') continue;
      const verdict = judgeName(name, outlet);
      if (verdict === 'person') {
        if (!names.some((n) => normalizeName(n) === normalizeName(name))) names.push(name);
      } else {
        if (verdict === 'organization') organization = true;
        if (stopAtRole && names.length > 0) return;
      }
    }
  };
  take(segmentsOf(text), true);
  for (const inner of extra) take(segmentsOf(inner.split(/\d/)[0] ?? ''), false);
  return { names, organization: organization && names.length === 0 };
}
