// What a document declares about itself is shown only when it is about the article: file names,
// placeholders and account names are dropped, and author fields are split into people.
import { describe, expect, it } from 'vitest';
import { languageTag, pdfMetadata, personNames, usableTitle } from './pdf-metadata';

describe('usableTitle', () => {
  it.each([
    ['U.S. Holds Separate Talks With Russia', 'U.S. Holds Separate Talks With Russia'],
    ['  Talks \n in   Riyadh ', 'Talks in Riyadh'],
    ['Microsoft Word - draft3.docx', null],
    ['Microsoft Word - Talks in Riyadh', 'Talks in Riyadh'],
    ['riyadh_talks_final.pdf', null],
    ['Untitled', null],
    ['Document1', null],
    ['C:\\Users\\jane\\talks', null],
    ['12', null],
    ['---', null],
    [42, null],
  ])('%j → %j', (raw, title) => {
    expect(usableTitle(raw)).toBe(title);
  });
});

describe('personNames', () => {
  it.each([
    ['Jane Doe', ['Jane Doe']],
    ['Jane Doe; John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['Doe, Jane', ['Jane Doe']],
    ['By Jane Doe', ['Jane Doe']],
    ['Ursula von der Leyen', ['Ursula von der Leyen']],
    ['Jane Doe (Reuters)', ['Jane Doe']],
    ['Administrator', []],
    ['Microsoft Office User', []],
    ['jdoe', []],
    ['jane.doe@example.org', []],
    ['Reuters Staff', []],
    ['The Washington Post', []],
    ['', []],
    [
      ['Jane Doe', 'John Roe', 'Jane Doe'],
      ['Jane Doe', 'John Roe'],
    ],
  ])('%j → %j', (raw, names) => {
    expect(personNames(raw)).toEqual(names);
  });
});

describe('languageTag', () => {
  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['de_DE', 'de'],
    ['x-none', null],
    ['English', null],
    [null, null],
  ])('%j → %j', (raw, tag) => {
    expect(languageTag(raw)).toBe(tag);
  });
});

describe('pdfMetadata', () => {
  const xmp = (values: Record<string, unknown>) => ({
    get: (name: string) => values[name] ?? null,
  });

  it('prefers the Info dictionary and falls back to XMP', () => {
    const fromXmp = pdfMetadata(
      { Title: 'draft.docx', Author: 'Administrator' },
      xmp({
        'dc:title': 'Talks in Riyadh',
        'dc:creator': ['Jane Doe', 'John Roe'],
        'dc:language': 'fr-FR',
      }),
    );
    expect(fromXmp).toMatchObject({
      title: 'Talks in Riyadh',
      authors: ['Jane Doe', 'John Roe'],
      language: 'fr',
    });
    const fromInfo = pdfMetadata({ Title: 'Talks', Author: 'Jane Doe', Language: 'en-GB' }, null);
    expect(fromInfo).toMatchObject({ title: 'Talks', authors: ['Jane Doe'], language: 'en' });
  });

  it('never takes the creation date as the publication date', () => {
    expect(pdfMetadata({ CreationDate: 'D:20250323120000Z' }, null).published).toBeNull();
  });
});
