// The app:// protocol the renderer is served from: a privileged standard scheme (so it has a
// real origin for CSP 'self' and module scripts) that serves only files of the built renderer,
// each with the app's Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME, contentTypeFor, resolveAppFile } from './protocol-path';

/** Must run before the app's `ready` event: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: Chromium keeps V8's compiled code of the window's scripts between launches, as
      // it does for https pages, instead of parsing and compiling them again at every start
      // (#14). Electron allows it only for standard schemes, which this one is.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

function notFound(status = 404): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * Serves rendererDir on app://workbench (after `ready`). Anything else answers 404. `served`
 * hears each file served (the start-up marks: when the page and its script were answered).
 */
export function serveAppProtocol(
  rendererDir: string,
  log: (message: string) => void,
  served: (file: string) => void = () => undefined,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const file = resolveAppFile(rendererDir, request.url);
    if (file === null) {
      log(`app:// refused ${request.url.slice(0, 300)}`);
      return notFound();
    }
    try {
      const body = await readFile(file);
      served(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      // Missing files and folders alike: the renderer only ever asks for files it was built with.
      return notFound();
    }
  });
}
