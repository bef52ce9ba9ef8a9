// Benchmark of the quote suggestions: milliseconds per 1,000 words in process (target ≤ 50 ms)
// and a 10,000-word article end to end through the command line (target < 1 s). The article is
// generated here from news-style templates (quotes of every style, reported speech, pronouns,
// anonymous sources), so the numbers do not depend on any data set.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { suggestQuotes } from '../shared/suggest/index';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const WORDS = 10_000;
const RUNS = 5;
const CLI_RUNS = 3;

/** Deterministic pseudo-random numbers, so every run builds the same article. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Marek',
  'Olena',
  'James',
  'Sofia',
  'Tomasz',
  'Leila',
  'Daniel',
  'Ingrid',
  'Viktor',
];
const LAST = [
  'Kowalczyk',
  'Haddad',
  'Brennan',
  'Lindqvist',
  'Moreno',
  'Tkachenko',
  'Okafor',
  'Reyes',
  'Novak',
  'Hartmann',
];
const ROLES = [
  'the finance minister',
  'a senior economist at the central bank',
  'the mayor of the port city',
  'a spokeswoman for the ministry',
  'the head of the dockworkers’ union',
];
const ORGS = [
  'the Finance Ministry',
  'the central bank',
  'the port authority',
  'the European Commission',
];
const CLAUSES = [
  'the new tariffs would take effect in the spring',
  'negotiations with the unions had stalled over pensions',
  'the budget gap was wider than the government had admitted',
  'inflation would ease before the end of the year',
  'the ferry service would resume once the storm had passed',
  'the inquiry had found no evidence of wrongdoing',
];
const QUOTES = [
  'We are not going to raise taxes on working families this year',
  'Nobody expected the harbour to freeze this early, and we were not ready for it',
  'This is the most difficult budget I have worked on in two decades',
  'The numbers simply do not add up, whatever the ministry says',
  'We will keep talking for as long as it takes',
];
const FILLER = [
  'The port handles about a third of the country’s grain exports.',
  'Ships queued outside the harbour for most of the week, and freight rates rose sharply.',
  'The dispute began in March, when the government announced a review of the pension system.',
  'Analysts had expected a smaller deficit after two years of strong growth.',
];

const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)]!;

/** About `words` words of news-style paragraphs, each with a quote or a reported statement. */
export function buildArticle(words: number, seed = 7): string {
  const rand = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const first = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const role = pick(rand, ROLES);
    const quote = pick(rand, QUOTES);
    const clause = pick(rand, CLAUSES);
    const styles: string[] = [
      `${first} ${last}, ${role}, said on Tuesday that ${clause}. “${quote},” ${rand() < 0.5 ? 'he' : 'she'} said. “${pick(rand, QUOTES)}.”`,
      `“${quote},” said ${first} ${last}, ${role}. Mr. ${last} added that ${clause}.`,
      `${pick(rand, ORGS)} said ${clause}, according to a statement. ${pick(rand, FILLER)}`,
      `A government official, speaking on condition of anonymity, told reporters that ${clause}. ${pick(rand, FILLER)}`,
      `„${quote}“, sagte ${first} ${last} — ${last} wrote on social media: «${pick(rand, QUOTES)}».`,
      `${pick(rand, FILLER)} ${first} ${last} called the plan “${pick(rand, ['reckless', 'a good first step', 'dead on arrival'])}” and warned that ${clause}.`,
      `But ${clause}, analysts said, with markets already pricing in a rate cut. ${pick(rand, FILLER)}`,
    ];
    const paragraph = pick(rand, styles);
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchSuggest(): Promise<string[]> {
  const text = buildArticle(WORDS);
  const words = text.split(/\s+/).length;
  const first = performance.now();
  suggestQuotes(text);
  const cold = performance.now() - first;
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    const started = performance.now();
    found = suggestQuotes(text).length;
    times.push(performance.now() - started);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const thousands = words / 1000;
  const perThousand = median(times) / thousands;
  const lines = [
    `Quote suggestions (a generated ${words.toLocaleString('en')}-word news article, ${found} suggestions):`,
    `  in process         median ${median(times).toFixed(0).padStart(5)} ms = ${perThousand.toFixed(1)} ms per 1,000 words (target ≤ 50) ${perThousand <= 50 ? 'ok' : 'OVER'}`,
    `                     CPU ${(median(cpu) / thousands).toFixed(1)} ms per 1,000 words; first run (cold) ${(cold / thousands).toFixed(1)} ms per 1,000 words`,
  ];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-suggest-'));
  try {
    const file = path.join(dir, 'article.txt');
    await writeFile(file, text);
    const cli = path.join(ROOT, 'scripts', 'suggest-cli.ts');
    const wall: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const started = performance.now();
      await run(process.execPath, ['--import', 'tsx', cli, '--json', file], {
        cwd: ROOT,
        maxBuffer: 64 << 20,
      });
      wall.push(performance.now() - started);
    }
    const npmWall: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const started = performance.now();
      await run('npm', ['run', '--silent', 'suggest', '--', '--json', file], {
        cwd: ROOT,
        maxBuffer: 64 << 20,
      });
      npmWall.push(performance.now() - started);
    }
    const cliMs = median(wall);
    lines.push(
      `  command line       median ${cliMs.toFixed(0).padStart(5)} ms for ${words.toLocaleString('en')} words, node + tsx + engine (target < 1000) ${cliMs < 1000 ? 'ok' : 'OVER'}`,
      `  npm run suggest    median ${median(npmWall).toFixed(0).padStart(5)} ms (the same, plus npm's own start-up)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
