// What the harness defines in the page, typed for page.evaluate callbacks in the specs.
import type { WorkbenchBridge } from '../shared/ipc/bridge';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}
