// Counts said in words, for confirmations and screen readers: "3 highlights and 1 claim".
import type { TagUsage } from '../../../../shared/ipc/contract';
import { describeAccelerator } from '../../commands/registry';
import { plural } from '../../../../shared/text/plural';

export const UNDO_KEY = describeAccelerator('CmdOrCtrl+Z');

export { plural };

/** "3 highlights and 1 claim"; "no items" when nothing carries the tag. */
export function usageText(usage: TagUsage): string {
  if (usage.annotations === 0 && usage.claims === 0) return 'no items';
  return `${plural(usage.annotations, 'highlight')} and ${plural(usage.claims, 'claim')}`;
}
