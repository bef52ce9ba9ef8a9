// One titled list in an import report ("Not imported (2)", "Worth a look"): the bundle, REFI-QDA
// and annotation imports all report this way. Renders nothing when the list is empty.
import type { ReactNode } from 'react';

interface Props {
  /** The region's accessible name. */
  label: string;
  heading: string;
  items: readonly ReactNode[];
}

export function ReportSection({ label, heading, items }: Props) {
  if (items.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>{heading}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
