// The sample article made into every format the workbench reads: each imports to the same text
// as the .txt (spaces aside), and quotes marked on the .txt anchor in it, exactly where the same
// words are, so an analyst's marks carry over whichever copy of an article they receive.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../shared/anchoring/reanchor';
import { describeSpan } from '../../shared/anchoring/selectors';
import { canonicalizeText } from '../../shared/text/canonical';
import { finishArticle } from './article';
import { parseFile } from './index';
import { sampleDocx } from './test-support/sample-docx';
import { sampleHtml } from './test-support/sample-html';
import { sampleMarkdown } from './test-support/sample-markdown';
import { samplePdf } from './test-support/sample-pdf';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../resources/sample/riyadh-ceasefire-talks.txt',
);

/** Quotes of the sample an analyst marks: direct, partial, reported, across the article. */
const MARKED = [
  '“The discussion was productive and focused — we addressed key points including energy,”',
  'likely',
  '“There are referendums within these territories that justify these actions.”',
  'the Ukrainian delegation might hold additional discussions with U.S. officials on Monday',
  'Moscow continues to insist on maximalist positions',
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the sample article in every format', async () => {
  const txt = canonicalizeText(await readFile(SAMPLE, 'utf8'));
  const selectors = MARKED.map((exact) => {
    const start = txt.indexOf(exact);
    expect(start, exact).toBeGreaterThanOrEqual(0);
    return describeSpan(txt, start, start + exact.length)!;
  });
  const formats: [string, () => Promise<Uint8Array>][] = [
    ['sample.html', async () => sampleHtml()],
    ['sample.docx', async () => sampleDocx()],
    ['sample.pdf', async () => samplePdf()],
    ['sample.md', async () => sampleMarkdown()],
  ];

  it.each(formats)(
    '%s imports to the text of the .txt, and its quotes anchor',
    async (name, make) => {
      const article = finishArticle(await parseFile(name, await make()), name);
      expect(article.metadata.title).toBe(
        'U.S. Holds Separate Talks With Russia and Ukraine in Riyadh',
      );
      expect(collapse(article.text)).toBe(collapse(txt));
      const anchors = anchorAll(article.text, selectors);
      anchors.forEach((anchor, i) => {
        expect(anchor, MARKED[i]).not.toBeNull();
        expect(article.text.slice(anchor!.start, anchor!.end)).toBe(MARKED[i]);
        expect(anchor!.score).toBe(1);
      });
    },
  );
});
