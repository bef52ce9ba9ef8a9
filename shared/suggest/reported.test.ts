// Reported speech and partial quotes, one pattern per case, on news sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { about, briefs } from './testing';

describe('reported speech', () => {
  it('X said that …', () => {
    const text =
      'Anna Kowalczyk, the finance minister, said that the deficit would shrink next year.';
    expect(about(text, 'the deficit would')).toMatchObject({
      kind: 'indirect',
      content: 'the deficit would shrink next year',
      cue: 'said',
      speaker: 'Anna Kowalczyk',
    });
  });

  it('X said … without "that"', () => {
    const text = 'Mr. Reyes said the factory would close by the end of the month.';
    expect(about(text, 'the factory')).toMatchObject({
      content: 'the factory would close by the end of the month',
      cue: 'said',
      mention: 'Mr. Reyes',
      speaker: 'Reyes',
    });
  });

  it('X said on Friday in an interview with … that …: the adjuncts are not the content', () => {
    const text =
      'Sofia Brennan said on Friday in an interview with the Irish Times that the strike would go ahead.';
    expect(about(text, 'the strike')).toMatchObject({
      content: 'the strike would go ahead',
      speaker: 'Sofia Brennan',
    });
  });

  it('X told reporters …', () => {
    const text = 'The police chief, Marek Tkachenko, told reporters the suspect had been released.';
    expect(about(text, 'the suspect')).toMatchObject({
      cue: 'told reporters',
      content: 'the suspect had been released',
      speaker: 'Marek Tkachenko',
    });
  });

  it('X, who …, said …', () => {
    const text =
      'Grace Mwangi, who has run the clinic since 2009, said the new rules would force it to close.';
    expect(about(text, 'the new rules')).toMatchObject({ cue: 'said', speaker: 'Grace Mwangi' });
  });

  it('an introductory phrase before the speaker: In 2021, X, the …, said …', () => {
    const text =
      'In 2021, Hamid Karimi, the head of the refugee council, said the camps were full.';
    expect(about(text, 'the camps')).toMatchObject({ speaker: 'Hamid Karimi' });
  });

  it('…, officials said. (attribution at the end)', () => {
    const text = 'The ferry will not sail until the storm has passed, officials said.';
    expect(about(text, 'The ferry')).toMatchObject({
      kind: 'indirect',
      content: 'The ferry will not sail until the storm has passed',
      cue: 'said',
      speaker: 'officials',
    });
  });

  it('…, officials said late Thursday. (a time after the cue)', () => {
    const text = 'The embassy will reopen next week, officials said late Thursday.';
    expect(about(text, 'The embassy')).toMatchObject({
      content: 'The embassy will reopen next week',
    });
  });

  it('…, said X, the … (inverted)', () => {
    const text = 'The harvest is the worst in a decade, said Ines Albrecht, a farmer near Kassel.';
    expect(about(text, 'The harvest')).toMatchObject({ cue: 'said', speaker: 'Ines Albrecht' });
  });

  it('a parenthetical attribution inside the statement: The problem, he said, was …', () => {
    const text = 'The problem, Mr. Lindgren said, was that nobody had read the contract.';
    expect(about(text, 'nobody had read')).toMatchObject({
      content: 'The problem, Mr. Lindgren said, was that nobody had read the contract',
      speaker: 'Lindgren',
    });
  });

  it('He added that …: "added" is the cue of its own sentence only', () => {
    const text =
      'Mr. Osei said the port had reopened. He added that the cranes were still being repaired.';
    expect(about(text, 'the port had reopened')).toMatchObject({ cue: 'said', speaker: 'Osei' });
    expect(about(text, 'the cranes')).toMatchObject({
      cue: 'added',
      mention: 'He',
      speaker: 'Osei',
    });
  });

  it('X wrote on social media that …', () => {
    const text = 'Yulia Hrytsenko wrote on social media that the shelter had no heating.';
    expect(about(text, 'the shelter')).toMatchObject({
      cue: 'wrote on social media',
      content: 'the shelter had no heating',
    });
  });

  it('…, saying that … (a participle takes the subject of the sentence)', () => {
    const text =
      'The airline cancelled 200 flights on Sunday, saying that the strike had left it without pilots.';
    expect(about(text, 'the strike had left')).toMatchObject({
      cue: 'saying',
      speaker: 'airline',
    });
  });

  it('a reported statement in a subordinate clause ends at its comma', () => {
    const text =
      'After the ministry said that talks would resume, the unions called off the strike.';
    expect(about(text, 'talks would resume')).toMatchObject({
      content: 'talks would resume',
      speaker: 'ministry',
    });
  });

  it('a statement reported inside another is its own suggestion', () => {
    const text = 'He told me that Dean Ellis told him that the funding had been cut.';
    const found = briefs(text);
    expect(found.map((b) => b.cue)).toEqual(['told me', 'told him']);
  });
});

