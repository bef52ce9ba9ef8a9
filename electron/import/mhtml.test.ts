// Web archives made here the way Chrome saves them ("Save as single file"): the HTML part in
// quoted-printable or base64 with its charset, next to style sheets and images that are ignored;
// Content-Location stands in for a URL only when the page declares none.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { finishArticle } from './article';
import { parseFile } from './index';
import { fillerParagraphs, newsPage } from './test-support/sample-html';

const BOUNDARY = '----MultipartBoundary--Zx3Rk0aUq9VqF1tW2vXyB7hJ3dLmN5pQ----';
const LOCATION = 'https://www.example.com/2021/06/01/bridge-vote.html';

function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    const piece =
      byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x0a)
        ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : char;
    if (byte === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

interface HtmlPart {
  html: Uint8Array;
  encoding: 'quoted-printable' | 'base64';
  charset?: string;
}

/** A web archive with the HTML part first, then a style sheet and a PNG, as Chrome writes one. */
function mhtml({ html, encoding, charset }: HtmlPart): Uint8Array {
  const body =
    encoding === 'base64'
      ? Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n')
      : quotedPrintable(html);
  const type = charset ? `text/html; charset="${charset}"` : 'text/html';
  const text = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${LOCATION}`,
    'Subject: Bridge vote delayed',
    'Date: Tue, 1 Jun 2021 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    `Content-Type: ${type}`,
    'Content-ID: <frame-1F2E3D4C@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Location: ${LOCATION}`,
    '',
    body,
    `--${BOUNDARY}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.example.com/site.css',
    '',
    '@charset "utf-8";=0D=0Abody { color: red; }',
    `--${BOUNDARY}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://www.example.com/photo.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
  return Buffer.from(text, 'latin1');
}

const QUOTE = 'Café owners on the “old” bridge said: “We can’t wait – it’s been years.”';

function page(head = ''): string {
  return newsPage({
    head: `<title>Bridge vote delayed | Courier</title>${head}`,
    header: '<h1>Bridge vote delayed</h1><p class="byline">By Jane Doe</p>',
    article: `<p>${QUOTE}</p>${fillerParagraphs(8)}`,
  });
}

async function importArchive(bytes: Uint8Array, fileName = 'bridge.mhtml') {
  return finishArticle(await parseFile(fileName, bytes), fileName);
}

describe('parseMhtml', () => {
  it('reads a quoted-printable UTF-8 page and takes Content-Location when the page has no URL', async () => {
    const article = await importArchive(
      mhtml({ html: new TextEncoder().encode(page()), encoding: 'quoted-printable' }),
    );
    expect(article.metadata).toMatchObject({
      title: 'Bridge vote delayed',
      authors: ['Jane Doe'],
      url: LOCATION,
      published: '2021-06-01',
    });
    expect(article.text).toContain(QUOTE);
    expect(article.text).not.toMatch(/color: red|iVBOR/);
  });

  it('reads a base64 windows-1252 page in the charset of its part, and keeps the page canonical URL', async () => {
    const html = page('<link rel="canonical" href="https://courier.example/bridge">').replace(
      '<meta charset="utf-8">',
      '',
    );
    const article = await importArchive(
      mhtml({
        html: iconv.encode(html, 'windows-1252'),
        encoding: 'base64',
        charset: 'windows-1252',
      }),
      'bridge.mht',
    );
    expect(article.text).toContain(QUOTE);
    expect(article.metadata.url).toBe('https://courier.example/bridge');
  });

  it('refuses a file that is not MIME, and an archive without an HTML part', async () => {
    await expect(importArchive(new TextEncoder().encode('just some text'))).rejects.toMatchObject({
      code: 'corrupt',
    });
    const noHtml = Buffer.from(
      `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n`,
      'latin1',
    );
    await expect(importArchive(noHtml)).rejects.toMatchObject({ code: 'no_text' });
  });
});
