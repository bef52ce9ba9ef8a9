// The workbench service: opens the store, builds the handler table and its dispatcher. It
// never imports electron, so Electron's main process and the e2e harness wire the very same
// object.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Notice } from '../../shared/ipc/contract';
import type { Dispatch, HandlerTable } from '../../shared/ipc/dispatch';
import { createDispatch } from '../../shared/ipc/dispatch';
import { SCHEMA_VERSION, emptyWorkspace } from '../../shared/domain/workspace';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { openStore } from '../store/store';
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
}

export interface Workbench {
  dispatch: Dispatch;
  handlers: HandlerTable;
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

  const opened = await openStore({ dataDir: options.dataDir, seed, now });
  notices.push(...opened.notices);
  const store = opened.store;
  // Window settings live beside the workspace; a damaged file resets the layout, with a notice.
  const settings = await loadSettings({ dataDir: options.dataDir, now });
  if (settings.notice) notices.push(settings.notice);
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
    'workspace.info': async () => ({
      dataDir: options.dataDir,
      dataFile: store.dataFile,
      schemaVersion: SCHEMA_VERSION,
      notices,
      counts: {
        documents: Object.keys(store.data.documents).length,
        sources: Object.keys(store.data.sources).length,
        quotes: Object.keys(store.data.quotes).length,
      },
    }),
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
    ...settingsHandlers({ dataDir: options.dataDir, initial: settings.settings }),
  };

  return {
    handlers,
    dispatch: createDispatch(handlers, { log: options.log, checkOutputs: options.checkOutputs }),
    close: () => {
      search.index.stop();
      return store.close();
    },
  };
}
