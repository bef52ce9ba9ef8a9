// The analyst's saved searches (kept in the window settings by the service): read once when the
// Search view opens, then replaced by each change's answer. Save and rename answer the message to
// show beside their form (null when done); a failed read or delete is reported to the window.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedSearch } from '../../../../shared/ipc/channels/settings';
import {
  savedSearchNameProblem,
  savedSearchQueryProblem,
} from '../../../../shared/ipc/channels/settings-values';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../api/client';

export interface SavedSearches {
  list: readonly SavedSearch[];
  /** Null when saved, else why not, in words for the analyst. */
  save: (name: string, query: string) => Promise<string | null>;
  rename: (name: string, to: string) => Promise<string | null>;
  remove: (name: string) => Promise<void>;
}

export function useSavedSearches(reportError: (message: string) => void): SavedSearches {
  const [list, setList] = useState<readonly SavedSearch[]>([]);
  const report = useRef(reportError);
  useEffect(() => {
    report.current = reportError;
  });

  useEffect(() => {
    let live = true;
    void call('settings.get').then((result) => {
      if (!live) return;
      if (result.ok) setList(result.value.savedSearches);
      else report.current(`The saved searches could not be read: ${result.error.message}`);
    });
    return () => {
      live = false;
    };
  }, []);

  /** Applies a change's answer; its error message when it failed. */
  const settle = (result: Result<SavedSearch[]>): string | null => {
    if (!result.ok) return result.error.message;
    setList(result.value);
    return null;
  };

  const save = useCallback(async (name: string, query: string) => {
    // Checked here first too, so a bound broken says so at once and in plain words.
    const problem = savedSearchNameProblem(name) ?? savedSearchQueryProblem(query);
    if (problem) return problem;
    return settle(await call('settings.saveSearch', { name: name.trim(), query: query.trim() }));
  }, []);

  const rename = useCallback(async (name: string, to: string) => {
    const problem = savedSearchNameProblem(to);
    if (problem) return problem;
    return settle(await call('settings.renameSearch', { name, to: to.trim() }));
  }, []);

  const remove = useCallback(async (name: string) => {
    const problem = settle(await call('settings.deleteSearch', { name }));
    if (problem) report.current(`The saved search was not deleted: ${problem}`);
  }, []);

  return { list, save, rename, remove };
}
