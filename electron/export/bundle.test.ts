// Workspace bundles: the round trip on a workspace made by the real service from the sample
// article, merges into empty, identical, changed and overlapping workspaces, and bad files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSpan } from '../../shared/anchoring/selectors';
import type { Claim } from '../../shared/domain/claims';
import {
  DATA_COLLECTIONS,
  SCHEMA_VERSION,
  WorkspaceSchema,
  applyChanges,
  emptyWorkspace,
} from '../../shared/domain/workspace';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { closeTestWorkbenches, openTestWorkbench } from '../service/test-support';
import { stateOnDisk } from '../store/test-support';
import { BUNDLE_FORMAT, BundleError, exportBundle, planBundleImport, readBundle } from './bundle';

const META = { exportedAt: '2026-02-01T09:00:00.000Z', actor: 'olena' };
const REFERENDUM = 'There are referendums within these territories that justify these actions.';

let sent: WorkspaceData;
let bytes: Uint8Array;

/** The sample article worked on through the service, plus a claim and a memo built directly. */
beforeAll(async () => {
  const { call, doc, span, mark } = await openTestWorkbench('aw-bundle');
  const witkoff = await mark(REFERENDUM, { newSource: { kind: 'person', name: 'Steve Witkoff' } });
  await call('attributions.add', {
    quoteId: witkoff.quote.id,
    newSource: { kind: 'outlet', name: 'Fox News' },
    role: 'conduit',
  });
  await call('assessments.add', {
    sourceId: witkoff.source.id,
    grade: 'C',
    rationale: 'Echoes Kremlin talking points.',
    assessedOn: '2026-01-01',
  });
  await call('annotations.create', {
    documentId: doc.id,
    position: span('Riyadh'),
    note: 'Venue',
    tags: ['Venue'],
  });
  const { dataDir } = await call('workspace.info');
  sent = WorkspaceSchema.parse(await stateOnDisk(dataDir));
  const start = doc.text.indexOf(REFERENDUM);
  const claim: Claim = {
    id: 'claim-1',
    statement: REFERENDUM,
    documentId: doc.id,
    selector: describeSpan(doc.text, start, start + REFERENDUM.length)!,
    anchor: null,
    quoteId: witkoff.quote.id,
    claimantIds: [witkoff.source.id],
    tagIds: [],
    status: 'disputed',
    credibility: 5,
    evidence: [],
    statusChangedAt: null,
    createdAt: META.exportedAt,
    updatedAt: META.exportedAt,
  };
  sent.claims[claim.id] = claim;
  // The article's metadata as an import from the web would give it, so the round trip covers it.
  Object.assign(sent.documents[doc.id]!, {
    authors: ['Constant Méheut', 'Michael Crowley'],
    url: 'https://www.nytimes.com/2025/03/23/world/europe/ukraine-russia-talks-saudi-arabia.html',
    language: 'en',
    description: 'Wire copy, checked against the print edition.',
  });
  sent.memos['memo-1'] = {
    id: 'memo-1',
    subject: 'documents',
    subjectId: doc.id,
    title: 'Background',
    body: 'Talks in Riyadh.',
    createdAt: META.exportedAt,
    updatedAt: META.exportedAt,
  };
  bytes = exportBundle(sent, META);
});
afterAll(closeTestWorkbenches);

const clone = (data: WorkspaceData): WorkspaceData => structuredClone(data);
const entityCount = (data: WorkspaceData) =>
  DATA_COLLECTIONS.reduce((n, c) => n + Object.keys(data[c]).length, 0);
const counts = (data: WorkspaceData) =>
  Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, Object.keys(data[c]).length]));

describe('exportBundle', () => {
  it('writes the marker, the schema version and every data collection, but not the change log', () => {
    const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: BUNDLE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: META.exportedAt,
      exportedBy: 'olena',
    });
    expect(Object.keys(json.data as object)).toEqual([...DATA_COLLECTIONS]);
    expect(Object.keys(sent.changes).length).toBeGreaterThan(0);
    expect(JSON.stringify(json)).not.toContain('"changes"');
  });
});

