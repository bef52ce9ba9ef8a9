// The first thing the window's script runs (main.tsx imports it before anything else): it sends
// the opening calls at once, so the service answers them while the browser evaluates React and
// the app's modules and renders (#14); useWorkspace takes the answers when it mounts.
import { startOpening } from './state/workspace-loads';

startOpening();
