// Ids named like Object.prototype members ("constructor", "toString", "__proto__"...): refused at
// the contract, and never found by a lookup even when a handler is called past the contract.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Id } from '../../shared/domain/schema';
import { getRecord, hasRecord } from '../../shared/domain/workspace';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import type { ChannelName, ParsedInput } from '../../shared/ipc/contract';
import { PROTOTYPE_NAMES, channelInput, containsId } from './contract-arbitraries';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

type Opened = Awaited<ReturnType<typeof openTestWorkbench>>;
let t: Opened;

beforeAll(async () => {
  t = await openTestWorkbench('proto-ids', memoryShell());
  const witkoff = await t.person('Steve Witkoff');
  await t.call('tags.create', { name: 'Venue' });
  await t.mark('Riyadh', { sourceId: witkoff.id });
});
afterAll(closeTestWorkbenches);

/** Calls a handler with an input the contract would refuse: what its own lookups do. */
async function pastTheContract<C extends ChannelName>(channel: C, input: ParsedInput<C>) {
  try {
    await t.wb.handlers[channel](input);
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return 'ok';
}

describe('the Id schema', () => {
  it('admits what the app makes and the short ids of fixtures, and refuses prototype names', () => {
    for (const id of ['3f2b0c1e-8d4a-4b6e-9f7a-2c1d0e9b8a7f', 'id-1', 'd1', 'doc-riyadh', 'q_1']) {
      expect(Id.safeParse(id).success, id).toBe(true);
    }
    for (const id of [...PROTOTYPE_NAMES, '', ' id', 'a b', 'a.b', '../x', 'x'.repeat(101)]) {
      expect(Id.safeParse(id).success, id).toBe(false);
    }
  });

  it('lookups count own records only', () => {
    const records: Record<string, { id: string }> = { a: { id: 'a' } };
    expect(getRecord(records, 'a')).toEqual({ id: 'a' });
    for (const name of PROTOTYPE_NAMES) {
      expect(getRecord(records, name), name).toBeUndefined();
      expect(hasRecord(records, name), name).toBe(false);
    }
  });
});

describe('references to prototype names', () => {
  it('a memo on tag "constructor" is refused, and its handler finds no such tag', async () => {
    const input = { subject: 'tags', subjectId: 'constructor', title: '', body: 'x' } as const;
    expect(await t.refuse('memos.create', input)).toMatchObject({ code: 'invalid_input' });
    expect(await pastTheContract('memos.create', input)).toBe(
      'WorkbenchError: That tag no longer exists.',
    );
  });

  it('a claim by claimant "constructor" is refused, and its handler finds no such source', async () => {
    const from = { kind: 'selection', documentId: t.doc.id, position: t.span('Riyadh') } as const;
    expect(await t.refuse('claims.create', { from, claimantIds: ['constructor'] })).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      await pastTheContract('claims.create', {
        from,
        claimantIds: ['constructor'],
        tags: [],
        status: 'unverified',
      }),
    ).toBe('WorkbenchError: One of the claimants is no longer a source.');
  });

  it('a tag under parent "constructor" is refused, and its handler finds no such tag', async () => {
    expect(await t.refuse('tags.create', { name: 'Sub', parentId: 'constructor' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      await pastTheContract('tags.create', {
        name: 'Sub',
        description: '',
        parentId: 'constructor',
        shortcut: null,
      }),
    ).toBe('WorkbenchError: That tag is no longer in the codebook.');
  });

  it('documents.get "constructor" answers an error, never the Object function', async () => {
    expect(await t.refuse('documents.get', { id: 'constructor' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('built-in object member') as string,
    });
    for (const id of PROTOTYPE_NAMES) {
      expect(await pastTheContract('documents.get', { id })).toBe(
        'WorkbenchError: That article is not in the workspace.',
      );
    }
  });

  it('no dangling reference was stored by any of the above', async () => {
    expect(await t.call('memos.list')).toEqual([]);
    expect((await t.call('tags.list')).map((tag) => tag.name)).toEqual(['Venue']);
    expect(await t.call('claims.list')).toEqual([]);
  });
});

describe('every channel that takes an id', () => {
  const channels = CHANNELS.filter((c) => containsId(contract[c].input));

  it('covers most of the contract', () => {
    expect(channels.length).toBeGreaterThan(30);
  });

  it('answers invalid_input or not_found to each prototype name, never ok', async () => {
    const ids = (await t.call('sources.list')).map((s) => s.id);
    let calls = 0;
    for (const channel of channels) {
      const inputs = fc.sample(
        channelInput(contract[channel].input, {
          ids: () => ids,
          allIds: ids,
          mode: 'prototype',
        }),
        {
          numRuns: PROTOTYPE_NAMES.length,
          seed: 14,
        },
      );
      for (const input of inputs) {
        const result = await t.wb.dispatch(channel, input);
        calls += 1;
        expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
        if (!result.ok) {
          expect(['invalid_input', 'not_found'], `${channel}: ${result.error.message}`).toContain(
            result.error.code,
          );
        }
      }
    }
    expect(calls).toBe(channels.length * PROTOTYPE_NAMES.length);
  });
});
