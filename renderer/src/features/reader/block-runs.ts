// The text runs of one article block, described as plain data and written into the DOM directly.
// A long article has thousands of runs; as React elements each also cost a fiber and a pass over
// its props on top of the DOM work, so the reader writes and patches them here, keyed as React
// keyed them.
import type { Segment } from './segments';
import type { ReaderSpan } from './spans';

/** A highlighted run's attributes, besides its offset. */
export interface MarkAttrs {
  /** Ids of the spans over the run, innermost first, space-separated. */
  spanIds: string;
  spanId: string;
  kind: ReaderSpan['kind'] | undefined;
  depth: string;
  className: string;
  title: string;
}

/** One run as it is rendered: a plain <span> (mark null) or a highlighted <mark>. */
export interface RunSpec {
  start: number;
  end: number;
  mark: MarkAttrs | null;
}

/** A run in the DOM, as last written: what `patchRuns` compares against. */
export interface RunNode extends RunSpec {
  text: string;
  el: HTMLElement;
}

/** CSS classes of a run: the innermost quote or highlight decides its colour; quotes, claims and
 * evidence add underlines. */
export function runClass(
  ids: readonly string[],
  byId: ReadonlyMap<string, ReaderSpan>,
  selected: boolean,
): string {
  // One pass over the run's spans (thousands of runs per article). Claims and evidence are
  // drawn as underlines, so the background comes from the innermost quote or highlight.
  let inner: ReaderSpan | undefined;
  let inQuote = false;
  let inClaim = false;
  let review = false;
  let evidence = '';
  for (const id of ids) {
    const span = byId.get(id);
    if (!span) continue;
    if (!inner && (span.kind === 'quote' || span.kind === 'highlight')) inner = span;
    if (span.kind === 'quote') inQuote = true;
    else if (span.kind === 'claim') inClaim = true;
    else if (span.kind === 'evidence') evidence += ` in-evidence-${span.stance}`;
    if (span.needsReview) review = true;
  }
  let classes = 'span-mark';
  // No fill from a quote or highlight: a claim gets its faint tint; evidence alone only its dots.
  if (!inner) classes += inClaim ? ' claim-mark' : ' evidence-mark';
  else if (inner.kind === 'quote') classes += ' quote-mark';
  else classes += ` hl-${inner.color ?? 'yellow'}`;
  if (inQuote) classes += ' in-quote';
  if (inClaim) classes += ' in-claim';
  classes += evidence;
  if (review) classes += ' needs-review';
  if (selected) classes += ' selected';
  return classes;
}

/**
 * The runs of a block's segments. A plain run carries only its offset (selection-offsets.ts
 * reads it); a highlighted run also names its spans (innermost first), its kind and depth for
 * the styles, and a hover text naming every span over the words.
 */
export function runSpecs(
  segments: readonly Segment[],
  byId: ReadonlyMap<string, ReaderSpan>,
  selectedId: string | null,
  describe: (spanId: string) => string,
): RunSpec[] {
  return segments.map((seg): RunSpec => {
    const ids = seg.spanIds;
    if (ids.length === 0) return { start: seg.start, end: seg.end, mark: null };
    const innermost = ids[0]!;
    const selected = selectedId !== null && ids.includes(selectedId);
    return {
      start: seg.start,
      end: seg.end,
      mark: {
        spanIds: ids.length === 1 ? innermost : ids.join(' '),
        spanId: innermost,
        kind: byId.get(innermost)?.kind,
        depth: String(Math.min(ids.length, 3)),
        className: runClass(ids, byId, selected),
        title: ids.length === 1 ? describe(innermost) : ids.map(describe).join('\n'),
      },
    };
  });
}

/** Sets, changes or removes one attribute, touching the DOM only when the value differs. */
function sync(
  el: HTMLElement,
  name: string,
  before: string | undefined,
  after: string | undefined,
) {
  if (before === after) return;
  if (after === undefined) el.removeAttribute(name);
  else el.setAttribute(name, after);
}

/** Writes a mark's attributes, in the order React used to, over what `before` had written. */
function syncMark(el: HTMLElement, before: MarkAttrs | null, after: MarkAttrs) {
  sync(el, 'data-span-ids', before?.spanIds, after.spanIds);
  sync(el, 'data-span-id', before?.spanId, after.spanId);
  sync(el, 'data-kind', before?.kind, after.kind);
  sync(el, 'data-depth', before?.depth, after.depth);
  // Focusable from script only, so reveal() can move focus to the run.
  if (!before) el.setAttribute('tabindex', '-1');
  sync(el, 'class', before?.className, after.className);
  sync(el, 'title', before?.title, after.title);
}

function createRun(doc: Document, spec: RunSpec, text: string): RunNode {
  const el = doc.createElement(spec.mark ? 'mark' : 'span');
  el.setAttribute('data-offset', String(spec.start));
  if (spec.mark) syncMark(el, null, spec.mark);
  // Article text only ever becomes a text node, never markup.
  el.textContent = text;
  return { ...spec, text, el };
}

function updateRun(node: RunNode, spec: RunSpec, text: string): RunNode {
  if (spec.mark) syncMark(node.el, node.mark, spec.mark);
  if (node.text !== text) node.el.textContent = text;
  return { ...spec, text, el: node.el };
}

/**
 * Makes `parent`'s children the runs of `specs` over `text` and returns them for the next call.
 * Runs are keyed by their start offset: a run with the same start, end and element keeps its
 * element (so focus and a selection inside it survive a re-render) and only changed attributes
 * are written; any other run gets a new element. `parent` must hold nothing but the runs of
 * `prev`.
 */
export function patchRuns(
  parent: HTMLElement,
  prev: readonly RunNode[],
  specs: readonly RunSpec[],
  text: string,
): RunNode[] {
  const doc = parent.ownerDocument;
  if (prev.length === 0) {
    const next = specs.map((spec) => createRun(doc, spec, text.slice(spec.start, spec.end)));
    // One insertion for the whole block, not one per run.
    parent.replaceChildren(...next.map((n) => n.el));
    return next;
  }
  const byStart = new Map(prev.map((n) => [n.start, n]));
  const reused = new Set<RunNode>();
  const next = specs.map((spec) => {
    const content = text.slice(spec.start, spec.end);
    const old = byStart.get(spec.start);
    if (old && old.end === spec.end && (old.mark === null) === (spec.mark === null)) {
      reused.add(old);
      return updateRun(old, spec, content);
    }
    return createRun(doc, spec, content);
  });
  for (const node of prev) if (!reused.has(node)) node.el.remove();
  let cursor = parent.firstChild;
  for (const node of next) {
    if (node.el === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node.el, cursor);
  }
  return next;
}
