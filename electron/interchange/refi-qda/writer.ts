// The pieces of an exported REFI-QDA project: quotes, highlights and claims as
// PlainTextSelections with their Codings, their notes and memos as Notes, claims' links to
// their quotes and evidence as Links. write-project.ts assembles them into `project.qde`.
import type { Annotation } from '../../../shared/domain/annotations';
import type { Claim, Memo } from '../../../shared/domain/claims';
import type { Attribution, Quote } from '../../../shared/domain/schema';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { valuesOf } from '../../../shared/domain/workspace';
import {
  credibilityGuid,
  entityGuid,
  guidFor,
  kindGuid,
  noteGuid,
  sourceCodeGuid,
  statusGuid,
} from './guids';
import { startTag, textElement } from './xml';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Attribution Workbench';

export interface ProjectMeta {
  /** The project's name as QDA tools show it. */
  name: string;
  /** Who exports: the analyst, written as the project's one User. */
  actor: string;
  /** When (ISO 8601): the project's modified time and the zip entries' stamp. */
  exportedAt: string;
}

export interface WrittenProject {
  /** The `project.qde` document. */
  xml: string;
  /** Files for `sources/`: name inside that folder, and the plain text. */
  sources: { name: string; text: string }[];
  counts: { articles: number; codes: number; selections: number; notes: number };
}

