// Reads annotations other tools wrote: a Hypothesis export (the client's "Export" JSON or the
// API's search answer) or W3C Web Annotation JSON-LD (one annotation, a list, a page or a
// collection, our own export included). Pure: JSON in, a flat list of what each annotation
// says out; anchoring and records are annotations-plan.ts's job. Never throws on odd input:
// what cannot be read is listed with the reason.
import { CLAIM_STATUSES } from '../domain/claims';
import type { ClaimStatus } from '../domain/claims';
import { CLAIM_STATUS_LABELS } from '../domain/claim-rules';
import type { QuoteKind } from '../domain/schema';
import { HIGHLIGHT_COLORS } from '../domain/annotations';
import type { HighlightColor } from '../domain/annotations';

export type AnnotationFormat = 'hypothesis' | 'web-annotation';

/** Where an annotation points: the article's addresses and the passage's selectors. */
export interface ForeignTarget {
  /** Every address that names the article: web address, cached-text IRI, document links. */
  uris: string[];
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector offsets (code points are not distinguished: Hypothesis counts UTF-16). */
  start: number | null;
  end: number | null;
}

export interface ForeignAgent {
  name: string;
  /** `urn:x-workbench:sources:<id>` when our own export named it. */
  id: string | null;
  type: 'Person' | 'Organization' | null;
  confidence: 'stated' | 'inferred' | 'uncertain';
}

interface Common {
  /** The annotation's own id or IRI, for the report. */
  ref: string;
  target: ForeignTarget;
  notes: string[];
  tags: string[];
  author: string;
  created: string | null;
  modified: string | null;
}

export type ForeignAnnotation =
  | (Common & { kind: 'highlight'; color: HighlightColor })
  | (Common & {
      kind: 'quote';
      quoteKind: QuoteKind;
      cue: string;
      medium: string;
      saidAt: string;
      speakers: ForeignAgent[];
      conduits: ForeignAgent[];
    })
  | (Common & {
      kind: 'claim';
      status: ClaimStatus;
      credibility: number | null;
      statement: string;
      claimants: ForeignAgent[];
      /** The quote annotation's IRI it was made from. */
      quoteRef: string | null;
    })
  | {
      kind: 'evidence';
      ref: string;
      /** The claim annotation's IRI. */
      claimRef: string;
      stance: 'supports' | 'refutes';
      note: string;
      span: ForeignTarget | null;
      reference: { title: string; url: string } | null;
      created: string | null;
    };

export interface Skipped {
  ref: string;
  reason: string;
}

export interface ReadResult {
  format: AnnotationFormat;
  items: ForeignAnnotation[];
  skipped: Skipped[];
}

export class AnnotationReadError extends Error {}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const idOf = (v: unknown): string => (typeof v === 'string' ? v : isObject(v) ? str(v.id) : '');
/** Caps what one item may carry, so a hostile file cannot make a record the store refuses. */
const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** Reads parsed JSON. Throws AnnotationReadError when it is neither format at all. */
export function readAnnotations(json: unknown): ReadResult {
  const hypothesis = hypothesisRows(json);
  if (hypothesis) return readHypothesis(hypothesis);
  const items = webAnnotationItems(json);
  if (items) return readWebAnnotations(items);
  throw new AnnotationReadError(
    'This file holds neither a Hypothesis export nor W3C Web Annotations.',
  );
}

function hypothesisRows(json: unknown): unknown[] | null {
  const looksLike = (rows: unknown[]) =>
    rows.length === 0 || rows.some((r) => isObject(r) && 'uri' in r && 'target' in r);
  if (Array.isArray(json)) return looksLike(json) && json.length > 0 ? json : null;
  if (!isObject(json)) return null;
  for (const key of ['annotations', 'rows']) {
    const rows = json[key];
    if (Array.isArray(rows) && looksLike(rows)) return rows;
  }
  return null;
}

function webAnnotationItems(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return null;
  const type = asArray(json.type).map(str);
  if (type.includes('Annotation')) return [json];
  if (type.includes('AnnotationPage')) return asArray(json.items);
  if (type.includes('AnnotationCollection')) {
    const first = json.first;
    return isObject(first) ? asArray(first.items) : [];
  }
  return null;
}

/** The passage a target names, from its selectors (nested `refinedBy` is not followed). */
function readTarget(target: unknown, extraUris: string[]): ForeignTarget | null {
  for (const t of asArray(target)) {
    if (!isObject(t)) continue;
    const selectors = asArray(t.selector).filter(isObject);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote || !str(quote.exact)) continue;
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const start = position && Number.isSafeInteger(position.start) ? Number(position.start) : null;
    const end = position && Number.isSafeInteger(position.end) ? Number(position.end) : null;
    const state = isObject(t.state) ? t.state : null;
    const uris = [idOf(t.source), state ? str(state.cached) : '', ...extraUris].filter(Boolean);
    return {
      uris: [...new Set(uris)],
      exact: cap(str(quote.exact), 100_000),
      prefix: cap(str(quote.prefix), 500),
      suffix: cap(str(quote.suffix), 500),
      start: start !== null && end !== null && start >= 0 && end > start ? start : null,
      end: start !== null && end !== null && start >= 0 && end > start ? end : null,
    };
  }
  return null;
}

