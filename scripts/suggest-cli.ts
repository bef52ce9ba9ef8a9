// Command-line quote suggestions: runs the engine the app uses (shared/suggest) on one UTF-8
// text file. `npm run --silent suggest -- --json FILE` prints one JSON object,
// {"quotes":[{start,end,kind,cue:{start,end}|null,speaker:{text,start,end}|null}]}, with
// JavaScript string offsets into the file's text (end exclusive). speaker.text is the name the
// speaker resolves to inside the article ("Steve Witkoff" for "Mr. Witkoff", "Rustem Umerov"
// for "he"), its offsets those of the mention as written, and speaker.mention that mention.
// Without --json, a readable listing. Exit 0 on success, 1 on an unreadable file, 2 on usage.
import { readFile } from 'node:fs/promises';
import { suggestQuotes } from '../shared/suggest/index';
import { toPrediction } from '../shared/suggest/output';
import type { QuoteSuggestion } from '../shared/suggest/types';

const USAGE = 'usage: npm run --silent suggest -- [--json] FILE.txt\n';

/** The text of a file: UTF-8, a byte-order mark dropped, invalid bytes refused. */
async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function listing(quotes: readonly QuoteSuggestion[]): string {
  if (quotes.length === 0) return 'No quotes found.\n';
  const lines: string[] = [];
  quotes.forEach((q, i) => {
    const who = q.speaker
      ? q.speaker.resolved && q.speaker.resolved.name !== q.speaker.text
        ? `${q.speaker.resolved.name} ("${q.speaker.text}")`
        : q.speaker.text
      : '—';
    lines.push(
      `${i + 1}. [${q.kind}] ${q.content.start}-${q.content.end} "${clip(q.content.text, 90)}"`,
    );
    lines.push(`   speaker: ${who}${q.speaker?.resolved ? `, ${q.speaker.resolved.kind}` : ''}`);
    lines.push(`   cue:     ${q.cue ? `"${q.cue.text}"` : '—'}`);
    if (q.source) {
      lines.push(
        `   source:  ${q.source.kind === 'existing' ? `existing ${q.source.name}` : `new ${q.source.sourceKind} "${q.source.name}"${q.source.role ? `, ${q.source.role}` : ''}`}`,
      );
    }
    lines.push(`   why:     ${q.reason} (confidence ${q.confidence.toFixed(2)})`);
  });
  return `${lines.join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = args[0]!;
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const message = error instanceof TypeError ? 'not valid UTF-8 text' : (error as Error).message;
    process.stderr.write(`suggest: cannot read ${file}: ${message}\n`);
    return 1;
  }
  const quotes = suggestQuotes(text);
  process.stdout.write(
    json ? `${JSON.stringify({ quotes: quotes.map(toPrediction) })}\n` : listing(quotes),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
