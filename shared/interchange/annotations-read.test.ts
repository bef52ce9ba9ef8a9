// The annotation reader on odd input: whatever JSON it is given, it answers with items and
// skipped entries or refuses with AnnotationReadError; it never throws anything else, and what
// it reads stays within the sizes the store accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationReadError, readAnnotations } from './annotations-read';

describe('readAnnotations', () => {
  it('never throws anything but AnnotationReadError, on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        try {
          const read = readAnnotations(json);
          for (const item of read.items) {
            if (item.kind !== 'evidence') expect(item.target.exact.length).toBeGreaterThan(0);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(AnnotationReadError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads Web Annotation shapes others write: bodyValue, string bodies, a bare list', () => {
    const target = {
      source: 'https://example.org/a',
      selector: [{ type: 'TextQuoteSelector', exact: 'words' }],
    };
    const read = readAnnotations([
      { type: 'Annotation', bodyValue: 'A comment', target },
      { type: 'Annotation', motivation: 'tagging', body: 'economy', target },
      { type: 'Annotation', target: 'https://example.org/a' },
    ]);
    expect(read.format).toBe('web-annotation');
    expect(read.items.map((i) => (i.kind === 'highlight' ? [i.notes, i.tags] : null))).toEqual([
      [['A comment'], []],
      [[], ['economy']],
    ]);
    expect(read.skipped).toEqual([{ ref: 'annotation 3', reason: 'it marks no passage of text' }]);
  });

  it('takes the Hypothesis API search answer as well as the client export', () => {
    const rows = [
      {
        id: 'a1',
        uri: 'https://example.org/a',
        user: 'acct:sam@hypothes.is',
        text: '',
        tags: [],
        target: [
          {
            source: 'https://example.org/a',
            selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
          },
        ],
      },
    ];
    expect(readAnnotations({ total: 1, rows }).items[0]).toMatchObject({
      kind: 'highlight',
      author: 'sam@hypothes.is',
      target: { uris: ['https://example.org/a'], exact: 'x' },
    });
  });
});
