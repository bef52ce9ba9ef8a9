// What a page declares about itself, gathered once for the metadata rules: its <meta> tags, its
// JSON-LD nodes (article and organisation), its schema.org microdata, and the order of its
// elements (the rules prefer what sits near the headline over sidebars and teasers).
import type { DomDocument, DomElement } from './html-dom';
import { shortText, squash } from './html-dom';

export type JsonNode = Record<string, unknown>;

export interface PageFacts {
  doc: DomDocument;
  /** <meta> content by lower-cased name, property or http-equiv, in page order. */
  meta: ReadonlyMap<string, readonly string[]>;
  /** JSON-LD nodes of article types, the most specific type first. */
  articles: readonly JsonNode[];
  /** JSON-LD nodes of organisation types that stand alone (the site's own publisher record). */
  organizations: readonly JsonNode[];
  /** Every element in document order, and each one's position in it. */
  elements: readonly DomElement[];
  position: ReadonlyMap<DomElement, number>;
}

/** schema.org types of an article, in order of preference. */
const ARTICLE_TYPES = [
  /^(News|Reportage|Analysis|Opinion|Review|Backgrounder|AskPublic)NewsArticle$/i,
  /^NewsArticle$/i,
  /^(Article|Report|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|SatiricalArticle|Posting|SocialMediaPosting)$/i,
  /^(Review|CriticReview)$/i,
];
const ORGANIZATION_TYPE = /^(Organization|NewsMediaOrganization|Corporation|OnlineBusiness)$/i;

function typesOf(node: JsonNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#]/, ''));
}

/** The rank of a schema.org type among article types (0 is best), or -1 when it is none. */
export function articleRank(type: string | null | undefined): number {
  const bare = (type ?? '').replace(/^.*[/#]/, '');
  return ARTICLE_TYPES.findIndex((re) => re.test(bare));
}

function rankOf(node: JsonNode): number {
  const ranks = typesOf(node)
    .map(articleRank)
    .filter((r) => r >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : -1;
}

/** Parses a JSON-LD script's text, forgiving the CDATA and comment wrappers some CMSs add. */
export function parseJsonLd(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[/, '')
    .replace(/(?:\/\/)?\s*\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return null;
  }
}

/** Every object in a JSON-LD value: arrays, @graph and nested nodes, depth-first. */
function collectNodes(value: unknown, out: JsonNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as JsonNode;
  out.push(node);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemReviewed', 'hasPart']) {
    if (key in node) collectNodes(node[key], out, depth + 1);
  }
}

function gatherMeta(doc: DomDocument): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key =
      el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv');
    const content = el.getAttribute('content');
    if (!key || content === null) continue;
    const value = squash(content);
    if (value === '') continue;
    const name = key.trim().toLowerCase();
    const list = meta.get(name);
    if (list) list.push(value);
    else meta.set(name, [value]);
  }
  return meta;
}

export function gatherFacts(doc: DomDocument): PageFacts {
  const nodes: JsonNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    collectNodes(parseJsonLd(script.textContent ?? ''), nodes);
  }
  const articles = nodes
    .map((node, index) => ({ node, index, rank: rankOf(node) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.node);
  const organizations = nodes.filter((node) =>
    typesOf(node).some((t) => ORGANIZATION_TYPE.test(t)),
  );
  const elements = Array.from(doc.querySelectorAll('*'));
  const position = new Map<DomElement, number>();
  elements.forEach((el, index) => position.set(el, index));
  return { doc, meta: gatherMeta(doc), articles, organizations, elements, position };
}

/**
 * Where the article starts, for rules that look just below the headline: the headline element,
 * else the first of <main>, <article> and role=main in the page, else null.
 */
export function contentAnchor(facts: PageFacts, headline: DomElement | null): DomElement | null {
  if (headline) return headline;
  return (
    facts.elements.find(
      (el) =>
        el.localName === 'main' || el.localName === 'article' || el.getAttribute('role') === 'main',
    ) ?? null
  );
}

/** How many elements after the headline a byline, dateline or provider is looked for. */
export const NEAR_HEADLINE = 400;

export interface HeaderZone {
  /** From the headline to where the article's text is under way: bylines and datelines sit here. */
  zone: readonly DomElement[];
  /** The elements after it, up to NEAR_HEADLINE from the headline. */
  rest: readonly DomElement[];
}

/**
 * The headline's neighbourhood, up to a second long paragraph (the first may be a standfirst):
 * later names and dates mostly belong to teasers, comments and related articles.
 */
export function headerZone(facts: PageFacts, headline: DomElement | null): HeaderZone {
  const anchor = contentAnchor(facts, headline);
  if (!anchor) return { zone: [], rest: [] };
  const start = facts.position.get(anchor) ?? 0;
  const window = facts.elements.slice(start, start + NEAR_HEADLINE);
  const long = window.filter((el) => el.localName === 'p' && shortText(el, 150) === null);
  const end = long[1] ? window.indexOf(long[1]) : window.length;
  return { zone: window.slice(0, end), rest: window.slice(end) };
}

/** The first non-empty content of the first listed meta name that has one. */
export function firstMeta(facts: PageFacts, ...names: string[]): string | null {
  for (const name of names) {
    const value = facts.meta.get(name)?.[0];
    if (value) return value;
  }
  return null;
}

/** A JSON-LD value as text: a string, or the name of an object ({"@type": "Person", "name": ...}). */
export function jsonText(value: unknown): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as JsonNode).name;
    return typeof name === 'string' ? squash(name) || null : null;
  }
  return null;
}

/** Whether a JSON-LD value names an organisation rather than a person. */
export function isJsonOrganization(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typesOf(value as JsonNode).some((t) => ORGANIZATION_TYPE.test(t) || /Organization$/i.test(t))
  );
}

function hasToken(list: string | null, token: string): boolean {
  return (list ?? '').toLowerCase().split(/\s+/).includes(token);
}

/** The itemtype of the item an element's itemprop belongs to (its nearest itemscope ancestor), or null. */
export function owningItemType(el: DomElement): string | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (at.hasAttribute('itemscope')) return at.getAttribute('itemtype') ?? '';
  }
  return null;
}

/**
 * Elements carrying an itemprop (case-insensitive) that belongs to an article item or to no item
 * at all, in page order: a video's or a teaser's datePublished is not the article's.
 */
export function articleItemProps(facts: PageFacts, prop: string): DomElement[] {
  const wanted = prop.toLowerCase();
  return facts.elements.filter((el) => {
    if (!hasToken(el.getAttribute('itemprop'), wanted)) return false;
    const owner = owningItemType(el);
    return owner === null || articleRank(owner) >= 0;
  });
}

/** The value of a microdata property element: content, datetime, an image's alt, or its text. */
export function itemValue(el: DomElement): string | null {
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? shortText(el, 500);
  return squash(value) || null;
}
