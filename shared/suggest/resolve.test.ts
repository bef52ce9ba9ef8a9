// Who a speaker mention refers to inside the article, one rule per case, on news paragraphs
// written for these tests.
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from './index';
import { about } from './testing';

/** The resolution of the suggestion whose content contains `words`. */
function resolution(text: string, words: string) {
  const at = text.indexOf(words);
  const s = suggestQuotes(text).find((q) => q.content.start <= at && at < q.content.end);
  return s?.speaker?.resolved ?? null;
}

describe('pronouns', () => {
  it('"he" is the last speaker it agrees with', () => {
    const text =
      'Jonas Weber, the union’s negotiator, said the offer was too low. “We will strike on Monday,” he said.';
    expect(resolution(text, 'We will strike')).toMatchObject({
      name: 'Jonas Weber',
      via: 'pronoun',
    });
  });

  it('"she" skips a man who spoke last', () => {
    const text =
      '“The numbers are wrong,” said Paul Mercer, a budget analyst. Ms. Aydin disagreed. Elif Aydin runs the audit office. “They are not,” she said.';
    expect(resolution(text, 'They are not')).toMatchObject({ name: 'Elif Aydin', kind: 'person' });
  });

  it('a gender learned from the article: “…,” she said after a first name it does not know', () => {
    const text =
      'Xiadani Ruiz opened the shelter in 2015. She still runs it alone. “Nobody else applied,” she said.';
    expect(resolution(text, 'Nobody else')).toMatchObject({ name: 'Xiadani Ruiz' });
  });

  it('"they" is the last group that spoke', () => {
    const text =
      'Local residents said the water had been brown for weeks. They said the council had ignored their complaints.';
    expect(resolution(text, 'the council had ignored')).toMatchObject({
      kind: 'group',
      via: 'pronoun',
    });
  });

  it('an unresolved pronoun stays unresolved', () => {
    expect(resolution('“It is over,” he said.', 'It is over')).toBeNull();
  });
});

describe('names, titles and roles', () => {
  it('a courtesy title and surname find the full name', () => {
    const text =
      'Steven Park, a city engineer, inspected the tunnel. Mr. Park said the cracks were not new.';
    expect(resolution(text, 'the cracks')).toMatchObject({
      name: 'Steven Park',
      via: 'title',
      role: 'a city engineer',
    });
  });

  it('a bare surname finds the full name', () => {
    const text =
      'Nadia Rahman leads the inquiry. Rahman said the report would be published in June.';
    expect(resolution(text, 'the report would')).toMatchObject({
      name: 'Nadia Rahman',
      via: 'surname',
    });
  });

  it('a title before the name gives the role', () => {
    const text = 'Prime Minister Lars Eriksen said the election would be held in the autumn.';
    expect(resolution(text, 'the election')).toMatchObject({
      name: 'Lars Eriksen',
      role: 'Prime Minister',
    });
  });

  it('a role given in an appositive finds the person later', () => {
    const text =
      'Dmitri Volkov, the agency’s spokesman, declined to comment on Friday. On Saturday the agency’s spokesman said the launch had been postponed.';
    expect(resolution(text, 'the launch')).toMatchObject({
      name: 'Dmitri Volkov',
      via: 'appositive',
    });
  });

  it('a description with a name after it: the leader of X, Y, said', () => {
    const text = 'The leader of the Green Party, Rachel Osei, said the vote had been rigged.';
    expect(resolution(text, 'the vote')).toMatchObject({ name: 'Rachel Osei' });
  });
});

describe('organisations and unnamed sources', () => {
  it('an organisation’s voice is the organisation: the Kremlin’s readout', () => {
    const text =
      'The two leaders spoke for an hour, according to the Kremlin’s readout of the call.';
    expect(resolution(text, 'The two leaders')).toMatchObject({
      name: 'Kremlin',
      kind: 'government',
      via: 'organisation',
    });
  });

  it('a capital speaks for its government', () => {
    expect(resolution('Moscow said the talks were premature.', 'the talks')).toMatchObject({
      name: 'Moscow',
      kind: 'government',
    });
  });

  it('an outlet named by the appositive', () => {
    const text = 'Interfax, the Russian news agency, said the plane had landed safely.';
    expect(resolution(text, 'the plane')).toMatchObject({ name: 'Interfax', kind: 'outlet' });
  });

  it('a lone name never shown to be a person is an organisation', () => {
    const text = 'Roscosmos said the capsule had separated normally.';
    expect(resolution(text, 'the capsule')).toMatchObject({
      name: 'Roscosmos',
      kind: 'organisation',
    });
  });

  it('an anonymous official keeps the description', () => {
    const text =
      'A senior European diplomat, speaking on condition of anonymity because the talks were private, said the deal was close.';
    expect(resolution(text, 'the deal')).toMatchObject({
      name: 'A senior European diplomat, speaking on condition of anonymity',
      kind: 'anonymous',
      via: 'anonymous',
    });
  });

  it('people familiar with the matter stay anonymous', () => {
    const text =
      'The company is preparing to sell its shipping arm, people familiar with the matter said.';
    expect(resolution(text, 'The company')).toMatchObject({ kind: 'anonymous' });
  });

  it('a plural description is a group', () => {
    const text = 'Economists at the bank said inflation had peaked.';
    expect(resolution(text, 'inflation')).toMatchObject({ kind: 'group' });
  });

  it('the government as a description', () => {
    expect(
      about('The Polish government said the border would stay open.', 'the border'),
    ).toMatchObject({
      speaker: 'Polish government',
    });
  });
});
