// Metadata of generated news pages: JSON-LD, Open Graph and other meta tags, parsely and
// sailthru, microdata, visible bylines and datelines, site affixes in titles, aggregators.
import { describe, expect, it } from 'vitest';
import { fillerParagraphs, importPage, newsPage } from './test-support/sample-html';

const jsonLd = (value: unknown, wrap = (s: string) => s) =>
  `<script type="application/ld+json">${wrap(JSON.stringify(value))}</script>`;

describe('title', () => {
  it('takes the visible headline and drops a " | Site" suffix', async () => {
    const page = newsPage({
      head: '<title>Bridge vote delayed again | The Riverside Courier</title><meta property="og:site_name" content="The Riverside Courier">',
      header: '<h1>Bridge vote delayed again</h1>',
    });
    expect((await importPage(page)).metadata.title).toBe('Bridge vote delayed again');
  });

  it('prefers the visible headline when og:title and <title> word it differently', async () => {
    const page = newsPage({
      head: '<title>Old wording of the story - Courier</title><meta property="og:title" content="Social wording for sharing">',
      header: '<h1 class="article-headline">Council delays the bridge vote once more</h1>',
    });
    expect((await importPage(page)).metadata.title).toBe(
      'Council delays the bridge vote once more',
    );
  });

  it('ignores a logo <h1> and a hidden duplicate', async () => {
    const page = newsPage({
      head: '<title>Bridge vote delayed again - The Courier</title>',
      header:
        '<h1 class="logo">The Courier</h1><h1 hidden>Something else entirely here</h1><h1>Bridge vote delayed again</h1>',
    });
    expect((await importPage(page)).metadata.title).toBe('Bridge vote delayed again');
  });

  it('strips the site from a declared title when the page has no headline element', async () => {
    const page = newsPage({
      head: '<title>Bridge vote delayed again | Riverside Courier</title><meta property="og:site_name" content="Riverside Courier">',
    });
    expect((await importPage(page)).metadata.title).toBe('Bridge vote delayed again');
  });
});

