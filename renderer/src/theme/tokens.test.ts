// The design tokens keep their promises in both themes: every text colour 4.5:1 or more against
// the surfaces it is drawn on, and a field's edge 3:1 or more against the panels fields sit on
// (WCAG 1.4.3 and 1.4.11). Read from tokens.css itself, so a changed value is checked.
import { describe, expect, it } from 'vitest';
import css from '../tokens.css?raw';

function tokens(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\b/gi)) found.set(m[1]!, m[2]!);
  return found;
}

// The dark block's own line (the file's opening comment names the selector too).
const darkAt = css.indexOf("\n:root[data-theme='dark'] {");
const light = tokens(css.slice(0, darkAt));
const dark = new Map([...light, ...tokens(css.slice(darkAt))]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const SURFACES = [
  'bg',
  'panel',
  'surface-2',
  'surface-hover',
  'surface-selected',
  'surface-accent',
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, theme) => {
  const get = (name: string) => {
    const value = theme.get(name);
    if (!value) throw new Error(`tokens.css has no --${name}`);
    return value;
  };

  it.each(['ink', 'muted'])('--%s reads at 4.5:1 or more on every surface', (text) => {
    for (const surface of SURFACES) {
      expect(ratio(get(text), get(surface)), `--${text} on --${surface}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('a field edge stands out at 3:1 or more on the panels fields sit on', () => {
    for (const surface of ['bg', 'panel', 'surface-2']) {
      expect(ratio(get('field-line'), get(surface)), `on --${surface}`).toBeGreaterThanOrEqual(3);
    }
  });
});
