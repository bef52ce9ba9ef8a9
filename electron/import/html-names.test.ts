// Person names from bylines: lead-ins, lists, roles, dates, agencies and desks.
import { describe, expect, it } from 'vitest';
import { fixCase, judgeName, namesFromByline } from './html-names';

describe('namesFromByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['by: Laurie Oakes', ['Laurie Oakes']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By JANE DOE AND JOHN ROE', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['By Jane Doe, Games Editor', ['Jane Doe']],
    ['Jane Doe - Senior Correspondent', ['Jane Doe']],
    [
      'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
      ['Daniel Kahn Gillmor'],
    ],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['Gillian Mohney']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger', ['Martin Untersinger']],
    ['by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)', ['Eleanor Ainge Roy']],
    ['Aleš Vávra před 2 hodinami', ['Aleš Vávra']],
    ['Par Jean-Luc de la Tour', ['Jean-Luc de la Tour']],
    ['By Nelson D. Schwartz', ['Nelson D. Schwartz']],
    ['By Dr. Ann O’Brien', ['Ann O’Brien']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['Follow @erinmcunningham', []],
    ['devindra', []],
    ['https://www.theguardian.com/profile/eleanor-ainge-roy', []],
  ])('%s', (byline, names) => {
    expect(namesFromByline(byline).names).toEqual(names);
  });

  it.each([
    'AFP',
    'By TMZ Staff',
    'Our Foreign Staff',
    'BBC News',
    'The Associated Press',
    'Reuters',
    'Staff and wire reports',
  ])('%s credits an organisation, not a person', (byline) => {
    const found = namesFromByline(byline);
    expect(found.names).toEqual([]);
    if (byline !== 'AFP' && byline !== 'Reuters') expect(found.organization).toBe(true);
  });

  it('does not take the outlet for a person', () => {
    expect(namesFromByline('The Sample Times', 'The Sample Times')).toEqual({
      names: [],
      organization: true,
    });
  });
});

describe('judgeName', () => {
  it.each([
    ['Jane Doe', 'person'],
    ['Ludwig van Beethoven', 'person'],
    ['山田太郎', 'person'],
    ['ACLU Speech', 'organization'],
    ['Games Editor', 'organization'],
    ['jane doe', 'invalid'],
    ['Madonna', 'invalid'],
    ['A sentence that goes on for far too many words', 'invalid'],
  ] as const)('%s is %s', (name, verdict) => {
    expect(judgeName(name)).toBe(verdict);
  });
});

describe('fixCase', () => {
  it('title-cases names written in capitals only', () => {
    expect(fixCase('NATALIYA VASILYEVA')).toBe('Nataliya Vasilyeva');
    expect(fixCase('SUSIE O’BRIEN')).toBe('Susie O’Brien');
    expect(fixCase('NELSON D. SCHWARTZ')).toBe('Nelson D. Schwartz');
    expect(fixCase('Jean-Luc McDonald')).toBe('Jean-Luc McDonald');
  });
});
