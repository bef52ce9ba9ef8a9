// Every channel of the contract, called on the real service with generated inputs (shaped by the
// channel's input schema, hostile, or naming the workspace's real records): every ok answer must
// pass the channel's output schema, and no failure may be `internal` or a storage failure, since
// nothing here breaks the disk: an expected failure has its own code and a message.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import type { ChannelName } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/result';
import { channelInput } from './contract-arbitraries';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

/** Calls per channel: enough to reach each handler's branches, small enough for ~6 s in all. */
const RUNS_PER_CHANNEL = 100;
const SEED = 20_260_114;
/** What a caller may be told; `internal` and `storage_failed` mean a bug here. */
const EXPECTED: readonly ErrorCode[] = ['invalid_input', 'not_found', 'conflict', 'cancelled'];

const shell = memoryShell();
let t: Awaited<ReturnType<typeof openTestWorkbench>>;

beforeAll(async () => {
  t = await openTestWorkbench('contract-fuzz', shell);
  await t.call('documents.importText', {
    text: 'Talks in Riyadh.\n\n“We will not give up an inch,” said Olena Kovalenko, a deputy.',
    title: 'Second article',
  });
  const witkoff = await t.person('Steve Witkoff');
  const { quote } = await t.mark('Riyadh', { sourceId: witkoff.id });
  await t.call('attributions.add', {
    quoteId: quote.id,
    newSource: { kind: 'outlet', name: 'Fox News' },
    role: 'conduit',
  });
  await t.call('assessments.add', { sourceId: witkoff.id, grade: 'C', rationale: 'Echoes.' });
  await t.call('annotations.create', {
    documentId: t.doc.id,
    position: t.span('Saudi Arabia'),
    tags: ['Venue'],
  });
  const claim = await t.call('claims.create', { from: { kind: 'quote', quoteId: quote.id } });
  await t.call('claims.addEvidence', {
    claimId: claim.id,
    stance: 'refutes',
    target: { kind: 'reference', title: 'Report', url: 'https://example.org' },
  });
  await t.call('memos.create', { subject: 'claims', subjectId: claim.id, body: 'Check this.' });
});
afterAll(closeTestWorkbenches);

/** The ids of every record in the workspace now, by kind, evidence included. */
async function realIds() {
  const sources = await t.call('sources.list');
  const { quotes, attributions } = await t.call('quotes.list');
  const claims = await t.call('claims.list');
  const details = await Promise.all(sources.map((s) => t.call('sources.get', { id: s.id })));
  const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id);
  return {
    documents: idsOf(await t.call('documents.list')),
    sources: idsOf(sources),
    quotes: idsOf(quotes),
    attributions: idsOf(attributions),
    claims: idsOf(claims),
    evidence: idsOf(claims.flatMap((c) => c.evidence)),
    annotations: idsOf(await t.call('annotations.list')),
    tags: idsOf(await t.call('tags.list')),
    memos: idsOf(await t.call('memos.list')),
    assessments: idsOf(details.flatMap((d) => d.assessments)),
  };
}
type Kind = keyof Awaited<ReturnType<typeof realIds>>;

/** What kind of record an id field of a channel names; null when it may be any. */
function kindOf(channel: ChannelName, field: string): Kind | null {
  if (channel === 'tags.merge' || /^(parentId|tagIds|targetId)$/.test(field)) return 'tags';
  const byField: Record<string, Kind> = {
    documentId: 'documents',
    documentIds: 'documents',
    sourceId: 'sources',
    sourceIds: 'sources',
    keepId: 'sources',
    mergeId: 'sources',
    claimantIds: 'sources',
    quoteId: 'quotes',
    claimId: 'claims',
    evidenceId: 'evidence',
  };
  if (byField[field]) return byField[field];
  if (field !== 'id') return null;
  // An `id` names a record of the channel's own collection (the caller checks there is one).
  return channel.slice(0, channel.indexOf('.')) as Kind;
}

/** Deleting, merging and undoing last, so the other channels see a full workspace. */
const destructive = (c: ChannelName) =>
  /\.(delete|merge|removeEvidence)$/.test(c) || c === 'anchors.review' || c.startsWith('history.');
const ORDER = [...CHANNELS.filter((c) => !destructive(c)), ...CHANNELS.filter(destructive)];

/** What bundle.import's open dialog hands over, in turn: cancel, our own bundle, hostile, junk. */
function bundleFiles(own: Uint8Array): (Uint8Array | null)[] {
  const text = new TextDecoder().decode(own);
  const hostile = text.replace('"documents":{', '"documents":{"constructor":{"id":"constructor"},');
  return [null, own, new TextEncoder().encode(hostile), new TextEncoder().encode('{"format":')];
}

describe('the contract under fuzzing', () => {
  it('every answer of every channel keeps to its output schema, and no failure is internal', async () => {
    await t.call('bundle.export');
    const own = [...shell.saved.values()].at(-1)!;
    const files = bundleFiles(own);
    const failures = new Map<string, number>();
    let calls = 0;
    let ok = 0;
    for (const channel of ORDER) {
      const ids = await realIds();
      const allIds = Object.values(ids).flat();
      const forField = (field: string) => {
        const kind = kindOf(channel, field);
        return kind && Object.hasOwn(ids, kind) ? ids[kind] : allIds;
      };
      const arbitrary = channelInput(contract[channel].input, { ids: forField, allIds });
      const inputs = fc.sample(arbitrary, {
        numRuns: RUNS_PER_CHANNEL,
        seed: SEED,
      });
      for (const [i, input] of inputs.entries()) {
        shell.nextOpen = files[i % files.length]!;
        const result = await t.wb.dispatch(channel, input);
        calls += 1;
        let problem: string | null = null;
        if (result.ok) {
          ok += 1;
          const checked = contract[channel].output.safeParse(result.value);
          if (!checked.success) problem = `output: ${checked.error.issues[0]?.message}`;
        } else if (!EXPECTED.includes(result.error.code)) {
          problem = `${result.error.code}: ${result.error.message.slice(0, 200)}`;
        }
        if (problem) {
          const key = `${channel} ${problem}`;
          if (!failures.has(key)) console.error(key, JSON.stringify(input)?.slice(0, 400));
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
      }
    }
    console.info(
      `contract fuzz: ${ORDER.length} channels, ${calls} calls, ${ok} ok, ` +
        `${[...failures.values()].reduce((a, b) => a + b, 0)} failures`,
    );
    expect(calls).toBe(CHANNELS.length * RUNS_PER_CHANNEL);
    // Enough inputs got past parsing to exercise the handlers, not just the schemas.
    expect(ok).toBeGreaterThan(calls / 5);
    expect(Object.fromEntries(failures)).toEqual({});
  }, 60_000);
});
