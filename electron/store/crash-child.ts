// Test fixture for crash.test.ts: commits quotes in concurrent bursts and prints each id once
// its commit resolved, until the test kills this process with SIGKILL.
import { openStore } from './store';
import { quoteChanges, seedWorkspace } from './test-support';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child <dataDir>');
const { store } = await openStore({
  dataDir: dir,
  seed: seedWorkspace,
  // Small threshold: compactions run (and may be killed) while commits go on.
  compaction: { minBytes: 20_000, snapshotRatio: 0 },
});
for (let n = 0; ; n += 5) {
  await Promise.all(
    [0, 1, 2, 3, 4].map(async (i) => {
      await store.commit(quoteChanges(n + i));
      process.stdout.write(`q${n + i}\n`);
    }),
  );
}
