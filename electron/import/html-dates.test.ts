// Dates as pages write them: machine stamps keep their own date part (no time zone applied),
// visible datelines in several languages and orders, URLs, and dates without a year.
import { describe, expect, it } from 'vitest';
import { dateFromStamp, dateFromText, dateFromUrl, yearFromUrl } from './html-dates';

describe('dateFromStamp', () => {
  it.each([
    ['2019-01-03T07:00:02.000Z', '2019-01-03'],
    ['2017-01-13T00:00:04-05:00', '2017-01-13'],
    ['2015-03-11T19:46:14Z', '2015-03-11'],
    ['2021-11-01T10:52:50+0100', '2021-11-01'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['2016-12-01T23:29:49.000Z', '2016-12-01'],
    ['20170113', '2017-01-13'],
    ['20170113033838', '2017-01-13'],
    ['2017/01/13', '2017-01-13'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['Thu, 03 Jan 2019 02:00:02 -0500', '2019-01-03'],
    ['Jan. 13, 2017', '2017-01-13'],
    ['2017-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (stamp, expected) => {
    expect(dateFromStamp(stamp)).toBe(expected);
  });
});

describe('dateFromText', () => {
  it.each([
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', '2015-03-11'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['Sept. 25, 2018', '2018-09-25'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03'],
    ['16 November 2017 • 2:15pm', '2017-11-16'],
    ['22 Dec, 2016', '2016-12-22'],
    ['04.05.2015 à 13h36', '2015-05-04'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', '2015-02-26'],
    ['26/02/2015', '2015-02-26'],
    ['2017年3月9日 18時45分', '2017-03-09'],
    ['le 4 mai 2015', '2015-05-04'],
    ['1. listopadu 2021', '2021-11-01'],
    ['3 de mayo de 2015', '2015-05-03'],
    ['Published 2018-04-05', '2018-04-05'],
    ['1:39 PM ET', null],
    ['před 2 hodinami', null],
  ])('%s → %s', (text, expected) => {
    expect(dateFromText(text)).toBe(expected);
  });

  it('reads d/m/y for pages outside the United States', () => {
    expect(dateFromText('03/02/2015', { monthFirst: false })).toBe('2015-02-03');
    expect(dateFromText('03/02/2015', { monthFirst: true })).toBe('2015-03-02');
  });

  it('takes the year from elsewhere when the text shows none', () => {
    expect(dateFromText('March 18 at 3:57 PM', { defaultYear: 2015 })).toBe('2015-03-18');
    expect(dateFromText('3/9(木) 18:45配信', { defaultYear: 2017 })).toBe('2017-03-09');
    expect(dateFromText('March 18 at 3:57 PM')).toBeNull();
  });
});

describe('dates in URLs', () => {
  it.each([
    ['http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/', '2015-02-26'],
    ['https://example.com/news/2019-04-30/neon', '2019-04-30'],
    ['http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci', '2017-03-09'],
    ['https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', '2017-01-13'],
    ['https://www.citylab.com/design/2019/04/neon-signage/588400/', null],
    ['https://example.com/story-fni0fha6-1227261886014', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it('finds a year in a path', () => {
    expect(
      yearFromUrl('http://www.washingtonpost.com/world/x/2015/03/18/00202e76_story.html'),
    ).toBe(2015);
    expect(yearFromUrl('https://example.com/about')).toBeNull();
  });
});