describe('planBundleImport', () => {
  it('into an empty workspace adds everything, and the data comes out equal', () => {
    const receiver = emptyWorkspace('2026-02-02T00:00:00.000Z');
    const { changes, report } = planBundleImport(receiver, bytes);
    expect(report.added).toEqual(counts(sent));
    expect(entityCount(sent)).toBeGreaterThanOrEqual(10);
    expect(report).toMatchObject({ unchanged: 0, conflicts: [], skipped: [], notes: [] });
    expect(report.from).toEqual({
      exportedBy: 'olena',
      exportedAt: META.exportedAt,
      schemaVersion: SCHEMA_VERSION,
    });
    applyChanges(receiver, changes);
    for (const c of DATA_COLLECTIONS) expect(receiver[c]).toEqual(sent[c]);
    expect(receiver.changes).toEqual({});
    expect(WorkspaceSchema.safeParse(receiver).success).toBe(true);
  });

  it('into itself changes nothing and reports no conflict', () => {
    const { changes, report } = planBundleImport(sent, bytes);
    expect(changes).toEqual([]);
    expect(report.unchanged).toBe(entityCount(sent));
    expect(report).toMatchObject({ conflicts: [], skipped: [], notes: [] });
    expect(Object.values(report.added).every((n) => n === 0)).toBe(true);
  });

  it('reports an entity changed on both sides as one conflict and keeps the local version', () => {
    const local = clone(sent);
    const source = Object.values(local.sources).find((s) => s.name === 'Steve Witkoff')!;
    local.sources[source.id] = {
      ...source,
      role: 'Special envoy',
      updatedAt: '2026-02-03T00:00:00.000Z',
    };
    const { changes, report } = planBundleImport(local, bytes);
    expect(changes).toEqual([]);
    expect(report.conflicts).toEqual([
      {
        collection: 'sources',
        id: source.id,
        label: 'Steve Witkoff',
        reason: expect.stringContaining(
          'yours (updated 2026-02-03T00:00:00.000Z) was kept',
        ) as string,
      },
    ]);
    expect(report.unchanged).toBe(entityCount(sent) - 1);
  });

  it('does not bring back what the analyst deleted here', () => {
    const local = clone(sent);
    const tag = Object.values(local.tags)[0]!;
    delete local.tags[tag.id];
    const seq = Math.max(...Object.values(local.changes).map((e) => e.seq)) + 1;
    local.changes['del'] = {
      id: 'del',
      seq,
      at: '2026-02-04T00:00:00.000Z',
      actor: 'me',
      label: 'Delete tag',
      kind: 'edit',
      target: null,
      changes: [{ collection: 'tags', id: tag.id, before: tag, after: null }],
    };
    const { changes, report } = planBundleImport(local, bytes);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        collection: 'tags',
        id: tag.id,
        reason: expect.stringMatching(/deleted it on 2026-02-04/) as string,
      }),
    ]);
    // The highlight carrying the tag is unchanged locally, so nothing else moves.
    expect(changes).toEqual([]);
  });

  it('skips, and reports, what would refer to an article in neither workspace', () => {
    const partial = clone(sent);
    const docId = Object.keys(partial.documents)[0]!;
    delete partial.documents[docId];
    const { changes, report } = planBundleImport(
      emptyWorkspace(META.exportedAt),
      exportBundle(partial, META),
    );
    const skipped = report.skipped.map((s) => s.collection).sort();
    // Quote, highlight, claim and memo lack the article; the attributions lack their quote.
    expect(skipped).toEqual([
      'annotations',
      'attributions',
      'attributions',
      'claims',
      'memos',
      'quotes',
    ]);
    expect(report.skipped.find((s) => s.collection === 'quotes')).toMatchObject({
      label: `“${REFERENDUM}”`,
      reason: `Not added: its article (documents ${docId}) is in neither workspace.`,
    });
    const receiver = emptyWorkspace(META.exportedAt);
    applyChanges(receiver, changes);
    expect(Object.keys(receiver.sources)).toHaveLength(2);
    expect(Object.keys(receiver.quotes)).toHaveLength(0);
  });

  it('puts items on the local copy of the same article, and notes a likely duplicate source', () => {
    const original = Object.values(sent.documents)[0]!;
    const local = emptyWorkspace(META.exportedAt);
    local.documents['mine'] = { ...original, id: 'mine', title: 'My copy' };
    local.sources['my-witkoff'] = {
      ...Object.values(sent.sources).find((s) => s.name === 'Steve Witkoff')!,
      id: 'my-witkoff',
      name: 'steve  witkoff',
    };
    const { changes, report } = planBundleImport(local, bytes);
    expect(report.added.documents).toBe(0);
    expect(report.notes).toEqual([
      expect.objectContaining({ kind: 'same-article', id: original.id, localId: 'mine' }),
      expect.objectContaining({ kind: 'possible-duplicate-source', localId: 'my-witkoff' }),
    ]);
    applyChanges(local, changes);
    expect(Object.values(local.quotes).map((q) => q.documentId)).toEqual(['mine']);
    expect(Object.values(local.memos).map((m) => m.subjectId)).toEqual(['mine']);
    expect(Object.keys(local.sources)).toHaveLength(3);
    // Importing the same bundle again finds everything already here.
    expect(planBundleImport(local, bytes).changes).toEqual([]);
  });
});

