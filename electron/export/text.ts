// Text hygiene for the export formats: characters XML cannot carry (XLSX and DOCX are XML, and
// HTML parsers reject the same ones), and the escaping of HTML and Markdown special characters.

// C0 controls other than TAB, LF and CR, the non-characters U+FFFE and U+FFFF, and lone
// surrogates: none may appear in an XML 1.0 document, and writing one makes the file unreadable.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything that might be invalid, surrogates of valid pairs included: a quick scan first, since
// nearly every string is clean and the exact pattern (with its lookbehind) is slower.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text with every character XML cannot hold replaced by U+FFFD, so the loss stays visible. */
export function xmlSafe(text: string): string {
  return SUSPECT.test(text) ? text.replace(XML_INVALID, '\uFFFD') : text;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content or a quoted attribute value: nothing in it is markup. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * Text for one line of Markdown, read as literal text by CommonMark and GFM renderers: runs of
 * whitespace (line breaks included) become one space, so nothing can start a block; characters
 * that open emphasis, code, links, HTML, tables, strikethrough or entities are backslash-escaped
 * everywhere; and what would start a heading, list, quote or rule is escaped at the start.
 */
export function escapeMarkdown(text: string): string {
  const line = xmlSafe(text).replace(/\s+/g, ' ');
  const escaped = line.replace(/[\\`*_[\]<>|~#&!]/g, '\\$&');
  return escaped.replace(/^([+\-=]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}
