// Decoding: every common encoding round-trips exactly from bytes made by iconv-lite, BOMs and
// valid UTF-8 are never second-guessed, guesses say so, and binary data is refused.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, plausibility } from './decode';
import { ImportError } from './types';

const WESTERN =
  'Le président a déclaré: “C’est fini” — Müller, Muñoz and Åsa agreed; naïve façade.';
const RUSSIAN =
  'Президент России заявил, что переговоры в Эр-Рияде продолжатся в понедельник утром.';
const JAPANESE = '東京の首相官邸で記者団に対し、「停戦に向けた協議は続く」と述べた。';

/** [charset, text, the encoding decodeText should name] for bytes made by iconv-lite. */
const ROUND_TRIPS: [string, string, string][] = [
  ['windows-1252', WESTERN, 'Windows-1252'],
  // ISO-8859-1 is read as its superset: the same text, named as browsers name it.
  [
    'iso-8859-1',
    'Il était une fois à Genève, où l’on parlait français.'.replace('’', "'"),
    'Windows-1252',
  ],
  ['iso-8859-15', 'Le menu coûte 10 € : un cœur de bœuf et une œuvre de Šimon.', 'ISO-8859-15'],
  [
    'iso-8859-2',
    'Rzeczpospolita Polska jest państwem w Europie Środkowej. Minister spraw zagranicznych ' +
      'powiedział, że rozmowy były rzeczowe, a zawieszenie broni może zostać przedłużone.',
    'ISO-8859-2',
  ],
  [
    'windows-1250',
    'Česká republika je vnitrozemský stát ve střední Evropě. Ministr zahraničí řekl, že jednání ' +
      'byla věcná a že příměří by mohlo být prodlouženo. Příliš žluťoučký kůň úpěl ďábelské ódy.',
    'Windows-1250',
  ],
  ['windows-1251', `${RUSSIAN} — сказал он.`, 'Windows-1251'],
  ['koi8-r', RUSSIAN, 'KOI8-R'],
  ['shift_jis', JAPANESE, 'Shift_JIS'],
  ['euc-jp', JAPANESE, 'EUC-JP'],
  ['gb18030', '北京是中国的首都。外交部发言人说：“谈判将在利雅得继续。”', 'GB18030'],
  ['big5', '台北是台灣的首都。外交部發言人說：談判將在利雅得繼續。', 'Big5'],
  ['euc-kr', '서울은 한국의 수도입니다. 그는 협상이 계속될 것이라고 말했다.', 'EUC-KR'],
  [
    'windows-1254',
    'Dışişleri Bakanı, görüşmelerin yapıcı geçtiğini ve ateşkesin uzatılması için çalışmaların süreceğini söyledi.',
    'Windows-1254',
  ],
];

function decode(bytes: Uint8Array, declared?: string) {
  return decodeText(bytes, { fileName: 'article.txt', ...(declared ? { declared } : {}) });
}

