// First guesses for the mark-quote form, from the text around the selection: the kind of quote
// (quotation marks tell direct from partial or reported speech) and the attribution cue.
import type { QuoteKind } from '../../../../shared/domain/schema';

const OPEN = /^["“‘']/;
const CLOSE = /["”’'][.,!?]?$/;

export function guessKind(exact: string): QuoteKind {
  const trimmed = exact.trim();
  if (OPEN.test(trimmed) && CLOSE.test(trimmed)) {
    // A quoted fragment inside a longer quote reads as partial when it is short.
    return trimmed.split(/\s+/).length <= 3 ? 'partial' : 'direct';
  }
  if (/["“”]/.test(trimmed)) return 'partial';
  return 'indirect';
}

const CUE =
  /\b((?:said|says|told|wrote|added|stated|announced|insisted|noted|tweeted|posted|according to)\b[^.,;“”"]{0,60}?)(?=\s+that\b|[.,;“”"]|$)/i;

/**
 * The cue nearest the selection: first in the rest of its sentence, else in the text before it
 * in the same sentence. Empty when nothing looks like a cue.
 */
export function guessCue(text: string, start: number, end: number): string {
  const after = text.slice(end, end + 120).split('\n')[0] ?? '';
  const afterMatch = CUE.exec(after);
  if (afterMatch?.[1]) return afterMatch[1].trim();
  const before =
    (
      text
        .slice(Math.max(0, start - 160), start)
        .split('\n')
        .at(-1) ?? ''
    )
      .split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Jr))[.!?]\s/)
      .at(-1) ?? '';
  const beforeMatch = CUE.exec(before);
  return beforeMatch?.[1]?.trim() ?? '';
}
