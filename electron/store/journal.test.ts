// Tests of the journal format and writer: checksums catch torn and flipped lines, a bad last
// line is a crash (tail), a bad middle line is damage, and a failed append leaves no garbage.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalWriter, decodeLine, encodeEntry, scanJournal } from './journal';
import { faultyFs, newFaults, removeTempDirs, tempDir } from './test-support';

afterEach(removeTempDirs);

const line = (seq: number, changes = '[]') =>
  encodeEntry(seq, 1, '2025-03-18T09:00:00.000Z', changes);

describe('journal lines', () => {
  it('round-trips an entry and is plain JSON', () => {
    const text = line(7, '[{"op":"delete","collection":"quotes","id":"q1"}]');
    expect(text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(text) as { crc: string; seq: number };
    expect(parsed.seq).toBe(7);
    expect(parsed.crc).toMatch(/^[0-9a-f]{8}$/);
    const decoded = decodeLine(Buffer.from(text.slice(0, -1)), 1);
    expect(decoded).toMatchObject({ seq: 7, v: 1, changes: [{ op: 'delete', id: 'q1' }] });
  });

  it('detects a single flipped character', () => {
    const text = line(1, '[{"op":"delete","collection":"quotes","id":"q1"}]').slice(0, -1);
    const flipped = text.replace('"q1"', '"q2"');
    expect(decodeLine(Buffer.from(flipped), 1)).toBe('checksum mismatch');
    expect(decodeLine(Buffer.from('garbage'), 1)).toBe('no checksum');
  });
});

describe('scanJournal', () => {
  it('accepts an empty journal and consecutive lines', () => {
    expect(scanJournal(Buffer.alloc(0))).toMatchObject({ entries: [], goodBytes: 0, torn: null });
    const buf = Buffer.from(line(4) + line(5));
    const scan = scanJournal(buf);
    expect(scan.entries.map((e) => e.seq)).toEqual([4, 5]);
    expect(scan.goodBytes).toBe(buf.length);
    expect(scan.bad).toEqual([]);
  });

  it('treats a partial last line (no newline), or trailing NUL bytes, as torn', () => {
    const good = line(1) + line(2);
    const torn = line(3).slice(0, 20);
    const scan = scanJournal(Buffer.from(good + torn));
    expect(scan.entries).toHaveLength(2);
    expect(scan.goodBytes).toBe(Buffer.byteLength(good));
    expect(scan.torn?.bytes.toString()).toBe(torn);
    expect(scan.bad).toEqual([]);
    const zeros = Buffer.concat([Buffer.from(line(1)), Buffer.alloc(40)]);
    expect(scanJournal(zeros)).toMatchObject({ goodBytes: line(1).length, bad: [] });
  });

  it('treats a complete last line with a bad checksum as damage, not as torn', () => {
    const bad = line(2).replace('"v":1', '"v":2');
    const scan = scanJournal(Buffer.from(line(1) + bad));
    expect(scan.torn).toBeNull();
    expect(scan.bad).toEqual([
      {
        start: line(1).length,
        end: line(1).length + bad.length,
        line: 2,
        reason: 'checksum mismatch',
      },
    ]);
  });

  it('skips a bad middle line and reads the lines after it', () => {
    const bad = line(2).replace('"v":1', '"v":2');
    const scan = scanJournal(Buffer.from(line(1) + bad + line(3)));
    expect(scan.bad).toMatchObject([{ line: 2, reason: 'checksum mismatch' }]);
    expect(scan.entries.map((e) => e.seq)).toEqual([1, 3]);
    expect(scanJournal(Buffer.from(line(1) + '\n' + line(2))).entries.map((e) => e.seq)).toEqual([
      1, 2,
    ]);
  });

  it('recovers both lines when the newline between them is damaged', () => {
    const text = line(1) + line(2) + line(3);
    for (const at of [line(1).length - 1, text.length - 1]) {
      const buf = Buffer.from(text);
      buf[at] = 0x20;
      const scan = scanJournal(buf);
      expect(scan.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(scan.torn).toBeNull();
      expect(scan.bad).toHaveLength(1);
    }
  });

  it('loses only the line a newline was written into', () => {
    const buf = Buffer.from(line(1) + line(2) + line(3));
    buf[line(1).length + 30] = 0x0a;
    const scan = scanJournal(buf);
    expect(scan.entries.map((e) => e.seq)).toEqual([1, 3]);
  });
});

describe('JournalWriter', () => {
  it('appends at the end, and cuts a torn tail when opened', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'workspace.journal');
    await writeFile(file, line(1) + 'partial');
    const writer = await JournalWriter.open(
      faultyFs(newFaults()),
      file,
      line(1).length,
      line(1).length + 7,
    );
    await writer.append(line(2));
    await writer.close();
    expect(await readFile(file, 'utf8')).toBe(line(1) + line(2));
  });

  it('removes the bytes of a torn append so the next append starts clean', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'workspace.journal');
    const faults = newFaults();
    const writer = await JournalWriter.open(faultyFs(faults), file, 0, null);
    await writer.append(line(1));
    faults.tornBytes = 10;
    await expect(writer.append(line(2))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe(line(1));
    faults.tornBytes = undefined;
    faults.failSyncs = true;
    await expect(writer.append(line(2))).rejects.toMatchObject({ code: 'ENOSPC' });
    faults.failSyncs = false;
    await writer.append(line(2));
    await writer.close();
    expect(await readFile(file, 'utf8')).toBe(line(1) + line(2));
    expect(writer.size).toBe(Buffer.byteLength(line(1) + line(2)));
  });

  it('replaces its content durably and keeps appending to the new file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'workspace.journal');
    const writer = await JournalWriter.open(faultyFs(newFaults()), file, 0, null);
    await writer.append(line(1));
    await writer.append(line(2));
    await writer.replace(line(2));
    await writer.append(line(3));
    await writer.close();
    expect(await readFile(file, 'utf8')).toBe(line(2) + line(3));
  });

  it('keeps the old journal when the replacement cannot be written', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'workspace.journal');
    const faults = newFaults();
    const writer = await JournalWriter.open(faultyFs(faults), file, 0, null);
    await writer.append(line(1));
    faults.failRename = () => true;
    await expect(writer.replace('')).rejects.toMatchObject({ code: 'ENOSPC' });
    faults.failRename = undefined;
    await writer.append(line(2));
    await writer.close();
    expect(await readFile(file, 'utf8')).toBe(line(1) + line(2));
  });
});
