// Reads a Word file's core properties (docProps/core.xml: title, creator, language) by pattern
// matching on that small XML, never with an XML parser, so no DTD or entity is ever resolved.
import { decodeEntities } from './docx-html';
import { languageTag, personNames, usableTitle } from './pdf-metadata';
import type { ImportedMetadata } from './types';
import { emptyMetadata } from './types';

/** The text of the first element with this local name, any namespace prefix; null if absent. */
function element(xml: string, localName: string): string | null {
  const prefix = '(?:[A-Za-z_][\\w.-]*:)?';
  const pattern = new RegExp(
    `<${prefix}${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}${localName}>`,
  );
  const match = pattern.exec(xml);
  if (!match) return null;
  const raw = match[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) =>
    cdata.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  // Only the predefined and numeric entities are decoded; any other stays as written.
  return decodeEntities(raw.replace(/<[^>]*>/g, '')).trim();
}

/**
 * Title, authors and language from core.xml. `published` stays null on purpose: dcterms:created
 * is when the file was first saved (often from a template, years before), not when the article
 * appeared, and a plausible wrong date is worse than a blank the analyst fills in.
 */
export function coreProperties(xml: string): ImportedMetadata {
  const metadata = emptyMetadata();
  if (/<!DOCTYPE/i.test(xml)) return metadata;
  metadata.title = usableTitle(element(xml, 'title'));
  metadata.authors = personNames(element(xml, 'creator'));
  metadata.language = languageTag(element(xml, 'language'));
  return metadata;
}
