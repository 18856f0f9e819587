import { existsSync, writeFileSync } from 'node:fs';
import { applyBaseline, createBaseline, parseBaseline, type Baseline } from '../../baseline.js';
import { check } from '../../check.js';
import { formatHtml } from '../../report/html.js';
import { formatPretty } from '../../report/pretty.js';
import { toSarif } from '../../report/sarif.js';
import { formatSummary } from '../../report/summary.js';
import { formatJsonl, jsonlRecord } from '../../report/jsonl.js';
import { stdinLines } from '../lines.js';
import { checkFile, checkInWorkers, optionsFrom, type FileResult, type WorkerSettings } from '../pool.js';

/** From this many files on, a batch is checked in worker threads (--jobs). */
const PARALLEL_FROM = 8;
import type { CheckOptions } from '../../types.js';
import { rules as allRules } from '../../rules/index.js';
import type { ArticleInput, ArticleReport, Severity } from '../../types.js';
import { oneOf, parse, UsageError } from '../args.js';
import { articleName, expandPaths, inputErrorLine, InputProblem, readJson, readText, rethrow } from '../files.js';
import type { Io } from '../io.js';
import { DEFAULT_CONFIG } from '../config.js';

/** The baseline file calque reads from the working directory when none is given. */
const DEFAULT_BASELINE = 'calque.baseline.json';

export const CHECK_HELP = `Usage: calque check ARTICLE.json|DIR ... [options]
       calque check --source id.txt --version en=en.txt [--version fr=fr.txt ...]
       calque check --version en=page.txt          (no source: target-only checks)

Checks machine-translated versions of an article against its Indonesian source.
An article file is JSON: {"id"?, "source"?: {"lang": "id", "text"}, "versions": [{"lang", "text"}]}.
A directory is searched for .json files.

Options:
  -                            read articles as JSONL from standard input (one per line)
                               and print one report per line as each is checked
  --format pretty|json|jsonl|sarif|html
                               output format (default: pretty); sarif is SARIF 2.1.0 for
                               code-review tools; html is one self-contained review page
  --output FILE                write the report to FILE instead of standard output
  --fail-on minor|major|critical|none
                               exit 1 when an issue at or above this severity is found
                               (default: critical)
  --jobs N                     check files in N worker threads (default 1; batches of 8
                               files or more); output keeps the files' order
  --min-score N                exit 1 when a version's quality score (0-100) is below N
  --source FILE                the Indonesian source as a plain-text file
  --version LANG=FILE          a translated version as a plain-text file (repeatable;
                               alias --target)
  --id ID                      the article id, with --source/--version
  --min-confidence N           drop issues below this confidence, 0..1 (default 0)
  --disable RULE               turn a rule off (repeatable), e.g. --disable language/wrong
  --config FILE                a calque.config.json (default: ./calque.config.json when it
                               exists): rules on/off and severities, minConfidence, ignore,
                               glossary; see the README
  --baseline FILE              leave out the issues dismissed in this file (default:
                               ./calque.baseline.json when it exists)
  --update-baseline            dismiss every issue found now: add them to the baseline
                               file (created if missing) and leave them out
  --color / --no-color         force colours on or off (default: on for a terminal, off
                               when NO_COLOR is set)
  -h, --help                   this help

Exit codes: 0 nothing at or above --fail-on and no score under --min-score; 1 an issue at
or above it, or a score under it; 2 bad input or usage.`;

const RANK: Record<Severity | 'none', number> = { minor: 1, major: 2, critical: 3, none: 99 };

interface Checked { name: string; input: ArticleInput; report: ArticleReport; versionUris?: string[]; sourceUri?: string }

declare const __CALQUE_VERSION__: string;

/** A file path as a relative URI reference for SARIF: forward slashes, characters escaped. */
const fileUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

