// Quote suggestions through the real service and store: what the queue is offered, accepting (one
// undo step making the quote, its attribution and a new source), rejecting (remembered across a
// reopen, undoable), accepting a speaker's all at once, and hostile input. The engine here is a
// fixed list over the sample article, so each rule of the service is tested on known proposals;
// suggestions-engine.test.ts runs the real engine.
import { afterEach, describe, expect, it } from 'vitest';
import type { SuggestEngine } from './suggestion-list';
import { KUZNETS, cleanUp, direct, open, sampleEngine } from './suggestions-test-support';

afterEach(cleanUp);

describe('suggestions.forDocument', () => {
  it('lists the proposals in text order, mapped to the registry', async () => {
    const { call, doc } = await open();
    await call('sources.create', {
      kind: 'person',
      name: 'Steve Witkoff',
      aliases: ['Mr. Witkoff'],
    });
    const { suggestions, rejected } = await call('suggestions.forDocument', { documentId: doc.id });
    expect(rejected).toBe(0);
    expect(suggestions.map((s) => s.content.start)).toEqual(
      [...suggestions.map((s) => s.content.start)].sort((a, b) => a - b),
    );
    const witkoff = suggestions.find((s) => s.cue?.text === 'told Fox News');
    expect(witkoff?.source).toMatchObject({ kind: 'existing', name: 'Steve Witkoff' });
    const kuznets = suggestions.find((s) => s.speaker?.text === 'Dmitry Kuznets');
    expect(kuznets?.source).toEqual({
      kind: 'new',
      name: 'Dmitry Kuznets',
      sourceKind: 'person',
      role: '',
      aliases: [],
    });
  });

  it('never offers words already marked as a quote', async () => {
    const { call, doc } = await open();
    const start = doc.text.indexOf('There is a view');
    // A quote over only part of the suggestion's words is enough to hold it back.
    await call('quotes.create', {
      documentId: doc.id,
      position: { start, end: start + 20 },
      kind: 'direct',
      speaker: { newSource: { kind: 'person', name: 'Someone' } },
    });
    const { suggestions } = await call('suggestions.forDocument', { documentId: doc.id });
    expect(suggestions.some((s) => s.cue?.text === 'told Fox News')).toBe(false);
    expect(suggestions).toHaveLength(2);
  });

  it('drops proposals whose offsets do not match the text, and leaves out bad cue spans', async () => {
    const { call, doc } = await open((text) => {
      const good = direct(text, KUZNETS, 'said', 'Dmitry Kuznets', 'Dmitry Kuznets');
      return [
        { ...good, cue: { start: 5, end: 9, text: 'nope' } },
        { ...good, key: 'direct:1-3', content: { start: 1, end: 3, text: 'xx' } },
        { ...good, key: 'direct:0-1', content: { start: -1, end: 1e9, text: text } },
      ];
    });
    const { suggestions } = await call('suggestions.forDocument', { documentId: doc.id });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.cue).toBeNull();
  });
});

describe('suggestions.accept', () => {
  it('makes the quote, its attribution and the new source in one undo step', async () => {
    const { call, doc } = await open();
    const { suggestions } = await call('suggestions.forDocument', { documentId: doc.id });
    const kuznets = suggestions.find((s) => s.speaker?.text === 'Dmitry Kuznets')!;
    const made = await call('suggestions.accept', { documentId: doc.id, key: kuznets.key });
    expect(made.quote.selector.quote.exact).toBe(kuznets.content.text);
    expect(made.quote).toMatchObject({ kind: 'direct', cue: 'said' });
    expect(made.attribution).toMatchObject({ sourceId: made.source.id, role: 'speaker' });
    expect(made.source).toMatchObject({ name: 'Dmitry Kuznets', kind: 'person' });
    const after = await call('suggestions.forDocument', { documentId: doc.id });
    expect(after.suggestions.some((s) => s.key === kuznets.key)).toBe(false);

    const undone = await call('history.undo');
    expect(undone.label).toBe('Accept suggested quote');
    expect((await call('quotes.list')).quotes).toHaveLength(0);
    expect(await call('sources.list')).toHaveLength(0);
    const again = await call('suggestions.forDocument', { documentId: doc.id });
    expect(again.suggestions.some((s) => s.key === kuznets.key)).toBe(true);
  });

  it('takes the analyst’s edits: span, kind, cue and an existing source', async () => {
    const { call, doc } = await open();
    const peskov = await call('sources.create', { kind: 'person', name: 'Dmitri S. Peskov' });
    const { suggestions } = await call('suggestions.forDocument', { documentId: doc.id });
    const s = suggestions[0]!;
    const made = await call('suggestions.accept', {
      documentId: doc.id,
      key: s.key,
      edits: {
        position: { start: s.content.start, end: s.content.start + 10 },
        kind: 'partial',
        cue: 'said in an interview',
        speaker: { sourceId: peskov.id },
      },
    });
    expect(made.quote.selector.position).toEqual({
      start: s.content.start,
      end: s.content.start + 10,
    });
    expect(made.quote).toMatchObject({ kind: 'partial', cue: 'said in an interview' });
    expect(made.source.id).toBe(peskov.id);
  });

  it('refuses edits outside the text, unknown keys and unknown articles', async () => {
    const { call, refuse, doc } = await open();
    const [s] = (await call('suggestions.forDocument', { documentId: doc.id })).suggestions;
    const outside = { start: doc.text.length - 2, end: doc.text.length + 50 };
    expect(
      (
        await refuse('suggestions.accept', {
          documentId: doc.id,
          key: s!.key,
          edits: { position: outside },
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (await refuse('suggestions.accept', { documentId: doc.id, key: 'direct:1-2' })).code,
    ).toBe('not_found');
    expect((await refuse('suggestions.accept', { documentId: doc.id, key: '<b>' })).code).toBe(
      'invalid_input',
    );
    expect((await refuse('suggestions.accept', { documentId: 'nope', key: s!.key })).code).toBe(
      'not_found',
    );
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await refuse('suggestions.forDocument', { documentId: id })).code).toBe(
        'invalid_input',
      );
      expect((await refuse('suggestions.reject', { documentId: id, key: s!.key })).code).toBe(
        'invalid_input',
      );
    }
    expect(
      (
        await refuse('suggestions.accept', {
          documentId: doc.id,
          key: s!.key,
          edits: { speaker: { sourceId: 'gone' } },
        })
      ).code,
    ).toBe('not_found');
    expect((await refuse('suggestions.forDocument', { documentId: doc.id, extra: 1 })).code).toBe(
      'invalid_input',
    );
    expect((await call('quotes.list')).quotes).toHaveLength(0);
  });
});

