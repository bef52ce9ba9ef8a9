// The sample article (resources/sample, one paragraph per line) as a Markdown file, for tests of
// the Markdown importer: front matter, a title heading, section headings, and paragraphs
// hard-wrapped at 80 columns with emphasis, a link and a hard line break inside.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { looksLikeHeading } from '../../../shared/text/canonical';
import type { ImportedMetadata } from '../types';

export const SAMPLE_TEXT_PATH = fileURLToPath(
  new URL('../../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url),
);

/** What the front matter of sampleMarkdown() declares, as the importer should read it. */
export const SAMPLE_MARKDOWN_METADATA: ImportedMetadata = {
  title: 'U.S. Holds Separate Talks With Russia and Ukraine in Riyadh',
  authors: ['Jane Doe'],
  outlet: 'The Sample Times',
  published: '2025-03-23',
  url: 'https://example.com/2025/03/23/riyadh-talks.html',
  language: null,
};

/** UTF-8 bytes of the Markdown version; its text, once imported, is the sample's text. */
export function sampleMarkdown(): Uint8Array {
  const lines = readFileSync(SAMPLE_TEXT_PATH, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const m = SAMPLE_MARKDOWN_METADATA;
  const parts = [
    '---',
    `title: "${m.title}"`,
    `author: ${m.authors[0]}`,
    `date: ${m.published}`,
    `outlet: ${m.outlet}`,
    `url: ${m.url}`,
    '---',
    '',
    `# ${m.title}`,
  ];
  lines.forEach((line, i) => {
    const text = escapeMarkdown(line);
    if (looksLikeHeading(line, i === lines.length - 1)) parts.push('', `## ${text}`);
    else parts.push('', wrap(decorate(text, i)));
  });
  return new TextEncoder().encode(`${parts.join('\n')}\n`);
}

/** Inline markup whose text is exactly the words it wraps, in the first three paragraphs. */
function decorate(paragraph: string, index: number): string {
  const edits: Record<number, [string, string]> = {
    0: ['Saudi Arabia', '*Saudi Arabia*'],
    1: ['energy infrastructure', '**energy infrastructure**'],
    2: ['Black Sea', '[Black Sea](https://en.wikipedia.org/wiki/Black_Sea "The Black Sea")'],
  };
  const edit = edits[index];
  if (!edit) return paragraph;
  if (!paragraph.includes(edit[0])) throw new Error(`sample paragraph ${index} lost "${edit[0]}"`);
  return paragraph.replace(edit[0], edit[1]);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&]/g, (c) => `\\${c}`);
}

// A word that would open a heading, quote, list, code fence or setext underline at a line start.
const BLOCK_START = /^(#{1,6}|>|[-+*]|\d{1,9}[.)]|=+|-+|`{3,}|~{3,})$/;

/**
 * Greedy wrap at 80 columns; a word that would start a block is kept on the line before. The
 * second line break of the first paragraph is a hard break (backslash), the rest soft.
 */
function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 80 && !BLOCK_START.test(word)) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  if (paragraph.startsWith('The United States') && lines.length > 2) lines[1] += '\\';
  return lines.join('\n');
}
