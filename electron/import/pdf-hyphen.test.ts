// Line-end hyphens: which are undone and which belong to the word, by the document's own spelling
// first and by the shape of the two parts otherwise.
import { describe, expect, it } from 'vitest';
import { buildLexicon, joinLine, keepsHyphen } from './pdf-hyphen';

describe('joinLine', () => {
  const none = buildLexicon([]);
  it.each([
    ['began the negoti-', 'ations on Sunday', 'began the negotiations on Sunday'],
    ['a pro-', 'Russian rally', 'a pro-Russian rally'],
    ['the Covid-', '19 rules', 'the Covid-19 rules'],
    ['state-of-the-', 'art tools', 'state-of-the-art tools'],
    ['in self-', 'defense', 'in self-defense'],
    ['a Kremlin-', 'backed group', 'a Kremlin-backed group'],
    ['a state-', 'backed group', 'a state-backed group'],
    ['very pro-', 'blematic person', 'very problematic person'],
    ['soft hyphen negoti\u00ad', 'ations', 'soft hyphen negotiations'],
    ['an em dash —', 'then more', 'an em dash — then more'],
    ['a dash -', 'then more', 'a dash - then more'],
    ['ends with a word', 'and goes on', 'ends with a word and goes on'],
    ['the 2014-', '2015 talks', 'the 2014-2015 talks'],
  ])('%s + %s', (text, next, joined) => {
    expect(joinLine(text, next, none)).toBe(joined);
  });

  it('follows the spelling the document uses elsewhere', () => {
    const withCompound = buildLexicon(['a limited cease-fire in what could be', 'more text here']);
    expect(joinLine('the cease-', 'fire agreement', withCompound)).toBe('the cease-fire agreement');
    const withClosed = buildLexicon(['a limited ceasefire in what could be']);
    expect(joinLine('the cease-', 'fire agreement', withClosed)).toBe('the ceasefire agreement');
    expect(joinLine('the cease-', 'fire agreement', buildLexicon([]))).toBe(
      'the ceasefire agreement',
    );
  });

  it('builds its lexicon without the last word of each line (it may be a fragment)', () => {
    const lexicon = buildLexicon(['He said “negoti-', 'ations went well,” then left.']);
    expect(lexicon.has('negoti')).toBe(false);
    expect(lexicon.has('went')).toBe(true);
    expect(lexicon.has('negotiations')).toBe(false);
  });
});

describe('keepsHyphen', () => {
  it('keeps the hyphen after a capitalised or numeric part', () => {
    const none = buildLexicon([]);
    expect(keepsHyphen('anti', 'NATO', none)).toBe(true);
    expect(keepsHyphen('F', '16', none)).toBe(true);
    expect(keepsHyphen('inter', 'national', none)).toBe(false);
  });
});
