// Guessing a legacy encoding: chardet's candidates and Latin fallbacks, each decoded and scored
// by how much the decode reads like text (letters in words, no controls or stray symbols).
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Encodings that chardet names but that are better read as their Windows superset. */
const SUPERSET: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-9': 'windows-1254',
};

const FALLBACKS = ['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2'];
const TIE_ORDER = 'windows-1252 gb18030 shift_jis euc-kr euc-jp big5 windows-1251'.split(' ');

/**
 * chardet's candidates, each decoded and scored by how much its decode reads like text, plus the
 * Latin fallbacks (chardet never names ISO-8859-15, and on short texts misses the others). The
 * score is the plausibility plus chardet's confidence (0 to 1, weighted by the evidence), so a
 * clearly better decode beats chardet's ranking and chardet settles near ties.
 */
export function bestCandidate(sample: Uint8Array): string {
  const confidence = new Map<string, number>();
  for (const match of chardet.analyse(sample)) {
    const raw = match.name.toLowerCase();
    const name = SUPERSET[raw] ?? raw;
    if (/^(utf|ascii|iso-2022|iso_2022|mbcs|sbcs)/.test(name) || !iconv.encodingExists(name))
      continue;
    confidence.set(name, Math.max(confidence.get(name) ?? 0, match.confidence / 100));
  }
  for (const fallback of FALLBACKS) if (!confidence.has(fallback)) confidence.set(fallback, 0);
  // Candidates that read the sample identically are one candidate: its best confidence, and the
  // name of the commoner encoding (a Swedish text is Windows-1252, not Windows-1257).
  const rank = (name: string) =>
    (TIE_ORDER.indexOf(name) + TIE_ORDER.length + 1) % (TIE_ORDER.length + 1);
  const names = [...confidence.keys()].sort((a, b) => rank(a) - rank(b));
  const byText = new Map<string, { name: string; confidence: number }>();
  for (const name of names) {
    const text = iconv.decode(sample, name);
    const seen = byText.get(text);
    const conf = confidence.get(name) ?? 0;
    if (!seen) byText.set(text, { name, confidence: conf });
    else seen.confidence = Math.max(seen.confidence, conf);
  }
  // chardet's statistics need material: on a few accented letters its ranking is mostly noise
  // (it says ISO-8859-2 for "naïve café"), so its say grows with the non-ASCII bytes it saw.
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  const weight = 0.5 + 0.5 * Math.min(1, high / 64);
  // On a tie (a short text often reads equally well in several), the commoner encoding wins.
  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const [text, candidate] of byText) {
    const score = plausibility(text) + candidate.confidence * weight;
    if (score > bestScore + 1e-9) {
      best = candidate.name;
      bestScore = score;
    }
  }
  return best;
}

// Letters common in Western European languages: a decode into these is preferred to a Central
// European one that reads equally as letters (chardet often says ISO-8859-2 for short French).
const WESTERN = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒŸ');
// Letters of Polish, Czech, Slovak, Hungarian, Romanian, Croatian and Turkish: almost as good.
const CENTRAL = new Set('ąćęłńśźżčďěňřšťůžľĺŕőűășțşţđğıĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽĽĹŔŐŰĂȘȚŞŢĐĞİ');
const PUNCTUATION = new Set('\u00a0‘’‚“”„«»‹›–—…•·€£¥¢°©®™§¿¡′″\u2009\u202f');
// Symbols that Latin-1 has but text hardly ever uses; they are letters in ISO-8859-15 and -2.
const RARE = new Set('¤¦¨¯´¸');
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Half-width katakana and lone Hangul jamo are what Japanese read as Shift_JIS or EUC-KR
// (or the reverse) turns into; real text hardly uses them.
const ODD_CJK = /[\uff61-\uff9f\u3130-\u318f]/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * How much a decode reads like text, averaged over its non-ASCII characters: about 2 for clean
 * text, below 0 for mojibake. Replacement characters and controls cost most; so do Latin words
 * made only of accented letters ("Ìîñêâà", Cyrillic read as Latin-1), case flipping inside a word
 * ("мОСКВА", KOI8-R read as Windows-1251), and symbols wedged between letters ("Za¿ó³æ").
 */
export function plausibility(text: string): number {
  let total = 0;
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}\p{ASCII}]/gu)) {
    const token = match[0];
    if (!LETTER.test(token)) {
      const at = match.index;
      count++;
      total += symbolScore(
        token,
        LETTER.test(text[at - 1] ?? ' ') && LETTER.test(text[at + 1] ?? ' '),
      );
      continue;
    }
    const chars = [...token];
    const word = {
      latin: /\p{Script=Latin}/u.test(token),
      ascii: /[A-Za-z]/.test(token),
      length: chars.length,
      flips: /\p{Ll}\p{Lu}/u.test(token),
    };
    for (const ch of chars) {
      if (ch.charCodeAt(0) < 0x80) continue;
      count++;
      total += letterScore(ch, word);
    }
  }
  return count === 0 ? 2 : total / count;
}

interface Word {
  latin: boolean;
  ascii: boolean;
  length: number;
  flips: boolean;
}

function letterScore(ch: string, word: Word): number {
  if (word.flips) return -1;
  if (word.length === 1 || ODD_CJK.test(ch)) return 0; // "à" or "ŕ", "½" or "œ": no evidence
  // Kana are the commonest characters of Japanese; a wrong CJK decode gives rare Han instead.
  if (KANA.test(ch)) return 2.2;
  if (!word.latin) return 2;
  if (word.length >= 4 && !word.ascii) return -2;
  return WESTERN.has(ch) ? 2 : CENTRAL.has(ch) ? 1.5 : 1;
}

function symbolScore(ch: string, betweenLetters: boolean): number {
  if (/[\ufffd\u0080-\u009f\ue000-\uf8ff]/.test(ch)) return -10;
  if (CJK.test(ch)) return 2;
  if (betweenLetters && ch !== '’' && ch !== '·') return -3;
  if (RARE.has(ch)) return -1;
  return PUNCTUATION.has(ch) ? 2 : 0;
}
