// Character sets of saved pages: a byte order mark, <meta charset>, http-equiv, an XML prolog, a
// container's charset, UTF-8 by default, and a guess for undeclared bytes that are not UTF-8.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, declaredCharset, normalizeCharset } from './html-decode';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><p>${body}</p></body></html>`;
const TEXT = 'Café “quotes” – naïve façade';

describe('normalizeCharset', () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['"windows-1252"', 'windows-1252'],
    ['iso-8859-2', 'iso-8859-2'],
    ['Shift_JIS', 'cp932'],
    ['gb2312', 'gbk'],
    ['EUC-KR', 'cp949'],
    ['utf-16', 'utf-8'],
    ['x-no-such-charset', null],
    ['', null],
  ])('%s → %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<meta charset='ISO-8859-1' />", 'ISO-8859-1'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">', 'Shift_JIS'],
    ['<meta content="text/html; charset=iso-8859-2" http-equiv="content-type">', 'iso-8859-2'],
    ['<meta name="description" content="set charset=koi8-r in the page">', null],
    ['<!-- <meta charset="koi8-r"> --><title>t</title>', null],
  ])('%s', (head, expected) => {
    expect(declaredCharset(new TextEncoder().encode(page(head, 'x')))).toBe(expected);
  });

  it('reads an XML prolog', () => {
    const bytes = new TextEncoder().encode(
      '<?xml version="1.0" encoding="ISO-8859-15"?><html><body>x</body></html>',
    );
    expect(declaredCharset(bytes)).toBe('ISO-8859-15');
  });
});

describe('decodeHtmlBytes', () => {
  it('reads windows-1252 as the page declares', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1252">', TEXT), 'windows-1252');
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.html).toContain(TEXT);
  });

  it('reads an http-equiv Latin-1 declaration as windows-1252 (curly quotes are 0x93/0x94)', () => {
    const bytes = iconv.encode(
      page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', TEXT),
      'windows-1252',
    );
    expect(decodeHtmlBytes(bytes).html).toContain(TEXT);
  });

  it('reads Shift_JIS', () => {
    const text = '公衆無線LANを安全に使うためのアプリ';
    const bytes = iconv.encode(page('<meta charset="shift_jis">', text), 'shift_jis');
    expect(decodeHtmlBytes(bytes).html).toContain(text);
  });

  it('lets a UTF-8 byte order mark win over a wrong declaration, and drops the mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(page('<meta charset="windows-1252">', TEXT)),
    ]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.html.startsWith('<!DOCTYPE')).toBe(true);
    expect(decoded.html).toContain(TEXT);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(page('', TEXT), 'utf-16le')]);
    expect(decodeHtmlBytes(bytes).html).toContain(TEXT);
  });

  it('lets the container charset (an MHTML part header) win over the page declaration', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="windows-1252">', TEXT));
    expect(decodeHtmlBytes(bytes, 'utf-8').html).toContain(TEXT);
  });

  it('defaults to UTF-8 when nothing is declared', () => {
    const decoded = decodeHtmlBytes(new TextEncoder().encode(page('', TEXT)));
    expect(decoded).toMatchObject({ charset: 'utf-8', warnings: [] });
    expect(decoded.html).toContain(TEXT);
  });

  it('falls back to windows-1252, with a warning, for undeclared bytes that are not UTF-8', () => {
    const decoded = decodeHtmlBytes(iconv.encode(page('', TEXT), 'windows-1252'));
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.html).toContain(TEXT);
    expect(decoded.warnings).toHaveLength(1);
  });

  it('reads an unknown declared charset as UTF-8 and says so', () => {
    const decoded = decodeHtmlBytes(
      new TextEncoder().encode(page('<meta charset="x-klingon">', TEXT)),
    );
    expect(decoded.html).toContain(TEXT);
    expect(decoded.warnings[0]).toMatch(/x-klingon/);
  });
});