describe('suggestions.reject', () => {
  it('is remembered for the article across a reopen, and undoable', async () => {
    const first = await open();
    const { suggestions } = await first.call('suggestions.forDocument', {
      documentId: first.doc.id,
    });
    const witkoff = suggestions.find((s) => s.cue?.text === 'told Fox News')!;
    await first.call('suggestions.reject', { documentId: first.doc.id, key: witkoff.key });
    await first.wb.close();

    const second = await open(sampleEngine(), first.dataDir);
    const after = await second.call('suggestions.forDocument', { documentId: first.doc.id });
    expect(after.rejected).toBe(1);
    expect(after.suggestions.some((s) => s.key === witkoff.key)).toBe(false);
    // Rejecting it again, or accepting it, is refused: it is no longer offered.
    expect(
      (await second.refuse('suggestions.accept', { documentId: first.doc.id, key: witkoff.key }))
        .code,
    ).toBe('not_found');

    expect((await second.call('history.undo')).label).toBe('Reject suggested quote');
    const back = await second.call('suggestions.forDocument', { documentId: first.doc.id });
    expect(back.rejected).toBe(0);
    expect(back.suggestions.some((s) => s.key === witkoff.key)).toBe(true);
  });

  it('holds when the same words come back under another key', async () => {
    let shift = 0;
    const base = sampleEngine();
    const engine: SuggestEngine = (text, options) =>
      base(text, options).map((s) => ({ ...s, key: `${s.kind}:${s.content.start + shift}-x` }));
    const { call, doc } = await open((text, options) =>
      engine(text, options).map((s) => ({ ...s, key: s.key.replace('-x', `-${s.content.end}`) })),
    );
    const [s] = (await call('suggestions.forDocument', { documentId: doc.id })).suggestions;
    await call('suggestions.reject', { documentId: doc.id, key: s!.key });
    shift = 7;
    const after = await call('suggestions.forDocument', { documentId: doc.id });
    expect(after.suggestions.some((x) => x.content.text === s!.content.text)).toBe(false);
  });
});

describe('suggestions.acceptAllFromSpeaker', () => {
  it('accepts every proposal of one speaker, with one new source, as one undo step', async () => {
    const { call, refuse, doc } = await open();
    const made = await call('suggestions.acceptAllFromSpeaker', {
      documentId: doc.id,
      speaker: 'dmitry  kuznets',
    });
    expect(made.quotes).toHaveLength(2);
    expect(made.source.name).toBe('Dmitry Kuznets');
    expect(await call('sources.list')).toHaveLength(1);
    const { attributions } = await call('quotes.list');
    expect(attributions.map((a) => a.sourceId)).toEqual([made.source.id, made.source.id]);
    // "He added" was inferred from the pronoun; the name was stated.
    expect(attributions.map((a) => a.confidence).sort()).toEqual(['inferred', 'stated']);
    expect((await call('history.undo')).label).toBe(
      'Accept 2 suggested quotes from dmitry  kuznets',
    );
    expect((await call('quotes.list')).quotes).toHaveLength(0);
    expect(
      (await refuse('suggestions.acceptAllFromSpeaker', { documentId: doc.id, speaker: 'Nobody' }))
        .code,
    ).toBe('not_found');
  });
});
