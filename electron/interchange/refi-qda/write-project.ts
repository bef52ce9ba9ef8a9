// Writes the workspace as a REFI-QDA project (QDA-XML 1.0): `project.qde` plus every article's
// plain text in `sources/`, zipped as a `.qdpx` that ATLAS.ti, MAXQDA, NVivo and QualCoder open.
// Pure apart from the zip's compression; the clock and the analyst's name are passed in.
import type { Quote, WorkbenchDocument } from '../../../shared/domain/schema';
import { latestBySource } from '../../../shared/domain/reliability';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { valuesOf } from '../../../shared/domain/workspace';
import { ZipWriter } from '../../export/zip';
import { entityGuid, noteGuid, sourceCodeGuid } from './guids';
import { positionMap } from './positions';
import { writeCodeBook } from './write-codes';
import { writeValues, writeVariables } from './variables';
import { ORIGIN, ProjectWriter, QDE_NAMESPACE, clip, dateTime } from './writer';
import type { ProjectMeta, WrittenProject } from './writer';
import { startTag, textElement } from './xml';

export type { ProjectMeta, WrittenProject } from './writer';

/** A span of an article cited as evidence, to write as a selection of that article. */
interface EvidenceSpan {
  guid: string;
  exact: string;
  start: number;
  end: number;
  at: string;
}

function evidenceByDocument(w: ProjectWriter): Map<string, EvidenceSpan[]> {
  const out = new Map<string, EvidenceSpan[]>();
  for (const claim of valuesOf(w.data.claims)) {
    const origin = entityGuid('claims', claim.id);
    for (const ev of claim.evidence) {
      const notes = ev.note
        ? [
            w.note({
              guid: noteGuid('evidence', ev.id),
              name: 'Evidence note',
              text: ev.note,
              createdAt: ev.createdAt,
            }),
          ]
        : [];
      if (ev.target.kind === 'reference') {
        const target = w.note({
          guid: entityGuid('evidence', ev.id),
          name: `Evidence: ${ev.target.title}`,
          text: ev.target.url ? `${ev.target.title}\n${ev.target.url}` : ev.target.title,
          createdAt: ev.createdAt,
        });
        w.link(origin, target, ev.stance, notes);
        continue;
      }
      const guid = entityGuid('evidence', ev.id);
      w.link(origin, guid, ev.stance, notes);
      const list = out.get(ev.target.documentId) ?? [];
      out.set(ev.target.documentId, list);
      const { selector } = ev.target;
      list.push({ guid, exact: selector.quote.exact, ...selector.position, at: ev.createdAt });
    }
  }
  return out;
}

function writeSource(
  w: ProjectWriter,
  doc: WorkbenchDocument,
  evidence: readonly EvidenceSpan[],
): { xml: string; file: { name: string; text: string } } {
  const guid = entityGuid('documents', doc.id);
  const map = positionMap(doc.text);
  const toCp = (n: number) => map.toCodePoints(n);
  const parts: string[] = [];
  if (doc.description) parts.push(textElement('Description', doc.description));
  const inText = <T extends { selector: Quote['selector'] }>(items: T[] = []) =>
    [...items].sort((a, b) => a.selector.position.start - b.selector.position.start);
  const spans = w.spansOf.get(doc.id);
  for (const q of inText(spans?.quotes)) parts.push(w.quote(q, toCp));
  for (const a of inText(spans?.highlights)) parts.push(w.highlight(a, toCp));
  for (const c of inText(spans?.claims)) parts.push(w.claim(c, toCp));
  for (const ev of evidence) {
    parts.push(
      w.selection({
        guid: ev.guid,
        name: `Evidence: ${clip(ev.exact)}`,
        start: toCp(ev.start),
        end: toCp(ev.end),
        description: '',
        codes: [],
        noteRefs: [],
        createdAt: ev.at,
        updatedAt: ev.at,
      }),
    );
  }
  for (const ref of w.memos('documents', doc.id))
    parts.push(startTag('NoteRef', { targetGUID: ref }, true));
  parts.push(
    writeValues({
      outlet: doc.outlet,
      authors: doc.authors.join('; '),
      published: doc.publishedAt,
      url: doc.url,
      language: doc.language,
    }),
  );
  const file = `${guid}.txt`;
  const attrs = {
    guid,
    name: doc.title || doc.fileName || 'Untitled article',
    plainTextPath: `internal://${file}`,
    creatingUser: w.user,
    creationDateTime: dateTime(doc.importedAt),
  };
  return {
    xml: `${startTag('TextSource', attrs)}${parts.join('\n')}</TextSource>`,
    file: { name: file, text: doc.text },
  };
}

