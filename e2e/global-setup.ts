// Runs once before the e2e specs: says up front which specs cannot run on this machine and why,
// so a skip shows in the run's output and is never mistaken for a pass.
import { electronSkipReason } from './electron-binary';

export default function globalSetup(): void {
  const reason = electronSkipReason();
  if (reason) console.log(`\nSKIPPING e2e/electron.spec.ts: ${reason}\n`);
}
