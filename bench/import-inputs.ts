// The inputs of the import benchmark, written to a folder once so each timed case only reads
// and imports (its peak memory is then the import's, not the making of the input).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentXml, minimalDocx } from '../electron/import/test-support/sample-docx';
import { sampleHtmlString } from '../electron/import/test-support/sample-html';
import { sampleMarkdown } from '../electron/import/test-support/sample-markdown';
import { samplePdf, sampleParagraphs } from '../electron/import/test-support/sample-pdf';

export const BATCH_SIZE = 50;

const encode = (text: string) => new TextEncoder().encode(text);
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved news page of about `bytes`: the sample's paragraphs, with page furniture around them. */
function bigPage(bytes: number): string {
  const page = sampleHtmlString();
  const body = /<article[\s\S]*<\/article>/.exec(page)?.[0] ?? '';
  const furniture =
    '<aside><ul>' +
    '<li><a href="/x">Related story about the talks</a></li>'.repeat(40) +
    '</ul></aside>';
  const copies = Math.ceil(bytes / (body.length + furniture.length));
  const inner = Array.from({ length: copies }, () => body + furniture).join('\n');
  return page.replace(/<article[\s\S]*<\/article>/, `<main>${inner}</main>`);
}

/** Fifty different articles, ten of each format, as an analyst's folder might hold. */
function batchFile(i: number): [string, Uint8Array] {
  const tag = `Copy ${i} of the report.`;
  switch (i % 5) {
    case 0:
      return [
        `article-${i}.html`,
        encode(sampleHtmlString().replace('<article>', `<article><p>${tag}</p>`)),
      ];
    case 1:
      return [`article-${i}.pdf`, samplePdf({ pages: 3 + Math.floor(i / 5) })];
    case 2: {
      const paragraphs = [tag, ...sampleParagraphs().map((p) => p.text)].map(xml);
      return [`article-${i}.docx`, minimalDocx(documentXml(paragraphs))];
    }
    case 3:
      return [
        `article-${i}.md`,
        encode(`${new TextDecoder().decode(sampleMarkdown())}\n\n${tag}\n`),
      ];
    default:
      return [`article-${i}.txt`, encode(`${tag}\n\n${'The talks went on. '.repeat(200 + i)}`)];
  }
}

/** Writes every input into `dir`. */
export async function writeImportInputs(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'batch'), { recursive: true });
  await writeFile(path.join(dir, 'hundred.pdf'), samplePdf({ pages: 100 }));
  await writeFile(path.join(dir, 'big.html'), bigPage(5 * 1024 * 1024));
  await writeFile(path.join(dir, 'huge.html'), bigPage(50 * 1024 * 1024));
  await writeFile(
    path.join(dir, 'huge.txt'),
    'The talks went on late into the night. '.repeat(1_300_000),
  );
  for (let i = 0; i < BATCH_SIZE; i++) {
    const [name, bytes] = batchFile(i);
    await writeFile(path.join(dir, 'batch', name), bytes);
  }
}