/** Sources as Cases: their details and grade as variables, their quotes as selections. */
function writeCases(w: ProjectWriter): string {
  const sources = valuesOf(w.data.sources).sort((a, b) => a.name.localeCompare(b.name));
  if (sources.length === 0) return '';
  const grades = latestBySource(valuesOf(w.data.assessments));
  const spoken = new Map<string, Set<string>>();
  for (const a of valuesOf(w.data.attributions)) {
    const set = spoken.get(a.sourceId) ?? new Set<string>();
    spoken.set(a.sourceId, set.add(entityGuid('quotes', a.quoteId)));
  }
  const cases = sources.map((s) => {
    const grade = grades.get(s.id);
    const values = writeValues({
      sourceKind: s.kind,
      role: s.role,
      affiliation: s.affiliation,
      grade: grade?.grade,
      gradedOn: grade?.assessedOn,
      gradeRationale: grade?.rationale,
    });
    const refs = [...(spoken.get(s.id) ?? [])]
      .map((g) => startTag('SelectionRef', { targetGUID: g }, true))
      .join('');
    const description = [
      s.aliases.length > 0 ? `Also known as: ${s.aliases.join('; ')}` : '',
      s.notes,
    ]
      .filter(Boolean)
      .join('\n\n');
    return `${startTag('Case', { guid: entityGuid('sources', s.id), name: s.name })}${description ? textElement('Description', description) : ''}${startTag('CodeRef', { targetGUID: sourceCodeGuid('speaker', s.id) }, true)}${values}${refs}</Case>`;
  });
  return `<Cases>\n${cases.join('\n')}\n</Cases>`;
}

/** Writes `project.qde` and the source texts. */
export function writeProject(data: WorkspaceData, meta: ProjectMeta): WrittenProject {
  const w = new ProjectWriter(data, meta);
  // Memos on tags and sources hang on their codes; collected before the code book is written.
  for (const tag of valuesOf(data.tags))
    w.codeNotes.set(entityGuid('tags', tag.id), w.memos('tags', tag.id));
  for (const s of valuesOf(data.sources))
    w.codeNotes.set(sourceCodeGuid('speaker', s.id), w.memos('sources', s.id));
  const evidence = evidenceByDocument(w);
  const docs = valuesOf(data.documents).sort(
    (a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id),
  );
  const written = docs.map((d) => writeSource(w, d, evidence.get(d.id) ?? []));
  const codeBook = writeCodeBook(data, w.codeNotes);
  const notes = w.notes.map(
    (n) =>
      `${startTag('Note', { guid: n.guid, name: n.name || undefined, creatingUser: w.user, creationDateTime: n.createdAt ? dateTime(n.createdAt) : undefined })}${textElement('PlainTextContent', n.text)}</Note>`,
  );
  const project = startTag('Project', {
    xmlns: QDE_NAMESPACE,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${QDE_NAMESPACE} Project.xsd`,
    name: meta.name,
    origin: ORIGIN,
    creatingUserGUID: w.user,
    creationDateTime: dateTime(data.createdAt),
    modifyingUserGUID: w.user,
    modifiedDateTime: dateTime(meta.exportedAt),
  });
  // Element order inside Project is fixed by the schema.
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    project,
    `<Users>${startTag('User', { guid: w.user, name: meta.actor }, true)}</Users>`,
    codeBook,
    writeVariables(),
    writeCases(w),
    written.length > 0 ? `<Sources>\n${written.map((s) => s.xml).join('\n')}\n</Sources>` : '',
    notes.length > 0 ? `<Notes>\n${notes.join('\n')}\n</Notes>` : '',
    w.links.length > 0 ? `<Links>\n${w.links.join('\n')}\n</Links>` : '',
    textElement('Description', `Exported from ${ORIGIN} on ${meta.exportedAt.slice(0, 10)}.`),
    '</Project>',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    xml: `${xml}\n`,
    sources: written.map((s) => s.file),
    counts: {
      articles: docs.length,
      codes: (codeBook.match(/<Code /g) ?? []).length,
      selections: w.selections,
      notes: w.notes.length,
    },
  };
}

/** The `.qdpx` archive: `project.qde` at the root and the texts in `sources/`. */
export async function exportQdpx(
  data: WorkspaceData,
  meta: ProjectMeta,
): Promise<{ bytes: Uint8Array; counts: WrittenProject['counts'] }> {
  const project = writeProject(data, meta);
  const zip = new ZipWriter(meta.exportedAt);
  zip.add('project.qde', project.xml);
  for (const source of project.sources) zip.add(`sources/${source.name}`, source.text);
  return { bytes: new Uint8Array(await zip.finish()), counts: project.counts };
}
