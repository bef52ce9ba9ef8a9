// Renderer entry: mounts the workbench UI.
// First: zod must be told not to probe `Function` (a CSP violation) before any schema is built.
// (The window settings' schemas are still built at start-up; the export dialog's on first use.)
import '../../shared/zod-jitless';
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