function readHypothesis(rows: unknown[]): ReadResult {
  const items: ForeignAnnotation[] = [];
  const skipped: Skipped[] = [];
  rows.forEach((row, i) => {
    const ref = isObject(row) && str(row.id) ? str(row.id) : `annotation ${i + 1}`;
    if (!isObject(row)) return skipped.push({ ref, reason: 'not an annotation' });
    if (asArray(row.references).length > 0) {
      return skipped.push({ ref, reason: 'a reply to another annotation' });
    }
    const doc = isObject(row.document) ? row.document : {};
    const links = asArray(doc.link)
      .filter(isObject)
      .map((l) => str(l.href));
    const target = readTarget(row.target, [str(row.uri), ...links]);
    if (!target) return skipped.push({ ref, reason: 'a page note: it marks no passage' });
    items.push({
      kind: 'highlight',
      ref,
      color: 'yellow',
      target,
      notes: str(row.text).trim() ? [cap(str(row.text), 20_000)] : [],
      tags: asArray(row.tags).map(str).filter(Boolean),
      author: hypothesisUser(str(row.user)),
      created: str(row.created) || null,
      modified: str(row.updated) || null,
    });
  });
  return { format: 'hypothesis', items, skipped };
}

/** "acct:jane@hypothes.is" → "jane@hypothes.is": the account, as Hypothesis shows it. */
function hypothesisUser(user: string): string {
  return cap(user.replace(/^acct:/, ''), 300);
}

interface Bodies {
  all: Json[];
  text: (purpose: string) => string[];
  agents: (purpose: string) => ForeignAgent[];
}

function bodiesOf(a: Json): Bodies {
  const all = [
    ...asArray(a.body).map((b) => (typeof b === 'string' ? { type: 'TextualBody', value: b } : b)),
    ...(typeof a.bodyValue === 'string' ? [{ type: 'TextualBody', value: a.bodyValue }] : []),
  ].filter(isObject);
  const purposeOf = (b: Json) => str(b.purpose) || str(a.motivation);
  return {
    all,
    text: (purpose) =>
      all
        .filter((b) => (b.type === 'TextualBody' || 'value' in b) && purposeOf(b) === purpose)
        .map((b) => str(b.value))
        .filter((v) => v.trim() !== ''),
    agents: (purpose) =>
      all
        .filter((b) => b.type === 'SpecificResource' && str(b.purpose) === purpose)
        .flatMap((b) => {
          const s = isObject(b.source) ? b.source : null;
          if (!s || !str(s.name)) return [];
          const type = s.type === 'Person' || s.type === 'Organization' ? s.type : null;
          return [
            {
              name: cap(str(s.name), 300),
              id: str(s.id) || null,
              type,
              confidence: 'stated' as const,
            },
          ];
        }),
  };
}

const KIND_WORDS: Record<string, QuoteKind> = {
  'Direct quote': 'direct',
  'Partial quote': 'partial',
  'Reported speech': 'indirect',
  Paraphrase: 'paraphrase',
};

/** What our own quote description says: "Direct quote; said by X (stated); cue “told”; …". */
function describedQuote(description: string) {
  const kindWord = Object.keys(KIND_WORDS).find((w) => description.startsWith(w));
  if (!kindWord) return null;
  const part = (label: string) => {
    const m = new RegExp(`; ${label}(.*?)(?:; (?:medium: |said: |cue “|reported via )|\\.$)`).exec(
      description,
    );
    return m?.[1] ?? '';
  };
  const cue = /; cue “(.*?)”(?:; |\.$)/.exec(description)?.[1] ?? '';
  const confidences = new Map<string, ForeignAgent['confidence']>();
  for (const m of description.matchAll(/([^;,]+?) \((stated|inferred|uncertain)\)/g)) {
    const name = (m[1] ?? '').replace(/^(said by|reported via) /, '').trim();
    confidences.set(name, m[2] as ForeignAgent['confidence']);
  }
  return {
    quoteKind: KIND_WORDS[kindWord] as QuoteKind,
    cue,
    medium: part('medium: '),
    saidAt: part('said: '),
    confidences,
  };
}

const STATUS_BY_LABEL = new Map<string, ClaimStatus>(
  CLAIM_STATUSES.map((s) => [CLAIM_STATUS_LABELS[s].toLowerCase(), s]),
);

