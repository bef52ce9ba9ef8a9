// Which journal lines a snapshot generation needs, which of them could not be read, and how to
// tell the user exactly what came back: pure functions, so every case is testable without files.
import { SCHEMA_VERSION } from '../../shared/domain/workspace';
import { describeError, parseChange } from './decode';
import type { BadRegion, ScannedEntry } from './journal';
import { plural } from '../../shared/text/plural';

/** A run of consecutive journal lines that are missing: damaged, or readable but invalid. */
export interface LostRun {
  /** First and last missing sequence numbers; null when only "after the last readable line". */
  from: number | null;
  to: number | null;
  /** Saved after this time (the line before), and before this one (the line after), if known. */
  after: string | null;
  before: string | null;
  reason: string;
}

export interface Replay {
  /** Lines to replay over the snapshot, in sequence order, each once. */
  apply: ScannedEntry[];
  lost: LostRun[];
  /** The highest sequence number seen anywhere: the next line gets a larger one. */
  maxSeq: number;
}

/** Lines whose changes fail validation: a valid checksum over an invalid edit is still lost. */
function invalidReason(entry: ScannedEntry): string | null {
  if (entry.v !== SCHEMA_VERSION) return null; // older lines are checked by their migration
  for (const change of entry.changes) {
    try {
      parseChange(change);
    } catch (error) {
      return `it holds an invalid change (${describeError(error)})`;
    }
  }
  return null;
}

/**
 * Picks the lines that apply to a snapshot folded up to `snapshotSeq` (null: an unstamped older
 * snapshot, to which every line applies) and finds the gaps: a sequence number missing between
 * readable lines, or a damaged region after the last readable one.
 */
export function planReplay(
  entries: readonly ScannedEntry[],
  bad: readonly BadRegion[],
  snapshotSeq: number | null,
  snapshotAt: string | null,
): Replay {
  const bySeq = new Map<number, ScannedEntry>();
  for (const e of entries) if (!bySeq.has(e.seq)) bySeq.set(e.seq, e);
  const sorted = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const maxSeq = Math.max(snapshotSeq ?? 0, ...sorted.map((e) => e.seq));
  const candidates = sorted.filter((e) => snapshotSeq === null || e.seq > snapshotSeq);
  const invalid = new Map<number, string>();
  const apply: ScannedEntry[] = [];
  for (const e of candidates) {
    const reason = invalidReason(e);
    if (reason === null) apply.push(e);
    else invalid.set(e.seq, reason);
  }
  const damageReason = bad[0]?.reason ?? 'the line is damaged';
  const lost: LostRun[] = [];
  const first = snapshotSeq === null ? (candidates[0]?.seq ?? 1) : snapshotSeq + 1;
  let previousAt = snapshotAt;
  let run: LostRun | null = null;
  const applied = new Map(apply.map((e) => [e.seq, e]));
  for (let seq = first; seq <= maxSeq; seq += 1) {
    const entry = applied.get(seq) ?? null;
    if (entry) {
      if (run) {
        run.before = entry.at;
        run = null;
      }
      previousAt = entry.at;
      continue;
    }
    const reason = invalid.get(seq) ?? damageReason;
    if (run) run.to = seq;
    else {
      run = { from: seq, to: seq, after: previousAt, before: null, reason };
      lost.push(run);
    }
  }
  // A damaged line after the last readable one: its sequence number is unknown, not its loss.
  const lastEnd = Math.max(0, ...entries.filter((e) => e.seq === maxSeq).map((e) => e.end));
  const trailing = bad.find((r) => r.start >= lastEnd);
  if (trailing) {
    lost.push({ from: null, to: null, after: previousAt, before: null, reason: trailing.reason });
  }
  return { apply, lost, maxSeq };
}

/** One sentence per lost run, with its time span when the lines around it tell it. */
export function describeLoss(lost: readonly LostRun[], journalName: string): string {
  return lost
    .map((run) => {
      const span =
        run.after && run.before
          ? ` They were saved between ${run.after} and ${run.before}.`
          : run.after
            ? ` ${run.from === null ? 'It was' : 'They were'} saved after ${run.after}.`
            : '';
      if (run.from === null || run.to === null) {
        return (
          `The last saved batch of changes in ${journalName} was saved and then damaged on disk ` +
          `(${run.reason}), so it could not be read and is missing.${span}`
        );
      }
      const count = run.to - run.from + 1;
      const which = count === 1 ? `number ${run.from}` : `numbers ${run.from} to ${run.to}`;
      return (
        `${plural(count, 'saved batch', 'saved batches')} of changes (${which}) could not be ` +
        `read from ${journalName} (${run.reason}) and ${count === 1 ? 'is' : 'are'} missing.${span}`
      );
    })
    .join(' ');
}

/** Counts of what a journal replay brought back, for the notice. */
export function countChanges(entries: readonly ScannedEntry[]): number {
  return entries.reduce((sum, e) => sum + e.changes.length, 0);
}