describe('decodeText: legacy encodings', () => {
  it.each(ROUND_TRIPS)('%s round-trips exactly', (charset, text, name) => {
    const bytes = iconv.encode(text, charset);
    expect(iconv.decode(bytes, charset)).toBe(text); // the fixture itself is representable
    const result = decode(bytes);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(name);
    expect(result.guessed).toBe(true);
    expect(result.warnings).toEqual([`Read as ${name} (guessed)`]);
  });

  it('reads curly quotes and dashes (0x80-0x9F) as Windows-1252, never as C1 controls', () => {
    const result = decode(iconv.encode('“Yes,” she said — it’s over…', 'windows-1252'));
    expect(result.text).toBe('“Yes,” she said — it’s over…');
    expect(result.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('prefers Windows-1252 where chardet answers ISO-8859-2 for a short Western text', () => {
    const bytes = iconv.encode('naïve café', 'windows-1252');
    expect(chardet.detect(bytes)).toBe('ISO-8859-2'); // the trap this guards against
    expect(decode(bytes)).toMatchObject({ text: 'naïve café', encoding: 'Windows-1252' });
  });

  it.each(['Où est la gare?', 'Château', 'Ça va très bien', 'Señor Muñoz', 'Ärger über Öl'])(
    'reads the short Western text %j without mojibake',
    (text) => expect(decode(iconv.encode(text, 'windows-1252')).text).toBe(text),
  );

  it('names the commoner encoding when several read the text identically', () => {
    expect(decode(iconv.encode('Ålands ö och Åsa', 'windows-1252')).encoding).toBe('Windows-1252');
  });

  it('uses a declared charset when the bytes are not UTF-8 and it reads cleanly', () => {
    const bytes = iconv.encode('Łódź', 'iso-8859-2');
    expect(decode(bytes, 'ISO-8859-2')).toEqual({
      text: 'Łódź',
      encoding: 'ISO-8859-2',
      guessed: false,
      warnings: [],
    });
    // Latin-1 labels mean Windows-1252, as in browsers.
    expect(decode(iconv.encode('it’s', 'windows-1252'), 'latin1').text).toBe('it’s');
  });

  it('ignores a declaration that does not fit the bytes', () => {
    const bytes = iconv.encode(WESTERN, 'windows-1252');
    expect(decode(bytes, 'iso-8859-2').text).toBe(WESTERN); // 8859-2 has C1 controls at 0x93
    expect(decode(bytes, 'no-such-charset').text).toBe(WESTERN);
  });
});

describe('decodeText: Unicode', () => {
  const text = `${WESTERN} ${RUSSIAN} ${JAPANESE} 🙂`;

  it('reads valid UTF-8 as UTF-8 without a warning, whatever is declared', () => {
    const bytes = new TextEncoder().encode(text);
    for (const declared of [undefined, 'windows-1252', 'shift_jis']) {
      expect(decode(bytes, declared)).toEqual({
        text,
        encoding: 'UTF-8',
        guessed: false,
        warnings: [],
      });
    }
  });

  it.each([
    ['utf-8', 'UTF-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', 'UTF-16LE', [0xff, 0xfe]],
    ['utf-16be', 'UTF-16BE', [0xfe, 0xff]],
    ['utf-32le', 'UTF-32LE', [0xff, 0xfe, 0, 0]],
  ])('honours a %s BOM and drops it', (charset, name, bom) => {
    const bytes = iconv.encode(text, charset, { addBOM: true });
    expect([...bytes.subarray(0, bom.length)]).toEqual(bom);
    expect(decode(bytes)).toEqual({ text, encoding: name, guessed: false, warnings: [] });
  });

  it('lets a UTF-8 BOM win over bytes that would read otherwise', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zürich')]);
    expect(decode(bytes, 'windows-1252').text).toBe('Zürich');
  });

  it.each(['utf-16le', 'utf-16be'])('recognises BOM-less %s by its NUL bytes', (charset) => {
    const plain = 'The talks — held in Riyadh — were “productive,” he said.\n';
    const result = decode(iconv.encode(plain.repeat(3), charset));
    expect(result.text).toBe(plain.repeat(3));
    expect(result.warnings).toEqual([`Read as ${charset.toUpperCase()} (guessed)`]);
  });

  it('recognises BOM-less UTF-16 Japanese by the NULs of its few ASCII characters', () => {
    const plain = `${JAPANESE}\n${JAPANESE} 2025\n`;
    expect(decode(iconv.encode(plain, 'utf-16le')).text).toBe(plain);
    expect(decode(iconv.encode(plain, 'utf-16be')).text).toBe(plain);
  });

  it('reads a UTF-8 file with a few stray Windows-1252 bytes as UTF-8, the strays as 1252', () => {
    const utf8 = Buffer.from('Café “quoted” — naïve. '.repeat(4), 'utf8');
    const bytes = Buffer.concat([utf8, iconv.encode('Ça “va”.', 'windows-1252')]);
    const result = decode(bytes);
    expect(result.text).toBe(`${'Café “quoted” — naïve. '.repeat(4)}Ça “va”.`);
    expect(result.warnings).toEqual([
      'Read as UTF-8; 3 bytes that were not UTF-8 read as Windows-1252 (guessed)',
    ]);
  });
});

describe('decodeText: binary data', () => {
  const refuses = (bytes: Uint8Array) => {
    let error: unknown;
    try {
      decode(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      code: 'unsupported',
      message: 'article.txt is not a text file (it looks like binary data).',
    });
  };

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
  ])('refuses a %s file by its signature', (_name, head) => {
    refuses(new Uint8Array([...head, ...new TextEncoder().encode(' looks like text after this')]));
  });

  it('refuses UTF-8-ish text with NUL bytes', () => {
    refuses(new TextEncoder().encode('Header\u0000\u0000\u0001 then text that reads fine'));
  });

  it('refuses many control characters even without NULs', () => {
    const bytes = new Uint8Array(2000);
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = i % 7 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26);
    refuses(bytes);
  });

  it('refuses random bytes', () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(
      () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff,
    );
    refuses(bytes);
  });

  it('accepts a text with a DOS end-of-file mark and a form feed', () => {
    expect(decode(new TextEncoder().encode('Page one.\fPage two.\r\n\u001a')).text).toContain(
      'Page two.',
    );
  });
});

describe('plausibility', () => {
  it.each([
    ['Москва — столица России', 'Ìîñêâà — ñòîëèöà Ðîññèè'],
    ['Москва — столица России', 'мОСКВА — СТОЛИЦА рОССИИ'],
    ['Zażółć gęślą jaźń', 'Za¿ó³æ gê¶l± ja¼ñ'],
    ['Café “quoted”', 'Caf� �quoted�'],
    ['東京は日本の首都です', 'ﾅﾄﾖ 裝'],
  ])('scores %j above its mojibake %j', (clean, garbled) => {
    expect(plausibility(clean)).toBeGreaterThan(plausibility(garbled));
  });
});
