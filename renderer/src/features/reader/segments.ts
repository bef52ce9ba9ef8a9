// Splits a block of text into runs where the set of covering spans is constant, so overlapping
// and nested highlights render as flat, non-overlapping DOM runs.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering this run, shortest (innermost) first. */
  spanIds: string[];
}

/**
 * Segments of [blockStart, blockEnd). Spans may overlap, nest or reach beyond the block; they
 * are clipped. Runs cover the whole block with no gaps, in order.
 */
export function segmentBlock(
  blockStart: number,
  blockEnd: number,
  spans: readonly Span[],
): Segment[] {
  if (blockEnd <= blockStart) return [];
  const inside = spans.filter((s) => s.end > blockStart && s.start < blockEnd && s.end > s.start);
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const span of inside) {
    cuts.add(Math.max(blockStart, span.start));
    cuts.add(Math.min(blockEnd, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byLength = [...inside].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const spanIds = byLength.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ start, end, spanIds });
  }
  return segments;
}
