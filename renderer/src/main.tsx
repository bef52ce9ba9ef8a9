// Renderer entry: mounts the workbench UI. Nothing it loads at start-up builds a zod schema
// (e2e/startup-bundle.spec.ts): the export dialog, which does, loads on first use and sets
// zod's jitless mode itself.
// First: sends the opening calls before the rest is evaluated (import order is evaluation order).
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { applyTheme, storedTheme } from './theme/theme';

// The theme the analyst chose last time, drawn before React's first paint (no white flash); the
// window settings confirm it once the service answers (useTheme).
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