describe('authors', () => {
  it('reads JSON-LD authors, in a @graph and wrapped in CDATA', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Courier' },
        {
          '@type': 'NewsArticle',
          headline: 'Bridge vote delayed',
          author: [
            { '@type': 'Person', name: 'Jane Doe' },
            { '@type': 'Person', name: 'John Roe' },
          ],
        },
      ],
    };
    const page = newsPage({
      head: jsonLd(graph, (s) => `//<![CDATA[\n${s}\n//]]>`),
      header: '<h1>Bridge vote delayed</h1>',
    });
    expect((await importPage(page)).metadata.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('splits an author meta tag "By … and …"', async () => {
    const page = newsPage({ head: '<meta name="author" content="By Jane Doe and John Roe">' });
    expect((await importPage(page)).metadata.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads parsely-page authors', async () => {
    const parsely = JSON.stringify({
      title: 'Bridge',
      authors: ['Ann Lee'],
      pub_date: '2020-02-03T10:00:00Z',
    });
    const page = newsPage({ head: `<meta name="parsely-page" content='${parsely}'>` });
    const { metadata } = await importPage(page);
    expect(metadata.authors).toEqual(['Ann Lee']);
    expect(metadata.published).toBe('2020-02-03');
  });

  it('reads the visible byline under the headline without its role or date', async () => {
    const page = newsPage({
      header:
        '<h1>Bridge vote delayed</h1><p class="byline">By <a href="/authors/jane-doe">Jane Doe</a>, Transport Editor · 3 March 2021</p>',
      after: '<aside class="more"><div class="byline">By Other Writer</div></aside>',
    });
    expect((await importPage(page)).metadata.authors).toEqual(['Jane Doe']);
  });

  it('finds a byline by its text or an author link when it has no byline class', async () => {
    const byText = newsPage({
      header: '<h1>Bridge vote delayed</h1><p class="css-x1">By JANE DOE</p>',
    });
    expect((await importPage(byText)).metadata.authors).toEqual(['Jane Doe']);
    const byLink = newsPage({
      header:
        '<h1>Bridge vote delayed</h1><div><a href="https://example.com/people/john-roe/">John Roe</a></div>',
    });
    expect((await importPage(byLink)).metadata.authors).toEqual(['John Roe']);
  });

  it('gives no authors for an agency, a desk or staff, even with names in a sidebar', async () => {
    const desk = newsPage({
      head: jsonLd({
        '@type': 'NewsArticle',
        headline: 'Bridge vote delayed',
        creator: ['Our Foreign Staff'],
      }),
      header: '<h1>Bridge vote delayed</h1><div class="byline">Our Foreign Staff</div>',
      after: '<aside><div class="author-name">Philip Johnston</div></aside>',
    });
    expect((await importPage(desk)).metadata.authors).toEqual([]);
    const agency = newsPage({
      header: '<h1>Bridge vote delayed</h1><span class="byline">By AFP</span>',
    });
    expect((await importPage(agency)).metadata.authors).toEqual([]);
    const staff = newsPage({
      head: '<meta name="author" content="TMZ Staff">',
      header: '<h1>Bridge vote delayed</h1>',
    });
    expect((await importPage(staff)).metadata.authors).toEqual([]);
  });

  it('skips a profile URL or a handle in author meta and reads the byline instead', async () => {
    const page = newsPage({
      head: '<meta property="article:author" content="https://www.example.com/profile/jane-doe"><meta name="author" content="janedoe">',
      header: '<h1>Bridge vote delayed</h1><span class="author">Jane Doe</span>',
    });
    expect((await importPage(page)).metadata.authors).toEqual(['Jane Doe']);
  });
});

describe('published', () => {
  it('keeps the date part of a JSON-LD datePublished as written, without converting the zone', async () => {
    const page = newsPage({
      head: jsonLd({
        '@type': 'NewsArticle',
        datePublished: '2024-05-06T23:30:00-07:00',
        dateModified: '2024-05-09T08:00:00Z',
      }),
    });
    expect((await importPage(page)).metadata.published).toBe('2024-05-06');
  });

  it.each([
    ['<meta property="article:published_time" content="2019-01-03T07:00:02.000Z">', '2019-01-03'],
    ['<meta name="sailthru.date" content="2018-07-04 12:00:00">', '2018-07-04'],
    ['<meta name="parsely-pub-date" content="2017-03-09T09:45:00Z">', '2017-03-09'],
    [
      '<meta property="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">',
      '2015-03-13',
    ],
    ['<meta name="pdate" content="20170113">', '2017-01-13'],
  ])('reads %s', async (head, date) => {
    expect((await importPage(newsPage({ head }))).metadata.published).toBe(date);
  });

  it("takes the article's microdata date, not a video's", async () => {
    const page = newsPage({
      header: `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>
        <h1>Bridge vote delayed</h1>`,
      article: `<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z">${fillerParagraphs(8)}</div>`,
    });
    expect((await importPage(page)).metadata.published).toBe('2015-03-11');
  });

  it('reads a <time> or a dateline beside the headline, not a teaser date or an update', async () => {
    const time = newsPage({
      header:
        '<h1>Bridge vote delayed</h1><time class="updated" datetime="2021-03-05">Updated March 5, 2021</time><time datetime="2021-03-03T09:00">March 3, 2021</time>',
      after: '<aside><time datetime="2011-01-01">Jan 1, 2011</time></aside>',
    });
    expect((await importPage(time)).metadata.published).toBe('2021-03-03');
    const dateline = newsPage({
      header:
        '<h1>Bridge vote delayed</h1><div class="article-date">Published 16 November 2017 • 2:15pm</div>',
    });
    expect((await importPage(dateline)).metadata.published).toBe('2017-11-16');
  });

  it('takes the year from the URL for a dateline without one, or the whole date from the URL', async () => {
    const url = 'https://example.com/world/2015/03/18/bridge-vote.html';
    const noYear = newsPage({
      head: `<link rel="canonical" href="${url}">`,
      header: '<h1>Bridge vote delayed</h1><span class="timestamp">March 18 at 3:57 PM</span>',
    });
    expect((await importPage(noYear)).metadata.published).toBe('2015-03-18');
    const onlyUrl = newsPage({
      head: `<meta property="og:url" content="${url}">`,
      header: '<h1>Bridge vote delayed</h1>',
    });
    expect((await importPage(onlyUrl)).metadata.published).toBe('2015-03-18');
  });

  it('is null when the page shows no date', async () => {
    expect(
      (await importPage(newsPage({ header: '<h1>Bridge vote delayed</h1>' }))).metadata.published,
    ).toBeNull();
  });
});

describe('outlet', () => {
  it.each([
    ['<meta property="og:site_name" content="Courier - News you can use">', 'Courier'],
    ['<meta property="og:site_name" content="http://www.courier.example">', null],
    ['<title>Bridge vote delayed - The Riverside Courier</title>', 'The Riverside Courier'],
    [
      jsonLd({
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: 'The Riverside Courier Company' },
      }),
      'The Riverside Courier',
    ],
  ])('from %s', async (head, outlet) => {
    const page = newsPage({ head, header: '<h1>Bridge vote delayed</h1>' });
    expect((await importPage(page)).metadata.outlet).toBe(outlet);
  });

  it('spells the name as the title does when og:site_name runs it together', async () => {
    const page = newsPage({
      head: '<title>Bridge vote delayed | Herald Courier</title><meta property="og:site_name" content="HeraldCourier">',
      header: '<h1>Bridge vote delayed</h1>',
    });
    expect((await importPage(page)).metadata.outlet).toBe('Herald Courier');
  });

  it('names the original publisher on an aggregator page', async () => {
    const page = newsPage({
      head: '<meta property="og:site_name" content="Yahoo News"><link rel="canonical" href="https://news.yahoo.com/bridge-vote.html">',
      header:
        '<h1>Bridge vote delayed</h1><div class="byline">JANE DOE</div><span class="provider-name"><a href="https://courier.example">Riverside Courier</a></span>',
    });
    const { metadata } = await importPage(page);
    expect(metadata.outlet).toBe('Riverside Courier');
    expect(metadata.authors).toEqual(['Jane Doe']);
  });

  it("falls back to the site's logo when it matches the domain", async () => {
    const page = newsPage({
      head: '<link rel="canonical" href="https://www.riversidecourier.example/2020/01/02/bridge.html">',
      header:
        '<a class="site-logo" href="/"><img alt="Riverside Courier" src="logo.png"></a><h1>Bridge vote delayed</h1>',
    });
    expect((await importPage(page)).metadata.outlet).toBe('Riverside Courier');
  });
});

