// The rule that decides which passages hold a quote (shared characters, not touching edges; never
// an orphaned quote), and the scan's people filters on passages built on it.
import { describe, expect, it } from 'vitest';
import type { Quote, Source } from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { emptyWorkspace } from '../domain/workspace';
import { parseQuery } from './query';
import { scanSearch } from './scan';
import { quoteInPassage, spansOverlap } from './passage-quotes';

const T0 = '2025-03-18T09:00:00.000Z';
// Three paragraphs: [0, 11), [13, 25), [27, 35), a blank line between each.
const TEXT = 'Alpha beta.\n\nGamma delta.\n\nEpsilon.';
const BLOCKS = [
  { kind: 'paragraph' as const, start: 0, end: 11 },
  { kind: 'paragraph' as const, start: 13, end: 25 },
  { kind: 'paragraph' as const, start: 27, end: 35 },
];

function quote(id: string, start: number, end: number, documentId = 'd1'): Quote {
  return {
    id,
    documentId,
    selector: {
      position: { start, end },
      quote: { exact: TEXT.slice(start, end) || 'x', prefix: '', suffix: '' },
    },
    kind: 'direct',
    cue: 'said',
    medium: '',
    saidAt: '',
    credibility: null,
    note: '',
    anchor: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

function source(id: string, name: string): Source {
  const base = { role: '', affiliation: '', notes: '', aliases: [] };
  return { id, kind: 'person', name, ...base, createdAt: T0, updatedAt: T0 };
}

/** An article d1 of TEXT, Witkoff (s1), the Kremlin (s2), and the quotes given, all Witkoff's. */
function workspace(...quotes: Quote[]): WorkspaceData {
  const data = emptyWorkspace(T0);
  data.documents.d1 = {
    id: 'd1',
    title: 'Talks',
    outlet: 'Reuters',
    authors: [],
    publishedAt: '2025-03-18',
    url: '',
    language: 'en',
    description: '',
    fileName: 'talks.txt',
    format: 'text',
    contentHash: '0'.repeat(64),
    text: TEXT,
    blocks: BLOCKS,
    importedAt: T0,
    previousVersions: [],
  };
  data.sources.s1 = source('s1', 'Steve Witkoff');
  data.sources.s2 = source('s2', 'Kremlin readout');
  for (const q of quotes) {
    data.quotes[q.id] = q;
    const a = `a-${q.id}`;
    data.attributions[a] = {
      id: a,
      quoteId: q.id,
      sourceId: 's1',
      role: 'speaker',
      confidence: 'stated',
      basis: '',
      createdAt: T0,
    };
  }
  return data;
}

/** The blocks of d1 the scan finds for a query, as indexes. */
function passages(data: WorkspaceData, text: string): number[] {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return scanSearch(data, parsed.query)
    .passage.map((key) => Number(key.split('~')[2]))
    .sort();
}

describe('spansOverlap', () => {
  it.each([
    [0, 5, 0, 11, true, 'inside'],
    [6, 18, 0, 11, true, 'runs past the end'],
    [6, 18, 13, 25, true, 'starts before'],
    [0, 11, 0, 11, true, 'the same span'],
    [5, 11, 11, 20, false, 'ends where the other begins'],
    [11, 13, 0, 11, false, 'begins where the other ends'],
    [3, 4, 5, 9, false, 'apart'],
    [5, 5, 0, 11, false, 'empty'],
  ])('[%i, %i) and [%i, %i): %s (%s)', (a, b, c, d, want) => {
    expect(spansOverlap(a, b, c, d)).toBe(want);
    expect(spansOverlap(c, d, a, b)).toBe(want);
  });

  it('never places an orphaned quote, whose offsets are an earlier text’s', () => {
    const q = quote('q1', 0, 5);
    expect(quoteInPassage(q, 0, 11)).toBe(true);
    const anchor = {
      method: 'orphaned' as const,
      score: 0,
      needsReview: true,
      previousExact: 'Alpha',
      versionHash: 'v1',
    };
    expect(quoteInPassage({ ...q, anchor }, 0, 11)).toBe(false);
  });
});

describe('speaker: on passages (the scan)', () => {
  it.each([
    [0, 5, [0], 'inside the first paragraph'],
    [6, 18, [0, 1], 'across two paragraphs: both'],
    [6, 30, [0, 1, 2], 'across three'],
    [5, 11, [0], 'ending at the first paragraph’s end'],
    [11, 13, [], 'only the blank line, touching both edges'],
    [25, 27, [], 'the next blank line'],
    [35, 40, [], 'past the end of the text'],
  ])('a quote at [%i, %i) is found in blocks %j (%s)', (start, end, want) => {
    expect(passages(workspace(quote('q1', start, end)), 'speaker:witkoff')).toEqual(want);
  });

  it('counts this article’s quotes only, and where blocks touch, the one holding it', () => {
    const data = workspace(quote('q1', 0, 5, 'd2'));
    expect(passages(data, 'speaker:witkoff')).toEqual([]);
    // A heading and its paragraph with no blank line between: [0, 5) and [5, 11).
    data.documents.d1!.blocks = [
      { kind: 'heading', start: 0, end: 5 },
      { kind: 'paragraph', start: 5, end: 11 },
    ];
    data.quotes.q2 = quote('q2', 5, 8);
    data.attributions['a-q2'] = { ...data.attributions['a-q1']!, id: 'a-q2', quoteId: 'q2' };
    expect(passages(data, 'speaker:witkoff')).toEqual([1]);
  });

  it('counts conduits for source: only, grades by the speakers’ current grade, negates', () => {
    const data = workspace(quote('q1', 0, 5), quote('q2', 14, 18));
    // The Kremlin's readout relays q2 (Witkoff still speaks it).
    data.attributions.c1 = {
      ...data.attributions['a-q2']!,
      id: 'c1',
      sourceId: 's2',
      role: 'conduit',
    };
    expect(passages(data, 'speaker:kremlin')).toEqual([]);
    expect(passages(data, 'source:kremlin')).toEqual([1]);
    // Negated: every passage holding no quote the Kremlin relays, quotes or not (as for quotes).
    expect(passages(data, '-source:kremlin')).toEqual([0, 2]);
    expect(passages(data, 'speaker:witkoff gamma')).toEqual([1]);
    const graded = (id: string, grade: 'A' | 'C', assessedOn: string) => ({
      id,
      sourceId: 's1',
      grade,
      rationale: '',
      assessedOn,
      createdAt: T0,
    });
    data.assessments.g1 = graded('g1', 'A', '2025-01-01');
    expect(passages(data, 'grade:A')).toEqual([0, 1]);
    data.assessments.g2 = graded('g2', 'C', '2025-02-01');
    expect(passages(data, 'grade:A')).toEqual([]);
    expect(passages(data, 'grade:C')).toEqual([0, 1]);
  });
});
