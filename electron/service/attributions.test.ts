// Attributions through the real service: several per quote (speaker and conduit), no duplicates,
// and a quote never loses its last speaker.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);
const setup = () => openTestWorkbench('attributions');

describe('attributions', () => {
  it('adds a conduit beside the speaker, with an existing or a new source', async () => {
    const { call, refuse, mark, person } = await setup();
    const putin = await person('Vladimir V. Putin');
    const { quote } = await mark('the key condition for preventing an escalation', {
      sourceId: putin.id,
    });
    const conduit = await call('attributions.add', {
      quoteId: quote.id,
      newSource: { kind: 'government', name: 'the Kremlin’s readout of the call' },
      role: 'conduit',
      basis: 'according to the Kremlin’s readout',
    });
    expect(conduit.attribution).toMatchObject({
      role: 'conduit',
      confidence: 'stated',
      sourceId: conduit.source.id,
    });
    expect((await call('history.state')).undo?.label).toBe('Add attribution');
    const { attributions } = await call('quotes.list');
    expect(attributions.map((a) => [a.sourceId, a.role])).toEqual([
      [putin.id, 'speaker'],
      [conduit.source.id, 'conduit'],
    ]);
    const listed = await call('attributions.list', { quoteId: quote.id });
    expect(listed.quote.id).toBe(quote.id);
    expect(listed.attributions.map((a) => [a.source.name, a.attribution.role])).toEqual([
      ['Vladimir V. Putin', 'speaker'],
      ['the Kremlin’s readout of the call', 'conduit'],
    ]);
    expect((await refuse('attributions.list', { quoteId: 'gone' })).code).toBe('not_found');
    // Undo removes the attribution and the source created with it.
    await call('history.undo');
    expect((await call('sources.list')).map((s) => s.name)).toEqual(['Vladimir V. Putin']);

    expect((await refuse('attributions.add', { quoteId: quote.id, sourceId: putin.id })).code).toBe(
      'conflict',
    );
    expect((await refuse('attributions.add', { quoteId: quote.id })).code).toBe('invalid_input');
    expect(
      (
        await refuse('attributions.add', {
          quoteId: quote.id,
          sourceId: putin.id,
          newSource: { kind: 'person', name: 'X' },
        })
      ).code,
    ).toBe('invalid_input');
    expect((await refuse('attributions.add', { quoteId: 'gone', sourceId: putin.id })).code).toBe(
      'not_found',
    );
    expect((await refuse('attributions.add', { quoteId: quote.id, sourceId: 'gone' })).code).toBe(
      'not_found',
    );
    expect(
      (await refuse('attributions.add', { quoteId: quote.id, sourceId: putin.id, role: 'author' }))
        .code,
    ).toBe('invalid_input');
  });

  it('never removes or demotes a quote’s last speaker', async () => {
    const { call, refuse, mark, person } = await setup();
    const witkoff = await person('Steve Witkoff');
    const fox = await person('Fox News');
    const { quote, attribution } = await mark('There are referendums within these territories', {
      sourceId: witkoff.id,
    });
    const conduit = await call('attributions.add', {
      quoteId: quote.id,
      sourceId: fox.id,
      role: 'conduit',
    });
    expect(await refuse('attributions.delete', { id: attribution.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('only speaker'),
    });
    expect(
      (await refuse('attributions.update', { id: attribution.id, role: 'conduit' })).code,
    ).toBe('conflict');
    await call('attributions.delete', { id: conduit.attribution.id });
    expect((await call('history.state')).undo?.label).toBe('Remove attribution');

    // With a second speaker, the first may go.
    const second = await call('attributions.add', {
      quoteId: quote.id,
      sourceId: fox.id,
      confidence: 'uncertain',
    });
    await call('attributions.delete', { id: attribution.id });
    expect((await call('quotes.list')).attributions).toEqual([second.attribution]);
    expect((await refuse('attributions.delete', { id: attribution.id })).code).toBe('not_found');
  });

  it('edits role, confidence, basis and source, refusing duplicates', async () => {
    const { call, refuse, mark, person } = await setup();
    const umerov = await person('Rustem Umerov');
    const ukraine = await person('Ukrainian delegation');
    const { quote, attribution } = await mark('The discussion was productive and focused', {
      sourceId: umerov.id,
    });
    const extra = await call('attributions.add', {
      quoteId: quote.id,
      sourceId: ukraine.id,
      role: 'conduit',
    });
    const edited = await call('attributions.update', {
      id: attribution.id,
      confidence: 'inferred',
      basis: '“he” resolves to Umerov',
    });
    expect(edited).toMatchObject({
      confidence: 'inferred',
      basis: '“he” resolves to Umerov',
      role: 'speaker',
    });
    expect((await call('history.state')).undo?.label).toBe('Edit attribution');
    expect(
      await call('attributions.update', { id: attribution.id, confidence: 'inferred' }),
    ).toEqual(edited);
    expect(
      (await refuse('attributions.update', { id: extra.attribution.id, sourceId: 'gone' })).code,
    ).toBe('not_found');
    await call('attributions.update', { id: extra.attribution.id, role: 'speaker' });
    expect(
      (await refuse('attributions.update', { id: extra.attribution.id, sourceId: umerov.id })).code,
    ).toBe('conflict');
    await call('history.undo');
    await call('history.undo');
    expect((await call('quotes.list')).attributions).toEqual([attribution, extra.attribution]);
  });
});
