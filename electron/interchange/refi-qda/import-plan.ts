// Plans the import of a `.qdpx` into the open workspace: articles, tags, sources, highlights,
// and (where our own codes mark them) quotes with their speakers and claims with their status,
// evidence and memos. Pure: it returns the puts to commit as one edit (one undo step) and a
// report that lists everything not imported with the reason, never dropping anything silently.
import type { Annotation } from '../../../shared/domain/annotations';
import type { Claim, Evidence } from '../../../shared/domain/claims';
import type { Attribution, Quote } from '../../../shared/domain/schema';
import { AttributionConfidence } from '../../../shared/domain/schema';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import type { QdpxArchive } from './archive';
import { importCodes } from './import-codes';
import type { CodeMeaning } from './import-codes';
import { importSources, isoOr } from './import-sources';
import type { PlacedSelection } from './import-sources';
import { readProject } from './reader';
import type { QdaCoding, QdaProject } from './reader';
import { ORIGIN } from './writer';
import { NoteBook } from './import-notes';
import { finish } from './import-report';
import type { QdpxImportPlan } from './import-report';

export type { QdpxImportPlan, QdpxImportReport } from './import-report';

export interface ImportEnv {
  newId: () => string;
  /** Now, ISO 8601: the stamp of anything the project does not date. */
  at: string;
}

const EVIDENCE_LINKS = new Set(['supports', 'refutes']);

/** Parses the Description lines our export writes for a quote ("Cue: told Fox News"). */
function quoteFields(description: string) {
  const line = (key: string) =>
    new RegExp(`^${key}: (.*)$`, 'm').exec(description)?.[1]?.trim() ?? '';
  return {
    cue: line('Cue').slice(0, 300),
    medium: line('Medium').slice(0, 200),
    saidAt: line('Said at').slice(0, 100),
  };
}

