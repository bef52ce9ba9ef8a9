// Test fixtures: the sample article as a Word file made with the `docx` package, and a small zip
// writer for hand-made (and hostile) Word packages: lying sizes, bombs, DOCTYPEs.
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { SAMPLE_TITLE, sampleParagraphs } from './sample-pdf';

/** The paragraph of the sample set in Word's "Quote" style, to check quotes come through. */
export const SAMPLE_QUOTE_START = '“I do not believe in a cease-fire.';

/**
 * The sample article as a .docx: the headline in the Title style, section headings as Heading 2,
 * one paragraph per line of the .txt, and core properties title and creator "Jane Doe".
 */
export async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: SAMPLE_TITLE,
    creator: 'Jane Doe',
    styles: {
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: SAMPLE_TITLE, heading: HeadingLevel.TITLE }),
          ...sampleParagraphs().map(({ text, heading }) =>
            heading
              ? new Paragraph({ text, heading: HeadingLevel.HEADING_2 })
              : text.startsWith(SAMPLE_QUOTE_START)
                ? new Paragraph({ text, style: 'Quote' })
                : new Paragraph({ text }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** 0 stores, 8 (the default) deflates. */
  method?: 0 | 8;
  /** Writes this uncompressed size in the directory instead of the true one. */
  declaredSize?: number;
}

/** A zip archive with a correct central directory (unless a size is declared falsely). */
export function writeZip(inputs: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw =
      typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data);
    const method = input.method ?? 8;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? raw.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x800, at); // flags: UTF-8 names
      header.writeUInt16LE(method, at + 2);
      header.writeUInt32LE(0, at + 4); // time and date
      header.writeUInt32LE(crc32(raw), at + 8);
      header.writeUInt32LE(data.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A document.xml body of plain paragraphs, optionally after a prologue (e.g. a DOCTYPE). */
export function documentXml(paragraphs: readonly string[], prologue = ''): string {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prologue}` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  );
}

/** A minimal Word package around a document.xml, plus any further entries. */
export function minimalDocx(document: string, extra: readonly ZipInput[] = []): Uint8Array {
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'word/document.xml', data: document },
    ...extra,
  ]);
}
