// "Restore from an earlier copy…": lists the older snapshot generations and the files set aside
// (damaged, torn, pre-upgrade, pre-restore), and restores a chosen one as an ordinary, undoable
// edit, after keeping the current state in a file of its own. Nothing is ever deleted.
import path from 'node:path';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { decodeWorkspace, describeError } from './decode';
import type { StoreFs } from './io';
import { fileStamp, freeName, nodeFs, writeFileDurable } from './io';
import { MIGRATIONS } from './migrations';
import { SNAPSHOT_FILE, encodeSnapshot, parseSnapshot } from './snapshot';

export interface WorkspaceCopy {
  name: string;
  kind: 'generation' | 'set_aside';
  /** When it was written: the snapshot's own stamp, else the file's modification time. */
  savedAt: string;
  bytes: number;
  restorable: boolean;
  /** Why it cannot be restored, or null. */
  problem: string | null;
  counts: { documents: number; sources: number; quotes: number } | null;
}

const GENERATION = /^workspace\.json\.[12]$/;
const SET_ASIDE =
  /^workspace\.(json|journal)\.(corrupt|torn|before-restore)-[0-9TZ-]+(-\d+)?$|^workspace\.v\d+\.bak\.(json|journal)(-\d+)?$/;

function readWorkspace(bytes: Buffer): { data: WorkspaceData; at: string | null } | string {
  const read = parseSnapshot(bytes);
  if (!read.ok) return read.reason;
  try {
    return { data: decodeWorkspace(read.raw, [], { migrations: MIGRATIONS }).data, at: read.at };
  } catch (error) {
    return describeError(error);
  }
}

/** Every earlier copy in `dir`, newest first. Unreadable copies are listed with their problem. */
export async function listCopies(dir: string, fs: StoreFs = nodeFs): Promise<WorkspaceCopy[]> {
  const names = (await fs.readdir(dir)).filter((n) => GENERATION.test(n) || SET_ASIDE.test(n));
  const copies: WorkspaceCopy[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
    const base = {
      name,
      kind: GENERATION.test(name) ? ('generation' as const) : ('set_aside' as const),
      bytes: bytes.length,
    };
    const mtime = new Date(stat.mtimeMs).toISOString();
    if (name.includes('.journal')) {
      const problem = 'it holds saved edits, not a whole workspace; it is kept for inspection';
      copies.push({ ...base, savedAt: mtime, restorable: false, problem, counts: null });
      continue;
    }
    const read = readWorkspace(bytes);
    if (typeof read === 'string') {
      copies.push({ ...base, savedAt: mtime, restorable: false, problem: read, counts: null });
      continue;
    }
    const counts = {
      documents: Object.keys(read.data.documents).length,
      sources: Object.keys(read.data.sources).length,
      quotes: Object.keys(read.data.quotes).length,
    };
    copies.push({ ...base, savedAt: read.at ?? mtime, restorable: true, problem: null, counts });
  }
  return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The puts and deletes that turn `from` into `to`, collection by collection. */
export function changesBetween(from: WorkspaceData, to: WorkspaceData): Change[] {
  const changes: Change[] = [];
  for (const collection of COLLECTIONS) {
    // The change log is history, not state: it keeps every entry, the restore included.
    if (collection === 'changes') continue;
    const before = from[collection] as Record<string, { id: string }>;
    const after = to[collection] as Record<string, { id: string }>;
    for (const [id, value] of Object.entries(after)) {
      const old = Object.hasOwn(before, id) ? before[id] : undefined;
      if (JSON.stringify(old) !== JSON.stringify(value)) {
        changes.push({ op: 'put', collection, value } as Change);
      }
    }
    for (const id of Object.keys(before)) {
      if (!Object.hasOwn(after, id)) changes.push({ op: 'delete', collection, id });
    }
  }
  return changes;
}

export interface CopyDeps {
  dataDir: string;
  /** The live workspace. */
  data: () => WorkspaceData;
  now: () => Date;
  /** Saves an edit the way every other edit is saved (history, undo). */
  commit: (label: string, changes: Change[]) => Promise<void>;
  fs?: StoreFs;
}

/** The two channels behind "Restore from an earlier copy…". */
export function copyHandlers(
  deps: CopyDeps,
): Pick<HandlerTable, 'workspace.copies' | 'workspace.restoreCopy'> {
  const fs = deps.fs ?? nodeFs;
  return {
    'workspace.copies': () => listCopies(deps.dataDir, fs),
    'workspace.restoreCopy': async ({ name }) => {
      const copies = await listCopies(deps.dataDir, fs);
      const copy = copies.find((c) => c.name === name);
      if (!copy) throw new WorkbenchError('not_found', `There is no earlier copy named ${name}.`);
      if (!copy.restorable) {
        throw new WorkbenchError('conflict', `${name} cannot be restored: ${copy.problem ?? ''}`);
      }
      const read = readWorkspace(await fs.readFile(path.join(deps.dataDir, name)));
      if (typeof read === 'string') {
        throw new WorkbenchError('conflict', `${name} cannot be restored: ${read}`);
      }
      // The current state goes aside first, as a file the list offers back.
      const current = deps.data();
      const stamp = fileStamp(deps.now());
      const keptAs = await freeName(
        fs,
        path.join(deps.dataDir, `${SNAPSHOT_FILE}.before-restore-${stamp}`),
      );
      await writeFileDurable(fs, keptAs, encodeSnapshot(current, 0, deps.now().toISOString()));
      const changes = changesBetween(current, read.data);
      if (changes.length > 0) await deps.commit(`Restore from the earlier copy ${name}`, changes);
      return { restored: name, keptCurrentAs: keptAs, changes: changes.length };
    },
  };
}