export function planQdpxImport(
  current: WorkspaceData,
  archive: QdpxArchive,
  env: ImportEnv,
): QdpxImportPlan {
  const project: QdaProject = readProject(archive.qde);
  const ours = project.origin === ORIGIN;
  const base = { current, newId: env.newId, at: env.at };
  const codes = importCodes(project, base);
  const sources = importSources(project, archive, base);
  const skipped = [...sources.skipped];
  const notes = [...codes.notes, ...sources.notes];
  const book = new NoteBook(project, env);

  const meaning = (c: QdaCoding): CodeMeaning | undefined => codes.meanings.get(c.code);
  const claimGuids = new Set<string>();
  for (const placed of sources.placed.values()) {
    if (placed.selection.codings.some((c) => meaning(c)?.kind === 'claim-status'))
      claimGuids.add(placed.selection.guid);
  }
  const linksFrom = new Map<string, QdaProject['links']>();
  for (const link of project.links) {
    const list = linksFrom.get(link.origin);
    if (list) list.push(link);
    else linksFrom.set(link.origin, [link]);
  }
  const evidenceTargets = new Set(
    project.links
      .filter((l) => EVIDENCE_LINKS.has(l.name) && claimGuids.has(l.origin))
      .map((l) => l.target),
  );
  const existing = new Set([
    ...Object.values(current.quotes).map(
      (q) => `quote:${q.documentId}:${q.selector.position.start}:${q.selector.position.end}`,
    ),
    ...Object.values(current.annotations).map(
      (a) => `highlight:${a.documentId}:${a.selector.position.start}:${a.selector.position.end}`,
    ),
    ...Object.values(current.claims).map(
      (c) => `claim:${c.documentId}:${c.selector.position.start}:${c.selector.position.end}`,
    ),
  ]);
  const alreadyHere = (kind: string, p: PlacedSelection) =>
    existing.has(`${kind}:${p.documentId}:${p.selector.position.start}:${p.selector.position.end}`);
  let duplicates = 0;

  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  const annotations: Annotation[] = [];
  const claims: Claim[] = [];
  const quoteOf = new Map<string, string>();
  const stamps = (p: PlacedSelection) => {
    const createdAt = isoOr(p.selection.createdAt, env.at);
    return { createdAt, updatedAt: isoOr(p.selection.updatedAt, createdAt) };
  };
  const tagsOf = (p: PlacedSelection) => [
    ...new Set(
      p.selection.codings.flatMap((c) => {
        const m = meaning(c);
        return m?.kind === 'tag' ? [m.tagId] : [];
      }),
    ),
  ];
  const credibilityOf = (p: PlacedSelection) => {
    const m = p.selection.codings.map(meaning).find((x) => x?.kind === 'credibility');
    return m?.kind === 'credibility' ? m.value : null;
  };

  // Quotes first, so claims made from them can point at them.
  for (const p of sources.placed.values()) {
    const kind = p.selection.codings.map(meaning).find((m) => m?.kind === 'quote-kind');
    if (kind?.kind !== 'quote-kind' || claimGuids.has(p.selection.guid)) continue;
    if (alreadyHere('quote', p)) {
      duplicates++;
      continue;
    }
    const id = env.newId();
    quoteOf.set(p.selection.guid, id);
    const at = stamps(p);
    quotes.push({
      id,
      documentId: p.documentId,
      selector: p.selector,
      kind: kind.value,
      ...quoteFields(p.selection.description),
      credibility: credibilityOf(p),
      note: book.join(p.selection.noteRefs).slice(0, 20_000),
      anchor: p.anchor,
      ...at,
    });
    for (const c of p.selection.codings) {
      const m = meaning(c);
      if (m?.kind !== 'source') continue;
      const detail = c.noteRefs.map((r) => book.take(r)?.text ?? '').join('\n');
      const confidence = AttributionConfidence.safeParse(/^Confidence: (\w+)/m.exec(detail)?.[1]);
      attributions.push({
        id: env.newId(),
        quoteId: id,
        sourceId: m.sourceId,
        role: m.role,
        confidence: confidence.success ? confidence.data : 'stated',
        basis: (/^Basis: ([\s\S]*)$/m.exec(detail)?.[1] ?? '').slice(0, 2_000),
        createdAt: at.createdAt,
      });
    }
  }
  for (const p of sources.placed.values()) {
    const { selection } = p;
    if (claimGuids.has(selection.guid)) {
      if (alreadyHere('claim', p)) {
        duplicates++;
        continue;
      }
      const status = selection.codings.map(meaning).find((m) => m?.kind === 'claim-status');
      const id = env.newId();
      const links = linksFrom.get(selection.guid) ?? [];
      const fromQuote = links.find((l) => l.name === 'made from quote');
      const evidence: Evidence[] = links
        .filter((l) => EVIDENCE_LINKS.has(l.name))
        .flatMap((l): Evidence[] => {
          const stance = l.name === 'supports' ? 'supports' : 'refutes';
          const note = book.join(l.noteRefs).slice(0, 20_000);
          const span = sources.placed.get(l.target);
          if (span)
            return [
              {
                id: env.newId(),
                stance,
                note,
                target: {
                  kind: 'span',
                  documentId: span.documentId,
                  selector: span.selector,
                  anchor: span.anchor,
                },
                createdAt: stamps(span).createdAt,
              },
            ];
          const ref = project.notes.get(l.target);
          if (!ref) return [];
          book.take(ref.guid);
          const [title = '', url = ''] = ref.text.split('\n');
          return [
            {
              id: env.newId(),
              stance,
              note,
              target: {
                kind: 'reference',
                title: (title || ref.name || 'Reference').slice(0, 500),
                url: url.slice(0, 2_000),
              },
              createdAt: isoOr(ref.createdAt, env.at),
            },
          ];
        });
      const at = stamps(p);
      claims.push({
        id,
        statement:
          (selection.description || p.selector.quote.exact)
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 5_000) || p.selector.quote.exact.slice(0, 5_000),
        documentId: p.documentId,
        selector: p.selector,
        anchor: p.anchor,
        quoteId: fromQuote ? (quoteOf.get(fromQuote.target) ?? null) : null,
        claimantIds: [
          ...new Set(
            selection.codings.flatMap((c) => {
              const m = meaning(c);
              return m?.kind === 'source' ? [m.sourceId] : [];
            }),
          ),
        ],
        tagIds: tagsOf(p),
        status: status?.kind === 'claim-status' ? status.value : 'unverified',
        credibility: credibilityOf(p),
        evidence,
        statusChangedAt:
          status?.kind === 'claim-status' && status.value !== 'unverified' ? at.updatedAt : null,
        ...at,
      });
      for (const ref of selection.noteRefs) book.memo(ref, 'claims', id);
    } else if (
      !quoteOf.has(selection.guid) &&
      !evidenceTargets.has(selection.guid) &&
      !selection.codings.some((c) => meaning(c)?.kind === 'quote-kind')
    ) {
      if (alreadyHere('highlight', p)) {
        duplicates++;
        continue;
      }
      // Other tools keep a coded segment's memo in its Description; ours never writes one there.
      const note = book.join(selection.noteRefs, ours ? '' : selection.description);
      annotations.push({
        id: env.newId(),
        documentId: p.documentId,
        selector: p.selector,
        color: 'yellow',
        note: note.slice(0, 20_000),
        tagIds: tagsOf(p),
        anchor: p.anchor,
        ...stamps(p),
      });
    }
  }
  if (duplicates > 0)
    notes.push(`${duplicates} coded spans were already here and were not added again.`);

  for (const source of project.sources) {
    const documentId = sources.documentOf.get(source.guid);
    if (documentId) for (const ref of source.noteRefs) book.memo(ref, 'documents', documentId);
  }
  for (const t of codes.memoTargets) book.memo(t.noteGuid, t.subject, t.subjectId);
  const wholeSource = project.sources.reduce((n, s) => n + s.codings.length, 0);
  if (wholeSource > 0)
    notes.push(
      `${wholeSource} codes applied to whole sources were not imported: the workbench codes spans of text.`,
    );
  for (const note of book.unused()) {
    skipped.push({
      name: `Note “${note.name || note.text.slice(0, 40)}”`,
      reason: 'Not imported: it is not about an article, a code or a span the workbench imported.',
    });
  }
  return finish(
    {
      documents: sources.documents,
      sources: codes.sources,
      tags: codes.tags,
      quotes,
      attributions,
      annotations,
      claims,
      assessments: codes.assessments,
      memos: book.memos,
    },
    project,
    skipped,
    notes,
  );
}
