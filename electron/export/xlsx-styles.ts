// The cell styles of the XLSX export, numbered as the workbook's styles.xml lists them: the
// header's, and a body style for each combination of wrapping and fill that the rows use.

const HEADER_FILL = '44546A';

/** A body style: top-aligned text, wrapped or not, with an optional solid fill (RGB hex). */
interface BodyStyle {
  wrap: boolean;
  rgb: string | null;
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

  /** The style id for a body cell; styles are added as they are first asked for. */
  id(wrap: boolean, rgb: string | null): number {
    const key = rgb === null ? (wrap ? 'w' : 'n') : (wrap ? 'w' : 'n') + rgb;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = 2 + this.body.length;
      this.body.push({ wrap, rgb });
      this.ids.set(key, id);
    }
    return id;
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
    const xf = (font: number, fill: number, alignment: string) =>
      `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"` +
      `${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''} applyAlignment="1">` +
      `<alignment ${alignment}/></xf>`;
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      xf(1, 2, 'vertical="center" wrapText="1"'),
      ...this.body.map(({ wrap, rgb }) =>
        xf(
          0,
          rgb === null ? 0 : 2 + fillRgbs.indexOf(rgb),
          `vertical="top"${wrap ? ' wrapText="1"' : ''}`,
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
