// Reads publication dates as pages write them, into YYYY-MM-DD: machine stamps (ISO 8601, compact
// 20170113, "Fri Mar 13 21:30:09 EST 2015"), visible datelines in several languages ("Jan. 13,
// 2017", "16 November 2017", "04.05.2015", "2017年3月9日") and dates in article URLs. The date part
// is kept as written: a stamp's time zone is never applied.

/** Month names and their usual abbreviations, in the languages of the outlets we see most. */
const MONTHS: readonly string[] = [
  'january jan janvier janv januar jänner enero ene gennaio gen janeiro januari ledna leden stycznia styczeń',
  'february feb février févr fevrier februar febrero febbraio fevereiro fev februari února únor lutego luty',
  'march mar mars märz marzo março maart března březen marca marzec',
  'april apr avril avr abril abr aprile dubna duben kwietnia kwiecień',
  'may mai mayo maggio mag maio mei května květen maja maj',
  'june jun juin juni junio giugno giu junho června červen czerwca czerwiec',
  'july jul juillet juil juli julio luglio lug julho července červenec lipca lipiec',
  'august aug août aout agosto ago augustus srpna srpen sierpnia sierpień',
  'september sep sept septembre septiembre settembre set setembro září września wrzesień',
  'october oct octobre oktober okt octubre ottobre ott outubro out října říjen października październik',
  'november nov novembre noviembre novembro listopadu listopad listopada',
  'december dec décembre decembre dezember dez diciembre dic dicembre dezembro prosince prosinec grudnia grudzień',
];

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, index) => names.split(' ').forEach((name) => MONTH_OF.set(name, index + 1)));

/** Where a written date starts in running text: a month name (or weekday) before a number. */
export const DATE_START = new RegExp(
  `(?<![\\p{L}])(?:(?:${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?,?\\s*\\d|` +
    `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+(?:\\d|\\p{L}+\\.?\\s+\\d))`,
  'iu',
);

const LETTERS = 'A-Za-zÀ-ÖØ-öø-žА-я';
const MONTH_WORD = `([${LETTERS}]{3,12})\\.?`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD for a real calendar date between 1900 and 2100, else null. */
export function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(word: string): number | null {
  return MONTH_OF.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * A machine-readable stamp (a meta tag, JSON-LD, a datetime attribute) as YYYY-MM-DD, the date
 * part as written. Null when the string is no date.
 */
export function dateFromStamp(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (s === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(s);
  if (slashed) return ymd(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?$/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // JavaScript's Date#toString, which some CMSs print: "Fri Mar 13 21:30:09 EST 2015".
  const js =
    /^[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+|[+-]\d{4}\s+)?(\d{4})\b/.exec(
      s,
    );
  if (js) {
    const month = monthNumber(js[1]!);
    return month ? ymd(Number(js[3]), month, Number(js[2])) : null;
  }
  return dateFromText(s);
}

export interface TextDateOptions {
  /** The year to use when the text shows none ("March 18 at 3:57 PM"). */
  defaultYear?: number | null;
  /** Whether 2/3/2015 means February 3 (American usage) rather than 2 March. */
  monthFirst?: boolean;
}

/** The first date written in running text ("By X, March 11, 2015 3:46 PM"), or null. */
export function dateFromText(text: string, options: TextDateOptions = {}): string | null {
  const s = text.replace(/\s+/g, ' ');
  const year = '((?:19|20)\\d{2})';
  const tries: Array<() => string | null> = [
    () => {
      const m = new RegExp(`(?<!\\d)${year}-(\\d{1,2})-(\\d{1,2})(?!\\d)`).exec(s);
      return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    },
    () => {
      const m = new RegExp(`${year}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`).exec(s);
      return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    },
    () => {
      // "March 11, 2015", "Jan. 13, 2017", "Dec 22 2016"
      const re = new RegExp(
        `(?<![${LETTERS}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${year}(?!\\d)`,
        'g',
      );
      for (const m of s.matchAll(re)) {
        const month = monthNumber(m[1]!);
        if (month) return ymd(Number(m[3]), month, Number(m[2]));
      }
      return null;
    },
    () => {
      // "16 November 2017", "22 Dec, 2016", "1. listopadu 2021", "4 de mayo de 2015"
      const re = new RegExp(
        `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?${year}(?!\\d)`,
        'g',
      );
      for (const m of s.matchAll(re)) {
        const month = monthNumber(m[2]!);
        if (month) return ymd(Number(m[3]), month, Number(m[1]));
      }
      return null;
    },
    () => {
      // 04.05.2015 (day first), 2/26/2015 and 26/02/2015 (by the page's usage, or by which fits)
      const m = new RegExp(`(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2${year}(?!\\d)`).exec(s);
      if (!m) return null;
      const a = Number(m[1]);
      const b = Number(m[3]);
      const monthFirst = m[2] === '/' && (options.monthFirst ?? true) ? a <= 12 : b > 12;
      return monthFirst ? ymd(Number(m[4]), a, b) : ymd(Number(m[4]), b, a);
    },
  ];
  for (const attempt of tries) {
    const found = attempt();
    if (found) return found;
  }
  return options.defaultYear
    ? dateWithoutYear(s, options.defaultYear, options.monthFirst ?? true)
    : null;
}

/** "March 18 at 3:57 PM", "18 March", "3/9(木)" with the year taken from elsewhere. */
function dateWithoutYear(s: string, year: number, monthFirst: boolean): string | null {
  for (const m of s.matchAll(
    new RegExp(`(?<![${LETTERS}])${MONTH_WORD}\\s+(\\d{1,2})(?!\\d)`, 'g'),
  )) {
    const month = monthNumber(m[1]!);
    if (month) return ymd(year, month, Number(m[2]));
  }
  for (const m of s.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+${MONTH_WORD}`, 'g'))) {
    const month = monthNumber(m[2]!);
    if (month) return ymd(year, month, Number(m[1]));
  }
  const ja = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (ja) return ymd(year, Number(ja[1]), Number(ja[2]));
  const slash = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(s);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    return monthFirst ? ymd(year, a, b) : ymd(year, b, a);
  }
  return null;
}

/** A date in an article's URL: /2015/03/18/, /2015-03-18/, or an id starting 20170309. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const parts = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (parts) return ymd(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  const compact = /(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d])/.exec(path);
  return compact ? ymd(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}

/** The year in an article's URL path (/2015/...), for a visible date that shows none. */
export function yearFromUrl(url: string | null | undefined): number | null {
  const m = /\/((?:19|20)\d{2})(?:[/-]|\d{4}(?!\d))/.exec(
    (url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, ''),
  );
  return m ? Number(m[1]) : null;
}
