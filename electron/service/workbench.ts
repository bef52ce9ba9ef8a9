// The workbench service: opens the store, builds the handler table and its dispatcher. It
// never imports electron, so Electron's main process and the e2e harness wire the very same
// object.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Notice } from '../../shared/ipc/contract';
import type { Dispatch, HandlerTable } from '../../shared/ipc/dispatch';
import { createDispatch } from '../../shared/ipc/dispatch';
import type { ChannelName } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import { WorkbenchError } from '../../shared/ipc/result';
import { SCHEMA_VERSION, emptyWorkspace } from '../../shared/domain/workspace';
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { Head } from '../store/head';
import { readHead, writeHead } from '../store/head';
import { SNAPSHOT_FILE } from '../store/snapshot';
import type { DurableWorkspaceStore, LockedStore, OpenedStore } from '../store/store';
import { lockStore } from '../store/store';
import { copyHandlers } from '../store/copies';
import type { ServiceContext } from './context';
import { defaultClock, defaultIds } from './context';
import { History } from './history';
import { historyHandlers } from './history-handlers';
import { annotationHandlers } from './annotations';
import { versionHandlers } from './versions';
import { claimHandlers } from './claims';
import { codebookHandlers } from './codebook';
import { memoHandlers } from './memos';
import { exportHandlers } from './exports';
import { interchangeHandlers } from './interchange';
import { annotationImportHandlers } from './annotation-import';
import { createSearchService } from './search';
import { NO_SHELL } from './shell';
import type { Shell } from './shell';
import { buildDocument, documentHandlers } from './documents';
import { importHandlers } from './imports';
import { quoteHandlers } from './quotes';
import { sourceHandlers } from './sources';
import { assessmentHandlers } from './assessments';
import { attributionHandlers } from './attributions';
import { suggestionHandlers } from './suggestions';
import type { SuggestEngine } from './suggestion-list';
import { defaultSuggestEngine } from './suggest-engine';
import { loadSettings, settingsHandlers } from './settings';
import { revealHandlers, trackSaves } from './reveal';
import {
  countsOf,
  headAnswer,
  headCounts,
  headStillHolds,
  startupAnswers,
  zeroRevisions,
} from './quick-open';
import type { WorkspaceCounts } from './quick-open';

export const SAMPLE_FILE = 'riyadh-ceasefire-talks.txt';

export interface WorkbenchOptions {
  dataDir: string;
  /** Folder holding sample/ (the bundled article opened on first run). */
  resourcesDir: string;
  log?: (message: string, error?: unknown) => void;
  /** Who edits, for the change log; the OS account name by default. */
  actor?: string;
  now?: () => Date;
  newId?: () => string;
  /** Save and open dialogs and PDF printing; without it, exports to files fail clearly. */
  shell?: Shell;
  /** Check every answer against the contract's output schema (tests; see DispatchOptions). */
  checkOutputs?: boolean;
  /** The quote-suggestion engine; shared/suggest's by default (tests may pass a fixed one). */
  suggest?: SuggestEngine;
  /** Answer the window's first calls from the quick-open head when it matches (default true). */
  quickOpen?: boolean;
  /**
   * After an open from the head, load the whole workspace this long after opening unless a call
   * the head cannot answer asks for it sooner (default LOAD_BEHIND_HEAD_MS).
   */
  loadBehindHeadMs?: number;
  /**
   * Reading the whole workspace waits for this (main passes the window's first paint): it holds
   * this thread while its JSON parses, which must not hold the window back. The folder lock,
   * the settings and the quick-open head are read at once.
   */
  loadAfter?: Promise<unknown>;
}

/**
 * The window's first calls arrive within about a second of the service opening (page load and
 * first render); loading the workspace blocks this thread for as long as its JSON parses, so it
 * starts after them, or at once when a call needs it.
 */
export const LOAD_BEHIND_HEAD_MS = 3_000;

export interface Workbench {
  dispatch: Dispatch;
  handlers: HandlerTable;
  /**
   * Settles once the whole workspace is in memory: at once after a plain open; after an open
   * from the quick-open head, when the load behind it ends (rejecting with its StoreOpenError
   * when the workspace could not be read, or when the service closed first).
   */
  loaded: Promise<void>;
  close(): Promise<void>;
}

