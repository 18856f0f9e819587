import { lstatSync, writeFileSync } from 'node:fs';
import { check } from '../../check.js';
import { fix } from '../../fix.js';
import { formatWordDiff } from '../../report/word-diff.js';
import type { ArticleInput } from '../../types.js';
import { parse, UsageError } from '../args.js';
import { inputErrorLine, InputProblem, readJson, rethrow } from '../files.js';
import type { Io } from '../io.js';
import { DEFAULT_CONFIG, loadConfig } from '../config.js';

export const FIX_HELP = `Usage: calque fix ARTICLE.json [--lang LANG] [--diff | --write]

Applies the best suggestion of every issue in one version of an article and prints the
fixed text. Overlapping suggestions are never both applied; text without an issue is
never touched; fixing a fixed text changes nothing.

Options:
  --lang LANG   the version to fix (needed when the article has several)
  --diff        print a word diff of what changed ([-old-]{+new+}) instead of the text
  --write       write the fixed text back into ARTICLE.json (that file only)
  --config FILE a calque.config.json (default: ./calque.config.json when it exists)
  -h, --help    this help`;

export function runFix(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string' },
    diff: { type: 'boolean' },
    write: { type: 'boolean' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(FIX_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('fix takes one article file');
  if (values.diff && values.write) throw new UsageError('--diff and --write do not go together');
  const file = positionals[0]!;
  try {
    let options;
    try {
      options = loadConfig(values.config).options;
    } catch (e) {
      io.err(`calque: ${inputErrorLine(e, values.config ?? DEFAULT_CONFIG) ?? rethrow(e)}\n`);
      return 2;
    }
    const raw = readJson(file);
    const report = check(raw, options);
    const article = raw as ArticleInput;
    const langs = article.versions.map((v) => v.lang);
    const index = values.lang === undefined ? (langs.length === 1 ? 0 : -1) : langs.indexOf(values.lang);
    if (index < 0) {
      throw new UsageError(values.lang === undefined ? `${file} has versions ${langs.join(', ')}: choose one with --lang` : `${file} has no version "${values.lang}" (it has ${langs.join(', ')})`);
    }
    const before = article.versions[index]!.text;
    const result = fix(before, report.versions[index]!.issues);
    if (values.write) {
      article.versions[index]!.text = result.text;
      // --write edits the file named and nothing else: never through a symbolic link to
      // somewhere the user did not name.
      if (lstatSync(file).isSymbolicLink()) throw new InputProblem(file, 'is a symbolic link: --write only edits the file named, so give the real path');
      writeFileSync(file, JSON.stringify(raw, null, 2) + '\n');
      io.err(`calque: ${file}: ${result.edits.length} ${result.edits.length === 1 ? 'edit' : 'edits'} written to the ${langs[index]} version\n`);
    } else if (values.diff) {
      if (result.edits.length === 0) io.err(`calque: ${file}: nothing to change in the ${langs[index]} version\n`);
      else io.out(formatWordDiff(before, result.text, { color: io.color }) + '\n');
    } else {
      io.out(result.text.endsWith('\n') ? result.text : result.text + '\n');
    }
    return 0;
  } catch (e) {
    io.err(`calque: ${inputErrorLine(e, file) ?? rethrow(e)}\n`);
    return 2;
  }
}
