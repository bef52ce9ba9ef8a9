// What the engine must get right on the bundled sample article (resources/sample): every direct
// quote with its speaker and cue, the partial quotes as partial, and the reported statements
// the issue names. Shared by the unit test and `npm run eval:suggest`.
import type { QuoteSuggestion, SuggestedQuoteKind } from './types';

export interface SampleExpectation {
  /** Words the suggestion's content contains (the first occurrence in the article). */
  find: string;
  kind: SuggestedQuoteKind;
  speaker: string;
  cue: string;
  /** A word the conduit contains, when one is expected. */
  conduit?: string;
}

export const SAMPLE_EXPECTATIONS: readonly SampleExpectation[] = [
  // Direct quotes.
  {
    find: 'The discussion was productive',
    kind: 'direct',
    speaker: 'Rustem Umerov',
    cue: 'wrote on social media',
  },
  {
    find: 'There is a view within the country',
    kind: 'direct',
    speaker: 'Steve Witkoff',
    cue: 'told Fox News',
  },
  {
    find: 'There are referendums within these territories',
    kind: 'direct',
    speaker: 'Steve Witkoff',
    cue: 'told Fox News',
  },
  {
    find: 'I do not believe in a cease-fire',
    kind: 'direct',
    speaker: 'Kostyantyn Yeliseev',
    cue: 'said in an interview',
  },
  { find: 'Both sides still believe', kind: 'direct', speaker: 'Dmitry Kuznets', cue: 'said' },
  { find: 'visions of what an agreement', kind: 'direct', speaker: 'Dmitry Kuznets', cue: 'added' },
  // Partial quotes: quoted fragments inside reported speech.
  { find: 'very problematic person', kind: 'partial', speaker: 'Kyrylo Budanov', cue: 'called' },
  {
    find: 'the key condition for preventing',
    kind: 'partial',
    speaker: 'Vladimir V. Putin',
    cue: 'calling',
    conduit: 'readout',
  },
  { find: 'eliminate the root causes', kind: 'partial', speaker: 'Kremlin', cue: 'says' },
  { find: '“likely”', kind: 'partial', speaker: 'Steve Witkoff', cue: 'said' },
  // Reported speech.
  {
    find: 'the talks on Sunday had begun',
    kind: 'indirect',
    speaker: 'Rustem Umerov',
    cue: 'said',
  },
  {
    find: 'might hold additional discussions',
    kind: 'indirect',
    speaker: 'A Ukrainian official, speaking on condition of anonymity',
    cue: 'said',
  },
  {
    find: 'the ultimate goal of the talks',
    kind: 'indirect',
    speaker: 'Steve Witkoff',
    cue: 'said',
  },
  {
    find: 'Mr. Putin had personally selected',
    kind: 'indirect',
    speaker: 'Dmitri S. Peskov',
    cue: 'said',
  },
  {
    find: 'Ukraine had prepared a list',
    kind: 'indirect',
    speaker: 'Volodymyr Zelensky',
    cue: 'said',
  },
  {
    find: 'a third party would have to monitor',
    kind: 'indirect',
    speaker: 'Volodymyr Zelensky',
    cue: 'added',
  },
  { find: 'the team included deputy foreign', kind: 'indirect', speaker: 'Ukrinform', cue: 'said' },
  {
    find: 'military aid and intelligence sharing',
    kind: 'indirect',
    speaker: 'White House',
    cue: 'said',
  },
];

export interface SampleCheck {
  passed: number;
  total: number;
  /** One line per expectation: ok or what differed. */
  lines: string[];
}

/** Checks the suggestions for the sample article against SAMPLE_EXPECTATIONS. */
export function checkSample(text: string, suggestions: readonly QuoteSuggestion[]): SampleCheck {
  const lines: string[] = [];
  let passed = 0;
  for (const e of SAMPLE_EXPECTATIONS) {
    const at = text.indexOf(e.find);
    const s = suggestions.find((q) => q.content.start <= at && at < q.content.end);
    const problems: string[] = [];
    if (at < 0) problems.push('not in the text');
    else if (!s) problems.push('not found');
    else {
      if (s.kind !== e.kind) problems.push(`kind ${s.kind}`);
      const name = s.speaker?.resolved?.name ?? s.speaker?.text ?? '(none)';
      if (name !== e.speaker) problems.push(`speaker ${name}`);
      if (s.cue?.text !== e.cue) problems.push(`cue ${s.cue?.text ?? '(none)'}`);
      if (e.conduit && !s.conduit?.text.includes(e.conduit)) problems.push('no conduit');
    }
    if (problems.length === 0) passed++;
    lines.push(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${e.kind.padEnd(8)} "${e.find}" → ${e.speaker}, cue "${e.cue}"${problems.length ? ` — got ${problems.join(', ')}` : ''}`,
    );
  }
  return { passed, total: SAMPLE_EXPECTATIONS.length, lines };
}
