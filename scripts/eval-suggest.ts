// `npm run eval:suggest`: scores the quote suggestions on the attribution dev set kept outside the
// repository (../shared/data/attribution-dev, or ATTRIBUTION_DEV_DIR), the way its README says:
// predictions as JSON lines, scored by the set's own score.mjs, overall and per genre. Then
// checks the sample article: every direct quote found with its speaker and cue.
// Options: --wink lets wink-nlp's model tag the words the lexicon cannot place, --wink=all
// takes all of its tags (both for comparison; the engine itself uses the lexicon). Exit 0 when
// the sample checks pass, 1 when one fails or the scorer fails, 2 when the data set is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestQuotes } from '../shared/suggest/index';
import type { EngineOptions } from '../shared/suggest/index';
import { toPrediction } from '../shared/suggest/output';
import { checkSample } from '../shared/suggest/sample-check';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENRES = ['bio', 'fiction', 'interview', 'letter', 'podcast'] as const;

interface GoldDoc {
  doc: string;
  genre: string;
  text: string;
  words: number;
}

interface Scores {
  quote_o30: { p: number; r: number; f1: number };
  quote_exact: { f1: number };
  cue_overlap: { f1: number };
  speaker: { acc: number | null; ok: number; n: number };
}

function score(data: string, gold: string, pred: string, json: string): Scores | null {
  const result = spawnSync(
    process.execPath,
    [path.join(data, 'score.mjs'), '--gold', gold, '--pred', pred, '--json', json],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    return null;
  }
  return (JSON.parse(readFileSync(json, 'utf8')) as { gum: Scores }).gum;
}

const f2 = (x: number | null | undefined): string => (x == null ? ' n/a' : x.toFixed(2));

/** --wink: wink-nlp decides the words the lexicon cannot place; --wink=all: every tag. */
async function options(): Promise<EngineOptions> {
  const flag = process.argv.find((a) => a === '--wink' || a === '--wink=all');
  if (!flag) return {};
  const { winkTagger } = await import('../shared/suggest/wink-tagger');
  return { tagger: winkTagger(flag === '--wink=all' ? 'all' : 'open') };
}

async function evalDevSet(engine: EngineOptions): Promise<number> {
  const data = path.resolve(
    process.env.ATTRIBUTION_DEV_DIR ?? path.join(ROOT, '..', 'shared', 'data', 'attribution-dev'),
  );
  console.log(`== attribution-dev (${data})${engine.tagger ? ' with wink-nlp tags' : ''}`);
  const goldFile = path.join(data, 'gold.jsonl');
  if (!existsSync(goldFile) || !existsSync(path.join(data, 'score.mjs'))) {
    console.log(`The attribution dev set is missing: no gold.jsonl or score.mjs in ${data}.`);
    console.log('Set ATTRIBUTION_DEV_DIR to its folder.');
    return 2;
  }
  const lines = readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const docs = lines.map((l) => JSON.parse(l) as GoldDoc);
  const out = await mkdtemp(path.join(os.tmpdir(), 'eval-suggest-'));
  const predictions: string[] = [];
  let words = 0;
  let ms = 0;
  for (const doc of docs) {
    // The .txt files hold exactly the gold text; read them as the command line would.
    const file = path.join(data, `${doc.doc}.txt`);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : doc.text;
    const started = performance.now();
    const quotes = suggestQuotes(text, engine).map(toPrediction);
    ms += performance.now() - started;
    words += doc.words;
    predictions.push(JSON.stringify({ doc: doc.doc, quotes }));
  }
  const predFile = path.join(out, 'preds.jsonl');
  await writeFile(predFile, `${predictions.join('\n')}\n`);
  console.log(
    `${docs.length} documents, ${words.toLocaleString('en')} words, ${(ms / (words / 1000)).toFixed(1)} ms per 1,000 words; predictions in ${predFile}`,
  );
  const rows: Array<[string, Scores | null]> = [
    ['all', score(data, goldFile, predFile, path.join(out, 'all.json'))],
  ];
  for (const genre of GENRES) {
    const genreGold = path.join(out, `gold-${genre}.jsonl`);
    await writeFile(
      genreGold,
      `${lines.filter((l) => (JSON.parse(l) as GoldDoc).genre === genre).join('\n')}\n`,
    );
    const genrePred = path.join(out, `preds-${genre}.jsonl`);
    const ids = new Set(docs.filter((d) => d.genre === genre).map((d) => d.doc));
    await writeFile(
      genrePred,
      `${predictions.filter((p) => ids.has((JSON.parse(p) as { doc: string }).doc)).join('\n')}\n`,
    );
    rows.push([genre, score(data, genreGold, genrePred, path.join(out, `${genre}.json`))]);
  }
  console.log('');
  console.log('  genre       quote F1@30  (P / R)       exact F1  cue F1  speaker acc');
  for (const [name, s] of rows) {
    if (!s) {
      console.log(`  ${name.padEnd(11)} (scorer failed)`);
      continue;
    }
    console.log(
      `  ${name.padEnd(11)} ${f2(s.quote_o30.f1).padStart(11)}  (${f2(s.quote_o30.p)} / ${f2(s.quote_o30.r)})  ${f2(s.quote_exact.f1).padStart(8)}  ${f2(s.cue_overlap.f1).padStart(6)}  ${f2(s.speaker.acc).padStart(5)} (${s.speaker.ok}/${s.speaker.n})`,
    );
  }
  return rows.every(([, s]) => s !== null) ? 0 : 1;
}

function evalSample(file: string, engine: EngineOptions): number {
  console.log(`\n== sample article (${path.relative(ROOT, file)})`);
  if (!existsSync(file)) {
    console.log(`missing: ${file}`);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const result = checkSample(text, suggestQuotes(text, engine));
  for (const line of result.lines) console.log(`  ${line}`);
  const byKind = (['direct', 'partial', 'indirect'] as const).map((kind) => {
    const lines = result.lines.filter((l) => l.slice(5).startsWith(kind));
    return `${kind} ${lines.filter((l) => l.startsWith('ok')).length}/${lines.length}`;
  });
  console.log(
    `  ${result.passed}/${result.total} expectations hold (${byKind.join(', ')}; each with its speaker and cue)`,
  );
  return result.passed === result.total ? 0 : 1;
}

async function main(): Promise<number> {
  const engine = await options();
  const dev = await evalDevSet(engine);
  const handout = evalSample(
    path.join(ROOT, '..', 'shared', 'articles', 'riyadh-ceasefire-talks.txt'),
    engine,
  );
  const bundled = evalSample(
    path.join(ROOT, 'resources', 'sample', 'riyadh-ceasefire-talks.txt'),
    engine,
  );
  if (dev === 1 || handout === 1 || bundled !== 0) return 1;
  return dev === 2 ? 2 : 0;
}

process.exitCode = await main();
