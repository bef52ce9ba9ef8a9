// Quote suggestions with the real engine (shared/suggest) on the sample article, through the real
// service: Witkoff's quote is offered with his name and cue, accepting it maps "Mr. Witkoff" to
// an existing source, and nothing offered overlaps a marked quote or leaves the text.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const WITKOFF = 'There is a view within the country of Russia';

describe('suggestions with the real engine on the sample article', () => {
  it('offers Witkoff’s quote with his name and cue, and accepting makes it a quote', async () => {
    const { call, doc } = await openTestWorkbench('suggest-engine');
    const started = performance.now();
    const { suggestions } = await call('suggestions.forDocument', { documentId: doc.id });
    const ms = performance.now() - started;
    expect(suggestions.length).toBeGreaterThan(5);
    for (const s of suggestions) {
      expect(doc.text.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.cue) expect(doc.text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    }
    const witkoff = suggestions.find((s) => s.content.text.startsWith(WITKOFF));
    expect(witkoff).toMatchObject({ kind: 'direct', cue: { text: 'told Fox News' } });
    expect(witkoff?.speaker?.name).toBe('Steve Witkoff');
    expect(witkoff?.source).toMatchObject({ kind: 'new', name: 'Steve Witkoff' });

    const made = await call('suggestions.accept', { documentId: doc.id, key: witkoff!.key });
    expect(made.source.name).toBe('Steve Witkoff');
    expect(made.quote.cue).toBe('told Fox News');
    const after = await call('suggestions.forDocument', { documentId: doc.id });
    const marked = made.quote.selector.position;
    expect(
      after.suggestions.filter((s) => s.content.start < marked.end && marked.start < s.content.end),
    ).toEqual([]);
    // Witkoff's other quotes now map to the source just made.
    expect(
      after.suggestions.filter((s) => s.speaker?.name === 'Steve Witkoff').map((s) => s.source),
    ).toContainEqual({ kind: 'existing', sourceId: made.source.id, name: 'Steve Witkoff' });
    console.info(`suggestions.forDocument on the sample: ${ms.toFixed(0)} ms (first call)`);
  });
});
