// Benchmark of the durable store: how long one saved edit takes (journal append + fsync) in a
// small and a very large workspace, plus load, compaction and group-commit figures.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Attribution, Quote, Source, WorkbenchDocument } from '../shared/domain/schema';
import type { Change, WorkspaceData } from '../shared/domain/workspace';
import { emptyWorkspace } from '../shared/domain/workspace';
import { openStore } from '../electron/store/store';

const AT = '2025-03-18T09:00:00.000Z';
const WORDS = (
  'the envoy said talks in Riyadh were constructive and that a ceasefire in the Black Sea ' +
  'was likely according to officials speaking on condition of anonymity while the Kremlin ' +
  'readout described referendums as justification and Ukrainian negotiators disputed it'
).split(' ');

/** Deterministic pseudo-random numbers, so every run builds the same workspace. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function article(i: number, rand: () => number): WorkbenchDocument {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 8000) {
    const words = Array.from({ length: 60 }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const p = `${words.join(' ')}.`;
    paragraphs.push(p);
    length += p.length + 2;
  }
  const text = paragraphs.join('\n\n');
  let start = 0;
  const blocks = paragraphs.map((p) => {
    const block = { kind: 'paragraph' as const, start, end: start + p.length };
    start += p.length + 2;
    return block;
  });
  return {
    id: `doc-${i}`,
    title: `Talks in Riyadh, part ${i}`,
    outlet: 'Reuters',
    authors: [],
    url: '',
    language: 'en',
    description: '',
    format: 'text',
    publishedAt: '2025-03-18',
    fileName: `article-${i}.txt`,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    blocks,
    importedAt: AT,
    previousVersions: [],
  };
}

function source(i: number): Source {
  return {
    id: `src-${i}`,
    kind: i % 7 === 0 ? 'anonymous' : 'person',
    name: `Speaker ${i}`,
    aliases: [`S. ${i}`],
    role: 'official',
    affiliation: 'Ministry',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
  };
}

function quote(id: string, doc: WorkbenchDocument, rand: () => number): Quote {
  const start = Math.floor(rand() * (doc.text.length - 200));
  const end = start + 40 + Math.floor(rand() * 120);
  return {
    id,
    documentId: doc.id,
    selector: {
      position: { start, end },
      quote: {
        exact: doc.text.slice(start, end),
        prefix: doc.text.slice(Math.max(0, start - 32), start),
        suffix: doc.text.slice(end, end + 32),
      },
    },
    kind: 'direct',
    cue: 'said',
    medium: 'press conference',
    saidAt: '',
    credibility: null,
    anchor: null,
    note: '',
    createdAt: AT,
    updatedAt: AT,
  };
}

function attribution(id: string, quoteId: string, sourceId: string): Attribution {
  return { id, quoteId, sourceId, role: 'speaker', confidence: 'stated', basis: '', createdAt: AT };
}

/** A valid workspace of the given size, the same on every run. */
export function buildWorkspace(articles: number, quotes: number, sources: number): WorkspaceData {
  const rand = rng(42);
  const data = emptyWorkspace(AT);
  const docs = Array.from({ length: articles }, (_, i) => article(i, rand));
  for (const d of docs) data.documents[d.id] = d;
  for (let i = 0; i < sources; i += 1) data.sources[`src-${i}`] = source(i);
  for (let i = 0; i < quotes; i += 1) {
    const q = quote(`q-${i}`, docs[i % docs.length] as WorkbenchDocument, rand);
    data.quotes[q.id] = q;
    const a = attribution(`a-${i}`, q.id, `src-${i % sources}`);
    data.attributions[a.id] = a;
  }
  return data;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Size {
  label: string;
  articles: number;
  quotes: number;
  sources: number;
}

async function benchOne(size: Size, edits: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aw-bench-'));
  try {
    const data = buildWorkspace(size.articles, size.quotes, size.sources);
    const docs = Object.values(data.documents);
    let t = performance.now();
    const first = await openStore({ dataDir: dir, seed: () => data });
    const createMs = performance.now() - t;
    await first.store.close();
    const snapshotBytes = (await stat(path.join(dir, 'workspace.json'))).size;

    t = performance.now();
    const { store } = await openStore({ dataDir: dir, seed: () => emptyWorkspace(AT) });
    const openMs = performance.now() - t;

    const rand = rng(7);
    const edit = (n: number): Change[] => {
      const doc = docs[n % docs.length] as WorkbenchDocument;
      const q = quote(`new-q-${n}`, doc, rand);
      return [
        { op: 'put', collection: 'quotes', value: q },
        { op: 'put', collection: 'attributions', value: attribution(`new-a-${n}`, q.id, 'src-1') },
      ];
    };
    const latencies: number[] = [];
    for (let n = 0; n < edits; n += 1) {
      const start = performance.now();
      await store.commit(edit(n));
      latencies.push(performance.now() - start);
    }
    const sequentialCompactions = store.stats.compactions;
    latencies.sort((a, b) => a - b);

    const appendsBefore = store.stats.appends;
    t = performance.now();
    await Promise.all(Array.from({ length: edits }, (_, n) => store.commit(edit(edits + n))));
    const burstMs = performance.now() - t;
    const burstAppends = store.stats.appends - appendsBefore;

    const journalBytes = store.stats.journalBytes;
    t = performance.now();
    await store.compact();
    const compactMs = performance.now() - t;
    await store.close();

    return [
      `${size.label} (${size.articles} articles of ~8 KB, ${size.sources} sources, ` +
        `${size.quotes} quotes and attributions): snapshot ${mb(snapshotBytes)}`,
      `  create (first durable snapshot write): ${ms(createMs)}; open (read, validate, replay): ${ms(openMs)}`,
      `  ${edits} sequential commits (quote + attribution): median ${ms(percentile(latencies, 50))}, ` +
        `p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies[latencies.length - 1] ?? NaN)}; ` +
        `compactions during them: ${sequentialCompactions}`,
      `  ${edits} concurrent commits: ${ms(burstMs)} in total, ${burstAppends} journal appends (group commit)`,
      `  compaction of a ${(journalBytes / 1024).toFixed(0)} KB journal into the snapshot: ${ms(compactMs)}`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lines to print: save latency, load time, snapshot size and compaction time per size. */
export async function benchSaveLatency(): Promise<string[]> {
  const edits = 200;
  const sizes: Size[] = [
    { label: '1,000 quotes', articles: 10, quotes: 1_000, sources: 50 },
    { label: '100,000 quotes', articles: 1_000, quotes: 100_000, sources: 5_000 },
  ];
  const lines = [`Save latency (temp dir ${os.tmpdir()}, every commit fsynced before it resolves)`];
  for (const size of sizes) lines.push(...(await benchOne(size, edits)));
  return lines;
}
