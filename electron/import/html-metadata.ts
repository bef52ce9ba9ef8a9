// A page's metadata, read from the whole document before Readability trims it: title, authors,
// outlet, publication date, canonical URL and declared language. Each field has its own module;
// this one settles the order they depend on (the headline anchors the byline and dateline search).
import type { DomDocument } from './html-dom';
import { gatherFacts } from './html-facts';
import { chooseAuthors } from './html-authors';
import { declaredLanguage } from './html-language';
import { chooseOutlet, cleanOutletName, siteNameCandidates } from './html-outlet';
import { choosePublished } from './html-published';
import { chooseHeadline } from './html-title';
import type { ImportedMetadata } from './types';

export interface PageMetadata extends Omit<ImportedMetadata, 'language'> {
  /** The language tag the page declares, as written ("en-US"); the text decides when null. */
  declaredLanguage: string | null;
}

function hostNames(url: string | null): string[] {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(url ?? '');
  if (!m) return [];
  const host = m[1]!.toLowerCase();
  const label = host.split('.').slice(-2)[0] ?? '';
  return [host, label];
}

/** The canonical URL exactly as declared: <link rel=canonical>, else og:url, else the container's. */
function canonicalUrl(
  doc: DomDocument,
  ogUrl: string | null,
  fallbackUrl: string | null,
): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel]'))) {
    if (!/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const href = link.getAttribute('href')?.trim();
    if (href) return href;
  }
  return ogUrl ?? fallbackUrl;
}

/**
 * Reads the metadata of a parsed page. `fallbackUrl` is where the page was saved from (an MHTML
 * Content-Location), used only when the page declares no canonical URL or og:url.
 */
export function readPageMetadata(
  doc: DomDocument,
  fallbackUrl: string | null = null,
): PageMetadata {
  const facts = gatherFacts(doc);
  const ogUrl = facts.meta.get('og:url')?.[0] ?? null;
  const url = canonicalUrl(doc, ogUrl, fallbackUrl);
  const siteNames = [
    ...siteNameCandidates(facts).map((n) => cleanOutletName(n) ?? n),
    ...hostNames(url),
    ...hostNames(ogUrl),
  ];
  const headline = chooseHeadline(facts, siteNames);
  const title = headline.title;
  const outlet = chooseOutlet({ facts, headline: headline.element, title, url });
  const language = declaredLanguage(facts);
  const published = choosePublished({
    facts,
    headline: headline.element,
    urls: [url, ogUrl, fallbackUrl],
    locale: language,
  });
  const authors = chooseAuthors({ facts, headline: headline.element, outlet });
  return { title, authors, outlet, published, url, declaredLanguage: language };
}
