// The headline as a reader sees it: the visible <h1> that the page's own titles (og:title, JSON-LD
// headline, <title>) point at, else a declared title without its " | Site" or " - Site" affix.
import type { DomElement } from './html-dom';
import { shortText, squash } from './html-dom';
import type { PageFacts } from './html-facts';
import { articleItemProps, firstMeta, itemValue, jsonText } from './html-facts';

export interface Headline {
  title: string | null;
  /** The visible element holding the headline, when there is one; bylines and datelines sit near it. */
  element: DomElement | null;
}

/** Separators between a headline and a site or section name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—·•»«~]\s+|\s*[|｜_]\s*/;

/** A title as compared: NFKC, lower case, straight quotes, single spaces, no final punctuation. */
export function looseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/, '')
    .trim();
}

/** A site name as compared: letters and digits only, no leading "the". */
export function squashedName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): Set<string> {
  return new Set(
    looseText(text)
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w !== ''),
  );
}

/** Whether a visible heading and a declared title are the same headline, give or take affixes. */
function sameHeadline(heading: string, declared: string): boolean {
  const h = looseText(heading);
  const d = looseText(declared);
  if (h.length < 4 || d === '') return false;
  if (h === d) return true;
  if (d.startsWith(h) || d.endsWith(h)) return h.length >= 0.4 * d.length;
  if (h.startsWith(d)) return d.length >= 0.6 * h.length;
  const a = words(h);
  const b = words(d);
  const shared = [...a].filter((w) => b.has(w)).length;
  return a.size >= 3 && shared / Math.max(a.size, b.size) >= 0.8;
}

/** The page's declared titles, most deliberate first. */
export function declaredTitles(facts: PageFacts): string[] {
  const found: Array<string | null> = [
    ...facts.articles.map((a) => jsonText(a.headline)),
    firstMeta(facts, 'og:title'),
    firstMeta(facts, 'twitter:title'),
    ...articleItemProps(facts, 'headline').map(itemValue),
    firstMeta(facts, 'parsely-title', 'sailthru.title', 'dc.title', 'title', 'hdl'),
    squash(facts.doc.querySelector('title')?.textContent),
  ];
  return found.filter((t): t is string => t !== null && t !== '');
}

function isHidden(el: DomElement): boolean {
  for (let at: DomElement | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true') return true;
    if (
      /\b(?:is-hidden|hidden|visually-hidden|sr-only|screen-reader-text)\b/i.test(
        at.getAttribute('class') ?? '',
      )
    )
      return true;
  }
  return false;
}

/** Removes " | Site", " - Site" and "Site | " affixes that name the site (or a domain). */
export function stripSiteAffixes(title: string, siteNames: readonly string[]): string {
  const names = new Set(siteNames.map(squashedName).filter((n) => n !== ''));
  const isSite = (segment: string): boolean =>
    names.has(squashedName(segment)) ||
    /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/?$/i.test(segment.trim());
  let parts = title.split(SEPARATOR);
  while (parts.length > 1 && isSite(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
  while (parts.length > 1 && isSite(parts[0]!)) parts = parts.slice(1);
  if (parts.length === title.split(SEPARATOR).length) return squash(title);
  // Rebuild from the original text so separators inside the headline survive.
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return squash(title.slice(start, end));
}

/**
 * The site name that a <title> adds after (or before) the headline: "United States to Lift Sudan
 * Sanctions - The New York Times" gives "The New York Times". Null when the title is only the headline.
 */
export function titleAffix(pageTitle: string, headline: string): string | null {
  const parts = pageTitle.split(SEPARATOR).map(squash);
  const target = looseText(headline);
  for (let n = 1; n < parts.length; n++) {
    const head = parts.slice(0, n);
    if (looseText(head.join(' ')) === target || looseText(head.join(' - ')) === target) {
      return parts[parts.length - 1] || null;
    }
    if (looseText(parts.slice(parts.length - n).join(' - ')) === target) return parts[0] || null;
  }
  // "标题-新浪新闻": a separator without spaces, which the split above cannot trust.
  const title = squash(pageTitle);
  if (title.toLowerCase().startsWith(squash(headline).toLowerCase())) {
    const rest = title
      .slice(squash(headline).length)
      .replace(/^[\s|\-–—_:·•»~｜－]+/, '')
      .split(SEPARATOR)
      .map((part) => part.replace(/^[(（]\s*|\s*[)）]$/g, '').trim())
      .filter((part) => part !== '');
    const last = rest[rest.length - 1];
    if (last && last.length >= 2 && last.length <= 60) return last;
  }
  return null;
}

/** Chooses the headline. `siteNames` are the outlet's names, to strip from a declared title. */
export function chooseHeadline(facts: PageFacts, siteNames: readonly string[]): Headline {
  const declared = declaredTitles(facts);
  const visible = facts.elements.filter((el) => {
    const name = el.localName;
    const isHeading =
      name === 'h1' ||
      ((name === 'h2' || name === 'div') &&
        /\b(?:headline|title)\b/i.test(el.getAttribute('itemprop') ?? ''));
    if (!isHeading || isHidden(el)) return false;
    const text = shortText(el, 400);
    return text !== null && text.length >= 4;
  });
  for (const el of visible) {
    const text = shortText(el, 400) ?? '';
    if (declared.some((d) => sameHeadline(text, d))) return { title: text, element: el };
  }
  // No declared title matches (a CMS that sets og:title for social media, or none at all): a
  // heading marked as the headline, the only <h1>, or the first in the main content still wins.
  const marked =
    visible.find(
      (el) =>
        /headline/i.test(el.getAttribute('itemprop') ?? '') ||
        /(?:^|[\s_-])(?:headline|hed|article-?title|entry-title|post-title|story-title)(?:$|[\s_-])/i.test(
          el.getAttribute('class') ?? '',
        ),
    ) ??
    (visible.length === 1
      ? visible[0]
      : visible.find((el) => el.closest('article, main, [role="main"]') !== null));
  const markedText = marked ? (shortText(marked, 400) ?? '') : '';
  if (marked && markedText.split(' ').length >= 3) return { title: markedText, element: marked };
  const best = declared[0];
  return { title: best ? stripSiteAffixes(best, siteNames) : null, element: null };
}