describe('url and language', () => {
  it('keeps the canonical URL exactly as declared, else og:url', async () => {
    const both = newsPage({
      head: '<link rel="canonical" href="//example.com/a?x=1"><meta property="og:url" content="https://example.com/b">',
    });
    expect((await importPage(both)).metadata.url).toBe('//example.com/a?x=1');
    const og = newsPage({ head: '<meta property="og:url" content="https://example.com/b">' });
    expect((await importPage(og)).metadata.url).toBe('https://example.com/b');
  });

  it.each([
    [{ lang: 'en-GB' }, 'en'],
    [{ lang: null, head: '<meta http-equiv="content-language" content="de">' }, 'de'],
    [{ lang: null, head: '<meta property="og:locale" content="fr_FR">' }, 'fr'],
  ])('reads the declared language %j', async (parts, language) => {
    expect((await importPage(newsPage(parts))).metadata.language).toBe(language);
  });

  it('guesses the language from the text when the page declares none', async () => {
    const french = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Le conseil municipal a voté pour la construction du pont, et les habitants sont pour la plupart satisfaits de cette décision qui était attendue depuis des années (${i}).</p>`,
    ).join('');
    expect((await importPage(newsPage({ lang: null, article: french }))).metadata.language).toBe(
      'fr',
    );
    expect((await importPage(newsPage({ lang: null }))).metadata.language).toBe('en');
  });
});
