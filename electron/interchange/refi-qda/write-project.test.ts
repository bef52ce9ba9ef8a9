import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { smallWorkspace } from '../../export/test-support';
import { emptyWorkspace } from '../../../shared/domain/workspace';
import { fullWorkspace, validateQde } from './test-support';
import { exportQdpx, writeProject } from './write-project';

const META = { name: 'Riyadh talks', actor: 'analyst', exportedAt: '2026-02-03T04:05:06.000Z' };

describe('writeProject', () => {
  it('writes a project.qde that the QDA-XML 1.0 schema accepts', () => {
    for (const data of [
      fullWorkspace().data,
      smallWorkspace().data,
      emptyWorkspace(META.exportedAt),
    ]) {
      const { xml } = writeProject(data, META);
      expect(validateQde(xml)).toBe('');
    }
  });

  it('counts selection positions in characters, not UTF-16 units', () => {
    const { data, wideDoc } = fullWorkspace();
    const { xml } = writeProject(data, META);
    const text = data.documents[wideDoc]!.text;
    const start = text.indexOf('𠮷野家');
    // The flag's two regional-indicator letters before the span are two UTF-16 units each.
    expect(Array.from(text.slice(0, start)).length).toBe(start - 4);
    expect(xml).toContain(`startPosition="${start - 4}"`);
  });

  it('gives the same GUIDs and bytes for the same workspace', async () => {
    const { data } = fullWorkspace();
    const a = await exportQdpx(data, META);
    const b = await exportQdpx(data, META);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('zips project.qde with every article’s text in sources/', async () => {
    const { data, wideDoc } = fullWorkspace();
    const { bytes, counts } = await exportQdpx(data, META);
    const files = unzipSync(bytes);
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.slice(1)).toHaveLength(Object.keys(data.documents).length);
    const qde = strFromU8(files['project.qde']!);
    for (const name of names.slice(1)) {
      expect(name).toMatch(/^sources\/[0-9a-f-]{36}\.txt$/);
      expect(qde).toContain(`plainTextPath="internal://${name.slice('sources/'.length)}"`);
    }
    const texts = names.slice(1).map((n) => strFromU8(files[n]!));
    expect(texts).toContain(data.documents[wideDoc]!.text);
    expect(counts.articles).toBe(2);
    expect(counts.selections).toBeGreaterThanOrEqual(6);
  });

  it('escapes markup and keeps colours, nesting, cases and variables', () => {
    const { xml } = writeProject(fullWorkspace().data, META);
    expect(xml).toContain('Emoji 🤝 matter &amp; &lt;so&gt; do "quotes"');
    expect(xml).toMatch(
      /<Code guid="[^"]+" name="Diplomacy" isCodable="true" color="#aa3300">[\s\S]*?<Code guid="[^"]+" name="Ceasefire" isCodable="true" color="#12ab9f"/,
    );
    expect(xml).toMatch(/<Case guid="[^"]+" name="Mr. Tanaka">/);
    expect(xml).toContain('<TextValue>B</TextValue>');
    expect(xml).toContain('name="Speakers" isCodable="false"');
    expect(xml).toContain('name="Claim status" isCodable="false"');
  });
});
