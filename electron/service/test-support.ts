// Test support for the service's tests: a real workbench on a fresh temporary folder, with a
// deterministic clock and ids, and small typed helpers to call it the way the renderer does.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, ClaimStatus } from '../../shared/domain/claims';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { WorkbenchErrorInfo } from '../../shared/ipc/result';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';
import type { FileContent, Shell } from './shell';

const opened: Workbench[] = [];
/** Data folders made by openTestWorkbench, removed once their workbench is closed. */
const folders: string[] = [];

/** Closes `wb` with the others in closeTestWorkbenches. */
export function trackForClose(wb: Workbench): Workbench {
  opened.push(wb);
  return wb;
}

/** Closes every workbench opened by openTestWorkbench; call it in afterEach. */
export async function closeTestWorkbenches(): Promise<void> {
  await Promise.all(opened.splice(0).map((wb) => wb.close()));
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export const RESOURCES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../resources',
);

/** A real workbench on a fresh folder, with typed call helpers and sample-article spans. */
export async function openTestWorkbench(prefix: string, shell?: Shell) {
  let n = 0;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  folders.push(dataDir);
  const wb = await createWorkbench({
    dataDir,
    resourcesDir: RESOURCES,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    newId: () => `id-${++n}`,
    shell,
    // Every answer in the service's tests is held to its channel's output schema.
    checkOutputs: true,
  });
  opened.push(wb);
  const call = async <C extends ChannelName>(channel: C, input?: ChannelInput<C>) => {
    const result = await wb.dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  const refuse = async (channel: ChannelName, input: unknown): Promise<WorkbenchErrorInfo> => {
    const result = await wb.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };
  const [summary] = await call('documents.list');
  const doc = await call('documents.get', { id: summary!.id });
  const span = (exact: string) => {
    const start = doc.text.indexOf(exact);
    if (start === -1) throw new Error(`not in the sample: ${exact}`);
    return { start, end: start + exact.length };
  };
  const mark = async (exact: string, speaker: ChannelInput<'quotes.create'>['speaker']) =>
    call('quotes.create', { documentId: doc.id, position: span(exact), kind: 'direct', speaker });
  const person = (name: string, aliases: string[] = []) =>
    call('sources.create', { kind: 'person', name, aliases });
  /** Everything a merge or delete may touch, in a stable order. */
  const snapshot = async () => {
    const sources = await call('sources.list');
    const { quotes, attributions } = await call('quotes.list');
    const details = await Promise.all(sources.map((s) => call('sources.get', { id: s.id })));
    const assessments = details.flatMap((d) => d.assessments);
    // Records are keyed by id; an undone delete re-inserts at the end, so compare by id.
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    return {
      sources: byId(sources),
      quotes: byId(quotes),
      attributions: byId(attributions),
      assessments: byId(assessments),
    };
  };
  return { wb, call, refuse, doc, span, mark, person, snapshot };
}

/** A stored claim with every field filled, for seeding a store directly. */
export function claimFixture(id: string, claimantIds: string[], status: ClaimStatus): Claim {
  const at = '2025-01-01T00:00:00Z';
  return {
    id,
    statement: `claim ${id}`,
    documentId: 'doc',
    selector: { position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } },
    anchor: null,
    quoteId: null,
    claimantIds,
    tagIds: [],
    status,
    credibility: null,
    evidence: [],
    statusChangedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** The bytes of a file's content, running its producer when it streams. */
export async function contentBytes(content: FileContent): Promise<Uint8Array> {
  if (typeof content !== 'function') return content;
  const chunks: Buffer[] = [];
  await content(async (chunk) => {
    chunks.push(Buffer.from(chunk)); // a copy: the producer reuses its chunk
  });
  return Buffer.concat(chunks);
}

/** A shell whose save dialog keeps files in memory and whose open dialog returns `nextOpen`. */
export function memoryShell() {
  const saved = new Map<string, Uint8Array>();
  const shell: Shell & {
    saved: typeof saved;
    cancelSave: boolean;
    nextOpen: Uint8Array | null;
    /** The paths the next import dialog picks; null cancels it. */
    nextImport: string[] | null;
  } = {
    saved,
    cancelSave: false,
    nextOpen: null,
    nextImport: null,
    saveFile: async (name, content) => {
      if (shell.cancelSave) return null;
      saved.set(name, await contentBytes(content));
      return `/exports/${name}`;
    },
    openFile: async () =>
      shell.nextOpen ? { name: 'colleague.awbundle.json', bytes: shell.nextOpen } : null,
    openFiles: async () => {
      const files = shell.nextImport;
      shell.nextImport = null;
      return files;
    },
    printPdf: async (html) => new TextEncoder().encode(`%PDF-fake ${html.length}`),
  };
  return shell;
}
