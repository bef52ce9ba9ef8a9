// Reads a QDA-XML 1.0 `project.qde` (any tool's) into plain records: codes as a flat list in
// tree order, text sources with their selections and codings, notes, cases, links, and the
// sources of other kinds (PDF, picture, audio, video) that the workbench cannot take, by name.
import { QDE_NAMESPACE } from './writer';
import { childNamed, childrenNamed, parseXml } from './xml';
import type { XmlElement } from './xml';
import { QdpxError } from './archive';

export interface QdaCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  parent: string | null;
  noteRefs: string[];
}

export interface QdaCoding {
  guid: string;
  code: string;
  noteRefs: string[];
}

export interface QdaSelection {
  guid: string;
  name: string;
  /** Code points from 0, as written; checked against the text by the importer. */
  start: number;
  end: number;
  description: string;
  codings: QdaCoding[];
  noteRefs: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface QdaTextSource {
  guid: string;
  name: string;
  description: string;
  content: string | null;
  plainTextPath: string | null;
  selections: QdaSelection[];
  /** Codes applied to the whole source (no field of ours takes them). */
  codings: QdaCoding[];
  noteRefs: string[];
  /** Variable GUID → value, as text. */
  values: Map<string, string>;
  createdAt: string | null;
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string;
  createdAt: string | null;
}

export interface QdaCase {
  guid: string;
  name: string;
  description: string;
  codeRefs: string[];
  values: Map<string, string>;
}

export interface QdaLink {
  name: string;
  origin: string;
  target: string;
  noteRefs: string[];
}

export interface QdaProject {
  name: string;
  origin: string;
  users: Map<string, string>;
  codes: QdaCode[];
  /** Variable GUID → name. */
  variables: Map<string, string>;
  cases: QdaCase[];
  sources: QdaTextSource[];
  /** Sources of kinds the workbench does not read: what they are and their names. */
  otherSources: { kind: string; name: string }[];
  notes: Map<string, QdaNote>;
  links: QdaLink[];
  /** Notes about the project as a whole. */
  projectNoteRefs: string[];
}

const attr = (e: XmlElement, name: string): string => e.attrs.get(name) ?? '';
const optional = (e: XmlElement, name: string): string | null => e.attrs.get(name) ?? null;
const refs = (e: XmlElement, element = 'NoteRef'): string[] =>
  childrenNamed(e, element)
    .map((r) => attr(r, 'targetGUID'))
    .filter(Boolean);
const description = (e: XmlElement): string => childNamed(e, 'Description')?.text ?? '';

function codings(e: XmlElement): QdaCoding[] {
  return childrenNamed(e, 'Coding').flatMap((c) => {
    const code = childNamed(c, 'CodeRef');
    return code
      ? [{ guid: attr(c, 'guid'), code: attr(code, 'targetGUID'), noteRefs: refs(c) }]
      : [];
  });
}

function values(e: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of childrenNamed(e, 'VariableValue')) {
    const ref = childNamed(v, 'VariableRef');
    const value = v.children.find((c) => c.name !== 'VariableRef');
    if (ref && value) out.set(attr(ref, 'targetGUID'), value.text.trim());
  }
  return out;
}

const integer = (value: string): number =>
  /^-?\d{1,12}$/.test(value.trim()) ? Number(value) : NaN;

function textSource(e: XmlElement): QdaTextSource {
  return {
    guid: attr(e, 'guid'),
    name: attr(e, 'name'),
    description: description(e),
    content: childNamed(e, 'PlainTextContent')?.text ?? null,
    plainTextPath: optional(e, 'plainTextPath'),
    selections: childrenNamed(e, 'PlainTextSelection').map((s) => ({
      guid: attr(s, 'guid'),
      name: attr(s, 'name'),
      start: integer(attr(s, 'startPosition')),
      end: integer(attr(s, 'endPosition')),
      description: description(s),
      codings: codings(s),
      noteRefs: refs(s),
      createdAt: optional(s, 'creationDateTime'),
      updatedAt: optional(s, 'modifiedDateTime'),
    })),
    codings: codings(e),
    noteRefs: refs(e),
    values: values(e),
    createdAt: optional(e, 'creationDateTime'),
  };
}

function walkCodes(parent: XmlElement, parentGuid: string | null, out: QdaCode[]): void {
  for (const c of childrenNamed(parent, 'Code')) {
    const guid = attr(c, 'guid');
    out.push({
      guid,
      name: attr(c, 'name'),
      color: optional(c, 'color'),
      description: description(c),
      parent: parentGuid,
      noteRefs: refs(c),
    });
    walkCodes(c, guid, out);
  }
}

const OTHER_KINDS: Record<string, string> = {
  PDFSource: 'PDF',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

/** Parses project.qde. Throws XmlError (malformed, DOCTYPE) or QdpxError (not QDA-XML). */
export function readProject(xml: string): QdaProject {
  const root = parseXml(xml);
  if (root.name !== 'Project' || root.namespace !== QDE_NAMESPACE) {
    throw new QdpxError(
      `This is not a REFI-QDA project: its root is <${root.name}>${root.namespace ? ` in ${root.namespace}` : ''}, not <Project> in ${QDE_NAMESPACE}.`,
    );
  }
  const section = (name: string) => childNamed(root, name);
  const codes: QdaCode[] = [];
  const codeBook = section('CodeBook');
  const codesElement = codeBook ? childNamed(codeBook, 'Codes') : null;
  if (codesElement) walkCodes(codesElement, null, codes);
  const sources: QdaTextSource[] = [];
  const otherSources: QdaProject['otherSources'] = [];
  for (const s of section('Sources')?.children ?? []) {
    if (s.name === 'TextSource') sources.push(textSource(s));
    else otherSources.push({ kind: OTHER_KINDS[s.name] ?? s.name, name: attr(s, 'name') });
  }
  const notes = new Map<string, QdaNote>();
  for (const n of childrenNamed(section('Notes') ?? root, 'Note')) {
    notes.set(attr(n, 'guid'), {
      guid: attr(n, 'guid'),
      name: attr(n, 'name'),
      text: childNamed(n, 'PlainTextContent')?.text ?? '',
      createdAt: optional(n, 'creationDateTime'),
    });
  }
  return {
    name: attr(root, 'name'),
    origin: attr(root, 'origin'),
    users: new Map(
      childrenNamed(section('Users') ?? root, 'User').map((u) => [
        attr(u, 'guid'),
        attr(u, 'name'),
      ]),
    ),
    codes,
    variables: new Map(
      childrenNamed(section('Variables') ?? root, 'Variable').map((v) => [
        attr(v, 'guid'),
        attr(v, 'name'),
      ]),
    ),
    cases: childrenNamed(section('Cases') ?? root, 'Case').map((c) => ({
      guid: attr(c, 'guid'),
      name: attr(c, 'name'),
      description: description(c),
      codeRefs: refs(c, 'CodeRef'),
      values: values(c),
    })),
    sources,
    otherSources,
    notes,
    links: childrenNamed(section('Links') ?? root, 'Link').map((l) => ({
      name: attr(l, 'name'),
      origin: attr(l, 'originGUID'),
      target: attr(l, 'targetGUID'),
      noteRefs: refs(l),
    })),
    projectNoteRefs: refs(root),
  };
}
