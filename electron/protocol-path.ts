// The app:// origin the renderer is served from, and the mapping from its URLs to files in the
// built renderer folder. Pure, so the path-traversal rules are unit-tested without Electron.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The URL exactly on our origin: no other host, port or user info (`app://workbench@evil/`). */
function isAppOriginUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** True when `url` points into the app's own origin; false for anything else or unparsable. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppOriginUrl(parsed);
}

/**
 * Maps `app://workbench/<path>` to the absolute path of a file inside rendererDir ('/' serves
 * index.html). Returns null for other origins, for anything that could step outside the folder
 * (`..` plain or percent-encoded, backslashes, encoded slashes, NUL, drive letters), and for
 * malformed URLs. It does not check that the file exists.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (url === null || !isAppOriginUrl(url)) return null;
  // Chromium normalises `/../` before we see it, but a URL's raw backslashes are still checked
  // here: some parsers treat them as separators.
  if (requestUrl.includes('\\')) return null;

  const pathname = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  if (!pathname.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // a broken escape such as %E0%A4%A
    }
    // Each decoded segment must be a plain file or folder name: an encoded `/`, `\` or `..`
    // would otherwise become a separator or a step up once it reaches the file system, and `:`
    // names a drive or an alternate data stream on Windows.
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return null;
    }
    segments.push(segment);
  }

  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a served file, by extension. Unknown types get
 * application/octet-stream, which (with nosniff) the renderer will neither run nor render.
 */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
