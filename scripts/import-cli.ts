// Command-line import: runs the very parsers the app uses on one file and prints what would be
// stored. `npm run --silent import -- --json FILE` prints one JSON object; without --json, a
// short human summary. Exit 0 on success, 1 on an import failure (message on stderr), 2 on usage.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { finishArticle } from '../electron/import/article';
import { parseFile } from '../electron/import/index';
import { ImportError } from '../electron/import/types';

async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--json');
  const json = argv.includes('--json');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write('usage: npm run --silent import -- [--json] FILE\n');
    return 2;
  }
  const file = args[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`import: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const name = path.basename(file);
  try {
    const article = finishArticle(await parseFile(name, bytes), name);
    const blocks = article.blocks.map((b) => ({
      kind: b.kind,
      text: article.text.slice(b.start, b.end),
      ...(b.page !== undefined ? { page: b.page } : {}),
    }));
    const m = article.metadata;
    if (json) {
      const out = {
        title: m.title,
        authors: m.authors,
        outlet: m.outlet,
        published: m.published,
        url: m.url,
        language: m.language,
        text: article.text,
        blocks,
        warnings: article.warnings,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(
        [
          `title:     ${m.title}`,
          `authors:   ${m.authors.join('; ') || '-'}`,
          `outlet:    ${m.outlet ?? '-'}`,
          `published: ${m.published ?? '-'}`,
          `url:       ${m.url ?? '-'}`,
          `language:  ${m.language ?? '-'}`,
          `blocks:    ${blocks.length} (${article.text.length.toLocaleString('en')} characters)`,
          ...article.warnings.map((w) => `warning:   ${w}`),
        ].join('\n') + '\n',
      );
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof ImportError
        ? error.message
        : `unexpected failure: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`import: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
