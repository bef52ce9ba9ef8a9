// When the article was first published, YYYY-MM-DD as the page writes it: JSON-LD datePublished,
// publication meta tags (Open Graph, parsely, sailthru, Dublin Core), the article's microdata, a
// <time> or dateline beside the headline, then a date in the article's URL. Updates never count.
import type { DomElement } from './html-dom';
import { shortText } from './html-dom';
import type { JsonNode, PageFacts } from './html-facts';
import { articleItemProps, headerZone, itemValue, owningItemType, parseJsonLd } from './html-facts';
import { dateFromStamp, dateFromText, dateFromUrl, yearFromUrl } from './html-dates';

const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'date.published',
  'publish-date',
  'publish_date',
  'publishdate',
  'published-date',
  'publication_date',
  'publication-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'article:publicationdate',
  'published_at',
  'cxenseparse:recs:publishtime',
  'date',
  'pdate',
];

/** Classes of elements that hold an update or edit stamp, never the first publication. */
const UPDATED = /(?:^|[\s_-])(?:updat|modif|last-?edit|edited|revis|mis-?a-?jour|aktualiz)/i;
const UPDATED_CAMEL = /[a-z](?:Updat|Modif|Edit|Revis)/;
const DATELINE = /date|time|posted|publish|byline|stamp|meta|credit|article-info|signature/i;

export interface PublishedInput {
  facts: PageFacts;
  headline: DomElement | null;
  /** The canonical or og:url, for a year or a date in its path. */
  urls: ReadonlyArray<string | null>;
  /** The page's language tag ("en-US"), to read 2/3/2015 the way the page means it. */
  locale: string | null;
}

function fromJsonLd(facts: PageFacts): string | null {
  for (const node of facts.articles) {
    const date = dateFromStamp(typeof node.datePublished === 'string' ? node.datePublished : null);
    if (date) return date;
  }
  return null;
}

function fromMeta(facts: PageFacts): string | null {
  for (const name of PUBLISHED_META) {
    for (const value of facts.meta.get(name) ?? []) {
      const date = dateFromStamp(value);
      if (date) return date;
    }
  }
  const parsely = parseJsonLd(facts.meta.get('parsely-page')?.[0] ?? '') as JsonNode | null;
  return dateFromStamp(typeof parsely?.pub_date === 'string' ? parsely.pub_date : null);
}

function fromMicrodata(facts: PageFacts): string | null {
  const props = articleItemProps(facts, 'datePublished');
  // An item's own datePublished beats a loose one; both beat nothing.
  const ordered = [
    ...props.filter((el) => owningItemType(el) !== null),
    ...props.filter((el) => owningItemType(el) === null),
  ];
  for (const el of ordered) {
    const date = dateFromStamp(itemValue(el));
    if (date) return date;
  }
  return null;
}

function isUpdateStamp(el: DomElement): boolean {
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (/dateModified/i.test(itemprop)) return true;
  for (let at: DomElement | null = el, depth = 0; at && depth < 3; at = at.parentElement, depth++) {
    const names = `${at.getAttribute('class') ?? ''} ${at.getAttribute('id') ?? ''}`;
    if (UPDATED.test(names) || UPDATED_CAMEL.test(names)) return true;
  }
  return false;
}

/** A <time> or a dateline element right after the headline; the year may come from the URL. */
function fromVisible(input: PublishedInput, defaultYear: number | null): string | null {
  const near = headerZone(input.facts, input.headline).zone;
  const monthFirst =
    !/^en-(?:gb|au|nz|ie|in|za)$/i.test(input.locale ?? '') && /^en\b/i.test(input.locale ?? 'en');
  for (const el of near) {
    if (el.localName !== 'time' || isUpdateStamp(el)) continue;
    const date =
      dateFromStamp(el.getAttribute('datetime')) ??
      dateFromText(shortText(el, 160) ?? '', { defaultYear, monthFirst });
    if (date) return date;
  }
  for (const el of near) {
    if (
      !DATELINE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) ||
      isUpdateStamp(el)
    )
      continue;
    const text = shortText(el, 160);
    if (!text) continue;
    const date = dateFromText(text, { defaultYear, monthFirst });
    if (date) return date;
  }
  return null;
}

/** The publication date, or null when the page truly shows none. */
export function choosePublished(input: PublishedInput): string | null {
  const { facts } = input;
  const declared = fromJsonLd(facts) ?? fromMeta(facts) ?? fromMicrodata(facts);
  if (declared) return declared;
  const defaultYear = input.urls.map(yearFromUrl).find((y) => y !== null) ?? null;
  const visible = fromVisible(input, defaultYear);
  if (visible) return visible;
  for (const url of input.urls) {
    const date = dateFromUrl(url);
    if (date) return date;
  }
  for (const node of facts.articles) {
    const date = dateFromStamp(typeof node.dateCreated === 'string' ? node.dateCreated : null);
    if (date) return date;
  }
  return null;
}
