// The publication's name: og:site_name, the article's JSON-LD publisher, the <title> affix and the
// like, cleaned of taglines, URLs and company suffixes. On an aggregator (MSN, Yahoo) the original
// publisher shown beside the byline wins over the aggregator's own name.
import type { DomElement } from './html-dom';
import { shortText, squash } from './html-dom';
import type { PageFacts } from './html-facts';
import { articleItemProps, contentAnchor, firstMeta, jsonText, NEAR_HEADLINE } from './html-facts';
import { squashedName, titleAffix } from './html-title';

/** Sites that republish other outlets' articles; their own name is not the outlet. */
const AGGREGATOR_NAMES =
  /^(?:yahoo!?(?:\s*news|\s*ニュース|\s*finance|\s*sports|\s*life)?|msn(?:\s*news)?|aol(?:\s*news)?|google news|apple news|microsoft start|newsbreak|smartnews|flipboard|line news|yandex news|dzen)$/i;
const AGGREGATOR_HOSTS =
  /(?:^|\.)(?:yahoo\.(?:com|co\.jp|co\.uk|net)|msn\.com|aol\.com|news\.google\.com|newsbreak\.com|smartnews\.com|flipboard\.com|microsoftstart\.msn\.com|yandex\.ru|dzen\.ru)$/i;

/** Company forms that make a publisher record name the owner rather than the publication. */
const COMPANY_SUFFIX =
  /,?\s+(?:Company|Co\.|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|GmbH|AG|S\.A\.|SA|a\.s\.|s\.r\.o\.|Corp\.?|Corporation|Media Group|Group)$/;

function hostOf(url: string | null): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** A candidate name cleaned: no URL, no tagline after " - " or " | ", no company suffix. */
export function cleanOutletName(raw: string | null | undefined): string | null {
  let name = squash(raw);
  if (name === '' || /^(?:https?:)?\/\//i.test(name) || /^www\./i.test(name)) return null;
  const parts = name.split(/\s+[|\-–—:]\s+/);
  name = parts[0]!;
  name = name.replace(COMPANY_SUFFIX, '').trim();
  if (name.length < 2 || name.length > 60 || name.split(' ').length > 6) return null;
  return name;
}

function isAggregator(names: readonly string[], urls: ReadonlyArray<string | null>): boolean {
  if (names.some((n) => AGGREGATOR_NAMES.test(n.trim()))) return true;
  return urls.some((u) => {
    const host = hostOf(u);
    return host !== null && AGGREGATOR_HOSTS.test(host);
  });
}

/** A provider element's name: its first link's text, an image's alt or title, or its own text. */
function providerName(el: DomElement): string | null {
  const named = el.querySelector('[itemprop~="name"]');
  const link = Array.from(el.querySelectorAll('a')).find((a) => shortText(a, 100));
  const img = el.querySelector('img[alt], img[title]');
  const raw =
    (named && (named.getAttribute('content') ?? shortText(named, 100))) ||
    (link && shortText(link, 100)) ||
    (img && (squash(img.getAttribute('alt')) || squash(img.getAttribute('title')))) ||
    shortText(el, 100) ||
    '';
  const name = squash(raw.split(/\d/)[0]).replace(/^[（(]|[)）]$/g, '');
  return cleanOutletName(name);
}

const PROVIDER_CLASS =
  /(?:^|[\s_-])(?:provider|source|partner|partnerlogo|attribution|syndication)(?:$|[\s_-])/i;

/**
 * The original publisher on an aggregator's page: a publisher or provider item in the article's
 * microdata, else the first element after the headline whose class names a provider or source.
 */
function findProvider(facts: PageFacts, headline: DomElement | null): string | null {
  for (const prop of ['provider', 'publisher', 'sourceOrganization']) {
    for (const el of articleItemProps(facts, prop)) {
      if (el.localName === 'meta' || el.localName === 'link') continue;
      const name = providerName(el);
      if (name && !AGGREGATOR_NAMES.test(name)) return name;
    }
  }
  const anchor = contentAnchor(facts, headline);
  if (!anchor) return null;
  const start = facts.position.get(anchor) ?? 0;
  for (const el of facts.elements.slice(start, start + NEAR_HEADLINE)) {
    if (!PROVIDER_CLASS.test(el.getAttribute('class') ?? '')) continue;
    const name = providerName(el);
    if (name && !AGGREGATOR_NAMES.test(name)) return name;
  }
  return null;
}

export interface OutletInput {
  facts: PageFacts;
  headline: DomElement | null;
  title: string | null;
  url: string | null;
}

/** Every name the page gives itself, most reliable first, before cleaning. */
export function siteNameCandidates(facts: PageFacts): string[] {
  const jsonPublishers = facts.articles.map((a) => jsonText(a.publisher));
  const found = [
    firstMeta(facts, 'og:site_name'),
    ...jsonPublishers,
    ...facts.organizations.map((o) => jsonText(o)),
    firstMeta(facts, 'dc.publisher', 'dcterms.publisher', 'publisher', 'cxenseparse:publisher'),
  ];
  return found.filter((n): n is string => n !== null && n !== '');
}

/** Letters and digits only, accents dropped: "Aktuálně.cz" → "aktualnecz", to compare with a host. */
function bareName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const LOGO_CLASS = /logo|brand|masthead|site-?name|site-?title|publication-?name/i;

/**
 * The name on the site's logo or masthead (an image's alt, a link's label), when it matches the
 * page's domain: the last way to name an outlet whose page declares no site name.
 */
function logoName(
  facts: PageFacts,
  headline: DomElement | null,
  url: string | null,
): string | null {
  const host = hostOf(url)?.replace(/^www\./, '');
  if (!host) return null;
  const label = bareName(
    host
      .split('.')
      .slice(-3)
      .join('.')
      .replace(/\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$|\.[a-z]{2,}$/, ''),
  );
  const end = headline
    ? (facts.position.get(headline) ?? 0)
    : Math.min(facts.elements.length, NEAR_HEADLINE);
  for (const el of facts.elements.slice(0, end)) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!LOGO_CLASS.test(marks) && !/\bhome\b/i.test(el.getAttribute('rel') ?? '')) continue;
    const img = el.localName === 'img' ? el : el.querySelector('img[alt], img[title]');
    const link = el.localName === 'a' ? el : el.querySelector('a[title], a[aria-label]');
    const raw = [
      img?.getAttribute('alt'),
      img?.getAttribute('title'),
      el.getAttribute('aria-label'),
      el.getAttribute('title'),
      link?.getAttribute('title'),
      link?.getAttribute('aria-label'),
      shortText(el, 60),
    ];
    for (const text of raw) {
      const name = cleanOutletName(
        text?.replace(/[\s:|-]*\b(?:home(?:\s*page)?|startseite|accueil|homepage)\s*$/i, ''),
      );
      if (!name || name.split(' ').length > 4) continue;
      const bare = bareName(name).replace(/(?:com|net|org|couk|fr|de|cz|it|es)$/, '');
      if (bare.length >= 3 && label.length >= 3 && (bare.includes(label) || label.includes(bare)))
        return name;
    }
  }
  return null;
}