export function runCheck(argv: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    'min-score': { type: 'string' },
    source: { type: 'string' },
    version: { type: 'string', multiple: true },
    target: { type: 'string', multiple: true },
    id: { type: 'string' },
    'min-confidence': { type: 'string' },
    disable: { type: 'string', multiple: true },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    jobs: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(CHECK_HELP + '\n');
    return 0;
  }
  const format = oneOf('format', values.format, ['pretty', 'json', 'jsonl', 'sarif', 'html'] as const, 'pretty');
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 100)) throw new UsageError(`--min-score must be a number from 0 to 100; got "${values['min-score']}"`);
  const failOn = oneOf('fail-on', values['fail-on'], ['minor', 'major', 'critical', 'none'] as const, 'critical');
  const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be a number from 0 to 1; got "${values['min-confidence']}"`);
  const versionArgs = [...(values.version ?? []), ...(values.target ?? [])];
  const fromText = values.source !== undefined || versionArgs.length > 0;
  if (!fromText && positionals.length === 0) throw new UsageError('nothing to check: give article files or directories, or --source and --version');
  if (values.source !== undefined && versionArgs.length === 0) throw new UsageError('--source needs at least one --version LANG=FILE');
  // Flags win over the configuration; worker threads rebuild the same options from these settings.
  const settings: WorkerSettings = {
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
    disable: values.disable ?? [],
  };
  let options: CheckOptions;
  try {
    options = optionsFrom(settings);
  } catch (e) {
    io.err(`calque: ${inputErrorLine(e, values.config ?? DEFAULT_CONFIG) ?? rethrow(e)}\n`);
    return 2;
  }
  // One thread by default: on the 2-core machine we measure on, worker threads do not yet pay
  // off (see bench/RESULTS.md); --jobs turns them on.
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1; got "${values.jobs}"`);

  if (positionals.includes('-')) return checkStdin(positionals, format, failOn, options, io);

  const checked: Checked[] = [];
  const failed: string[] = [];
  let bad = 0;
  const fail = (line: string) => {
    bad++;
    failed.push(line);
    io.err(`calque: ${line}\n`);
  };
  const { files, problems } = expandPaths(positionals);
  for (const p of problems) fail(`${p.file}: ${p.message}`);
  const take = (r: FileResult) => {
    if (!r.ok) return fail(r.line);
    checked.push({
      name: articleName(r.file),
      input: r.input,
      report: r.report,
      versionUris: r.input.versions.map((_, k) => `${fileUri(r.file)}#/versions/${k}/text`),
      sourceUri: `${fileUri(r.file)}#/source/text`,
    });
  };
  // Worker threads pay off from a handful of files on; the results keep the files' order.
  if (jobs > 1 && files.length >= PARALLEL_FROM) {
    return checkInWorkers(files, settings, jobs).then((results) => {
      results.forEach(take);
      return finish();
    });
  }
  const progress = progressBar(io, files.length);
  for (const file of files) {
    take(checkFile(file, options));
    progress.tick();
  }
  progress.done();
  return finish();

  function finish(): number {
  if (fromText) {
    const label = values.source ?? versionArgs.map((v) => v.slice(v.indexOf('=') + 1)).join(', ');
    try {
      const input = articleFromTexts(values.source, versionArgs, values.id);
      checked.push({
        name: values.id ?? articleName(values.source ?? label),
        input,
        report: check(input, options),
        versionUris: versionArgs.map((v) => fileUri(v.slice(v.indexOf('=') + 1))),
        ...(values.source !== undefined ? { sourceUri: fileUri(values.source) } : {}),
      });
    } catch (e) {
      fail(inputErrorLine(e, label) ?? rethrow(e));
    }
  }

  const baselineFile = values.baseline ?? (values['update-baseline'] || existsSync(DEFAULT_BASELINE) ? DEFAULT_BASELINE : undefined);
  if (baselineFile !== undefined) {
    let baseline: Baseline | undefined;
    try {
      baseline = existsSync(baselineFile) || !values['update-baseline'] ? parseBaseline(readJson(baselineFile)) : undefined;
    } catch (e) {
      io.err(`calque: ${inputErrorLine(e, baselineFile) ?? rethrow(e)}\n`);
      return 2;
    }
    if (values['update-baseline']) {
      const before = baseline?.dismissed.length ?? 0;
      baseline = createBaseline(checked, baseline);
      writeFileSync(baselineFile, JSON.stringify(baseline, null, 2) + '\n');
      io.err(`calque: ${baselineFile}: ${baseline.dismissed.length - before} issues dismissed now, ${baseline.dismissed.length} in all\n`);
    }
    let dismissed = 0;
    for (const c of checked) {
      const applied = applyBaseline(c.report, c.input, c.name, baseline!);
      c.report = applied.report;
      dismissed += applied.dismissed;
    }
    if (dismissed > 0 && !values['update-baseline']) io.err(`calque: ${dismissed} ${dismissed === 1 ? 'issue' : 'issues'} dismissed by ${baselineFile}\n`);
  }

  // With --output the report goes to a file, whole, and never in colour.
  let written = '';
  const out = values.output === undefined ? (s: string) => io.out(s) : (s: string) => void (written += s);
  if (format === 'json') {
    const reports = checked.map((c) => c.report);
    if (reports.length > 0) out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
  } else if (format === 'sarif') {
    const version = typeof __CALQUE_VERSION__ === 'string' ? __CALQUE_VERSION__ : '0.0.0';
    out(JSON.stringify(toSarif(checked, allRules, version), null, 2) + '\n');
  } else if (format === 'jsonl') {
    out(formatJsonl(checked.map((c) => ({ report: c.report, id: c.name }))));
  } else if (format === 'html') {
    if (checked.length > 0) out(formatHtml(checked));
  } else if (checked.length > 0) {
    out(formatPretty(checked, { color: values['no-color'] ? false : values.color ?? (values.output === undefined && io.color) }));
  }
  // A batch ends with a summary table (pretty output only: other formats are for machines).
  if (format === 'pretty' && checked.length + failed.length > 1) out('\n' + formatSummary(checked, failed));
  if (values.output !== undefined && written !== '') {
    try {
      writeFileSync(values.output, written);
    } catch (e) {
      io.err(`calque: ${values.output}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  if (bad > 0) {
    if (checked.length > 0) io.err(`calque: ${bad} of ${bad + checked.length} inputs could not be checked\n`);
    return 2;
  }
  const worst = Math.max(0, ...checked.flatMap((c) => [...(c.report.source?.issues ?? []), ...c.report.versions.flatMap((v) => v.issues)]).map((i) => RANK[i.severity]));
  const belowScore = minScore !== undefined && checked.some((c) => c.report.versions.some((v) => v.score.quality < minScore));
  return worst >= RANK[failOn] || belowScore ? 1 : 0;
  }
}

function articleFromTexts(source: string | undefined, versions: readonly string[], id: string | undefined): ArticleInput {
  const article: ArticleInput = {
    versions: versions.map((spec) => {
      const eq = spec.indexOf('=');
      if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`--version takes LANG=FILE (e.g. en=article.en.txt); got "${spec}"`);
      const file = spec.slice(eq + 1);
      return { lang: spec.slice(0, eq), text: nonEmpty(file, readText(file)) };
    }),
  };
  if (source !== undefined) article.source = { lang: 'id', text: nonEmpty(source, readText(source)) };
  if (id !== undefined) article.id = id;
  return article;
}

function nonEmpty(file: string, text: string): string {
  if (text.trim() === '') throw new InputProblem(file, 'is empty');
  return text;
}

/**
 * `calque check -`: one article per line of standard input (JSONL), one report per line
 * out, in order, as each is checked: memory stays bounded however long the stream. A
 * bad line gets one line on stderr naming its number, and the stream goes on.
 */
function checkStdin(positionals: string[], format: string, failOn: Severity | 'none', options: CheckOptions, io: Io): number {
  if (positionals.length !== 1) throw new UsageError('"-" (articles as JSONL on standard input) cannot be mixed with files');
  if (format !== 'jsonl' && format !== 'pretty') throw new UsageError('with "-" the output is JSONL, one report per line: leave out --format or give --format jsonl');
  let bad = 0;
  let worst = 0;
  let n = 0;
  for (const line of stdinLines()) {
    n++;
    if (line.trim() === '') continue;
    try {
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (e) {
        throw new InputProblem(`stdin line ${n}`, `is not valid JSON (${(e as Error).message})`);
      }
      const report = check(input, options);
      io.out(JSON.stringify(jsonlRecord(report, `stdin-${n}`)) + '\n');
      for (const v of report.versions) for (const i of v.issues) worst = Math.max(worst, RANK[i.severity]);
    } catch (e) {
      bad++;
      io.err(`calque: ${inputErrorLine(e, `stdin line ${n}`) ?? rethrow(e)}\n`);
    }
  }
  if (bad > 0) return 2;
  return worst >= RANK[failOn] ? 1 : 0;
}

/**
 * A progress bar on standard error, for a batch that runs over a second on a terminal:
 * "[#######.............] 120/400 files". Nothing when stderr is not a terminal.
 */
export function progressBar(io: Io, total: number, now: () => number = Date.now): { tick(): void; done(): void } {
  const started = now();
  let count = 0;
  let shown = false;
  let last = 0;
  return {
    tick() {
      count++;
      if (!io.errTTY || total < 2) return;
      const t = now();
      if (t - started < 1000 || (t - last < 100 && count < total)) return;
      last = t;
      shown = true;
      const width = 24;
      const filled = Math.round((count / total) * width);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} files`);
    },
    done() {
      if (shown) io.err('\r' + ' '.repeat(48) + '\r');
    },
  };
}
