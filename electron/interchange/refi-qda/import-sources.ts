// The text sources of an imported project as articles, and every selection's span found in
// the article's text: QDA-XML counts code points, we count UTF-16 units; and a foreign text that
// our canonical form tidies (line ends, spaces, blank lines) is re-anchored with the same scoring
// as a new version of an article, spans found only approximately going to the review queue.
import type { AnchorStatus, Selector, WorkbenchDocument } from '../../../shared/domain/schema';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { valuesOf } from '../../../shared/domain/workspace';
import { anchorAll, REVIEW_THRESHOLD } from '../../../shared/anchoring/reanchor';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { canonicalizeText, findBlocks } from '../../../shared/text/canonical';
import { contentHash, makeDocument } from '../../service/documents';
import { LIMITS } from '../../import/types';
import type { QdpxArchive } from './archive';
import { unsafeEntryName } from './archive';
import { positionMap } from './positions';
import type { QdaProject, QdaSelection, QdaTextSource } from './reader';
import { variableByName } from './variables';

/** A selection placed in an article. */
export interface PlacedSelection {
  selection: QdaSelection;
  documentId: string;
  selector: Selector;
  anchor: AnchorStatus | null;
}

export interface SourcesImport {
  /** New articles (a source whose text is already here joins that article instead). */
  documents: WorkbenchDocument[];
  /** Selections by GUID, placed. */
  placed: Map<string, PlacedSelection>;
  /** Article id by source GUID, for the sources that came in. */
  documentOf: Map<string, string>;
  skipped: { name: string; reason: string }[];
  notes: string[];
}

export const isoOr = (value: string | null, fallback: string): string =>
  value &&
  /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
  !Number.isNaN(Date.parse(value))
    ? value
    : fallback;

/** The source's plain text, or why it cannot be had. */
function sourceText(source: QdaTextSource, archive: QdpxArchive): string | { reason: string } {
  if (source.content !== null) return source.content;
  const path = source.plainTextPath ?? '';
  const internal = /^internal:\/\/(.+)$/.exec(path);
  if (!internal) {
    return {
      reason: path
        ? `its text is kept outside the project file (${path.slice(0, 120)}), so it cannot be read.`
        : 'it has no plain text (a rich-text-only source).',
    };
  }
  const name = `sources/${internal[1]!}`;
  const problem = unsafeEntryName(name);
  if (problem) return { reason: `its text path ${problem}.` };
  const text = archive.readText(name);
  return text ?? { reason: `its text file ${name} is missing from the archive.` };
}

function metadata(project: QdaProject, source: QdaTextSource) {
  const byKey = new Map<string, string>();
  for (const [guid, value] of source.values) {
    const spec = variableByName(project.variables.get(guid) ?? '');
    if (spec) byKey.set(spec.key, value);
  }
  return {
    outlet: byKey.get('outlet') ?? '',
    authors: (byKey.get('authors') ?? '')
      .split(/;\s*/)
      .map((a) => a.trim())
      .filter(Boolean),
    publishedAt: (byKey.get('published') ?? '').slice(0, 10),
    url: byKey.get('url') ?? '',
    language: byKey.get('language') ?? '',
  };
}

export function importSources(
  project: QdaProject,
  archive: QdpxArchive,
  env: { current: WorkspaceData; newId: () => string; at: string },
): SourcesImport {
  const out: SourcesImport = {
    documents: [],
    placed: new Map(),
    documentOf: new Map(),
    skipped: [],
    notes: [],
  };
  const byHash = new Map(valuesOf(env.current.documents).map((d) => [d.contentHash, d]));
  for (const other of project.otherSources) {
    const a = /^[aeiou]/i.test(other.kind) ? 'an' : 'a';
    out.skipped.push({
      name: other.name || `${a} ${other.kind} source`,
      reason: `${a} ${other.kind} source: the workbench imports text sources only.`,
    });
  }
  for (const source of project.sources) {
    const label = source.name || 'An unnamed text source';
    const raw = sourceText(source, archive);
    if (typeof raw !== 'string') {
      out.skipped.push({ name: label, reason: `Not imported: ${raw.reason}` });
      continue;
    }
    if (raw.length > LIMITS.textChars) {
      out.skipped.push({
        name: label,
        reason: 'Not imported: its text is longer than an article may be.',
      });
      continue;
    }
    const text = canonicalizeText(raw);
    if (text === '') {
      out.skipped.push({ name: label, reason: 'Not imported: it has no text.' });
      continue;
    }
    let doc = byHash.get(contentHash(text));
    if (doc) {
      out.notes.push(
        `“${label}” has the same text as your “${doc.title}”, so its codings were added to yours.`,
      );
    } else {
      const meta = metadata(project, source);
      doc = {
        ...makeDocument(
          {
            text,
            blocks: findBlocks(text),
            title: label.replace(/\s+/g, ' ').trim(),
            fileName: `${label}.txt`,
            format: 'text',
            ...meta,
          },
          env.newId(),
          isoOr(source.createdAt, env.at),
        ),
        description: source.description.slice(0, 20_000),
      };
      byHash.set(doc.contentHash, doc);
      out.documents.push(doc);
    }
    out.documentOf.set(source.guid, doc.id);
    placeSelections(source, raw, doc, out);
  }
  return out;
}

/** Places a source's selections in its article, or lists them as skipped with the reason. */
function placeSelections(
  source: QdaTextSource,
  raw: string,
  doc: WorkbenchDocument,
  out: SourcesImport,
): void {
  const map = positionMap(raw);
  const tidied = raw !== doc.text;
  const pending: { selection: QdaSelection; selector: Selector }[] = [];
  for (const selection of source.selections) {
    const start = map.toUtf16(selection.start);
    const end = map.toUtf16(selection.end);
    const span = start !== null && end !== null ? describeSpan(raw, start, end) : null;
    if (!span) {
      out.skipped.push({
        name: `${selection.name || 'A selection'} in “${doc.title}”`,
        reason: `Not imported: characters ${selection.start}–${selection.end} are not a span of its text (${map.length} characters).`,
      });
      continue;
    }
    if (!tidied)
      out.placed.set(selection.guid, {
        selection,
        documentId: doc.id,
        selector: span,
        anchor: null,
      });
    else pending.push({ selection, selector: span });
  }
  if (pending.length === 0) return;
  const found = anchorAll(
    doc.text,
    pending.map((p) => p.selector),
  );
  pending.forEach(({ selection, selector }, i) => {
    const result = found[i];
    const placed = result ? describeSpan(doc.text, result.start, result.end) : null;
    if (!result || !placed) {
      out.skipped.push({
        name: `“${selector.quote.exact.slice(0, 60)}” in “${doc.title}”`,
        reason: 'Not imported: the span could not be found once the text was tidied.',
      });
      return;
    }
    const review = result.method === 'fuzzy' || result.score < REVIEW_THRESHOLD;
    out.placed.set(selection.guid, {
      selection,
      documentId: doc.id,
      selector: placed,
      anchor: review
        ? {
            method: 'fuzzy',
            score: result.score,
            needsReview: result.score < REVIEW_THRESHOLD,
            previousExact: selector.quote.exact,
            versionHash: doc.contentHash,
          }
        : null,
    });
  });
}
