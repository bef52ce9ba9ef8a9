// Direct quotations and their attribution, one rule per case, on news sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { about, briefs } from './testing';

describe('direct quotes: attribution after the quotation', () => {
  it('“…,” he said', () => {
    const text =
      'Marta Lindqvist, the port’s director, toured the docks on Monday. “We lost three days of loading,” she said.';
    expect(about(text, 'We lost three days')).toMatchObject({
      kind: 'direct',
      content: 'We lost three days of loading',
      cue: 'said',
      mention: 'she',
      speaker: 'Marta Lindqvist',
    });
  });

  it('“…,” said X, an appositive', () => {
    const text =
      '“The reservoir is at its lowest level since 1976,” said Tomás Herrera, a hydrologist with the regional water authority.';
    expect(about(text, 'The reservoir')).toMatchObject({
      kind: 'direct',
      cue: 'said',
      speaker: 'Tomás Herrera',
    });
  });

  it('“…,” X, a long appositive with a relative clause, said in an interview', () => {
    const text =
      '“Nobody will sign that,” Piotr Nowak, a former deputy trade minister who led the 2019 talks, said in an interview.';
    expect(about(text, 'Nobody will sign')).toMatchObject({
      cue: 'said in an interview',
      speaker: 'Piotr Nowak',
    });
  });

  it('a question or exclamation before the attribution stays one sentence', () => {
    const text = '“Who pays for the repairs?” Councillor Ruth Abebe asked. The room went quiet.';
    expect(about(text, 'Who pays')).toMatchObject({ cue: 'asked', speaker: 'Ruth Abebe' });
  });

  it('a cue with the medium: “…,” he wrote on social media', () => {
    const text =
      'Oleksandr Petrenko, the regional governor, visited the site. “The shelling lasted all night,” he wrote on social media.';
    expect(about(text, 'The shelling')).toMatchObject({
      cue: 'wrote on social media',
      speaker: 'Oleksandr Petrenko',
    });
  });

  it('a cue with the person told: “…,” Mr. X told Reuters', () => {
    const text =
      'Daniel Okafor runs the largest cocoa cooperative in the region. “Prices have never been this high,” Mr. Okafor told Reuters.';
    expect(about(text, 'Prices have never')).toMatchObject({
      cue: 'told Reuters',
      mention: 'Mr. Okafor',
      speaker: 'Daniel Okafor',
    });
  });
});

describe('direct quotes: attribution before the quotation', () => {
  it('He added, “…”', () => {
    const text =
      'The mayor, Helen Brandt, said the bridge would reopen in May. She added, “We owe the commuters an apology.”';
    expect(about(text, 'We owe the commuters')).toMatchObject({
      kind: 'direct',
      cue: 'added',
      speaker: 'Helen Brandt',
    });
  });

  it('X wrote: “…”', () => {
    const text =
      'In a letter to shareholders, Ingrid Solberg wrote: “This was the hardest year in our history.”';
    expect(about(text, 'This was the hardest')).toMatchObject({
      cue: 'wrote',
      speaker: 'Ingrid Solberg',
    });
  });

  it('a block quotation opened in the paragraph after a colon', () => {
    const text =
      'The statement from the ministry read:\n\n“All flights are suspended until further notice.”';
    expect(about(text, 'All flights')).toMatchObject({ kind: 'direct', cue: 'read' });
  });

  it('a one-word quotation after "said,"', () => {
    const text = 'Asked whether he would resign, the chairman, Viktor Hartmann, said, “Never.”';
    expect(about(text, 'Never')).toMatchObject({ kind: 'direct', speaker: 'Viktor Hartmann' });
  });
});

describe('direct quotes: split, continued and spanning paragraphs', () => {
  it('“…,” she said, “…” gives both halves the same speaker and cue', () => {
    const text = '“The vote was close,” Senator Amara Diallo said, “but the result is clear.”';
    const found = briefs(text);
    expect(found).toHaveLength(2);
    expect(found.map((b) => [b.content, b.cue, b.speaker])).toEqual([
      ['The vote was close', 'said', 'Amara Diallo'],
      ['but the result is clear.', 'said', 'Amara Diallo'],
    ]);
  });

  it('a quotation that continues the previous sentence takes its speaker and cue', () => {
    const text =
      '“We expected rain, not this,” Ms. Haddad told the BBC. “The river rose two metres in an hour.” Rescue crews arrived later.';
    expect(about(text, 'The river rose')).toMatchObject({
      kind: 'direct',
      cue: 'told the BBC',
      mention: 'Ms. Haddad',
    });
  });

  it('does not continue a quotation into the next paragraph', () => {
    const text = '“We are ready,” the coach said.\n\n“Are they?” The crowd was not so sure.';
    expect(about(text, 'Are they')).toBeUndefined();
  });

  it('a quotation running through two paragraphs is one suggestion', () => {
    const text =
      'Leila Moreno, who chairs the committee, spoke for an hour. “The budget has a hole in it,” she said. “Nobody wants to say how big.\n\n“We will find out in March.”';
    const s = about(text, 'Nobody wants');
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Leila Moreno' });
    expect(s!.content).toContain('We will find out in March.');
  });

  it('a quotation with the reporter’s words before it is partial: X is “…,” he said', () => {
    const text =
      'The new law is “a gift to the landlords,” said Kwame Mensah, a tenants’ advocate.';
    expect(about(text, 'a gift to')).toMatchObject({
      kind: 'partial',
      content: 'The new law is “a gift to the landlords,”',
      speaker: 'Kwame Mensah',
    });
  });
});

describe('direct quotes: what is not suggested', () => {
  it('a scare quote with no attribution', () => {
    expect(briefs('The so-called “reform” left most rules unchanged.')).toEqual([]);
  });

  it('a title in quotation marks', () => {
    expect(briefs('The album “Northern Lights” sold well in Norway.')).toEqual([]);
  });

  it('the narrator speaking in the first person', () => {
    expect(briefs('“Thank you,” I said, and closed the door.')).toEqual([]);
  });
});
