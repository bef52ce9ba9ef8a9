import { describe, expect, it } from 'vitest';
import { guessCue, guessKind } from './quote-guess';

describe('guessKind', () => {
  it.each([
    [
      '“The discussion was productive and focused — we addressed key points including energy,”',
      'direct',
    ],
    ['“likely”', 'partial'],
    ['Mr. Putin had personally selected negotiators for the talks', 'indirect'],
    ['a “very problematic person” for Ukraine', 'partial'],
  ] as const)('%s is %s', (exact, kind) => {
    expect(guessKind(exact)).toBe(kind);
  });
});

describe('guessCue', () => {
  const text =
    '“There are referendums within these territories that justify these actions.” Those referendums were denounced.\n\n' +
    '“There is a view within the country of Russia that these are Russian territories,” Mr. Witkoff told Fox News. Next.';

  it('finds the cue after a quote', () => {
    const start = text.indexOf('“There is');
    const end = text.indexOf(' Mr. Witkoff');
    expect(guessCue(text, start, end)).toBe('told Fox News');
  });

  it('finds "said" before reported speech', () => {
    const t =
      'Dmitri S. Peskov, the Kremlin’s spokesman, said on Friday that Mr. Putin had chosen.';
    const start = t.indexOf('Mr. Putin');
    expect(guessCue(t, start, t.length - 1)).toBe('said on Friday');
  });

  it('looks past honorifics for a cue earlier in the sentence', () => {
    const t =
      'Mr. Witkoff said on Wednesday in an interview with Bloomberg News that Mr. Trump and Mr. Putin were “likely” to meet.';
    const start = t.indexOf('“likely”');
    expect(guessCue(t, start, start + 8)).toBe(
      'said on Wednesday in an interview with Bloomberg News',
    );
  });

  it('is empty when there is no cue', () => {
    expect(guessCue('Nothing to see here.', 0, 7)).toBe('');
  });
});
