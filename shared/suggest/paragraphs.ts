// Paragraphs of an article: blank-line separated when the text has blank lines (lines inside a
// paragraph are then wrapped lines), otherwise one paragraph per line. The same rule as the
// canonical text (shared/text/canonical.ts), so raw files and stored articles agree.

export interface Paragraph {
  /** First character that is not white space. */
  start: number;
  /** After the last character that is not white space. */
  end: number;
}

/** The paragraphs in order; empty ones are left out. Linear in the text's length. */
export function findParagraphs(text: string): Paragraph[] {
  const blankLines = /\n[ \t\u00A0]*\n/.test(text);
  const separator = blankLines ? /\n[ \t\u00A0]*\n\s*/g : /\n\s*/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const add = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, text.length);
  return paragraphs;
}
