import { alignArticle } from '../../align/index.js';
import { formatAlignment } from '../../report/align-text.js';
import { parse, UsageError } from '../args.js';
import { inputErrorLine, readJson, rethrow } from '../files.js';
import type { Io } from '../io.js';

export const ALIGN_HELP = `Usage: calque align ARTICLE.json [--lang LANG ...] [--format text|json]

Shows which source sentences each version sentence renders, as calque's checks see
them: one block per aligned pair, with its shape (1-1, 2-1, 1-2, 2-2; 1-0 for a source
sentence the version lacks, 0-1 for one it added) and a confidence from 0 to 1.

Options:
  --lang LANG      only this version (repeatable; default: every version)
  --format FORMAT  text (default) or json (the pairs with offsets and text, for tools)
  -h, --help       this help`;

export function runAlign(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string', multiple: true },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(ALIGN_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('align takes one article file');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const file = positionals[0]!;
  try {
    const article = readJson(file);
    const langs = values.lang;
    const result = alignArticle(article, langs ? { langs } : {});
    const missing = (langs ?? []).filter((l) => !result.versions.some((v) => v.lang === l));
    if (missing.length) {
      const have = (article as { versions: { lang: string }[] }).versions.map((v) => v.lang).join(', ');
      throw new UsageError(`${file} has no version "${missing.join('", "')}" (it has ${have})`);
    }
    io.out(values.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatAlignment(file, result, { color: io.color }) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    io.err(`calque: ${inputErrorLine(e, file) ?? rethrow(e)}\n`);
    return 2;
  }
}
