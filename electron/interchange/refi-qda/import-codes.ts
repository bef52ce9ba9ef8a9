// The code tree of an imported project, sorted out: the analyst's codes become tags (the tree and
// colours kept; a name the codebook already has joins that tag), our own branches are read back
// as quote kinds, claim statuses and credibility, and the codes under "Speakers" and "Conduits"
// become sources, with their details from the Cases that point at them.
import type { Tag } from '../../../shared/domain/annotations';
import type { Assessment, Source, SourceKind } from '../../../shared/domain/schema';
import { ReliabilityGrade, SourceKind as SourceKinds } from '../../../shared/domain/schema';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { valuesOf } from '../../../shared/domain/workspace';
import { nameKey } from '../../export/bundle-merge';
import { TAG_COLORS } from '../../service/annotations';
import { BRANCHES, RESERVED } from './guids';
import type { ReservedCode } from './guids';
import type { QdaProject } from './reader';
import { variableByName } from './variables';

/** What a code GUID stands for once the tree is sorted out. */
export type CodeMeaning =
  | ReservedCode
  | { kind: 'tag'; tagId: string }
  | { kind: 'source'; sourceId: string; role: 'speaker' | 'conduit' };

export interface CodeImport {
  meanings: Map<string, CodeMeaning>;
  tags: Tag[];
  sources: Source[];
  assessments: Assessment[];
  /** Sentences for the report ("“Diplomacy” joined your tag of that name."). */
  notes: string[];
  /** Memos to write: a Note's GUID and the item it is about. */
  memoTargets: { noteGuid: string; subject: 'tags' | 'sources'; subjectId: string }[];
}

interface Env {
  current: WorkspaceData;
  newId: () => string;
  at: string;
}

/** `#abc` or `#AABBCC` as our `#aabbcc`; null for anything else. */
export function normaliseColor(color: string | null): string | null {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color?.trim() ?? '');
  if (!m) return null;
  const hex = m[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

const clean = (name: string, max: number) => name.replace(/\s+/g, ' ').trim().slice(0, max);

/** The case values of a source code's Case, by our variable key. */
function caseDetails(project: QdaProject, codeGuid: string) {
  const c = project.cases.find((x) => x.codeRefs.includes(codeGuid));
  const byKey = new Map<string, string>();
  for (const [guid, value] of c?.values ?? []) {
    const spec = variableByName(project.variables.get(guid) ?? '');
    if (spec) byKey.set(spec.key, value);
  }
  const desc = c?.description ?? '';
  const aka = /^Also known as: (.*)$/m.exec(desc);
  return {
    byKey,
    aliases: aka
      ? aka[1]!
          .split('; ')
          .map((a) => clean(a, 300))
          .filter(Boolean)
      : [],
    notes: desc.replace(/^Also known as: .*(\n\n)?/m, '').trim(),
  };
}

export function importCodes(project: QdaProject, env: Env): CodeImport {
  const out: CodeImport = {
    meanings: new Map(),
    tags: [],
    sources: [],
    assessments: [],
    notes: [],
    memoTargets: [],
  };
  const localTags = new Map(valuesOf(env.current.tags).map((t) => [t.name.toLowerCase(), t.id]));
  const localSources = new Map<string, string>();
  for (const s of valuesOf(env.current.sources)) {
    for (const n of [s.name, ...s.aliases]) localSources.set(nameKey(n), s.id);
  }
  const importedSources = new Map<string, string>();
  const taken = new Set(localTags.keys());
  let colour = valuesOf(env.current.tags).length;

  for (const code of project.codes) {
    const reserved = RESERVED.get(code.guid);
    if (reserved) {
      out.meanings.set(code.guid, reserved);
      continue;
    }
    const role =
      code.parent === BRANCHES.speakers.guid
        ? 'speaker'
        : code.parent === BRANCHES.conduits.guid
          ? 'conduit'
          : null;
    if (role) {
      const name = clean(code.name, 300) || 'Unnamed source';
      const key = nameKey(name);
      let sourceId = importedSources.get(key);
      if (!sourceId) {
        sourceId = localSources.get(key);
        if (sourceId)
          out.notes.push(`The speaker “${name}” was matched to your source of that name.`);
      }
      if (!sourceId) {
        sourceId = env.newId();
        const details = caseDetails(project, code.guid);
        const kind = SourceKinds.safeParse(details.byKey.get('sourceKind'));
        out.sources.push({
          id: sourceId,
          kind: kind.success ? kind.data : ('person' satisfies SourceKind),
          name,
          aliases: details.aliases,
          role: clean(details.byKey.get('role') ?? '', 300),
          affiliation: clean(details.byKey.get('affiliation') ?? '', 300),
          notes: details.notes.slice(0, 20_000),
          createdAt: env.at,
          updatedAt: env.at,
        });
        const grade = ReliabilityGrade.safeParse(details.byKey.get('grade'));
        const on = details.byKey.get('gradedOn') ?? '';
        if (grade.success) {
          out.assessments.push({
            id: env.newId(),
            sourceId,
            grade: grade.data,
            rationale: (details.byKey.get('gradeRationale') ?? '').slice(0, 20_000),
            assessedOn: /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : env.at.slice(0, 10),
            createdAt: env.at,
          });
        }
      }
      importedSources.set(key, sourceId);
      out.meanings.set(code.guid, { kind: 'source', sourceId, role });
      for (const note of code.noteRefs)
        out.memoTargets.push({ noteGuid: note, subject: 'sources', subjectId: sourceId });
      continue;
    }
    // Any other code is the analyst's: a tag, under its parent tag (our branches are not tags).
    const name = clean(code.name, 200) || 'Unnamed code';
    const local = localTags.get(name.toLowerCase());
    let tagId: string;
    if (local !== undefined) {
      tagId = local;
      out.notes.push(`The code “${name}” joined your tag of that name.`);
    } else {
      let unique = name;
      for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name.slice(0, 190)} (${n})`;
      if (unique !== name) out.notes.push(`A second code “${name}” was imported as “${unique}”.`);
      taken.add(unique.toLowerCase());
      const parent = code.parent ? out.meanings.get(code.parent) : undefined;
      tagId = env.newId();
      out.tags.push({
        id: tagId,
        name: unique,
        description: code.description.slice(0, 5_000),
        color: normaliseColor(code.color) ?? TAG_COLORS[colour++ % TAG_COLORS.length]!,
        parentId: parent?.kind === 'tag' ? parent.tagId : null,
        shortcut: null,
        createdAt: env.at,
        updatedAt: env.at,
      });
    }
    out.meanings.set(code.guid, { kind: 'tag', tagId });
    for (const note of code.noteRefs)
      out.memoTargets.push({ noteGuid: note, subject: 'tags', subjectId: tagId });
  }
  return out;
}
