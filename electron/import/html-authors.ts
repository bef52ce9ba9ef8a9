// Who the page credits for the article: JSON-LD authors, author meta tags, the article's microdata,
// then the byline right below the headline. A page that credits only a desk or an agency ("Our
// Foreign Staff", "AFP") has no authors, and names in teasers or sidebars are never taken.
import type { DomElement } from './html-dom';
import { shortText, squash } from './html-dom';
import type { JsonNode, PageFacts } from './html-facts';
import { articleRank, headerZone, isJsonOrganization, jsonText, parseJsonLd } from './html-facts';
import type { BylineNames } from './html-names';
import { namesFromByline, normalizeName } from './html-names';

/** Meta tags that hold the author's name (never a profile URL, which is skipped). */
const AUTHOR_META = [
  'author',
  'article:author',
  'og:article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'cxenseparse:author',
];

/** Class or id words of byline elements. */
const BYLINE_CLASS =
  /(?:^|[\s_-])(?:byline|bylines|by-?line|byauthor|by-author|author|authors|author-?name|writer|contributor|reporter|creditline|credit-line|signature|auteur|autor|fn)(?:$|[\s_-])/i;

/** Links to an author's page: /author/jane-doe, /by/jane-doe, /people/…, /about/editors/… */
const AUTHOR_LINK =
  /\/(?:authors?|by|bio|bios|people|profiles?|staff|journalists?|journaliste|reporters?|writers?|contributors?|editors?|columnists?|autor(?:en)?|auteurs?|redakce|redaktion)\/[^/?#]+\/?(?:[?#].*)?$/i;

/** Text that opens as a byline does: "By Jane Doe", "Par Jean Dupont", "Von Hans Müller". */
const BYLINE_TEXT =
  /^(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Vv]on|VON|[Dd]oor|[Pp]rzez)\s*:?\s+\p{Lu}/u;

function isBylineElement(el: DomElement): boolean {
  if (
    BYLINE_CLASS.test(el.getAttribute('class') ?? '') ||
    BYLINE_CLASS.test(el.getAttribute('id') ?? '')
  )
    return true;
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '')) return true;
  if (el.localName === 'a' && AUTHOR_LINK.test(el.getAttribute('href') ?? '')) return true;
  const text = shortText(el, 120);
  return text !== null && BYLINE_TEXT.test(text);
}

class Credits {
  readonly names: string[] = [];
  organization = false;

  add(found: BylineNames): void {
    for (const name of found.names) {
      if (!this.names.some((n) => normalizeName(n) === normalizeName(name))) this.names.push(name);
    }
    if (found.organization) this.organization = true;
  }
}

function fromJsonLd(facts: PageFacts, outlet: string | null, credits: Credits): void {
  const node = facts.articles.find((a) => a.author !== undefined || a.creator !== undefined);
  if (!node) return;
  const value = node.author ?? node.creator;
  for (const entry of Array.isArray(value) ? value : [value]) {
    if (isJsonOrganization(entry)) {
      credits.organization = true;
      continue;
    }
    const text = jsonText(entry);
    if (text) credits.add(namesFromByline(text, outlet));
  }
}

function fromMeta(facts: PageFacts, outlet: string | null, credits: Credits): void {
  for (const name of AUTHOR_META) {
    for (const value of facts.meta.get(name) ?? []) {
      if (/^(?:https?:)?\/\//i.test(value) || /^@/.test(value)) continue;
      credits.add(namesFromByline(value, outlet));
    }
    if (credits.names.length > 0) return;
  }
  const parsely = parseJsonLd(facts.meta.get('parsely-page')?.[0] ?? '') as JsonNode | null;
  const authors = parsely?.authors;
  if (Array.isArray(authors))
    for (const a of authors) if (typeof a === 'string') credits.add(namesFromByline(a, outlet));
}

/** The article's own microdata item: the one holding the headline, else the first article item. */
function mainItem(facts: PageFacts, headline: DomElement | null): DomElement | null {
  const items = facts.elements.filter(
    (el) => el.hasAttribute('itemscope') && articleRank(el.getAttribute('itemtype')) >= 0,
  );
  if (headline) {
    for (let at: DomElement | null = headline; at; at = at.parentElement)
      if (items.includes(at)) return at;
  }
  return items[0] ?? null;
}

function owningItem(el: DomElement): DomElement | null {
  for (let at = el.parentElement; at; at = at.parentElement)
    if (at.hasAttribute('itemscope')) return at;
  return null;
}

function fromMicrodata(
  facts: PageFacts,
  headline: DomElement | null,
  outlet: string | null,
  credits: Credits,
): void {
  const item = mainItem(facts, headline);
  for (const el of facts.elements) {
    const prop = ` ${(el.getAttribute('itemprop') ?? '').toLowerCase()} `;
    if (!prop.includes(' author ') && !prop.includes(' creator ')) continue;
    const owner = owningItem(el);
    if (owner !== null && owner !== item) continue;
    if (el.hasAttribute('itemscope') && /Organization/i.test(el.getAttribute('itemtype') ?? '')) {
      credits.organization = true;
      continue;
    }
    const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name"]') : null;
    const source = nameEl ?? el;
    const value = squash(source.getAttribute('content')) || shortText(source, 300);
    if (value) credits.add(namesFromByline(value, outlet));
  }
}

/**
 * The first byline element below the headline that names someone (or credits a desk); past the
 * start of the article's text, only inside the headline's own <article> (a credit at the end),
 * never in teasers, sidebars or footers.
 */
function fromBylineElements(
  facts: PageFacts,
  headline: DomElement | null,
  outlet: string | null,
  credits: Credits,
): void {
  const { zone, rest } = headerZone(facts, headline);
  const container = headline?.closest('article') ?? null;
  const later = container ? rest.filter((el) => el.closest('article') === container) : [];
  for (const el of [...zone, ...later]) {
    if (!isBylineElement(el) || el.closest('aside, nav, footer, [role="complementary"]')) continue;
    const text = shortText(el, 200);
    if (!text) continue;
    const found = namesFromByline(text, outlet);
    credits.add(found);
    if (credits.names.length > 0 || found.organization) return;
  }
}

export interface AuthorInput {
  facts: PageFacts;
  headline: DomElement | null;
  outlet: string | null;
}

/** The article's authors as person names, [] when it credits none (or only an organisation). */
export function chooseAuthors(input: AuthorInput): string[] {
  const { facts, headline, outlet } = input;
  const declared = new Credits();
  for (const source of [fromJsonLd, fromMeta] as const) {
    source(facts, outlet, declared);
    if (declared.names.length > 0) return declared.names;
  }
  fromMicrodata(facts, headline, outlet, declared);
  if (declared.names.length > 0) return declared.names;
  // The page says who wrote it and it is not a person: the visible byline will say so too.
  if (declared.organization) return [];
  const visible = new Credits();
  fromBylineElements(facts, headline, outlet, visible);
  return visible.names;
}
