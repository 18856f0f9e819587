/**
 * The benchmark behind `npm run bench`: throughput of check() over a synthetic corpus,
 * the cost of each stage and rule, a single-regex floor, CLI start-up, alignment
 * scaling and adversarial inputs, measured with tinybench in one run. Prints tables and
 * writes bench/RESULTS.md. Bundled and started by bench/bench.mjs; see bench/README.md.
 *
 * Timings are reported, never asserted: they depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench, type Task } from 'tinybench';
import { Alignment } from '../src/align/alignment.js';
import { pairAnchors } from '../src/align/anchors.js';
import {
  check,
  countWords,
  detectLanguage,
  prepareText,
  rules,
  scoreIssues,
  segment,
  validateArticle,
  type ArticleInput,
  type Issue,
  type PreparedText,
} from '../src/index.js';
import { toIssue, type Rule } from '../src/rules/rule.js';
import { makeArticle, mulberry32, TARGETS, writeCorpus, type Target } from './corpus.js';

const SEED = 20240507;
/** The floor: one compiled expression, one pass, every word and number. */
const FLOOR = /\p{L}+|\p{N}+/gu;

interface Options {
  root: string;
  argv: string[];
  /** This file, bundled: child processes run it. */
  bundle: string;
  /** The copy of dist/ that the bundle imports and whose CLI is timed. */
  dist: string;
}

interface Settings {
  articles: number;
  sample: number;
  stageTime: number;
  scaleTime: number;
  cliSpawns: number;
  batch: number;
  /** Time limit for one adversarial input's child process, ms (the 1 MB line gets three times as long). */
  advLimit: number;
}

const FULL: Settings = { articles: 2000, sample: 100, stageTime: 800, scaleTime: 1000, cliSpawns: 15, batch: 50, advLimit: 10_000 };
const QUICK: Settings = { articles: 200, sample: 30, stageTime: 300, scaleTime: 300, cliSpawns: 10, batch: 30, advLimit: 5_000 };

// ─────────────────────────────── Formatting ───────────────────────────────

const group = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A duration in ms, in the unit that reads best. */
function time(ms: number): string {
  if (ms < 1) return `${group(ms * 1000, ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${group(ms, ms < 10 ? 2 : 1)} ms`;
  return `${group(ms / 1000, 2)} s`;
}