function accountName(): string {
  try {
    return os.userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

async function readSample(resourcesDir: string): Promise<string | null> {
  try {
    return await readFile(path.join(resourcesDir, 'sample', SAMPLE_FILE), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Opens the workspace in dataDir (creating it with the sample article on first run) and returns
 * the service. Rejects with the store's StoreOpenError when the folder is locked by another
 * process or was written by a newer version.
 */
export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const now = options.now ?? defaultClock;
  const newId = options.newId ?? defaultIds;
  const notices: Notice[] = [];
  const sample = await readSample(options.resourcesDir);

  const seed = (): WorkspaceData => {
    const data = emptyWorkspace(now().toISOString());
    if (sample === null) {
      notices.push({
        level: 'warning',
        code: 'sample_missing',
        message: 'The sample article could not be found, so the workspace starts empty.',
      });
      return data;
    }
    const doc = buildDocument(
      {
        text: sample,
        title: '',
        outlet: '',
        fileName: SAMPLE_FILE,
      },
      newId(),
      now().toISOString(),
    );
    data.documents[doc.id] = doc;
    return data;
  };

  const locked = await lockStore({ dataDir: options.dataDir, seed, now });
  let settings: Awaited<ReturnType<typeof loadSettings>>;
  try {
    // Window settings live beside the workspace; a damaged file resets the layout, with a notice.
    settings = await loadSettings({ dataDir: options.dataDir, now });
  } catch (error) {
    await locked.release();
    throw error;
  }
  if (settings.notice) notices.push(settings.notice);
  const settingsTable = settingsHandlers({ dataDir: options.dataDir, initial: settings.settings });
  const parts: Parts = { options, locked, notices, settingsTable, now, newId };
  const head = options.quickOpen === false ? null : await readHead(locked.fs, locked.dir);
  if (!head?.ok) {
    await options.loadAfter;
    return (await serve(parts, await locked.open())).workbench;
  }
  return stagedWorkbench(parts, head.head);
}

interface Parts {
  options: WorkbenchOptions;
  locked: LockedStore;
  notices: Notice[];
  settingsTable: ReturnType<typeof settingsHandlers>;
  now: () => Date;
  newId: () => string;
}

/** What workspace.info answers, the same from the head as from the loaded workspace. */
function workspaceInfo(parts: Parts, counts: WorkspaceCounts) {
  return {
    dataDir: parts.options.dataDir,
    dataFile: path.join(parts.locked.dir, SNAPSHOT_FILE),
    schemaVersion: SCHEMA_VERSION,
    notices: parts.notices,
    counts,
  };
}

interface Served {
  workbench: Workbench;
  store: DurableWorkspaceStore;
}

/** The service over the loaded workspace; closing it saves the quick-open head for next time. */
async function serve(parts: Parts, opened: OpenedStore): Promise<Served> {
  const { options, notices, now, newId, locked } = parts;
  notices.unshift(...opened.notices);
  const store = opened.store;
  const actor = options.actor ?? accountName();
  const history = new History({ store, now, newId, actor });
  // Every file a save dialog wrote this session, so "Show in folder" reveals those and no other.
  const shell = trackSaves(options.shell ?? NO_SHELL);
  const ctx: ServiceContext = {
    store,
    now,
    newId,
    commit: async (label, changes) => {
      await history.record(label, changes);
    },
  };

  const search = createSearchService(store);
  const handlers: HandlerTable = {
    'workspace.info': async () => workspaceInfo(parts, countsOf(store.data)),
    'workspace.revisions': async () => store.revisions(),
    ...copyHandlers({ dataDir: options.dataDir, data: () => store.data, now, commit: ctx.commit }),
    ...documentHandlers(ctx),
    ...importHandlers(ctx, shell.shell, options.log),
    ...sourceHandlers(ctx),
    ...quoteHandlers(ctx),
    ...attributionHandlers(ctx),
    ...suggestionHandlers(ctx, options.suggest ?? defaultSuggestEngine),
    ...assessmentHandlers(ctx),
    ...historyHandlers(history),
    ...annotationHandlers(ctx),
    ...versionHandlers(ctx),
    ...claimHandlers(ctx),
    ...codebookHandlers(ctx),
    ...memoHandlers(ctx),
    ...exportHandlers(ctx, shell.shell, actor),
    ...interchangeHandlers(ctx, shell.shell, actor),
    ...annotationImportHandlers(ctx, shell.shell),
    ...revealHandlers(shell),
    ...search.handlers,
    ...parts.settingsTable,
  };
  // What a fresh open would answer: its undo stack is the one rebuilt from the change log.
  const saveHead = async () => {
    const fresh = new History({ store, now, newId, actor });
    const { answers, later } = await startupAnswers(
      { ...handlers, 'history.state': async () => fresh.state() },
      store.data,
    );
    await writeHead(locked.fs, locked.dir, answers, later);
  };

  const workbench: Workbench = {
    handlers,
    dispatch: createDispatch(handlers, { log: options.log, checkOutputs: options.checkOutputs }),
    loaded: Promise.resolve(),
    close: () => {
      search.index.stop();
      return store.close(saveHead);
    },
  };
  return { workbench, store };
}

/**
 * The service opened from its quick-open head: the head's calls are answered from it, settings
 * from their own file, and everything else waits for the whole workspace, which loads behind.
 * Once loaded, every call goes to the service a plain open makes; if the workspace turned out
 * to answer the head's calls differently (it cannot, unless something changed the files in a
 * way the stamps missed), every revision moves so the window reloads what it was shown.
 */
function stagedWorkbench(parts: Parts, head: Head): Workbench {
  const { options, locked } = parts;
  let live: Served | null = null;
  let loading: Promise<Served> | null = null;
  let settle: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  const loaded = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be waiting on it: a failure is also answered to every call that needed the load.
  loaded.catch(() => undefined);
  const load = (): Promise<Served> =>
    (loading ??= (async () => {
      clearTimeout(timer);
      await options.loadAfter;
      const served = await serve(parts, await locked.open());
      if (!(await headStillHolds(head, served.workbench.handlers, served.store.data))) {
        served.store.markAllChanged();
      }
      live = served;
      return served;
    })().then(
      (served) => {
        settle?.resolve();
        return served;
      },
      (error: unknown) => {
        settle?.reject(error);
        throw error;
      },
    ));
  const timer = setTimeout(
    () => void load().catch(() => undefined),
    options.loadBehindHeadMs ?? LOAD_BEHIND_HEAD_MS,
  );
  const counts = headCounts(head);
  const early: Partial<Record<ChannelName, (input: unknown) => Promise<unknown>>> = {
    ...(parts.settingsTable as Record<string, (input: unknown) => Promise<unknown>>),
    'workspace.info': async () =>
      workspaceInfo(parts, counts ?? { documents: 0, sources: 0, quotes: 0 }),
    'workspace.revisions': async () => zeroRevisions(),
  };
  const handlerFor =
    (channel: ChannelName) =>
    async (input: unknown): Promise<unknown> => {
      if (live === null) {
        const answer = early[channel]
          ? await early[channel](input)
          : headAnswer(head, channel, input);
        if (answer !== undefined) return answer;
      }
      let served: Served;
      try {
        served = live ?? (await load());
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new WorkbenchError(
          'workspace_unavailable',
          `The workspace could not be opened: ${detail}`,
        );
      }
      return (served.workbench.handlers[channel] as (input: unknown) => Promise<unknown>)(input);
    };
  const handlers = Object.fromEntries(
    (Object.keys(contract) as ChannelName[]).map((channel) => [channel, handlerFor(channel)]),
  ) as unknown as HandlerTable;
  return {
    handlers,
    dispatch: createDispatch(handlers, { log: options.log, checkOutputs: options.checkOutputs }),
    loaded,
    close: async () => {
      clearTimeout(timer);
      if (loading === null) {
        settle?.reject(new Error('The workspace was closed before it had loaded.'));
        await locked.release();
        return;
      }
      const served = await loading.catch(() => null);
      // A failed load has released the lock already.
      if (served) await served.workbench.close();
    },
  };
}
