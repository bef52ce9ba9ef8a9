// The cell styles of the XLSX export, numbered as the workbook's styles.xml lists them: the
// header's, and a body style for each combination of wrapping, fill and quote prefix that the
// rows use.

const HEADER_FILL = '44546A';

/**
 * A body style: top-aligned text, wrapped or not, with an optional solid fill (RGB hex). A quoted
 * style carries Excel's quote prefix (`quotePrefix="1"`): the text of a cell that looks like a
 * formula stays text when a user edits the cell, and the file holds it exactly as typed.
 */
interface BodyStyle {
  wrap: boolean;
  rgb: string | null;
  quoted: boolean;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const solidFill = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/></patternFill></fill>`;

export class XlsxStyles {
  /** Style 0 is the default every workbook needs; style 1 is the header row's. */
  static readonly HEADER = 1;
  private readonly body: BodyStyle[] = [];
  private readonly ids = new Map<string, number>();
  /** By style id, the id of the same style with the quote prefix: filled in as asked for. */
  private readonly quotedIds: number[] = [];

  /** The style id for a body cell; styles are added as they are first asked for. */
  id(wrap: boolean, rgb: string | null, quoted = false): number {
    const key = (quoted ? 'q' : '') + (wrap ? 'w' : 'n') + (rgb ?? '');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = 2 + this.body.length;
      this.body.push({ wrap, rgb, quoted });
      this.ids.set(key, id);
    }
    return id;
  }

  /**
   * The id of body style `id` with the quote prefix (itself if it has it). Throws for the header's
   * style and the default one, which no text that looks like a formula is written in.
   */
  quoted(id: number): number {
    const known = this.quotedIds[id];
    if (known !== undefined) return known;
    const style = this.body[id - 2];
    if (style === undefined) throw new Error(`style ${id} is not a body style`);
    return (this.quotedIds[id] = this.id(style.wrap, style.rgb, true));
  }

  /** styles.xml: call it after the sheets, once every style in use has been asked for. */
  xml(): string {
    // Fills 0 and 1 are reserved by the format (none, gray125); the header's is fill 2.
    const fillRgbs = [HEADER_FILL];
    for (const { rgb } of this.body)
      if (rgb !== null && !fillRgbs.includes(rgb)) fillRgbs.push(rgb);
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...fillRgbs.map(solidFill),
    ];
    const xf = (font: number, fill: number, alignment: string, quoted = false) =>
      `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"` +
      `${quoted ? ' quotePrefix="1"' : ''}` +
      `${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''} applyAlignment="1">` +
      `<alignment ${alignment}/></xf>`;
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      xf(1, 2, 'vertical="center" wrapText="1"'),
      ...this.body.map(({ wrap, rgb, quoted }) =>
        xf(
          0,
          rgb === null ? 0 : 2 + fillRgbs.indexOf(rgb),
          `vertical="top"${wrap ? ' wrapText="1"' : ''}`,
          quoted,
        ),
      ),
    ];
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      '<fonts count="2"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/>' +
      '<family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/>' +
      '<name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
