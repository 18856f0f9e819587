import { check } from '../../check.js';
import { evaluate, type CorpusArticle, type Tally } from '../../eval/evaluate.js';
import type { ArticleReport } from '../../types.js';
import { parse, oneOf, UsageError } from '../args.js';
import { expandPaths, inputErrorLine, InputProblem, readJson, rethrow } from '../files.js';
import type { Io } from '../io.js';

export const EVAL_HELP = `Usage: calque eval CORPUS_DIR [options]

Checks every article of an annotated corpus and scores the issues against its gold
errors: precision, recall and F1, overall, by category and by severity. An issue finds
a gold error when their spans overlap and the issue is at most max(4 x, +150 chars) the
error's length (the corpus schema's rule).

Options:
  --verbose, -v       list the misses and the false positives
  --format text|json  output format (default: text)
  --min-f1 N          exit 1 when F1 is below N (for CI)
  -h, --help          this help`;

const fmt = (t: Record<string, Tally>) => Object.entries(t).sort().map(([k, v]) => `${k} ${v.found}/${v.gold}`).join(', ');

export function runEval(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, {
    verbose: { type: 'boolean', short: 'v' },
    format: { type: 'string' },
    'min-f1': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(EVAL_HELP + '\n');
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length !== 1) throw new UsageError('eval takes one corpus directory');
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) throw new UsageError(`--min-f1 must be a number from 0 to 1; got "${values['min-f1']}"`);

  const { files, problems } = expandPaths(positionals);
  let bad = problems.length;
  for (const p of problems) io.err(`calque: ${p.file}: ${p.message}\n`);
  const corpus: CorpusArticle[] = [];
  const reports = new Map<string, ArticleReport>();
  for (const file of files) {
    try {
      const doc = readJson(file) as CorpusArticle;
      const report = check(doc);
      if (typeof doc.id !== 'string') throw new InputProblem(file, 'has no "id"');
      if (!doc.versions.every((v) => Array.isArray(v.errors))) throw new InputProblem(file, 'is not annotated: every version needs "errors"');
      corpus.push(doc);
      reports.set(doc.id, report);
    } catch (e) {
      bad++;
      io.err(`calque: ${inputErrorLine(e, file) ?? rethrow(e)}\n`);
    }
  }
  if (bad > 0) return 2;
  const r = evaluate(corpus, reports);
  if (format === 'json') {
    io.out(JSON.stringify(r, null, 2) + '\n');
  } else {
    const versions = corpus.reduce((n, d) => n + d.versions.length, 0);
    const lines = [`calque eval ${positionals[0]}: ${corpus.length} articles, ${versions} versions`];
    if (values.verbose) {
      lines.push('misses:', ...r.misses.map((m) => '  ' + m), 'false positives:', ...r.falsePositiveList.map((m) => '  ' + m));
    }
    lines.push(
      `recall by severity: ${fmt(r.recallBySeverity)}`,
      `recall by category: ${fmt(r.recallByCategory)}`,
      `precision by category: ${Object.entries(r.precisionByCategory).sort().map(([k, v]) => `${k} ${v.good}/${v.flagged}`).join(', ') || '(no issues)'}`,
      `clean versions: ${r.cleanFalsePositivesPer1kWords ?? '-'} false positives per 1,000 words; duplicates: ${r.duplicates}`,
      `precision=${r.precision} recall=${r.recall} f1=${r.f1} gold=${r.gold} found=${r.found} flagged=${r.flagged} falsePositives=${r.falsePositives}`,
    );
    io.out(lines.join('\n') + '\n');
  }
  if (minF1 !== undefined && r.f1 < minF1) {
    io.err(`calque: F1 ${r.f1} is below the minimum ${minF1}\n`);
    return 1;
  }
  return 0;
}
