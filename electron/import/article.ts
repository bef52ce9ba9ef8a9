// From a parsed file to what the workbench stores: the canonical text and its blocks, with the
// title settled (the file's own, else a first heading, else the file name) and a first heading
// that only repeats the title taken out of the body.
import { textFromBlocks } from '../../shared/text/canonical';
import type { Block } from '../../shared/domain/schema';
import type { ImportedArticle, ImportedBlock, ImportedMetadata } from './types';

export interface FinishedArticle {
  metadata: ImportedMetadata & { title: string };
  text: string;
  blocks: Block[];
  warnings: string[];
}

/** Titles compared as a reader would: case, spacing, quote styles and final punctuation aside. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
      .replace(/\s+/g, ' ')
      .replace(/[.:;!?\s]+$/, '')
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

/** The file name without folder and extension, words spaced: "riyadh-talks.pdf" → "Riyadh talks". */
export function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]{1,8}$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base === '' ? '' : base.charAt(0).toUpperCase() + base.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Settles the title and builds the stored text. */
export function finishArticle(article: ImportedArticle, fileName: string): FinishedArticle {
  let blocks: ImportedBlock[] = article.blocks.filter((b) => b.text.trim() !== '');
  let title = article.metadata.title ? oneLine(article.metadata.title) : '';
  const first = blocks[0];
  if (title === '' && first?.kind === 'heading') title = oneLine(first.text);
  // The headline is metadata; repeated as the first block it would be marked as a paragraph.
  if (first && first.kind === 'heading' && title !== '' && sameTitle(first.text, title)) {
    blocks = blocks.slice(1);
  }
  if (title === '') title = titleFromFileName(fileName) || 'Untitled article';
  const { text, blocks: offsets } = textFromBlocks(blocks);
  return {
    metadata: { ...article.metadata, title: title.slice(0, 500) },
    text,
    blocks: offsets,
    warnings: article.warnings,
  };
}
