// The Word importer end to end: the sample article made with the `docx` package comes back as the
// .txt's text with its headings, quote and metadata; notes, images and lists are handled; hostile
// packages (XXE, bombs, not Word at all) fail with their codes and leak nothing.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../../shared/text/canonical';
import { finishArticle } from './article';
import { parseFile } from './index';
import {
  SAMPLE_QUOTE_START,
  documentXml,
  minimalDocx,
  sampleDocx,
  writeZip,
} from './test-support/sample-docx';
import { SAMPLE_TITLE, sampleText } from './test-support/sample-pdf';
import type { ImportErrorCode } from './types';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function failure(bytes: Uint8Array): Promise<{ code: ImportErrorCode; message: string }> {
  try {
    await parseFile('hostile.docx', bytes);
  } catch (error) {
    return error as { code: ImportErrorCode; message: string };
  }
  throw new Error('expected the import to fail');
}

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('the sample article as a Word file', () => {
  it('comes back as the text of the .txt, titled and credited from its core properties', async () => {
    const article = await parseFile('sample.docx', await sampleDocx());
    const finished = finishArticle(article, 'sample.docx');
    expect(squash(finished.text)).toBe(squash(canonicalizeText(sampleText())));
    expect(finished.metadata).toMatchObject({
      title: SAMPLE_TITLE,
      authors: ['Jane Doe'],
      published: null,
    });
    expect(article.warnings).toEqual([]);
  });

  it('keeps the headline and section headings as headings and the Quote style as a quote', async () => {
    const { blocks } = await parseFile('sample.docx', await sampleDocx());
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      SAMPLE_TITLE,
      'The Russian delegation',
      'The Ukrainian delegation',
      'Moscow’s position',
      'Kyiv’s position',
      'What’s next?',
    ]);
    const quotes = blocks.filter((b) => b.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith(SAMPLE_QUOTE_START)).toBe(true);
    expect(blocks.every((b) => b.page === undefined)).toBe(true);
  });
});

describe('Word features', () => {
  it('moves footnotes to the end, drops their markers, skips images and reads list items', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Interview with the author, March 2025.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Talks', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('“We will talk,” he said.'),
                new FootnoteReferenceRun(1),
                new TextRun(' Then he left.'),
              ],
            }),
            new Paragraph({
              children: [
                new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } }),
              ],
            }),
            new Paragraph({ text: 'Energy & shipping', bullet: { level: 0 } }),
            new Paragraph({ text: 'A <30-day> truce', bullet: { level: 1 } }),
          ],
        },
      ],
    });
    const article = await parseFile('features.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(article.blocks).toEqual([
      { kind: 'heading', text: 'Talks' },
      { kind: 'paragraph', text: '“We will talk,” he said. Then he left.' },
      { kind: 'list-item', text: 'Energy & shipping' },
      { kind: 'list-item', text: 'A <30-day> truce' },
      { kind: 'paragraph', text: '[1] Interview with the author, March 2025.' },
    ]);
    expect(article.warnings).toEqual([
      '1 image was skipped.',
      '1 footnote or endnote was moved to the end of the text.',
    ]);
  });

  it('reads a minimal hand-made package and takes its language from core.xml', async () => {
    const core =
      '<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Riyadh &amp; after</dc:title>' +
      '<dc:creator>Doe, Jane</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>';
    const bytes = minimalDocx(documentXml(['One &amp; two.', 'Three.']), [
      { name: 'docProps/core.xml', data: core },
    ]);
    const article = await parseFile('min.docx', bytes);
    expect(article.metadata).toMatchObject({
      title: 'Riyadh & after',
      authors: ['Jane Doe'],
      language: 'en',
    });
    expect(article.blocks.map((b) => b.text)).toEqual(['One & two.', 'Three.']);
  });
});

describe('hostile and broken Word files', () => {
  it('never reads a file named by an external entity (XXE)', async () => {
    const prologue = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const error = await failure(minimalDocx(documentXml(['Before &xxe; after'], prologue)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/document type declaration/);
    expect(error.message).not.toMatch(/root:/);
  });

  it('refuses a DOCTYPE in any XML part, not only the document', async () => {
    const styles =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:styles xmlns:w="w"/>';
    const error = await failure(
      minimalDocx(documentXml(['Text.']), [{ name: 'word/styles.xml', data: styles }]),
    );
    expect(error).toMatchObject({ code: 'corrupt' });
    expect(error.message).toContain('word/styles.xml');
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const bomb = { name: 'word/media/image1.png', data: new Uint8Array(20 * 1024 * 1024) };
    const error = await failure(minimalDocx(documentXml(['Text.']), [bomb]));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/compressed \d+ to 1.*200 to 1/);
  });

  it('refuses a zip whose sizes add up past the limit', async () => {
    const huge = {
      name: 'word/media/big.bin',
      data: 'x',
      method: 0 as const,
      declaredSize: 300 * 1024 * 1024,
    };
    const error = await failure(minimalDocx(documentXml(['Text.']), [huge]));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/more than 256 MB/);
  });

  it('refuses a part that unpacks to more than its declared size', async () => {
    const liar = { name: 'word/media/liar.bin', data: new Uint8Array(50_000), declaredSize: 1000 };
    expect((await failure(minimalDocx(documentXml(['Text.']), [liar]))).code).toBe('corrupt');
  });

  it('refuses a zip with an absurd number of entries', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      name: `word/x${i}.bin`,
      data: '',
      method: 0 as const,
    }));
    const error = await failure(writeZip(many));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/10,001 files/);
  });

  it('refuses a zip that is not a Word document', async () => {
    expect((await failure(writeZip([{ name: 'notes.txt', data: 'hello' }]))).code).toBe(
      'unsupported',
    );
    const workbook = writeZip([
      {
        name: '_rels/.rels',
        data: '<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      },
      { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook xmlns="x"/>' },
    ]);
    expect((await failure(workbook)).code).toBe('unsupported');
  });

  it('refuses a damaged zip or document', async () => {
    const good = minimalDocx(documentXml(['Text.']));
    expect((await failure(good.slice(0, good.length - 30))).code).toBe('corrupt');
    const badDirectory = good.slice();
    const directory = Buffer.from(badDirectory).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    badDirectory[directory + 2] = 0x09;
    expect((await failure(badDirectory)).code).toBe('corrupt');
    const badXml = minimalDocx('<w:document xmlns:w="w"><w:body><w:p>');
    expect((await failure(badXml)).code).toBe('corrupt');
  });
});
