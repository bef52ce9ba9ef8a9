// A .qdpx written the way other tools write one (a namespace prefix, `internal://` texts with
// Windows line ends, a nested code tree with short colours, a PDF source, memos in
// Descriptions and Notes, whole-source codings), and archives made to hurt.
import { deflateRawSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyChanges, emptyWorkspace, valuesOf } from '../../../shared/domain/workspace';
import { openQdpx, QdpxError } from './archive';
import { planQdpxImport } from './import-plan';
import { XmlError } from './xml';

const guid = (n: number) => `${String(n).padStart(8, '0')}-1111-2222-3333-444444444444`;

// "Ahead 😀 of the talks,\r\n  the envoy said…" : a CRLF text with doubled spaces, as exported.
const RAW =
  'Talks in Riyadh\r\n\r\nAhead 😀 of the talks,  the envoy said the votes were “fair”.\r\n\r\nOfficials disagreed.';
/** A substring's start and end in code points, as QDA-XML counts them. */
const cp = (sub: string) => Array.from(RAW.slice(0, RAW.indexOf(sub))).length;
const span = (sub: string) => [cp(sub), cp(sub) + Array.from(sub).length] as const;

function otherToolQdpx(): Uint8Array {
  const [fs, fe] = span('the votes were “fair”');
  const [os, oe] = span('Officials disagreed.');
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by another QDA tool -->
<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="Field study" origin="MAXQDA 2022">
  <qda:Users><qda:User guid="${guid(1)}" name="Ana"/></qda:Users>
  <qda:CodeBook><qda:Codes>
    <qda:Code guid="${guid(2)}" name="Politics" isCodable="true" color="#F0A">
      <qda:Description>Political talk</qda:Description>
      <qda:Code guid="${guid(3)}" name="Elections" isCodable="true">
        <qda:Code guid="${guid(4)}" name="Fairness" isCodable="true" color="#00aa11"/>
      </qda:Code>
    </qda:Code>
    <qda:Code guid="${guid(5)}" name="Dissent" isCodable="true"/>
  </qda:Codes></qda:CodeBook>
  <qda:Sources>
    <qda:TextSource guid="${guid(6)}" name="Interview 1" plainTextPath="internal://${guid(6)}.txt">
      <qda:PlainTextSelection guid="${guid(7)}" name="fair" startPosition="${fs}" endPosition="${fe}">
        <qda:Description>Check the &quot;fair&quot; claim &amp; its source</qda:Description>
        <qda:Coding guid="${guid(8)}"><qda:CodeRef targetGUID="${guid(4)}"/></qda:Coding>
        <qda:NoteRef targetGUID="${guid(9)}"/>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${guid(10)}" startPosition="${os}" endPosition="${oe}">
        <qda:Coding guid="${guid(11)}"><qda:CodeRef targetGUID="${guid(5)}"/></qda:Coding>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${guid(12)}" startPosition="900" endPosition="950"/>
      <qda:Coding guid="${guid(13)}"><qda:CodeRef targetGUID="${guid(2)}"/></qda:Coding>
      <qda:NoteRef targetGUID="${guid(14)}"/>
    </qda:TextSource>
    <qda:PDFSource guid="${guid(15)}" name="Report.pdf" path="internal://${guid(15)}.pdf"/>
    <qda:PictureSource guid="${guid(16)}" name="Map.png" path="relative://Map.png"/>
  </qda:Sources>
  <qda:Notes>
    <qda:Note guid="${guid(9)}" name="Memo"><qda:PlainTextContent>Ask the envoy.</qda:PlainTextContent></qda:Note>
    <qda:Note guid="${guid(14)}" name="About the interview"><qda:PlainTextContent><![CDATA[Done <by phone>.]]></qda:PlainTextContent></qda:Note>
    <qda:Note guid="${guid(17)}" name="Loose note"><qda:PlainTextContent>Not attached.</qda:PlainTextContent></qda:Note>
  </qda:Notes>
</qda:Project>`;
  return zipSync({
    'project.qde': strToU8(qde),
    [`sources/${guid(6)}.txt`]: strToU8(RAW),
    [`sources/${guid(15)}.pdf`]: strToU8('%PDF-1.4 not really'),
  });
}

const importInto = (bytes: Uint8Array, name = 'study.qdpx') => {
  const data = emptyWorkspace('2026-01-01T00:00:00.000Z');
  let n = 0;
  const plan = planQdpxImport(data, openQdpx(bytes, name), {
    newId: () => `id${++n}`,
    at: '2026-03-01T00:00:00.000Z',
  });
  applyChanges(data, plan.changes);
  return { data, report: plan.report };
};

describe('a .qdpx from another tool', () => {
  it('imports its text, code tree, highlights and notes, and says what it skipped', () => {
    const { data, report } = importInto(otherToolQdpx());
    expect(report).toMatchObject({
      projectName: 'Field study',
      origin: 'MAXQDA 2022',
      users: ['Ana'],
    });
    const [doc] = valuesOf(data.documents);
    expect(doc?.title).toBe('Interview 1');
    expect(doc?.text).toBe(
      'Talks in Riyadh\n\nAhead 😀 of the talks, the envoy said the votes were “fair”.\n\nOfficials disagreed.',
    );
    const tags = new Map(valuesOf(data.tags).map((t) => [t.name, t]));
    expect(tags.get('Politics')).toMatchObject({
      parentId: null,
      color: '#ff00aa',
      description: 'Political talk',
    });
    expect(tags.get('Elections')?.parentId).toBe(tags.get('Politics')?.id);
    expect(tags.get('Fairness')).toMatchObject({
      parentId: tags.get('Elections')?.id,
      color: '#00aa11',
    });
    const highlights = valuesOf(data.annotations).map((a) => ({
      text: doc!.text.slice(a.selector.position.start, a.selector.position.end),
      tags: a.tagIds.map((id) => data.tags[id]!.name),
      note: a.note,
    }));
    expect(highlights).toEqual([
      {
        text: 'the votes were “fair”',
        tags: ['Fairness'],
        note: 'Check the "fair" claim & its source\n\nAsk the envoy.',
      },
      { text: 'Officials disagreed.', tags: ['Dissent'], note: '' },
    ]);
    expect(valuesOf(data.memos)).toMatchObject([
      {
        subject: 'documents',
        subjectId: doc!.id,
        title: 'About the interview',
        body: 'Done <by phone>.',
      },
    ]);
    expect(report.skipped.map((s) => s.name)).toEqual([
      'Report.pdf',
      'Map.png',
      'A selection in “Interview 1”',
      'Note “Loose note”',
    ]);
    expect(report.skipped[0]!.reason).toMatch(/PDF source/);
    expect(report.skipped[1]!.reason).toMatch(/picture source/);
    expect(report.skipped[2]!.reason).toMatch(/900–950 are not a span/);
    expect(report.notes.join(' ')).toMatch(/1 codes applied to whole sources were not imported/);
    expect(valuesOf(data.quotes)).toEqual([]);
  });
});

describe('hostile archives', () => {
  const refused = (bytes: Uint8Array, pattern: RegExp | typeof QdpxError) => {
    expect(() => importInto(bytes, 'evil.qdpx')).toThrow(pattern);
  };

  it('refuses zip slip paths', () => {
    for (const name of ['../../etc/cron.d/x', '/etc/passwd', 'sources\\..\\x.txt', 'C:/x.txt']) {
      refused(
        zipSync({ 'project.qde': strToU8('<x/>'), [name]: strToU8('x') }),
        /refused: the entry/,
      );
    }
  });

  it('refuses a zip bomb before unpacking it', () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    expect(deflateRawSync(zeros).length).toBeLessThan(zeros.length / 200);
    refused(zipSync({ 'project.qde': zeros }), /zip bomb/);
  });

  it('refuses DOCTYPEs and external entities, and never reads the file they name', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`;
    refused(zipSync({ 'project.qde': strToU8(xxe) }), /DOCTYPE/);
    const undeclared = `<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`;
    refused(zipSync({ 'project.qde': strToU8(undeclared) }), /entity \(&x;\)/);
    expect(() => importInto(zipSync({ 'project.qde': strToU8(xxe) }))).toThrow(XmlError);
  });

  it('refuses what is not a project', () => {
    refused(strToU8('not a zip at all'), QdpxError);
    refused(zipSync({ 'readme.txt': strToU8('hi') }), /holds no project.qde/);
    refused(zipSync({ 'project.qde': strToU8('<Project name="x"/>') }), /not a REFI-QDA project/);
    refused(
      zipSync({ 'project.qde': strToU8('<Project xmlns="urn:QDA-XML:project:1.0"><Users>') }),
      /never closed/,
    );
  });

  it('keeps a text path that climbs out of the archive out', () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="${guid(1)}" name="Sneaky" plainTextPath="internal://../../etc/passwd"/></Sources></Project>`;
    const { report, data } = importInto(zipSync({ 'project.qde': strToU8(qde) }));
    expect(valuesOf(data.documents)).toEqual([]);
    expect(report.skipped).toEqual([
      { name: 'Sneaky', reason: expect.stringMatching(/climbs out/) },
    ]);
  });
});
