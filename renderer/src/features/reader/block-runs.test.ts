// @vitest-environment jsdom
// The reader's runs as written into the DOM: the attributes the styles, selection offsets, clicks
// and reveal rely on, text kept as text, and elements kept across re-renders as React kept them.
import { describe, expect, it } from 'vitest';
import { patchRuns, runSpecs } from './block-runs';
import type { RunNode } from './block-runs';
import { segmentBlock } from './segments';
import type { ReaderSpan } from './spans';

const span = (id: string, kind: ReaderSpan['kind'], start: number, end: number): ReaderSpan => ({
  id,
  kind,
  start,
  end,
  exact: '',
  color: kind === 'highlight' ? 'green' : null,
  needsReview: false,
  orphaned: false,
  anchor: null,
  claimId: kind === 'claim' ? id : null,
  status: null,
  stance: null,
});

const TEXT = 'He said <b>we agreed</b> & left.';
const describeSpan = (id: string) => `about ${id}`;

function render(
  parent: HTMLElement,
  prev: readonly RunNode[],
  spans: ReaderSpan[],
  selectedId: string | null = null,
  text = TEXT,
) {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const specs = runSpecs(segmentBlock(0, text.length, spans), byId, selectedId, describeSpan);
  return patchRuns(parent, prev, specs, text);
}

describe('runSpecs and patchRuns', () => {
  it('writes plain and highlighted runs with the attributes the reader relies on', () => {
    const p = document.createElement('p');
    render(p, [], [span('q', 'quote', 3, 20), span('h', 'highlight', 8, 12)], 'h');
    expect(p.innerHTML).toBe(
      '<span data-offset="0">He </span>' +
        '<mark data-offset="3" data-span-ids="q" data-span-id="q" data-kind="quote" data-depth="1" tabindex="-1" class="span-mark quote-mark in-quote" title="about q">said </mark>' +
        '<mark data-offset="8" data-span-ids="h q" data-span-id="h" data-kind="highlight" data-depth="2" tabindex="-1" class="span-mark hl-green in-quote selected" title="about h\nabout q">&lt;b&gt;w</mark>' +
        '<mark data-offset="12" data-span-ids="q" data-span-id="q" data-kind="quote" data-depth="1" tabindex="-1" class="span-mark quote-mark in-quote" title="about q">e agreed</mark>' +
        '<span data-offset="20">&lt;/b&gt; &amp; left.</span>',
    );
    // Text stays text: nothing in the article becomes an element.
    expect(p.querySelector('b')).toBeNull();
    expect(p.textContent).toBe(TEXT);
  });

  it('keeps each run element whose extent is unchanged and rewrites only what changed', () => {
    const p = document.createElement('p');
    const spans = [span('q', 'quote', 3, 20)];
    const first = render(p, [], spans);
    const [before, mark] = [...p.children];
    const second = render(p, first, spans, 'q');
    expect([...p.children]).toEqual([before, mark, p.children[2]]);
    expect(mark?.className).toBe('span-mark quote-mark in-quote selected');
    render(p, second, spans, null);
    expect(p.children[1]).toBe(mark);
    expect(mark?.className).toBe('span-mark quote-mark in-quote');
  });

  it('replaces runs that were split or joined, in text order', () => {
    const p = document.createElement('p');
    const first = render(p, [], [span('q', 'quote', 3, 20)]);
    const tail = p.children[2];
    const second = render(p, first, [span('q', 'quote', 3, 20), span('c', 'claim', 10, 15)]);
    expect([...p.children].map((el) => el.getAttribute('data-offset'))).toEqual([
      '0',
      '3',
      '10',
      '15',
      '20',
    ]);
    expect(p.children[4]).toBe(tail);
    expect(p.children[2]?.className).toBe('span-mark quote-mark in-quote in-claim');
    expect(p.textContent).toBe(TEXT);
    render(p, second, []);
    expect(p.children).toHaveLength(1);
    expect(p.children[0]?.outerHTML).toMatch(/^<span data-offset="0">He said &lt;b&gt;/);
    expect(p.textContent).toBe(TEXT);
  });

  it('classes each kind by its shape: a claim alone is tinted, evidence alone only dotted', () => {
    const p = document.createElement('p');
    const evidence = { ...span('e', 'evidence', 0, 2), stance: 'refutes' as const };
    render(p, [], [evidence, span('c', 'claim', 3, 7), span('h', 'highlight', 8, 12)]);
    expect([...p.children].filter((el) => el.tagName === 'MARK').map((el) => el.className)).toEqual(
      [
        'span-mark evidence-mark in-evidence-refutes',
        'span-mark claim-mark in-claim',
        'span-mark hl-green',
      ],
    );
  });

  it('updates the text of a kept run when the article changed under it', () => {
    const p = document.createElement('p');
    const first = render(p, [], [span('q', 'quote', 0, 4)], null, 'abcdefgh');
    const mark = p.children[0];
    render(p, first, [span('q', 'quote', 0, 4)], null, 'ABCDefgh');
    expect(p.children[0]).toBe(mark);
    expect(p.textContent).toBe('ABCDefgh');
  });
});
