// Handlers for the library of articles: listing, reading, editing metadata, deleting (with what
// hangs off the article), and importing pasted plain text (the sample article uses the same path
// on first run). Files and pasted web content come in through ./imports.ts.
import { createHash } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Block, DocumentFormat, WorkbenchDocument } from '../../shared/domain/schema';
import type { Claim } from '../../shared/domain/claims';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { memosAbout } from './memos';
import { titleFromFileName } from '../import/article';

type DocumentHandlers = Pick<
  HandlerTable,
  | 'documents.list'
  | 'documents.get'
  | 'documents.importText'
  | 'documents.update'
  | 'documents.deletePlan'
  | 'documents.delete'
>;

/** A readable title when the analyst gave none: the file name without extension, else the first words. */
export function deriveTitle(fileName: string, canonical: string): string {
  const fromName = titleFromFileName(fileName);
  if (fromName !== '') return fromName;
  const first = canonical.split('\n')[0] ?? '';
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first || 'Untitled article';
}

/** What an article is made from: its canonical text, blocks and metadata. */
export interface ArticleParts {
  text: string;
  blocks: Block[];
  title: string;
  outlet?: string;
  authors?: string[];
  publishedAt?: string;
  url?: string;
  language?: string;
  fileName: string;
  format: DocumentFormat;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Builds a stored article. Throws invalid_input when nothing readable is left. */
export function makeDocument(
  parts: ArticleParts,
  id: string,
  importedAt: string,
): WorkbenchDocument {
  if (parts.text === '')
    throw new WorkbenchError('invalid_input', 'The article has no text to import.');
  return {
    id,
    title: parts.title.slice(0, 500) || 'Untitled article',
    outlet: (parts.outlet ?? '').slice(0, 200),
    authors: (parts.authors ?? []).map((a) => a.slice(0, 200)).slice(0, 50),
    publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(parts.publishedAt ?? '') ? parts.publishedAt! : '',
    url: (parts.url ?? '').slice(0, 2_000),
    language: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(parts.language ?? '')
      ? parts.language!
      : '',
    description: '',
    fileName: parts.fileName.slice(0, 500),
    format: parts.format,
    contentHash: contentHash(parts.text),
    text: parts.text,
    blocks: parts.blocks,
    importedAt,
    previousVersions: [],
  };
}

/** Builds a document from raw plain text (pasted, or the sample). */
export function buildDocument(
  input: Pick<ParsedInput<'documents.importText'>, 'text' | 'title' | 'outlet' | 'fileName'>,
  id: string,
  importedAt: string,
): WorkbenchDocument {
  const text = canonicalizeText(input.text);
  if (text === '') throw new WorkbenchError('invalid_input', 'The article has no text to import.');
  return makeDocument(
    {
      text,
      blocks: findBlocks(text),
      title: input.title || deriveTitle(input.fileName, text),
      outlet: input.outlet,
      fileName: input.fileName,
      format: input.fileName ? 'text' : 'paste',
    },
    id,
    importedAt,
  );
}

export function summarize(
  doc: WorkbenchDocument,
  quoteCount: number,
  reviewCount = 0,
  claimCount = 0,
): ChannelOutput<'documents.list'>[number] {
  const { text, blocks: _blocks, previousVersions, ...rest } = doc;
  return {
    ...rest,
    quoteCount,
    claimCount,
    length: text.length,
    versionCount: previousVersions.length + 1,
    reviewCount,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The summary of one article as the library lists it. */
export function summaryOf(data: WorkspaceData, doc: WorkbenchDocument) {
  const quotes = valuesOf(data.quotes).filter((q) => q.documentId === doc.id);
  const review = [...quotes, ...valuesOf(data.annotations).filter((a) => a.documentId === doc.id)];
  return summarize(
    doc,
    quotes.length,
    review.filter((s) => s.anchor?.needsReview).length,
    valuesOf(data.claims).filter((c) => c.documentId === doc.id).length,
  );
}

/** The article, or not_found. An own-property lookup (getRecord), so no prototype name passes. */
export function requireDocument(data: WorkspaceData, id: string): WorkbenchDocument {
  const doc = getRecord(data.documents, id);
  if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
  return doc;
}

/** Everything deleting an article takes with it, and the evidence elsewhere it turns into references. */
function deletionOf(data: WorkspaceData, doc: WorkbenchDocument, at: string) {
  const quotes = valuesOf(data.quotes).filter((q) => q.documentId === doc.id);
  const quoteIds = new Set(quotes.map((q) => q.id));
  const attributions = valuesOf(data.attributions).filter((a) => quoteIds.has(a.quoteId));
  const annotations = valuesOf(data.annotations).filter((a) => a.documentId === doc.id);
  const claims = valuesOf(data.claims).filter((c) => c.documentId === doc.id);
  const claimIds = new Set(claims.map((c) => c.id));
  const memos = [
    ...memosAbout(data, 'documents', doc.id),
    ...claims.flatMap((c) => memosAbout(data, 'claims', c.id)),
  ];
  // Claims about other articles that cite this one keep their evidence, as a reference that
  // names the article and quotes what the span said, so the verdict's basis is not lost.
  const rewritten: Claim[] = [];
  let evidenceKept = 0;
  for (const claim of valuesOf(data.claims)) {
    if (claimIds.has(claim.id)) continue;
    let touched = false;
    const evidence = claim.evidence.map((item) => {
      if (item.target.kind !== 'span' || item.target.documentId !== doc.id) return item;
      touched = true;
      evidenceKept += 1;
      const quoted = `Quoted from the deleted article: “${item.target.selector.quote.exact}”`;
      return {
        ...item,
        note: (item.note ? `${item.note}\n\n${quoted}` : quoted).slice(0, 20_000),
        target: {
          kind: 'reference' as const,
          title: `${doc.title} (deleted article)`.slice(0, 500),
          url: doc.url,
        },
      };
    });
    if (touched) rewritten.push({ ...claim, evidence, updatedAt: at });
  }
  return { quotes, attributions, annotations, claims, memos, rewritten, evidenceKept };
}

const TEXT_FIELDS = ['title', 'outlet', 'publishedAt', 'url', 'language', 'description'] as const;

export function documentHandlers(ctx: ServiceContext): DocumentHandlers {
  const data = () => ctx.store.data;
  return {
    'documents.list': async () => {
      const counts = countBy(valuesOf(data().quotes), (q) => q.documentId);
      const claims = countBy(valuesOf(data().claims), (c) => c.documentId);
      const spans = [...valuesOf(data().quotes), ...valuesOf(data().annotations)];
      const review = countBy(
        spans.filter((s) => s.anchor?.needsReview),
        (s) => s.documentId,
      );
      return valuesOf(data().documents)
        .map((doc) =>
          summarize(doc, counts.get(doc.id) ?? 0, review.get(doc.id) ?? 0, claims.get(doc.id) ?? 0),
        )
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title));
    },
    'documents.get': async ({ id }) => requireDocument(data(), id),
    'documents.importText': async (input) => {
      const doc = buildDocument(input, ctx.newId(), stamp(ctx));
      const twin = valuesOf(data().documents).find(
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
    'documents.update': async ({ id, patch }) => {
      const before = requireDocument(data(), id);
      const after: WorkbenchDocument = { ...before };
      for (const field of TEXT_FIELDS) {
        const value = patch[field];
        if (value !== undefined) after[field] = value;
      }
      if (patch.authors !== undefined) {
        // One entry per person, in the analyst's order; the same name twice is kept once.
        const seen = new Set<string>();
        after.authors = patch.authors.filter((name) => {
          const key = name.replace(/\s+/g, ' ').toLowerCase();
          return !seen.has(key) && seen.add(key);
        });
      }
      const changed = Object.keys(patch).some(
        (key) =>
          JSON.stringify(after[key as keyof WorkbenchDocument]) !==
          JSON.stringify(before[key as keyof WorkbenchDocument]),
      );
      if (changed) {
        const label =
          patch.title !== undefined && patch.title !== before.title
            ? 'Rename article'
            : 'Edit article details';
        await ctx.commit(label, [{ op: 'put', collection: 'documents', value: after }]);
      }
      return summaryOf(data(), after);
    },
    'documents.deletePlan': async ({ id }) => {
      const plan = deletionOf(data(), requireDocument(data(), id), stamp(ctx));
      return {
        quotes: plan.quotes.length,
        annotations: plan.annotations.length,
        claims: plan.claims.length,
        memos: plan.memos.length,
        evidenceKept: plan.evidenceKept,
      };
    },
    'documents.delete': async ({ id }) => {
      const doc = requireDocument(data(), id);
      const plan = deletionOf(data(), doc, stamp(ctx));
      const gone = (collection: Change['collection'], items: readonly { id: string }[]): Change[] =>
        items.map((item) => ({ op: 'delete', collection, id: item.id }) as Change);
      // One edit, so one undo brings the article back with everything that hung off it.
      await ctx.commit(`Delete article “${doc.title.slice(0, 60)}”`, [
        ...plan.rewritten.map((claim): Change => ({
          op: 'put',
          collection: 'claims',
          value: claim,
        })),
        ...gone('memos', plan.memos),
        ...gone('claims', plan.claims),
        ...gone('annotations', plan.annotations),
        ...gone('attributions', plan.attributions),
        ...gone('quotes', plan.quotes),
        // Rejected quote suggestions mean nothing without their article.
        ...gone(
          'suggestionRejections',
          valuesOf(data().suggestionRejections).filter((r) => r.documentId === id),
        ),
        { op: 'delete', collection: 'documents', id },
      ]);
      return { id };
    },
  };
}
