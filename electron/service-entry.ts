// What Electron's main process loads once it has created the window: the workbench service, built
// into a file of its own (dist/electron/service.cjs, scripts/electron-bundle.mjs). main.cjs holds
// only the glue, so Electron can show the window before it reads, parses and runs the service's
// code and the zod schemas of the contract (#14), and the window's renderer process starts meanwhile.
// First: zod must be told not to probe `Function` before any schema is built.
import '../shared/zod-jitless';

export { createWorkbench } from './service/workbench';
export type { Workbench } from './service/workbench';
