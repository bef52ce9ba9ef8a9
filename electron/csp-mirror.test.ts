// The CSP in renderer/index.html's <meta> tag mirrors the one app-protocol.ts sends as a header
// (shared/csp.ts): Electronegativity and a file opened outside the app see only the tag, so the
// two must not drift. A <meta> CSP cannot carry frame-ancestors, so only that one is left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

const INDEX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer/index.html');
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '');

describe('the CSP <meta> tag in index.html', () => {
  it('holds every directive of the served CSP except frame-ancestors, and nothing else', () => {
    const html = readFileSync(INDEX, 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta, 'index.html has a CSP <meta> tag').not.toBeNull();
    const served = directives(CONTENT_SECURITY_POLICY).filter(
      (d) => !d.startsWith('frame-ancestors'),
    );
    expect(directives(meta![1]!).sort()).toEqual(served.sort());
    expect(served).toContain("require-trusted-types-for 'script'");
  });
});
