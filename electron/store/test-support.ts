// Helpers for the store's tests: real temp folders, valid sample entities, a file system that
// fails on demand (a full disk), and readers that check the files independently of the store.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Attribution, Quote, Source, WorkbenchDocument } from '../../shared/domain/schema';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import type { StoreFileHandle, StoreFs } from './io';
import { nodeFs } from './io';

export const T0 = '2025-03-18T09:00:00.000Z';
export const fixedNow = (): Date => new Date(T0);

const made: string[] = [];
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aw-store-'));
  made.push(dir);
  return dir;
}
export async function removeTempDirs(): Promise<void> {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
}

export const SAMPLE_TEXT =
  'Witkoff told Fox News that the referendums "justify these actions".\n\n' +
  'A Ukrainian official, speaking on condition of anonymity, said the talks were "likely" to go on.';

export function makeDocument(id: string, text = SAMPLE_TEXT): WorkbenchDocument {
  return {
    id,
    title: `Article ${id}`,
    outlet: 'Reuters',
    authors: [],
    url: '',
    language: 'en',
    description: '',
    format: 'text',
    publishedAt: '2025-03-18',
    fileName: `${id}.txt`,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    importedAt: T0,
    previousVersions: [],
  };
}

export function makeSource(id: string, name = `Source ${id}`): Source {
  return {
    id,
    kind: 'person',
    name,
    aliases: [],
    role: '',
    affiliation: '',
    notes: '',
    createdAt: T0,
    updatedAt: T0,
  };
}

export function makeQuote(id: string, documentId: string, note = ''): Quote {
  return {
    id,
    documentId,
    selector: {
      position: { start: 0, end: 7 },
      quote: { exact: 'Witkoff', prefix: '', suffix: ' told Fox News' },
    },
    kind: 'direct',
    cue: 'told Fox News',
    medium: 'television',
    saidAt: '',
    credibility: null,
    anchor: null,
    note,
    createdAt: T0,
    updatedAt: T0,
  };
}

export function makeAttribution(id: string, quoteId: string, sourceId: string): Attribution {
  return {
    id,
    quoteId,
    sourceId,
    role: 'speaker',
    confidence: 'stated',
    basis: '',
    createdAt: T0,
  };
}

/** A small valid workspace: one article and one source. */
export function seedWorkspace(): WorkspaceData {
  const data = emptyWorkspace(T0);
  data.documents.d1 = makeDocument('d1');
  data.sources.s1 = makeSource('s1', 'Steve Witkoff');
  return data;
}

/** The changes of marking one quote: the quote and its attribution to s1. */
export function quoteChanges(n: number, note = ''): Change[] {
  return [
    { op: 'put', collection: 'quotes', value: makeQuote(`q${n}`, 'd1', note) },
    { op: 'put', collection: 'attributions', value: makeAttribution(`a${n}`, `q${n}`, 's1') },
  ];
}

export function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** Switches for faultyFs; counters let tests see how many writes and syncs happened. */
export interface Faults {
  failWrites?: boolean;
  failSyncs?: boolean;
  failRename?: (from: string, to: string) => boolean;
  /** Write only this many bytes before failing: a torn write. */
  tornBytes?: number;
  /** The next this-many positional writes (journal appends) fail. */
  failNext?: number;
  /** Positional writes wait for this first, so a test can act while one is in flight. */
  gate?: Promise<void>;
  /** Whole-file writes (snapshots) wait for this first. */
  fileGate?: Promise<void>;
  writes: number;
  fileWrites: number;
  datasyncs: number;
  syncs: number;
}

export function newFaults(): Faults {
  return { writes: 0, fileWrites: 0, datasyncs: 0, syncs: 0 };
}

/** Real file system whose writes, syncs and renames fail on demand with ENOSPC. */
export function faultyFs(faults: Faults, base: StoreFs = nodeFs): StoreFs {
  const wrap = (handle: StoreFileHandle): StoreFileHandle => ({
    async write(buffer, offset, length, position) {
      faults.writes += 1;
      if (faults.gate) await faults.gate;
      if (faults.failNext !== undefined && faults.failNext > 0) {
        faults.failNext -= 1;
        throw enospc();
      }
      if (faults.tornBytes !== undefined) {
        const partial = Math.min(length, faults.tornBytes);
        await handle.write(buffer, offset, partial, position);
        throw enospc();
      }
      if (faults.failWrites) throw enospc();
      return handle.write(buffer, offset, length, position);
    },
    async writeFile(data) {
      faults.fileWrites += 1;
      if (faults.fileGate) await faults.fileGate;
      if (faults.failWrites) throw enospc();
      return handle.writeFile(data);
    },
    async datasync() {
      faults.datasyncs += 1;
      if (faults.failSyncs) throw enospc();
      return handle.datasync();
    },
    async sync() {
      faults.syncs += 1;
      if (faults.failSyncs) throw enospc();
      return handle.sync();
    },
    read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  });
  return {
    ...base,
    open: async (file, flags, mode) => wrap(await base.open(file, flags, mode)),
    rename: async (from, to) => {
      if (faults.failRename?.(from, to)) throw enospc();
      return base.rename(from, to);
    },
  };
}

/** Parses the journal with plain JSON.parse, independently of the store's reader. */
export async function journalLines(dir: string): Promise<{ seq: number; changes: Change[] }[]> {
  const text = await readFile(path.join(dir, 'workspace.journal'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as { seq: number; changes: Change[] });
}

/** The snapshot parsed with JSON.parse, independently of the store's reader. */
export async function snapshotOnDisk(dir: string): Promise<WorkspaceData> {
  const raw = JSON.parse(await readFile(path.join(dir, 'workspace.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  // The envelope: checksum, folded journal sequence and time of writing.
  delete raw.$crc;
  delete raw.$seq;
  delete raw.$at;
  return raw as WorkspaceData;
}

/** The journal sequence the snapshot folds up to (0 for an unstamped one). */
export async function snapshotSeq(dir: string): Promise<number> {
  const raw = JSON.parse(await readFile(path.join(dir, 'workspace.json'), 'utf8')) as {
    $seq?: number;
  };
  return raw.$seq ?? 0;
}

/** What disk holds: the snapshot with the journal's changes applied, read independently. */
export async function stateOnDisk(dir: string): Promise<WorkspaceData> {
  const data = await snapshotOnDisk(dir);
  const folded = await snapshotSeq(dir);
  for (const line of await journalLines(dir)) {
    if (line.seq <= folded) continue;
    for (const change of line.changes) {
      const records = data[change.collection] as Record<string, unknown>;
      if (change.op === 'put') records[change.value.id] = change.value;
      else delete records[change.id];
    }
  }
  return data;
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/**
 * Stops a store the way a crash would: the journal is not compacted and the in-memory state is
 * dropped. Only the fd is closed and the lock released, so the folder can be opened again.
 */
export async function simulateCrash(store: object): Promise<void> {
  const parts = (store as { p: { journal: { close(): Promise<void> }; release(): Promise<void> } })
    .p;
  await parts.journal.close();
  await parts.release();
}

/** A promise plus the function that resolves it. */
export function deferred(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Polls until `check` holds (for waiting on an operation to reach the file system). */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  if (!check()) throw new Error('condition not reached');
}
