// Workspace → .qdpx → a new workspace: the same spans (exact UTF-16 offsets, text beyond the
// BMP included), tags, notes, quote kinds, speakers, claim statuses, evidence and memos.
import { describe, expect, it } from 'vitest';
import { latestBySource } from '../../../shared/domain/reliability';
import type { WorkspaceData } from '../../../shared/domain/workspace';
import { applyChanges, emptyWorkspace, valuesOf } from '../../../shared/domain/workspace';
import { smallWorkspace } from '../../export/test-support';
import { openQdpx } from './archive';
import { planQdpxImport } from './import-plan';
import { fullWorkspace } from './test-support';
import { exportQdpx } from './write-project';

const META = { name: 'Round trip', actor: 'analyst', exportedAt: '2026-02-03T04:05:06.000Z' };

/** The workspace with ids replaced by what they name, so two workspaces can be compared. */
function comparable(data: WorkspaceData) {
  const doc = (id: string) => data.documents[id]!.contentHash.slice(0, 12);
  const source = (id: string) => data.sources[id]!.name;
  const tag = (id: string) => data.tags[id]!.name;
  const span = (x: {
    documentId: string;
    selector: { position: { start: number; end: number } };
  }) => `${doc(x.documentId)}:${x.selector.position.start}-${x.selector.position.end}`;
  const sorted = <T>(items: T[]) =>
    items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const grades = latestBySource(valuesOf(data.assessments));
  const subject = (m: WorkspaceData['memos'][string]) =>
    m.subject === 'documents'
      ? doc(m.subjectId)
      : m.subject === 'sources'
        ? source(m.subjectId)
        : m.subject === 'tags'
          ? tag(m.subjectId)
          : data.claims[m.subjectId]!.statement;
  return {
    documents: sorted(
      valuesOf(data.documents).map((d) => ({
        text: d.text,
        blocks: d.blocks,
        title: d.title,
        outlet: d.outlet,
        authors: d.authors,
        publishedAt: d.publishedAt,
        url: d.url,
        language: d.language,
      })),
    ),
    sources: sorted(
      valuesOf(data.sources).map((s) => ({
        name: s.name,
        kind: s.kind,
        role: s.role,
        affiliation: s.affiliation,
        grade: grades.get(s.id)?.grade ?? null,
        rationale: grades.get(s.id)?.rationale ?? null,
      })),
    ),
    tags: sorted(
      valuesOf(data.tags).map((t) => ({
        name: t.name,
        color: t.color,
        description: t.description,
        parent: t.parentId ? tag(t.parentId) : null,
      })),
    ),
    quotes: sorted(
      valuesOf(data.quotes).map((q) => ({
        span: span(q),
        exact: q.selector.quote.exact,
        kind: q.kind,
        cue: q.cue,
        credibility: q.credibility,
        note: q.note,
        attributions: sorted(
          valuesOf(data.attributions)
            .filter((a) => a.quoteId === q.id)
            .map((a) => ({
              source: source(a.sourceId),
              role: a.role,
              confidence: a.confidence,
              basis: a.basis,
            })),
        ),
      })),
    ),
    highlights: sorted(
      valuesOf(data.annotations).map((a) => ({
        span: span(a),
        note: a.note,
        tags: a.tagIds.map(tag).sort(),
      })),
    ),
    claims: sorted(
      valuesOf(data.claims).map((c) => ({
        span: span(c),
        statement: c.statement,
        status: c.status,
        credibility: c.credibility,
        claimants: c.claimantIds.map(source).sort(),
        tags: c.tagIds.map(tag).sort(),
        quote: c.quoteId ? span(data.quotes[c.quoteId]!) : null,
        evidence: sorted(
          c.evidence.map((e) => ({
            stance: e.stance,
            note: e.note,
            target: e.target.kind === 'span' ? span(e.target) : `${e.target.title} ${e.target.url}`,
          })),
        ),
      })),
    ),
    memos: sorted(
      valuesOf(data.memos).map((m) => ({
        subject: m.subject,
        of: subject(m),
        title: m.title,
        body: m.body,
      })),
    ),
  };
}

async function roundTrip(data: WorkspaceData, into = emptyWorkspace(META.exportedAt)) {
  const { bytes } = await exportQdpx(data, META);
  let n = 0;
  const plan = planQdpxImport(into, openQdpx(bytes, 'project.qdpx'), {
    newId: () => `new${++n}`,
    at: '2026-03-01T00:00:00.000Z',
  });
  applyChanges(into, plan.changes);
  return { data: into, report: plan.report };
}

describe('REFI-QDA round trip', () => {
  it('gives back the same spans, tags, notes, kinds, speakers, statuses and memos', async () => {
    const { data } = fullWorkspace();
    const back = await roundTrip(data);
    expect(back.report.skipped).toEqual([]);
    expect(comparable(back.data)).toEqual(comparable(data));
    expect(back.report.added).toMatchObject({
      documents: 2,
      quotes: 4,
      claims: 2,
      annotations: 1,
      memos: 4,
    });
  });

  it('keeps UTF-16 offsets exact around emoji and rare CJK', async () => {
    const { data, wideDoc } = fullWorkspace();
    const back = await roundTrip(data);
    const original = valuesOf(data.quotes).filter((q) => q.documentId === wideDoc);
    for (const q of original) {
      const copy = valuesOf(back.data.quotes).find(
        (c) => c.selector.quote.exact === q.selector.quote.exact,
      );
      expect(copy?.selector).toEqual(q.selector);
    }
  });

  it('adds nothing twice when the same project is imported again', async () => {
    const { data } = smallWorkspace();
    const first = await roundTrip(data);
    const again = await roundTrip(data, first.data);
    expect(again.report.added.quotes).toBe(0);
    expect(again.report.added.documents).toBe(0);
    expect(again.report.added.tags).toBe(0);
    expect(again.report.notes.join(' ')).toMatch(/already here/);
  });
});