describe('according to', () => {
  it('According to X, …', () => {
    const text = 'According to the World Bank, growth will slow to 2 percent.';
    expect(about(text, 'growth will slow')).toMatchObject({
      kind: 'indirect',
      content: 'growth will slow to 2 percent',
      cue: 'According to',
      speaker: 'World Bank',
    });
  });

  it('…, according to X.', () => {
    const text =
      'The bridge carries 40,000 cars a day, according to the city’s transport department.';
    expect(about(text, 'The bridge')).toMatchObject({
      content: 'The bridge carries 40,000 cars a day',
      cue: 'according to',
    });
  });

  it('an organisation’s voice: according to the ministry’s statement', () => {
    const text = 'Ten soldiers were wounded, according to the Defense Ministry’s statement.';
    const s = about(text, 'Ten soldiers');
    expect(s?.speaker).toBe('Defense Ministry');
  });
});

describe('partial quotes', () => {
  it('a quoted fragment in a reported clause makes a partial quote of the clause', () => {
    const text = 'Mr. Haddad said the proposal was “dead on arrival” in the Senate.';
    expect(about(text, 'dead on arrival')).toMatchObject({
      kind: 'partial',
      content: 'the proposal was “dead on arrival” in the Senate',
      cue: 'said',
      speaker: 'Haddad',
    });
  });

  it('X called Y “…”', () => {
    const text = 'The opposition leader, Carla Mendes, called the budget “a work of fiction.”';
    expect(about(text, 'a work of fiction')).toMatchObject({
      kind: 'partial',
      cue: 'called',
      speaker: 'Carla Mendes',
    });
  });

  it('a single quoted word: were “likely” to meet', () => {
    const text = 'Officials said the two leaders were “likely” to meet before the summit.';
    expect(about(text, 'likely')).toMatchObject({ kind: 'partial', speaker: 'Officials' });
  });

  it('the journalist’s gloss after a dash is not part of the quote', () => {
    const text =
      'The ministry says it wants to “restore order” — in effect, a ban on the protests.';
    expect(about(text, 'restore order')).toMatchObject({
      kind: 'partial',
      content: 'it wants to “restore order”',
    });
  });
});

describe('what is not reported speech', () => {
  it.each([
    ['negation', 'The minister did not say whether the tax would rise.'],
    ['a passive', 'The workers were told to leave the building.'],
    ['"called for"', 'Several governments called for a ceasefire on Sunday.'],
    ['"wrote" a book', 'She wrote a biography of the composer in 1998.'],
    ['a noun "notes"', 'The explanatory notes run to forty pages.'],
    ['cognition', 'Many residents believe the plant is unsafe.'],
    ['first person', 'I said that the road was closed.'],
    ['"to say"', 'It is too early to say whether the repairs will work.'],
  ])('%s', (_name, text) => {
    expect(briefs(text)).toEqual([]);
  });
});
