// The article's language as a BCP-47 primary tag: what the page declares (html lang,
// content-language, og:locale, JSON-LD inLanguage), else a guess from the text: the script for
// Japanese, Chinese, Korean, Cyrillic and the like, common function words for Latin-script languages.
import type { PageFacts } from './html-facts';
import { firstMeta } from './html-facts';

/** A declared tag's primary subtag ("en-US" → "en", "fr_FR" → "fr"), or null for none or a non-language. */
export function primaryTag(tag: string | null | undefined): string | null {
  const primary = (tag ?? '')
    .trim()
    .split(/[-_,;\s]/)[0]!
    .toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary) || ['und', 'mul', 'zxx', 'xx'].includes(primary)) return null;
  return primary;
}

/** The tag the page declares, as written ("en-US"), or null. */
export function declaredLanguage(facts: PageFacts): string | null {
  const root = facts.doc.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    facts.doc.body?.getAttribute('lang'),
    firstMeta(
      facts,
      'content-language',
      'language',
      'dc.language',
      'dcterms.language',
      'og:locale',
      'inlanguage',
    ),
    ...facts.articles.map((a) => (typeof a.inLanguage === 'string' ? a.inLanguage : null)),
  ];
  return candidates.find((tag) => primaryTag(tag) !== null)?.trim() ?? null;
}

/** Function words that are frequent in one language and rare in the others of the table. */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to in is that for it with was on as are be this by have from at not',
  fr: 'le la les et des est une dans que pour qui sur pas du au avec sont ce aux mais',
  de: 'der die und das ist nicht mit ein eine den auf sich des für von dem zu auch wird',
  es: 'el la los las y que del en por una con para es como pero más sus fue entre',
  it: 'il di che della per una sono con non gli del nel alla anche come più dei delle',
  pt: 'o os as do da que em para com não uma dos das pelo mais foi são ao pela',
  nl: 'de het een van en is dat op te zijn met voor niet die aan ook bij wordt',
  cs: 'a se na je že to v pro jsou do jako ale by jeho také které podle od po',
  pl: 'i w na się że z do nie jest to jak przez od dla ale po jego są również',
  sv: 'och att det som en är av för på med till den inte har de om ett men',
  da: 'og at det som en er af for på med til den ikke har de om et men',
  no: 'og at det som en er av for på med til den ikke har de om et men ble',
  fi: 'ja on että ei se hän oli mutta kun ovat myös tai joka sen ole',
  tr: 've bir bu da de için ile olarak çok daha gibi olan ama en kadar',
  ro: 'și în de la cu pe care nu este pentru din un o mai sau fost',
  hu: 'a az és hogy nem is egy meg van volt csak de már még ki',
};

const WORD_SETS = Object.entries(FUNCTION_WORDS).map(
  ([lang, list]) => [lang, new Set(list.split(' '))] as const,
);

/** Scripts that name their language (or a family we tag by its largest member). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

/** A guess at the language of a text, or null when it is too short or unclear. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  // Japanese mixes kana into Han text, so any real share of kana decides before Han does.
  for (const [re, lang] of SCRIPTS) {
    const count = (sample.match(re) ?? []).length;
    if (count / letters > (lang === 'ja' ? 0.05 : 0.3)) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, set] of WORD_SETS) {
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 3 && bestScore / words.length > 0.05 ? best : null;
}