/** Among names for the same outlet, the one spelled as readers see it: "The Guardian" over "the Guardian", "Herald Sun" over "HeraldSun", "Le Monde" over "Le Monde.fr". */
function bestSpelling(chosen: string, candidates: readonly string[]): string {
  const key = (n: string): string =>
    bareName(n.replace(/\.(?:com|net|org|co\.uk|fr|de|cz|it|es|jp)$/i, ''));
  const same = candidates.filter((c) => key(c) === key(chosen));
  const score = (n: string): number =>
    (/^\p{Lu}/u.test(n) ? 4 : 0) +
    (/\s/.test(n) ? 2 : 0) +
    (/\.[a-z]{2,4}$/i.test(n) ? -3 : 0) +
    (/^The\s/.test(n) ? 1 : 0) +
    (n === n.toUpperCase() ? -1 : 0);
  return same.reduce((best, n) => (score(n) > score(best) ? n : best), chosen);
}

/** The outlet's name, or null when the page gives none. */
export function chooseOutlet(input: OutletInput): string | null {
  const { facts, headline, title, url } = input;
  const pageTitle = squash(facts.doc.querySelector('title')?.textContent);
  const affix = title && pageTitle ? titleAffix(pageTitle, title) : null;
  const microdata = articleItemProps(facts, 'publisher')
    .map((el) => {
      const named = el.querySelector('[itemprop~="name"]');
      return (
        squash(named?.getAttribute('content') ?? el.getAttribute('content')) ||
        shortText(named ?? el, 100) ||
        ''
      );
    })
    .filter((n) => n !== '');
  // application-name is often the headline or an app's short name ("NYTimes"): after the rest.
  const raw = [
    ...siteNameCandidates(facts),
    affix,
    ...microdata,
    firstMeta(facts, 'application-name'),
  ];
  const ogUrl = firstMeta(facts, 'og:url');
  if (
    isAggregator(
      raw.filter((n): n is string => !!n),
      [url, ogUrl],
    )
  ) {
    const provider = findProvider(facts, headline);
    if (provider) return provider;
  }
  raw.push(logoName(facts, headline, url ?? ogUrl));
  const candidates = raw
    .map(cleanOutletName)
    .filter(
      (n): n is string => n !== null && (title === null || squashedName(n) !== squashedName(title)),
    );
  const chosen = candidates[0];
  return chosen ? bestSpelling(chosen, candidates) : null;
}