function colourOf(a: Json): HighlightColor {
  const classes = asArray(a.target)
    .filter(isObject)
    .map((t) => str(t.styleClass));
  for (const c of classes) {
    const colour = /^aw-(\w+)$/.exec(c)?.[1];
    if (colour && (HIGHLIGHT_COLORS as readonly string[]).includes(colour)) {
      return colour as HighlightColor;
    }
  }
  return 'yellow';
}

function readWebAnnotations(list: unknown[]): ReadResult {
  const items: ForeignAnnotation[] = [];
  const skipped: Skipped[] = [];
  list.forEach((a, i) => {
    const ref = isObject(a) && str(a.id) ? str(a.id) : `annotation ${i + 1}`;
    if (!isObject(a) || !asArray(a.type).map(str).includes('Annotation')) {
      return skipped.push({ ref, reason: 'not an Annotation' });
    }
    const motivation = str(a.motivation);
    const bodies = bodiesOf(a);
    const notes = bodies.text('commenting');
    const creator = asArray(a.creator)[0];
    const author = cap(
      isObject(creator) ? str(creator.name) || str(creator.nickname) : str(creator),
      300,
    );
    const created = str(a.created) || null;
    const modified = str(a.modified) || null;
    const claimTarget = typeof a.target === 'string' ? a.target : '';
    if (motivation === 'assessing' && /:evidence:/.test(ref) && claimTarget) {
      return items.push(readEvidence(a, ref, claimTarget, bodies, created));
    }
    const target = readTarget(a.target, []);
    if (!target) return skipped.push({ ref, reason: 'it marks no passage of text' });
    const tags = bodies.text('tagging').map((t) => cap(t, 200));
    const common = { ref, target, notes, tags, author, created, modified };
    const description = bodies.text('describing')[0] ?? '';
    if (motivation === 'identifying') {
      const quote = describedQuote(description);
      if (quote) {
        const withConfidence = (agent: ForeignAgent) => ({
          ...agent,
          confidence: quote.confidences.get(agent.name) ?? 'stated',
        });
        return items.push({
          ...common,
          kind: 'quote',
          quoteKind: quote.quoteKind,
          cue: cap(quote.cue, 300),
          medium: cap(quote.medium, 200),
          saidAt: cap(quote.saidAt, 100),
          speakers: bodies.agents('identifying').map(withConfidence),
          conduits: bodies.agents('linking').map(withConfidence),
        });
      }
    }
    if (motivation === 'assessing') {
      const assessments = bodies.text('assessing');
      const status = assessments
        .map((t) => STATUS_BY_LABEL.get(t.trim().toLowerCase()))
        .find((s) => s !== undefined);
      if (status && description) {
        const graded = assessments
          .map((t) => /^Information credibility ([1-6])\b/.exec(t)?.[1])
          .find(Boolean);
        const quoteLink = bodies.all.find(
          (b) =>
            b.type === 'SpecificResource' &&
            b.purpose === 'linking' &&
            typeof b.source === 'string',
        );
        return items.push({
          ...common,
          kind: 'claim',
          status,
          credibility: graded ? Number(graded) : null,
          statement: cap(description, 5_000),
          claimants: bodies.agents('identifying'),
          quoteRef: quoteLink ? str(quoteLink.source) : null,
        });
      }
    }
    // Anything else (commenting, highlighting, tagging, describing, another tool's own
    // motivation) becomes a highlight carrying its words as the note.
    const own = motivation === 'tagging' ? [] : bodies.text(motivation);
    const words = [...notes, ...bodies.text('describing'), ...own];
    items.push({ ...common, notes: [...new Set(words)], kind: 'highlight', color: colourOf(a) });
  });
  return { format: 'web-annotation', items, skipped };
}

function readEvidence(
  a: Json,
  ref: string,
  claimRef: string,
  bodies: Bodies,
  created: string | null,
): ForeignAnnotation {
  const stanceText = bodies.text('assessing')[0] ?? '';
  const stance = /refute/i.test(stanceText) ? 'refutes' : 'supports';
  const note = bodies.text('commenting').join('\n\n');
  let span: ForeignTarget | null = null;
  let reference: { title: string; url: string } | null = null;
  for (const b of bodies.all) {
    if (b.purpose) continue;
    if (b.type === 'SpecificResource') span = readTarget(b, []);
    else if (b.type === 'TextualBody') reference = { title: cap(str(b.value), 500), url: '' };
    else if (str(b.id)) {
      reference = {
        title: cap(str(b['dcterms:title']) || str(b.id), 500),
        url: cap(str(b.id), 2_000),
      };
    }
  }
  return {
    kind: 'evidence',
    ref,
    claimRef,
    stance,
    note: cap(note, 20_000),
    span,
    reference,
    created,
  };
}
