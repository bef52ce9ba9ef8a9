// A small, careful XML writer and reader for QDA-XML. The writer escapes every text and
// attribute so a value always reads back as written; the reader takes namespaced elements,
// attributes, text, CDATA and comments, and refuses what a hostile file would use: any DOCTYPE
// (so no entity can be declared, expanded or fetched), unknown entities and runaway nesting.

/** Why a document could not be read; the message can be shown to the analyst. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F):
// replaced, since a writer that emits them makes a file no reader accepts.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&`, `<`, `>` escaped, and CR as a reference so a reader does not fold it. */
export function escapeText(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab/LF/CR, which readers turn to spaces. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Attributes in the order given; undefined and null values are left out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** `<name a="…">` (or `<name … />` when `selfClose`), attributes escaped. */
export function startTag(name: string, attrs: Attributes = {}, selfClose = false): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return `${out}${selfClose ? '/>' : '>'}`;
}

/** An element holding only text. */
export function textElement(name: string, text: string, attrs: Attributes = {}): string {
  return `${startTag(name, attrs)}${escapeText(text)}</${name}>`;
}

/** A parsed element: its local name and namespace URI, attributes by local name, children. */
export interface XmlElement {
  name: string;
  namespace: string | null;
  /** Unprefixed attributes by name; prefixed ones (other than xmlns) as `prefix:local`. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

/** Deeper than any QDA-XML file nests (code trees are a few levels). */
const MAX_DEPTH = 200;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&<>\s]{0,32});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlError('The file has a stray “&” that is not escaped.');
    if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name]!;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlError(`The file refers to a character that XML cannot hold (&${name};).`);
      }
      return String.fromCodePoint(code);
    }
    throw new XmlError(`The file uses an entity (&${name};) that is not defined in XML itself.`);
  });
}

const NAME = /^[^\s/>=<"']+/;

/**
 * Parses a whole document into its root element. Throws XmlError for malformed XML, for any
 * DOCTYPE or ENTITY declaration (refused outright: a QDA-XML file never needs one, and they are
 * how XXE and billion-laughs attacks work), and for undefined entities or prefixes.
 */
export function parseXml(source: string): XmlElement {
  // XML's own line-end normalisation; CRs written as &#13; survive it.
  const xml = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let at = 0;
  let root: XmlElement | null = null;
  const stack: { element: XmlElement; raw: string; scope: Map<string, string> }[] = [];
  const fail = (what: string): never => {
    const line = xml.slice(0, at).split('\n').length;
    throw new XmlError(`The project file is not well-formed XML (line ${line}: ${what}).`);
  };
  const until = (marker: string, what: string): number => {
    const end = xml.indexOf(marker, at);
    if (end < 0) fail(`${what} is not closed`);
    return end;
  };

  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.element.text += decodeEntities(raw);
      else if (raw.trim() !== '') fail('text outside the root element');
      at = textEnd;
      continue;
    }
    if (xml.startsWith('<?', at)) {
      at = until('?>', 'a processing instruction') + 2;
    } else if (xml.startsWith('<!--', at)) {
      at = until('-->', 'a comment') + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = until(']]>', 'a CDATA section');
      const top = stack[stack.length - 1] ?? fail('CDATA outside the root element');
      top.element.text += xml.slice(at + 9, end);
      at = end + 3;
    } else if (xml.startsWith('<!', at)) {
      throw new XmlError(
        'The project file declares a DOCTYPE or entities, which REFI-QDA files never need; it is refused for safety.',
      );
    } else if (xml.startsWith('</', at)) {
      const name =
        NAME.exec(xml.slice(at + 2, at + 2 + 300))?.[0] ?? fail('a closing tag has no name');
      const top = stack.pop();
      if (!top || top.raw !== name) fail(`</${name}> closes nothing open`);
      at = until('>', 'a closing tag') + 1;
    } else {
      at = openTag(xml, at + 1, stack, fail, (element) => {
        if (stack.length === 0 && root) fail('a second root element');
        root ??= element;
      });
      if (stack.length > MAX_DEPTH) throw new XmlError('The project file nests too deeply.');
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.raw}> is never closed`);
  return root ?? fail('there is no root element');
}

/** Reads a start tag from just after its `<`; pushes it unless it closes itself. */
function openTag(
  xml: string,
  from: number,
  stack: { element: XmlElement; raw: string; scope: Map<string, string> }[],
  fail: (what: string) => never,
  made: (element: XmlElement) => void,
): number {
  let at = from;
  const raw = NAME.exec(xml.slice(at, at + 300))?.[0] ?? fail('a tag has no name');
  at += raw.length;
  const rawAttrs: [string, string][] = [];
  for (;;) {
    while (/\s/.test(xml[at] ?? '')) at++;
    if (xml.startsWith('/>', at) || xml[at] === '>') break;
    if (at >= xml.length) fail(`<${raw}> is not closed`);
    const name = NAME.exec(xml.slice(at, at + 300))?.[0] ?? fail(`a bad attribute in <${raw}>`);
    at += name.length;
    while (/\s/.test(xml[at] ?? '')) at++;
    if (xml[at] !== '=') fail(`the attribute ${name} has no value`);
    at++;
    while (/\s/.test(xml[at] ?? '')) at++;
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") fail(`the attribute ${name} is not quoted`);
    const end = xml.indexOf(quote, at + 1);
    if (end < 0) fail(`the attribute ${name} is not closed`);
    const value = xml.slice(at + 1, end);
    if (value.includes('<')) fail(`the attribute ${name} holds a “<”`);
    // Attribute-value normalisation: literal whitespace becomes spaces; references survive.
    rawAttrs.push([name, decodeEntities(value.replace(/[\t\n]/g, ' '))]);
    at = end + 1;
  }
  const parent = stack[stack.length - 1];
  const scope = new Map(parent?.scope ?? []);
  for (const [name, value] of rawAttrs) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  const resolve = (qualified: string): [string, string | null] => {
    const colon = qualified.indexOf(':');
    if (colon < 0) return [qualified, scope.get('') ?? null];
    const prefix = qualified.slice(0, colon);
    if (prefix === 'xml')
      return [qualified.slice(colon + 1), 'http://www.w3.org/XML/1998/namespace'];
    const uri = scope.get(prefix);
    if (uri === undefined) fail(`the prefix “${prefix}” is not declared`);
    return [qualified.slice(colon + 1), uri ?? null];
  };
  const [name, namespace] = resolve(raw);
  const attrs = new Map<string, string>();
  for (const [key, value] of rawAttrs) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    if (attrs.has(key)) fail(`<${raw}> repeats the attribute ${key}`);
    attrs.set(key, value);
  }
  const element: XmlElement = { name, namespace, attrs, children: [], text: '' };
  made(element);
  parent?.element.children.push(element);
  if (xml.startsWith('/>', at)) return at + 2;
  stack.push({ element, raw, scope });
  return at + 1;
}

/** The element's children with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child with this local name, or null. */
export function childNamed(element: XmlElement, name: string): XmlElement | null {
  return element.children.find((c) => c.name === name) ?? null;
}
