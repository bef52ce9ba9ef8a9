// Opening from the quick-open head (#14): the window's first calls are answered from the answers
// the service saved when the workspace last closed, while the whole workspace loads behind them.
// Every other call waits for the load, and after it the service is exactly the one a plain open
// makes. The head's answers are made by the real handlers, so none of their logic is repeated.
import type { WorkspaceData } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';
import type { ChannelName } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import {
  AFTER_FIRST_PAINT,
  FIRST_PAINT_LISTS,
  firstArticleCalls,
} from '../../shared/ipc/first-paint';
import type { Head } from '../store/head';
import { answerKey } from '../store/head';

/** Counts the window shows before any list arrives (workspace.info), saved beside the answers. */
const COUNTS_KEY = 'counts';

export interface WorkspaceCounts {
  documents: number;
  sources: number;
  quotes: number;
}

export function countsOf(data: WorkspaceData): WorkspaceCounts {
  return {
    documents: Object.keys(data.documents).length,
    sources: Object.keys(data.sources).length,
    quotes: Object.keys(data.quotes).length,
  };
}

/** A head's answers: for the first paint, and for the refresh after it (electron/store/head.ts). */
export interface StartupAnswers {
  answers: Record<string, unknown>;
  later: Record<string, unknown>;
}

/**
 * The answers a freshly opened service gives to the window's first calls (renderer start-up:
 * useWorkspace), made by `handlers` over the workspace as it is now. Revisions are not among
 * them: a fresh service's counters are all 0 (see zeroRevisions).
 */
export async function startupAnswers(
  handlers: HandlerTable,
  data: WorkspaceData,
): Promise<StartupAnswers> {
  const answers: Record<string, unknown> = { [COUNTS_KEY]: countsOf(data) };
  const later: Record<string, unknown> = {};
  const put = async <C extends ChannelName>(
    into: Record<string, unknown>,
    channel: C,
    input: unknown,
  ) => {
    const parsed = contract[channel].input.parse(input) as Parameters<HandlerTable[C]>[0];
    const call = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await call(parsed);
    into[answerKey(channel, input)] = value;
    return value;
  };
  // Exactly the window's first calls, as it makes them (shared/ipc/first-paint.ts).
  const list = (await put(answers, FIRST_PAINT_LISTS.articles, undefined)) as { id: string }[];
  await put(answers, FIRST_PAINT_LISTS.undo, undefined);
  const first = list[0];
  if (first) {
    for (const [channel, input] of firstArticleCalls(first.id)) await put(answers, channel, input);
  }
  // From the head, the refresh after the paint does not wait for the load either.
  for (const [channel, input] of AFTER_FIRST_PAINT) await put(later, channel, input);
  return { answers, later };
}

export function zeroRevisions(): Record<(typeof COLLECTIONS)[number], number> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, 0])) as Record<
    (typeof COLLECTIONS)[number],
    number
  >;
}

/** The saved answer to a call, or undefined when the head does not hold that call. */
export function headAnswer(head: Head, channel: string, input: unknown): unknown {
  const key = answerKey(channel, input);
  if (Object.hasOwn(head.answers, key)) return head.answers[key];
  const later = head.later();
  return Object.hasOwn(later, key) ? later[key] : undefined;
}

export function headCounts(head: Head): WorkspaceCounts | null {
  const counts = head.answers[COUNTS_KEY] as Partial<WorkspaceCounts> | undefined;
  return counts &&
    typeof counts.documents === 'number' &&
    typeof counts.sources === 'number' &&
    typeof counts.quotes === 'number'
    ? (counts as WorkspaceCounts)
    : null;
}

/**
 * True when the loaded workspace answers the head's calls exactly as the head did, so nothing
 * the window was shown needs reloading.
 */
export async function headStillHolds(
  head: Head,
  handlers: HandlerTable,
  data: WorkspaceData,
): Promise<boolean> {
  const now = await startupAnswers(handlers, data);
  const same = (saved: Record<string, unknown>, made: Record<string, unknown>) => {
    const keys = Object.keys(saved);
    return (
      keys.length === Object.keys(made).length &&
      keys.every((key) => JSON.stringify(saved[key]) === JSON.stringify(made[key]))
    );
  };
  // A head without its later part (damaged, or from before it had one) answered none of those.
  const later = head.later();
  return same(head.answers, now.answers) && (same(later, {}) || same(later, now.later));
}
