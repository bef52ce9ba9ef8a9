// The reader's legend: a small toggle that says which mark is which (quote, highlight, claim,
// evidence, selected, needs review). Its samples use the reader's own classes (marks.css), so the
// key can never drift from what the article shows, in either theme.
import { useId, useState } from 'react';
import '../features/reader/marks.css';
import './legend.css';

/** One entry: the classes of its sample and what it means. */
const ENTRIES: readonly { sample: string; name: string; shape: string }[] = [
  { sample: 'span-mark quote-mark in-quote', name: 'Quote', shape: 'solid rule under a tint' },
  { sample: 'span-mark hl-yellow', name: 'Highlight', shape: 'fill in its colour' },
  { sample: 'span-mark claim-mark in-claim', name: 'Claim', shape: 'wavy underline' },
  {
    sample: 'span-mark evidence-mark in-evidence-supports',
    name: 'Evidence that supports',
    shape: 'green dots',
  },
  {
    sample: 'span-mark evidence-mark in-evidence-refutes',
    name: 'Evidence that refutes',
    shape: 'red dots',
  },
  {
    sample: 'span-mark quote-mark in-quote in-claim',
    name: 'Claim on a quote',
    shape: 'both lines',
  },
  { sample: 'span-mark quote-mark in-quote selected', name: 'Selected', shape: 'ring' },
  { sample: 'span-mark hl-yellow needs-review', name: 'Needs review', shape: 'dashed box' },
  // Drawn by features/suggestions on its own layer; the sample copies its outline (legend.css).
  {
    sample: 'legend-suggestion',
    name: 'Suggested quote, not yet marked',
    shape: 'dashed outline, no fill',
  },
];

export function Legend() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="legend">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Legend
      </button>
      {open && (
        <dl id={id} className="legend-list" aria-label="What the marks mean">
          {ENTRIES.map((entry) => (
            <div key={entry.name} className="legend-entry">
              <dt>
                {/* A <mark> like the reader's, but inert: it is a picture of one, not a span. */}
                <mark className={entry.sample}>words</mark>
              </dt>
              <dd>
                {entry.name} <span className="legend-shape">({entry.shape})</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