/** xsd:dateTime accepts our ISO stamps; anything else (a hand-edited store) is left out. */
export const dateTime = (value: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? value
    : undefined;

export const clip = (text: string, n = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

interface NoteOut {
  guid: string;
  name: string;
  text: string;
  createdAt?: string;
}

/** One selection as written: its span (code points), codings, notes, description. */
interface SelectionOut {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string;
  codes: { guid: string; codingGuid: string; noteRefs?: string[] }[];
  noteRefs: string[];
  createdAt: string;
  updatedAt: string;
}

/** The writer's state while it walks the workspace. */
export class ProjectWriter {
  readonly notes: NoteOut[] = [];
  readonly codeNotes = new Map<string, string[]>();
  readonly links: string[] = [];
  readonly user: string;
  selections = 0;
  // Indexes built once, so the export stays linear in the size of the workspace.
  private readonly memosOf = new Map<string, Memo[]>();
  private readonly attributionsOf = new Map<string, Attribution[]>();
  /** Quotes, highlights and claims by article. */
  readonly spansOf = new Map<
    string,
    { quotes: Quote[]; highlights: Annotation[]; claims: Claim[] }
  >();

  constructor(
    readonly data: WorkspaceData,
    readonly meta: ProjectMeta,
  ) {
    this.user = guidFor(`user:${meta.actor}`);
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const m of valuesOf(data.memos)) push(this.memosOf, `${m.subject}:${m.subjectId}`, m);
    for (const a of valuesOf(data.attributions)) push(this.attributionsOf, a.quoteId, a);
    const spans = (id: string) => {
      let entry = this.spansOf.get(id);
      if (!entry) this.spansOf.set(id, (entry = { quotes: [], highlights: [], claims: [] }));
      return entry;
    };
    for (const q of valuesOf(data.quotes)) spans(q.documentId).quotes.push(q);
    for (const a of valuesOf(data.annotations)) spans(a.documentId).highlights.push(a);
    for (const c of valuesOf(data.claims)) spans(c.documentId).claims.push(c);
  }

  note(note: NoteOut): string {
    this.notes.push(note);
    return note.guid;
  }

  /** Memos about an item, as Notes; their GUIDs to reference from it. */
  memos(subject: string, subjectId: string): string[] {
    return (this.memosOf.get(`${subject}:${subjectId}`) ?? []).map((m) =>
      this.note({
        guid: entityGuid('memos', m.id),
        name: m.title,
        text: m.body,
        createdAt: m.createdAt,
      }),
    );
  }

  selection(s: SelectionOut): string {
    this.selections += 1;
    const codings = s.codes
      .map(
        (c) =>
          `${startTag('Coding', { guid: c.codingGuid, creatingUser: this.user, creationDateTime: dateTime(s.createdAt) })}${startTag('CodeRef', { targetGUID: c.guid }, true)}${(c.noteRefs ?? []).map((r) => startTag('NoteRef', { targetGUID: r }, true)).join('')}</Coding>`,
      )
      .join('');
    const refs = s.noteRefs.map((r) => startTag('NoteRef', { targetGUID: r }, true)).join('');
    const description = s.description ? textElement('Description', s.description) : '';
    const attrs = {
      guid: s.guid,
      name: s.name,
      startPosition: s.start,
      endPosition: s.end,
      creatingUser: this.user,
      creationDateTime: dateTime(s.createdAt),
      modifyingUser: this.user,
      modifiedDateTime: dateTime(s.updatedAt),
    };
    return `${startTag('PlainTextSelection', attrs)}${description}${codings}${refs}</PlainTextSelection>`;
  }

  quote(q: Quote, toCp: (n: number) => number): string {
    const codes: SelectionOut['codes'] = [
      { guid: kindGuid(q.kind), codingGuid: guidFor(`coding:kind:${q.id}`) },
    ];
    for (const a of this.attributionsOf.get(q.id) ?? []) {
      const detail =
        a.confidence !== 'stated' || a.basis
          ? [
              this.note({
                guid: entityGuid('attributions', a.id),
                name: 'Attribution',
                text: `Confidence: ${a.confidence}${a.basis ? `\nBasis: ${a.basis}` : ''}`,
                createdAt: a.createdAt,
              }),
            ]
          : [];
      codes.push({
        guid: sourceCodeGuid(a.role, a.sourceId),
        codingGuid: entityGuid('attributions', a.id),
        noteRefs: detail,
      });
    }
    if (q.credibility !== null)
      codes.push({
        guid: credibilityGuid(q.credibility),
        codingGuid: guidFor(`coding:cred:${q.id}`),
      });
    const lines = [
      q.cue && `Cue: ${q.cue}`,
      q.medium && `Medium: ${q.medium}`,
      q.saidAt && `Said at: ${q.saidAt}`,
    ].filter(Boolean);
    const noteRefs = q.note
      ? [this.note({ guid: noteGuid('quotes', q.id), name: 'Note', text: q.note })]
      : [];
    return this.selection({
      guid: entityGuid('quotes', q.id),
      name: clip(q.selector.quote.exact),
      start: toCp(q.selector.position.start),
      end: toCp(q.selector.position.end),
      description: lines.join('\n'),
      codes,
      noteRefs,
      createdAt: q.createdAt,
      updatedAt: q.updatedAt,
    });
  }

  highlight(a: Annotation, toCp: (n: number) => number): string {
    const noteRefs = a.note
      ? [this.note({ guid: noteGuid('annotations', a.id), name: 'Note', text: a.note })]
      : [];
    return this.selection({
      guid: entityGuid('annotations', a.id),
      name: clip(a.selector.quote.exact),
      start: toCp(a.selector.position.start),
      end: toCp(a.selector.position.end),
      description: '',
      codes: a.tagIds.map((t) => ({
        guid: entityGuid('tags', t),
        codingGuid: guidFor(`coding:${a.id}:${t}`),
      })),
      noteRefs,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    });
  }

  claim(c: Claim, toCp: (n: number) => number): string {
    const guid = entityGuid('claims', c.id);
    const codes: SelectionOut['codes'] = [
      { guid: statusGuid(c.status), codingGuid: guidFor(`coding:status:${c.id}`) },
      ...c.claimantIds.map((s) => ({
        guid: sourceCodeGuid('speaker', s),
        codingGuid: guidFor(`coding:claimant:${c.id}:${s}`),
      })),
      ...c.tagIds.map((t) => ({
        guid: entityGuid('tags', t),
        codingGuid: guidFor(`coding:${c.id}:${t}`),
      })),
    ];
    if (c.credibility !== null)
      codes.push({
        guid: credibilityGuid(c.credibility),
        codingGuid: guidFor(`coding:cred:${c.id}`),
      });
    if (c.quoteId) this.link(guid, entityGuid('quotes', c.quoteId), 'made from quote');
    return this.selection({
      guid,
      name: clip(c.statement),
      start: toCp(c.selector.position.start),
      end: toCp(c.selector.position.end),
      description: c.statement,
      codes,
      noteRefs: this.memos('claims', c.id),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }

  link(origin: string, target: string, name: string, noteRefs: string[] = []): void {
    const attrs = {
      guid: guidFor(`link:${origin}:${target}:${name}`),
      name,
      direction: 'OneWay',
      originGUID: origin,
      targetGUID: target,
    };
    const refs = noteRefs.map((r) => startTag('NoteRef', { targetGUID: r }, true)).join('');
    this.links.push(
      refs ? `${startTag('Link', attrs)}${refs}</Link>` : startTag('Link', attrs, true),
    );
  }
}

/** Evidence spans, by the article they sit in: written among that article's selections. */