/** A Markdown table, padded so that it also reads as plain text. */
function table(head: string[], rows: string[][], right: boolean[] = head.map((_, k) => k > 0)): string {
  const width = head.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const cell = (s: string, k: number) => (right[k] ? s.padStart(width[k]!) : s.padEnd(width[k]!));
  const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  const rule = `|${width.map((w, k) => (right[k] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

// ─────────────────────────────── Measuring ───────────────────────────────

interface Measured { p50: number; p99: number; mean: number; total: number; runs: number }

function measured(task: Task): Measured {
  const r = task.result;
  if (r.state === 'errored') throw r.error;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  return { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean, total: r.totalTime, runs: r.latency.samplesCount };
}

/** Runs one bench and returns each task's figures by name. */
function runBench(bench: Bench): Map<string, Measured> {
  bench.runSync();
  return new Map(bench.tasks.map((t) => [t.name, measured(t)]));
}

/** Task options: the tasks are synchronous. Said up front, tinybench does not call each task once more to find out. */
const SYNC = { async: false } as const;

/** A function that hands out the items of a list in turn, round and round. */
function cycle<T>(items: readonly T[]): () => T {
  let k = 0;
  return () => items[k++ % items.length]!;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const canGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// ─────────────────────────────── The run ───────────────────────────────

export async function main({ root, argv, bundle, dist }: Options): Promise<void> {
  const quick = argv.includes('--quick');
  const settings = quick ? QUICK : FULL;
  const out: string[] = [];
  const say = (s = '') => {
    console.log(s);
    out.push(s);
  };
  const started = performance.now();

  const cpu = cpus();
  const machine = {
    model: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  say(`# calque ${pkg.version} benchmark${quick ? ' (quick run: smaller corpus and budgets)' : ''}`);
  say();
  say(`Machine: ${machine.model}, ${machine.cores} cores; Node ${machine.node}; ${machine.date}; load average at start ${group(loadavg()[0]!, 2)}. ` +
    'Everything runs on one core, the main thread; other processes on the machine slow it down.');
  say();

  // ── Corpus ──
  const work = mkdtempSync(join(tmpdir(), 'calque-bench-'));
  try {
    let t = performance.now();
    const files = writeCorpus(join(work, 'corpus'), settings.articles, SEED);
    const writeMs = performance.now() - t;
    t = performance.now();
    const articles = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as ArticleInput);
    const readMs = performance.now() - t;
    const versionCount = articles.reduce((n, a) => n + a.versions.length, 0);
    const versionBytes = articles.reduce((n, a) => n + a.versions.reduce((m, v) => m + bytes(v.text), 0), 0);
    const sourceBytes = articles.reduce((n, a) => n + bytes(a.source!.text), 0);
    const words = articles.map((a) => a.source!.text.split(/\s+/).length).sort((a, b) => a - b);
    const corpusBytes = files.reduce((n, f) => n + bytes(readFileSync(f, 'utf8')), 0);
    say('## Corpus');
    say();
    say(`${group(articles.length)} synthetic articles × ${TARGETS.length} versions (${TARGETS.join(', ')}) = ${group(versionCount)} article-versions; ` +
      `source words per article: median ${words[words.length >> 1]}, ${words[0]}–${words[words.length - 1]}. ` +
      `Version text ${group(versionBytes / 1e6, 1)} MB, source text ${group(sourceBytes / 1e6, 1)} MB (UTF-8); ` +
      `${group(corpusBytes / 1e6, 1)} MB of JSON written to ${tmpdir()} in ${time(writeMs)}, read and parsed back in ${time(readMs)}.`);
    say();

    // ── Throughput: one full pass over the corpus ──
    // Warm up by hand (the lexicon matchers are built on first use), so that the heap
    // can be read between the warm-up and the pass: growth over the pass would be a leak.
    gc();
    const heapStart = process.memoryUsage().heapUsed;
    for (const a of articles.slice(-50)) check(a);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const nextArticle = cycle(articles);
    let issueCount = 0;
    const pass = runBench(
      new Bench({ iterations: articles.length, time: 0, warmup: false }).add('check() per article', () => {
        for (const v of check(nextArticle()).versions) issueCount += v.issues.length;
      }, SYNC),
    ).get('check() per article')!;
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    const perSecond = (versionCount / pass.total) * 1000;
    const mbPerSecond = versionBytes / 1e6 / (pass.total / 1000);
    say('## Throughput of check() on one core (full pass over the corpus)');
    say();
    say(table(
      ['measure', 'value'],
      [
        ['check() per article (5 versions), median', time(pass.p50)],
        ['check() per article, p99', time(pass.p99)],
        ['check() per article-version, mean', time(pass.total / versionCount)],
        ['article-versions per second', group(perSecond)],
        ['version text per second (UTF-8)', `${group(mbPerSecond, 2)} MB/s`],
        ['issues found in the pass', group(issueCount)],
        ['heap held after warm-up (lexicon matchers and caches, after GC)', canGc ? `${group((heapBefore - heapStart) / 1e6, 1)} MB` : 'n/a (run with node --expose-gc)'],
        ['heap growth over the pass (after GC; a leak would show here)', canGc ? `${group((heapAfter - heapBefore) / 1e6, 1)} MB` : 'n/a (run with node --expose-gc)'],
      ],
      [false, true],
    ));
    say();

    // ── Stages, on a sample ──
    const sample = articles.filter((_, k) => k % Math.floor(articles.length / settings.sample) === 0).slice(0, settings.sample);
    const prepared = sample.map((a) => {
      const source = prepareText('id', a.source!.text);
      const versions = a.versions.map((v) => prepareText(v.lang, v.text));
      return { article: a, source, versions, alignments: versions.map((v) => Alignment.of(source, v)) };
    });
    const texts = sample.map((a) => [a.source!, ...a.versions]);
    const sampleBytes = texts.reduce((n, ts) => n + ts.reduce((m, x) => m + bytes(x.text), 0), 0) / sample.length;
    const stageBench = new Bench({ time: settings.stageTime, iterations: 20, warmupTime: 200, warmupIterations: 10 });
    const add = (name: string, fn: () => void, beforeEach?: () => void) => stageBench.add(name, fn, beforeEach ? { ...SYNC, beforeEach } : SYNC);
    {
      const next = cycle(sample);
      add('check()', () => void check(next()));
    }
    {
      const next = cycle(sample);
      add('validate', () => void validateArticle(next()));
    }
    {
      const next = cycle(texts);
      add('prepare (prepareText)', () => next().forEach((x) => prepareText(x.lang, x.text)));
    }
    {
      const next = cycle(texts);
      add('  of which segment', () => next().forEach((x) => segment(x.text)));
    }
    {
      const next = cycle(prepared);
      add('  of which language ID', () => {
        const p = next();
        for (const doc of [p.source, ...p.versions]) for (const par of doc.paragraphs) detectLanguage(doc.text.slice(par.start, par.end));
      });
    }
    {
      const next = cycle(prepared);
      add('align (Alignment.of)', () => {
        const p = next();
        for (const v of p.versions) Alignment.of(p.source, v);
      });
    }
    {
      const next = cycle(prepared);
      add('  of which anchors', () => {
        const p = next();
        for (const v of p.versions) pairAnchors(p.source, v);
      });
    }
    for (const rule of rules) {
      // Rules may cache what they find in a source per prepared text, as check() lets
      // them (one source, five versions): each iteration gets fresh copies, so an
      // iteration costs what one article costs in check().
      const next = cycle(prepared);
      let ctxs: { version: PreparedText; source: PreparedText; alignment: Alignment }[] = [];
      add(`rule ${rule.id}`, () => {
        for (const ctx of ctxs) runRule(rule, ctx);
      }, () => {
        const p = next();
        const source = { ...p.source };
        ctxs = p.versions.map((v, k) => {
          const version = { ...v };
          return { version, source, alignment: new Alignment(p.alignments[k]!.beads, source, version) };
        });
      });
    }
    {
      const next = cycle(prepared);
      const issues = prepared.map((p) => p.versions.map((v, k) => rules.flatMap((r) => runRule(r, { version: v, source: p.source, alignment: p.alignments[k]! }))));
      let k = 0;
      add('score', () => {
        const p = next();
        const words = countWords(p.source.text);
        for (const list of issues[k++ % issues.length]!) scoreIssues(list, words);
      });
    }
    {
      const next = cycle(texts);
      add('floor: /\\p{L}+|\\p{N}+/gu, one pass', () => {
        let n = 0;
        for (const x of next()) {
          FLOOR.lastIndex = 0;
          while (FLOOR.exec(x.text) !== null) n++;
        }
        if (n < 0) throw new Error('unreachable');
      });
    }
    const stages = runBench(stageBench);
    const checkMs = stages.get('check()')!.p50;
    const floorMs = stages.get('floor: /\\p{L}+|\\p{N}+/gu, one pass')!.p50;
    const parts = ['validate', 'prepare (prepareText)', 'align (Alignment.of)', ...rules.map((r) => `rule ${r.id}`), 'score'];
    const sum = parts.reduce((n, name) => n + stages.get(name)!.p50, 0);
    say(`## Cost of each stage (sample of ${sample.length} articles; per article = source + 5 versions, ${group(sampleBytes / 1000, 1)} KB)`);
    say();
    const stageRows = [...stages].map(([name, m]) => [
      name,
      time(m.p50),
      time(m.p50 / 5),
      name === 'check()' ? '100%' : `${group((m.p50 / checkMs) * 100, 1)}%`,
    ]);
    stageRows.push(['sum of the stages (not the "of which" rows)', time(sum), time(sum / 5), `${group((sum / checkMs) * 100, 1)}%`]);
    say(table(['stage', 'median / article', 'per version', 'of check()'], stageRows, [false, true, true, true]));
    say();
    const floorRatio = checkMs / floorMs;
    say(`check() takes ${group(floorRatio, 1)}× the floor (one compiled regular expression over the same text: ` +
      `${time(floorMs)} per article, ${group(sampleBytes / 1e6 / (floorMs / 1000), 0)} MB/s).`);
    say();

    // ── CLI ──
    const cli = join(dist, 'cli.js');
    const batchDir = join(work, 'batch');
    mkdirSync(batchDir);
    for (const f of files.slice(0, settings.batch)) symlinkSync(f, join(batchDir, f.split('/').pop()!));
    const spawn = (args: string[], lines = 0) => {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr}`);
      const printed = r.stdout.split('\n').filter(Boolean).length;
      if (lines > 0 && printed !== lines) throw new Error(`node ${args.join(' ')} printed ${printed} lines, not ${lines}`);
      return r;
    };
    const cliBench = new Bench({ iterations: settings.cliSpawns, time: 0, warmupIterations: 2, warmupTime: 0 })
      .add('node -e 0 (Node itself)', () => void spawn(['-e', '0']), SYNC)
      .add('calque --version', () => void spawn([cli, '--version']), SYNC);
    const cliRuns = runBench(cliBench);
    const batchRuns = runBench(
      new Bench({ iterations: 3, time: 0, warmup: false }).add('batch', () => void spawn([cli, 'check', batchDir, '--format', 'jsonl', '--fail-on', 'none'], settings.batch), SYNC),
    ).get('batch')!;
    const startup = cliRuns.get('calque --version')!.p50;
    const nodeStartup = cliRuns.get('node -e 0 (Node itself)')!.p50;
    say(`## Command line (median of ${settings.cliSpawns} spawns)`);
    say();
    say(table(['command', 'median', 'p99'], [
      ['node -e 0 (Node itself)', time(nodeStartup), time(cliRuns.get('node -e 0 (Node itself)')!.p99)],
      ['calque --version (node dist/cli.js --version)', time(startup), time(cliRuns.get('calque --version')!.p99)],
      [`calque check DIR (${settings.batch} articles) --format jsonl, 3 runs`, time(batchRuns.p50), time(batchRuns.p99)],
    ], [false, true, true]));
    say();
    say(`Start-up beyond Node's own: ${time(startup - nodeStartup)}. The batch checks ${group((settings.batch * 5 / batchRuns.p50) * 1000)} article-versions/s, start-up and output included.`);
    say();
    const colds = Array.from({ length: 3 }, () => inChild(bundle, { kind: 'cold', file: files[0]! }, 60_000)!);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    say(table(['in a fresh process (median of 3)', 'median'], [
      ['process start → library loaded (Node, dist/index.js, the bench bundle)', time(median(colds.map((c) => c.loaded!)))],
      ['first check() of one article (builds the lexicon matchers)', time(median(colds.map((c) => c.first!)))],
      ['second check() of the same article', time(median(colds.map((c) => c.second!)))],
    ], [false, true]));
    say();

    // ── Alignment scaling ──
    const rng = mulberry32(SEED + 1);
    const sizes = quick ? [20, 200, 2000] : [20, 200, 2000, 20000];
    const pairs = sizes.map((n) => ({ n, name: `${n}`, edits: true })).concat(quick ? [] : [{ n: 20000, name: '20000 clean', edits: false }]).map((p) => {
      const a = makeArticle(rng, `scale-${p.name}`, { sentences: p.n, langs: ['en'], edits: p.edits });
      return { ...p, source: prepareText('id', a.source!.text), version: prepareText('en', a.versions[0]!.text) };
    });
    const five = makeArticle(rng, 'scale-5', { sentences: 200 });
    const fiveSource = prepareText('id', five.source!.text);
    const fiveVersions = five.versions.map((v) => prepareText(v.lang, v.text));
    const scaleBench = new Bench({ time: settings.scaleTime, iterations: 5, warmupTime: 100, warmupIterations: 2 });
    // Texts of 20,000 sentences take seconds: one run each, the code being warm by then.
    const bigBench = new Bench({ iterations: 1, time: 0, warmup: false });
    for (const p of pairs) (p.n > 2000 ? bigBench : scaleBench).add(p.name, () => void Alignment.of(p.source, p.version), SYNC);
    scaleBench.add('5×200', () => void fiveVersions.forEach((v) => Alignment.of(fiveSource, v)), SYNC);
    const scale = new Map([...runBench(scaleBench), ...(pairs.some((p) => p.n > 2000) ? runBench(bigBench) : [])]);
    say('## Alignment scaling (Alignment.of on prepared texts: anchors + banded dynamic programme)');
    say();
    const perSentence = (name: string, n: number, versions = 1) => (scale.get(name)!.p50 * 1000) / n / versions;
    const base200 = perSentence('200', 200);
    const scaleRows = pairs.map((p) => [
      `${group(p.n)} source sentences, en (${group(p.version.sentences.length)} version sentences${p.edits ? '' : ', none dropped or added'})`,
      `${time(scale.get(p.name)!.p50)}${p.n > 2000 ? ' (1 run)' : ''}`,
      group(perSentence(p.name, p.n), 1),
      `${group(perSentence(p.name, p.n) / base200, 2)}×`,
    ]);
    scaleRows.push(['200 source sentences, 5 versions (en fr zh ja ar)', time(scale.get('5×200')!.p50), group(perSentence('5×200', 200, 5), 1), `${group(perSentence('5×200', 200, 5) / base200, 2)}×`]);
    say(table(['pair', 'median', 'µs / sentence / version', 'vs 200'], scaleRows, [false, true, true, true]));
    say();

    // ── Adversarial inputs, each in a child process with a time limit ──
    const advDir = join(work, 'adversarial');
    mkdirSync(advDir);
    const normalPerKb = (checkMs * 1000) / (sampleBytes / 1000);
    const advRows = adversarialInputs().map((a, k) => {
      const file = join(advDir, `${k}.json`);
      writeFileSync(file, JSON.stringify(a.article));
      const kb = (bytes(a.article.source!.text) + bytes(a.article.versions[0]!.text)) / 1000;
      const limit = settings.advLimit * (a.long ? 3 : 1);
      const r = inChild(bundle, { kind: 'adversarial', file, budget: 1000 }, limit);
      if (!r) return [a.name, group(kb), `> ${time(limit)} (stopped)`, `> ${group((limit * 1000) / kb)}`, `> ${group((limit * 1000) / kb / normalPerKb)}×`, '-'];
      const perKb = (r.p50 * 1000) / kb;
      return [a.name, group(kb), `${time(r.p50)} (${r.runs})`, group(perKb, 1), `${group(perKb / normalPerKb, 1)}×`, `${group(r.rss)} MB`];
    });
    advRows.push(['(the corpus articles: source + 5 versions)', group(sampleBytes / 1000, 1), time(checkMs), group(normalPerKb, 1), '1×', '']);
    say(`## Adversarial inputs (check() with a source and one English version, in a fresh process each, stopped after ${time(settings.advLimit)}, the 1 MB line after ${time(settings.advLimit * 3)})`);
    say();
    say(table(['input', 'KB (UTF-8)', 'median (runs)', 'µs / KB', 'vs an article', 'peak RSS'], advRows, [false, true, true, true, true, true]));
    say();

    // ── Memory ──
    const rss = process.resourceUsage().maxRSS / 1024;
    say(`Peak resident memory of the whole run: ${group(rss)} MB (the parsed corpus, ${group((corpusBytes * 2) / 1e6)} MB at most as UTF-16, stays loaded).`);
    say();

    // ── Targets ──
    const targets = [
      { name: '≥ 1,000 article-versions/s on one core (~500-word articles)', met: perSecond >= 1000, value: `${group(perSecond)}/s`, off: perSecond >= 1000 ? '' : `${group(1000 / perSecond, 1)}× too slow` },
      { name: 'within 20× of the single-regex floor', met: floorRatio <= 20, value: `${group(floorRatio, 1)}×`, off: floorRatio <= 20 ? '' : `${group(floorRatio / 20, 1)}× over` },
      { name: 'CLI start-up < 200 ms', met: startup < 200, value: time(startup), off: startup < 200 ? '' : `${time(startup - 200)} over` },
    ];
    say('## Targets');
    say();
    say(table(['target', 'measured', 'met?'], targets.map((x) => [x.name, x.value, x.met ? 'met' : `not met (${x.off})`]), [false, true, false]));
    say();
    say(`Benchmark wall time: ${time(performance.now() - started)}; load average at the end ${group(loadavg()[0]!, 2)}.`);

    if (!argv.includes('--no-write')) {
      const file = join(root, 'bench', 'RESULTS.md');
      writeFileSync(file, `${out.join('\n')}\n`);
      console.log(`\nwrote ${file}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

type ChildTask = { kind: 'adversarial'; file: string; budget: number } | { kind: 'cold'; file: string };
interface ChildResult { p50: number; runs: number; rss: number; loaded?: number; first?: number; second?: number }

/** Runs `child()` of this bundle in a fresh Node process; undefined when it outlives `limit` ms. */
function inChild(bundle: string, task: ChildTask, limit: number): ChildResult | undefined {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); m.child(${JSON.stringify(task)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: limit, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return undefined;
  if (r.status !== 0) throw new Error(`child ${task.kind} ${task.file} exited ${r.status ?? r.signal}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** The child side of `inChild`: prints one line of JSON. */
export function child(task: ChildTask): void {
  const loaded = performance.now(); // since the process started: Node, this bundle and dist/index.js
  const article = JSON.parse(readFileSync(task.file, 'utf8')) as ArticleInput;
  if (task.kind === 'cold') {
    let t = performance.now();
    check(article);
    const first = performance.now() - t;
    t = performance.now();
    check(article);
    const second = performance.now() - t;
    console.log(JSON.stringify({ p50: first, runs: 1, rss: process.resourceUsage().maxRSS / 1024, loaded, first, second }));
    return;
  }
  // Compile the lexicons first, on a small article, so that the input alone is timed.
  check(makeArticle(mulberry32(1), 'warm-up', { words: 100 }));
  const bench = new Bench({ time: task.budget, iterations: 1, warmup: false }).add('input', () => void check(article), SYNC);
  const m = runBench(bench).get('input')!;
  console.log(JSON.stringify({ p50: m.p50, runs: m.runs, rss: process.resourceUsage().maxRSS / 1024 }));
}

/** Runs one rule on one version the way check() does; returns its issues. */
function runRule(rule: Rule, ctx: { version: PreparedText; source: PreparedText; alignment: Alignment }): Issue[] {
  const issues: Issue[] = [];
  if (rule.meta.languages && !rule.meta.languages.includes(ctx.version.base)) return issues;
  rule.check({ ...ctx, report: (f) => issues.push(toIssue(rule, f)) });
  return issues;
}

/** Inputs built to find quadratic paths: each is an article with a source and one English version. */
function adversarialInputs(): { name: string; article: ArticleInput; long?: boolean }[] {
  const rng = mulberry32(SEED + 2);
  const oneLine = (lang: 'id' | Target, size: number) => {
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const a = makeArticle(rng, 'x', { langs: ['en'], words: 2000 });
      const text = (lang === 'id' ? a.source!.text : a.versions[0]!.text).replace(/\s*\n\s*/g, ' ');
      parts.push(text);
      n += text.length + 1;
    }
    return parts.join(' ').slice(0, size);
  };
  const words = ['Banjir', 'Hujan', 'Air', 'Warga', 'Jalan', 'Sekolah', 'Bantuan', 'Relawan'];
  const enWords = ['Flood', 'Rain', 'Water', 'Residents', 'Road', 'School', 'Aid', 'Volunteers'];
  const oneWord = (list: string[]) => Array.from({ length: 10_000 }, (_, k) => `${list[k % list.length]}.`).join(' ');
  const pair = (name: string, source: string, version: string, long = false) =>
    ({ name, article: { source: { lang: 'id', text: source }, versions: [{ lang: 'en', text: version }] }, long });
  return [
    pair('100 KB single line (no line break), each side', oneLine('id', 100_000), oneLine('en', 100_000)),
    pair('1 MB single line (no line break), each side', oneLine('id', 1_000_000), oneLine('en', 1_000_000), true),
    pair('10,000 one-word sentences, each side', oneWord(words), oneWord(enWords)),
    pair('10k "." in a row, each side', '.'.repeat(10_000), '.'.repeat(10_000)),
    pair('20k "." in a row, each side', '.'.repeat(20_000), '.'.repeat(20_000)),
    pair('100k "." in a row, each side', '.'.repeat(100_000), '.'.repeat(100_000)),
    pair('50k ". " (50k empty sentences), each side', '. '.repeat(50_000), '. '.repeat(50_000)),
    pair('"1.1.1.1…" 100k characters, each side', `${'1.'.repeat(50_000)}1`, `${'1.'.repeat(50_000)}1`),
    pair('"1.000.000…" 100k characters (a 10^75000), each side', `1${'.000'.repeat(25_000)}`, `1${',000'.repeat(25_000)}`),
  ];
}
