// For the REFI-QDA tests: schema validation with xmllint (Debian's libxml2-utils) against the
// vendored QDA-XML schema, and a workspace that exercises every part of the export, with text
// beyond the Basic Multilingual Plane before its spans.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { WorkspaceBuilder, addClaimsStory } from '../../export/test-support';
import type { WorkspaceData } from '../../../shared/domain/workspace';

export const SCHEMA = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'schema',
  'Project.xsd',
);

/**
 * Validates a project.qde with `xmllint --noout --schema`. Returns xmllint's complaints ('' when
 * valid). Throws, saying how to get it, when xmllint is not installed: a missing validator must
 * fail the test, not pass it.
 */
export function validateQde(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workbench-qde-'));
  try {
    const file = path.join(dir, 'project.qde');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], {
      encoding: 'utf8',
    });
    if (run.error) {
      throw new Error(
        `xmllint could not be run (${run.error.message}): install Debian's libxml2-utils ` +
          '(apt-get install -y libxml2-utils), as .ci/run does, to validate the REFI-QDA export.',
      );
    }
    return run.status === 0 ? '' : `${run.stderr}`.replaceAll(file, 'project.qde');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Emoji, a rare CJK ideograph (U+20BB7) and a flag before and inside the spans. */
export const WIDE_TEXT = [
  'Talks 🇺🇸🇷🇺 in Riyadh',
  '“𠮷野家 is open 😀,” said Mr. Tanaka. Witkoff called it “a good start 👍” on Sunday.',
  'Officials 🤝 said the referendums “justify these actions”.',
].join('\n\n');

/**
 * The claims workspace plus an article with wide characters: a quote, a highlight with a note
 * and nested tags, memos on every kind of subject, a conduit, a graded source.
 */
export function fullWorkspace(): { data: WorkspaceData; wideDoc: string } {
  // The claims workspace's story, made with the same builder so no id is used twice.
  const b = new WorkspaceBuilder();
  const { claim } = addClaimsStory(b);
  const wideDoc = b.document(
    {
      title: 'Tanaka 😀 in Riyadh',
      text: WIDE_TEXT,
      authors: ['A. Writer', 'B. Writer'],
      url: 'https://example.org/a?b=1&c=2',
    },
    'dwide',
  );
  const tanaka = b.source('Mr. Tanaka', 'person', 'Chef', 'stanaka');
  const fox = b.source('Fox News', 'outlet', '', 'sfox');
  const q = b.quote(wideDoc, '𠮷野家 is open 😀,', {
    kind: 'direct',
    cue: 'said',
    note: 'Café 🍜 note',
  });
  b.attribute(q, tanaka);
  const q4 = b.quote(wideDoc, 'a good start 👍', { kind: 'partial', credibility: 2 });
  const conduit = b.attribute(q4, fox, 'conduit', 'inferred');
  b.data.attributions[conduit]!.basis = 'the “he” of the sentence';
  b.grade(tanaka, 'B', '2025-03-01', 'Known to the desk');
  const parent = b.tag('Diplomacy');
  const child = b.tag('Ceasefire', parent);
  b.data.tags[child]!.color = '#12ab9f';
  b.data.annotations.h1 = {
    id: 'h1',
    documentId: wideDoc,
    selector: {
      position: { start: 0, end: 0 },
      quote: { exact: '', prefix: '', suffix: '' },
    },
    color: 'green',
    note: 'Emoji 🤝 matter & <so> do "quotes"',
    tagIds: [child, parent],
    anchor: null,
    createdAt: '2026-01-03T00:00:00.000Z',
    updatedAt: '2026-01-03T00:00:00.000Z',
  };
  const text = b.data.documents[wideDoc]!.text;
  const start = text.indexOf('Officials 🤝');
  const end = start + 'Officials 🤝'.length;
  b.data.annotations.h1.selector = {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
  };
  const memo = (
    id: string,
    subject: 'documents' | 'sources' | 'claims' | 'tags',
    subjectId: string,
  ) => {
    b.data.memos[id] = {
      id,
      subject,
      subjectId,
      title: `Memo on ${subject}`,
      body: `Body of ${id} 😀`,
      createdAt: '2026-01-04T00:00:00.000Z',
      updatedAt: '2026-01-04T00:00:00.000Z',
    };
  };
  memo('m1', 'documents', wideDoc);
  memo('m2', 'sources', tanaka);
  memo('m3', 'claims', claim);
  memo('m4', 'tags', parent);
  return { data: b.data, wideDoc };
}

/**
 * A small .qdpx as another tool writes one (namespace prefix, an `internal://` text, a nested
 * code, a PDF and an audio source that the import skips), for the screenshots' report dialog.
 */
export function otherToolProject(): Uint8Array {
  const g = (n: number) => `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-dddddddddddd`;
  const text = 'Field notes\n\nThe envoy said the votes were fair. Officials disagreed.';
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="Field study" origin="QualCoder 3.5">
<q:Users><q:User guid="${g(1)}" name="Ana"/></q:Users>
<q:CodeBook><q:Codes><q:Code guid="${g(2)}" name="Elections" isCodable="true" color="#3366cc">
<q:Code guid="${g(3)}" name="Fairness" isCodable="true"/></q:Code></q:Codes></q:CodeBook>
<q:Sources>
<q:TextSource guid="${g(4)}" name="Interview 1" plainTextPath="internal://${g(4)}.txt">
<q:PlainTextSelection guid="${g(5)}" startPosition="30" endPosition="49">
<q:Coding guid="${g(6)}"><q:CodeRef targetGUID="${g(3)}"/></q:Coding></q:PlainTextSelection>
</q:TextSource>
<q:PDFSource guid="${g(7)}" name="Election report.pdf" path="internal://${g(7)}.pdf"/>
<q:AudioSource guid="${g(8)}" name="Interview 1.m4a" path="relative://Interview 1.m4a"/>
</q:Sources></q:Project>`;
  return zipSync({ 'project.qde': strToU8(qde), [`sources/${g(4)}.txt`]: strToU8(text) });
}
