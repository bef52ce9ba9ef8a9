// The CodeBook of an exported project: the analyst's tag tree with its colours, then our own
// branches for what QDA tools have no field for (quote kind, speakers and conduits, claim
// status, information credibility), each only when the workspace has something to code with it.
import type { Tag } from '../../../shared/domain/annotations';
import { CLAIM_STATUSES } from '../../../shared/domain/claims';
import { QuoteKind } from '../../../shared/domain/schema';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { valuesOf } from '../../../shared/domain/workspace';
import {
  BRANCHES,
  CREDIBILITY_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  credibilityGuid,
  entityGuid,
  kindGuid,
  sourceCodeGuid,
  statusGuid,
} from './guids';
import { escapeText, startTag } from './xml';

/** NoteRefs to hang on a code, by the code's GUID (memos about tags and sources). */
export type NoteRefs = ReadonlyMap<string, readonly string[]>;

interface CodeNode {
  guid: string;
  name: string;
  codable: boolean;
  color?: string;
  description?: string;
  children: CodeNode[];
}

function writeCode(node: CodeNode, notes: NoteRefs, out: string[]): void {
  const attrs = { guid: node.guid, name: node.name, isCodable: node.codable, color: node.color };
  const refs = notes.get(node.guid) ?? [];
  if (!node.description && refs.length === 0 && node.children.length === 0) {
    out.push(startTag('Code', attrs, true));
    return;
  }
  out.push(startTag('Code', attrs));
  if (node.description) out.push(`<Description>${escapeText(node.description)}</Description>`);
  for (const ref of refs) out.push(startTag('NoteRef', { targetGUID: ref }, true));
  for (const child of node.children) writeCode(child, notes, out);
  out.push('</Code>');
}

/** The tag tree; a tag whose parent is missing, or that sits in a cycle, goes to the top. */
function tagTree(tags: readonly Tag[]): CodeNode[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const rooted = (tag: Tag): boolean => {
    const seen = new Set<string>([tag.id]);
    for (let p = tag.parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
      if (!byId.has(p) || seen.has(p)) return false;
      seen.add(p);
    }
    return true;
  };
  const nodes = new Map<string, CodeNode>(
    tags.map((t) => [
      t.id,
      {
        guid: entityGuid('tags', t.id),
        name: t.name,
        codable: true,
        color: t.color,
        description: t.description,
        children: [],
      },
    ]),
  );
  const roots: CodeNode[] = [];
  for (const tag of [...tags].sort((a, b) => a.name.localeCompare(b.name))) {
    const node = nodes.get(tag.id)!;
    const parent = tag.parentId !== null && rooted(tag) ? nodes.get(tag.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

const leaf = (guid: string, name: string): CodeNode => ({
  guid,
  name,
  codable: true,
  children: [],
});

/** Our branches, as far as the workspace uses them. */
function ourBranches(data: WorkspaceData): CodeNode[] {
  const branch = (b: { guid: string; name: string }, children: CodeNode[]): CodeNode => ({
    ...b,
    codable: false,
    children,
  });
  const quotes = valuesOf(data.quotes);
  const claims = valuesOf(data.claims);
  const attributions = valuesOf(data.attributions);
  const sources = valuesOf(data.sources).sort((a, b) => a.name.localeCompare(b.name));
  const conduits = new Set(attributions.filter((a) => a.role === 'conduit').map((a) => a.sourceId));
  const out: CodeNode[] = [];
  if (quotes.length > 0) {
    out.push(
      branch(
        BRANCHES.kind,
        QuoteKind.options.map((k) => leaf(kindGuid(k), KIND_LABELS[k])),
      ),
    );
  }
  // Every source is a speaker code (and a case), so the list of sources travels whole.
  if (sources.length > 0) {
    out.push(
      branch(
        BRANCHES.speakers,
        sources.map((s) => leaf(sourceCodeGuid('speaker', s.id), s.name)),
      ),
    );
  }
  const conduitSources = sources.filter((s) => conduits.has(s.id));
  if (conduitSources.length > 0) {
    out.push(
      branch(
        BRANCHES.conduits,
        conduitSources.map((s) => leaf(sourceCodeGuid('conduit', s.id), s.name)),
      ),
    );
  }
  if (claims.length > 0) {
    out.push(
      branch(
        BRANCHES.status,
        CLAIM_STATUSES.map((s) => leaf(statusGuid(s), STATUS_LABELS[s])),
      ),
    );
  }
  if ([...quotes, ...claims].some((x) => x.credibility !== null)) {
    out.push(
      branch(
        BRANCHES.credibility,
        CREDIBILITY_LABELS.map((label, i) => leaf(credibilityGuid(i + 1), label)),
      ),
    );
  }
  return out;
}

/** The `<CodeBook>` element, or '' when there is nothing to code with (Codes needs one Code). */
export function writeCodeBook(data: WorkspaceData, notes: NoteRefs): string {
  const roots = [...tagTree(valuesOf(data.tags)), ...ourBranches(data)];
  if (roots.length === 0) return '';
  const out: string[] = ['<CodeBook><Codes>'];
  for (const root of roots) writeCode(root, notes, out);
  out.push('</Codes></CodeBook>');
  return out.join('\n');
}
