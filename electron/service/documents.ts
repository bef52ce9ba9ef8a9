// Handlers for articles: listing, reading, and importing plain text (the sample article uses the
// same path on first run).
import { createHash } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { WorkbenchDocument } from '../../shared/domain/schema';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { valuesOf } from '../../shared/domain/workspace';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import type { ServiceContext } from './context';
import { stamp } from './context';

type DocumentHandlers = Pick<
  HandlerTable,
  'documents.list' | 'documents.get' | 'documents.importText'
>;
type ImportInput = ParsedInput<'documents.importText'>;

/** A readable title when the analyst gave none: the file name without extension, else the first words. */
export function deriveTitle(fileName: string, canonical: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  if (base.trim() !== '') {
    const words = base.replace(/[-_]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  const first = canonical.split('\n')[0] ?? '';
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first || 'Untitled article';
}

/** Builds a document from raw text. Throws invalid_input when nothing readable is left. */
export function buildDocument(
  input: ImportInput,
  id: string,
  importedAt: string,
): WorkbenchDocument {
  const text = canonicalizeText(input.text);
  if (text === '') throw new WorkbenchError('invalid_input', 'The article has no text to import.');
  return {
    id,
    title: input.title || deriveTitle(input.fileName, text),
    outlet: input.outlet,
    byline: input.byline,
    publishedAt: input.publishedAt,
    fileName: input.fileName,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    blocks: findBlocks(text),
    importedAt,
    previousVersions: [],
  };
}

export function summarize(
  doc: WorkbenchDocument,
  quoteCount: number,
  reviewCount = 0,
): ChannelOutput<'documents.list'>[number] {
  const { text, blocks: _blocks, previousVersions, ...rest } = doc;
  return {
    ...rest,
    quoteCount,
    length: text.length,
    versionCount: previousVersions.length + 1,
    reviewCount,
  };
}

function quoteCounts(data: WorkspaceData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quote of valuesOf(data.quotes)) {
    counts.set(quote.documentId, (counts.get(quote.documentId) ?? 0) + 1);
  }
  return counts;
}

export function documentHandlers(ctx: ServiceContext): DocumentHandlers {
  return {
    'documents.list': async () => {
      const counts = quoteCounts(ctx.store.data);
      const review = new Map<string, number>();
      const spans = [...valuesOf(ctx.store.data.quotes), ...valuesOf(ctx.store.data.annotations)];
      for (const span of spans) {
        if (span.anchor?.needsReview)
          review.set(span.documentId, (review.get(span.documentId) ?? 0) + 1);
      }
      return valuesOf(ctx.store.data.documents)
        .map((doc) => summarize(doc, counts.get(doc.id) ?? 0, review.get(doc.id) ?? 0))
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title));
    },
    'documents.get': async ({ id }) => {
      const doc = ctx.store.data.documents[id];
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      return doc;
    },
    'documents.importText': async (input) => {
      const doc = buildDocument(input, ctx.newId(), stamp(ctx));
      const twin = valuesOf(ctx.store.data.documents).find(
        (other) => other.contentHash === doc.contentHash,
      );
      if (twin) {
        throw new WorkbenchError(
          'conflict',
          `This article is already in the workspace as “${twin.title}”.`,
        );
      }
      await ctx.commit('Import article', [{ op: 'put', collection: 'documents', value: doc }]);
      return summarize(doc, 0);
    },
  };
}