describe('bad files', () => {
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const refused = (input: Uint8Array) => {
    try {
      readBundle(input);
    } catch (error) {
      if (error instanceof BundleError) return { code: error.code, message: error.message };
      throw error;
    }
    throw new Error('the file was accepted');
  };
  const bundleJson = () => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

  it('garbage, other JSON and a workspace data file are refused with a clear message', () => {
    expect(refused(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toEqual({
      code: 'unreadable',
      message: 'This file is not a workspace bundle: it could not be read as JSON text.',
    });
    expect(refused(new TextEncoder().encode('{"format": '))).toMatchObject({ code: 'unreadable' });
    expect(refused(text([1, 2]))).toEqual({
      code: 'not_a_bundle',
      message: 'This file is not an Attribution Workbench bundle.',
    });
    expect(refused(text({ ...bundleJson(), format: 'other-app' }))).toMatchObject({
      code: 'not_a_bundle',
    });
    expect(refused(text(sent))).toMatchObject({
      code: 'not_a_bundle',
      message: expect.stringContaining('workspace data file, not a bundle') as string,
    });
  });

  it('a bundle from a newer version asks for an update', () => {
    expect(refused(text({ ...bundleJson(), schemaVersion: SCHEMA_VERSION + 1 }))).toEqual({
      code: 'newer_schema',
      message:
        `This bundle was made by a newer version of Attribution Workbench (data schema ${SCHEMA_VERSION + 1}; ` +
        `this version reads up to ${SCHEMA_VERSION}). Update the app to import it.`,
    });
  });

  it('a damaged entity is refused, naming where', () => {
    const json = bundleJson();
    const data = json.data as Record<string, Record<string, Record<string, unknown>>>;
    const quoteId = Object.keys(data.quotes!)[0]!;
    data.quotes![quoteId]!.kind = 'rumour';
    expect(refused(text(json))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining(`quotes.${quoteId}.kind`) as string,
    });
  });

  it('ids named like Object.prototype members are refused, naming the id and the problem', () => {
    // A record under "constructor" or "__proto__" would be found by a bare data.x[id] lookup
    // (or silently dropped by validation); a reference to one would dangle.
    for (const key of ['constructor', '__proto__', 'toString']) {
      const json = bundleJson();
      const data = json.data as Record<string, Record<string, unknown>>;
      const [docId, doc] = Object.entries(data.documents!)[0]!;
      // Written as text, so "__proto__" is an own key of the file as JSON.parse reads it.
      const hostile = JSON.stringify(json).replace(
        `"documents":{"${docId}":`,
        `"documents":{${JSON.stringify(key)}:${JSON.stringify({ ...(doc as object), id: key })},"${docId}":`,
      );
      expect(refused(new TextEncoder().encode(hostile))).toEqual({
        code: 'invalid',
        message: expect.stringContaining(
          `This bundle cannot be imported: documents holds the id "${key}", which is not an id the workbench makes`,
        ) as string,
      });
    }
    const json = bundleJson();
    const data = json.data as Record<string, Record<string, Record<string, unknown>>>;
    const quoteId = Object.keys(data.quotes!)[0]!;
    data.quotes![quoteId]!.documentId = 'valueOf';
    expect(refused(text(json))).toEqual({
      code: 'invalid',
      message: expect.stringMatching(
        new RegExp(
          `^This bundle is damaged: quotes\\.${quoteId}\\.documentId: an id cannot be the name of a built-in object member`,
        ),
      ) as string,
    });
  });

  it('an older bundle is migrated; one that its schema could not have written is refused', () => {
    const json = bundleJson();
    const data = json.data as Record<string, unknown>;
    const { claims: _claims, memos: _memos, ...v3data } = data;
    const v3 = readBundle(text({ ...json, schemaVersion: 3, data: v3data }));
    expect(v3.schemaVersion).toBe(3);
    expect(v3.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(v3.data.claims).toEqual({});
    expect(v3.data.quotes).toEqual(sent.quotes);
    // Schema 4 had a byline where articles now have authors.
    const documents = structuredClone(data.documents) as Record<string, Record<string, unknown>>;
    for (const d of Object.values(documents)) {
      for (const key of ['authors', 'url', 'language', 'description', 'format']) delete d[key];
      d.byline = 'By Constant Méheut and Michael Crowley';
    }
    const v4 = readBundle(text({ ...json, schemaVersion: 4, data: { ...data, documents } }));
    const article = Object.values(v4.data.documents)[0]!;
    expect(article).toMatchObject({
      authors: ['Constant Méheut', 'Michael Crowley'],
      url: '',
      language: '',
      format: 'text',
    });
    expect(article).not.toHaveProperty('byline');
    expect(refused(text({ ...json, schemaVersion: 3 }))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('(data schema 3) could not be brought up to date') as string,
    });
  });
});
