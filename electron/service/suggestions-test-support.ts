// Test support for the suggestion service's tests: a fixed engine over the sample article (so
// each rule of the service is tested on known proposals) and a real workbench that runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { QuoteSuggestion } from '../../shared/suggest/types';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { WorkbenchErrorInfo } from '../../shared/ipc/result';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';
import { RESOURCES, closeTestWorkbenches, trackForClose } from './test-support';
import type { SuggestEngine } from './suggestion-list';

export const WITKOFF =
  '“There is a view within the country of Russia that these are Russian territories,”';
export const KUZNETS =
  '“Both sides still believe that they can continue the war regardless of the American position,”';
export const KUZNETS_2 =
  '“Moscow’s and Kyiv’s visions of what an agreement could look like are still infinitely far from each other.”';

/** A direct-quote suggestion for `quoted` (with its marks) in `text`, the cue and speaker after it. */
export function direct(
  text: string,
  quoted: string,
  cue: string,
  speaker: string,
  name: string,
  via: 'name' | 'title' | 'pronoun' | 'surname' = 'name',
): QuoteSuggestion {
  const at = text.indexOf(quoted);
  if (at < 0) throw new Error(`not in the text: ${quoted}`);
  const start = at + 1;
  const end = at + quoted.length - 1 - (quoted.endsWith(',”') || quoted.endsWith('.”') ? 1 : 0);
  const span = (s: string, from: number) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`not in the text: ${s}`);
    return { start: i, end: i + s.length, text: s };
  };
  return {
    key: `direct:${start}-${end}`,
    kind: 'direct',
    content: { start, end, text: text.slice(start, end) },
    cue: span(cue, Math.max(0, at - 20)),
    speaker: {
      ...span(speaker, at - 200),
      resolved: { name, kind: 'person', role: '', via },
    },
    confidence: 0.9,
    reason: `direct quote, cue '${cue}'`,
  };
}

export function sampleEngine(): SuggestEngine {
  return (text) => [
    direct(text, KUZNETS, 'said', 'Dmitry Kuznets', 'Dmitry Kuznets'),
    direct(text, WITKOFF, 'told Fox News', 'Mr. Witkoff', 'Steve Witkoff', 'title'),
    direct(text, KUZNETS_2, 'added', 'He', 'Dmitry Kuznets', 'pronoun'),
  ];
}

const dirs: string[] = [];
/** Closes the workbenches and removes their folders; call it in afterEach. */
export async function cleanUp(): Promise<void> {
  await closeTestWorkbenches();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A real workbench on a fresh folder (or `dataDir`) whose engine is `engine`. */
export async function open(engine: SuggestEngine = sampleEngine(), dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'suggestions-')));
  if (!dataDir) dirs.push(dir);
  let n = 0;
  const wb = trackForClose(
    await createWorkbench({
      dataDir: dir,
      resourcesDir: RESOURCES,
      now: () => new Date(Date.UTC(2026, 0, 2, 0, 0, n % 60)),
      // Ids stay unique across a reopen of the same folder.
      newId: () => `s-${dataDir ? 'b' : 'a'}-${++n}`,
      checkOutputs: true,
      suggest: engine,
    }),
  );
  const h = helpers(wb);
  const [summary] = await h.call('documents.list');
  const doc = await h.call('documents.get', { id: summary!.id });
  return { wb, doc, dataDir: dir, ...h };
}

export function helpers(wb: Workbench) {
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
  return { call, refuse };
}
