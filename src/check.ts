import { Alignment } from './align/alignment.js';
import { prepareText, sentenceIndexAt, type PreparedText } from './prepare/index.js';
import { LANGUAGE_NAMES } from './prepare/language.js';
import { toIssue, type Finding, type Rule } from './rules/rule.js';
import { rules as allRules } from './rules/index.js';
import { countWords, scoreIssues, sentencePenalties } from './score.js';
import type { ArticleReport, CheckOptions, Issue, SourceReport, VersionReport } from './types.js';
import { isSupportedLang, validateArticle } from './validate.js';
import { applySuppressions } from './suppress.js';
import { wholeCodePoints } from './text/offsets.js';
import { wrongLanguageIssue } from './rules/language/wrong-language.js';

const byPosition = (a: Issue, b: Issue) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);

/**
 * Checks every version of an article against its Indonesian source (when given) and
 * returns one report per version, in input order. Pure and synchronous. Throws
 * CalqueInputError for input it cannot read.
 */
export function check(article: unknown, options: CheckOptions = {}): ArticleReport {
  return checkWith(allRules, article, options);
}

/** `check()` with a chosen set of rules: for rule tests and for users with rules of their own. */
export function checkWith(rules: readonly Rule[], article: unknown, options: CheckOptions = {}): ArticleReport {
  const input = validateArticle(article);
  const enabled = [...rules, ...(options.extraRules ?? [])].filter((r) => options.rules?.[r.id] !== false);
  const minConfidence = options.minConfidence ?? 0;
  const source = input.source ? prepareText(input.source.lang, input.source.text) : undefined;
  const report: ArticleReport = { versions: [] };
  if (input.id !== undefined) report.id = input.id;
  if (source) report.source = checkSource(source);
  const words = source ? countWords(source.text) : undefined;
  for (const v of input.versions) {
    const version = prepareText(v.lang, v.text);
    const alignment = source ? Alignment.of(source, version) : undefined;
    const found = runRules(enabled, version, source, alignment)
      .map((i) => (options.severity?.[i.ruleId] ? { ...i, severity: options.severity[i.ruleId]! } : i))
      .filter((i) => i.confidence >= minConfidence && !isIgnored(i, v.text, options.ignore))
      .sort(byPosition);
    const { issues, suppressed } = applySuppressions(version, found);
    const notes: string[] = [];
    if (suppressed > 0) notes.push(`${suppressed} ${suppressed === 1 ? 'issue was' : 'issues were'} turned off by calque-ignore comments in the text.`);
    if (!source) notes.push('No source given: only target-only checks ran, at lower confidence; source-aware checks were skipped.');
    if (alignment && !alignment.isFaithful && !alignment.isTruncated) {
      const share = Math.round(alignment.oneToOneShare * 100);
      notes.push(`Only ${share}% of the version's sentences pair one to one with the source: it reads as a free translation, so missing and added sentences were not flagged.`);
    }
    if (!isSupportedLang(v.lang)) {
      notes.push(`"${v.lang}" is not one of en, fr, zh, ja, ar: only language-independent checks ran.`);
    }
    const versionReport: VersionReport = {
      lang: v.lang,
      detectedLang: version.detected.lang,
      issues,
      alignment: alignment ? [...alignment.beads] : [],
      score: {
        ...scoreIssues(issues, words ?? countWords(v.text)),
        bySentence: sentencePenalties(issues, (offset) => Math.max(0, sentenceIndexAt(version.sentences, offset))),
      },
      notes,
    };
    report.versions.push(versionReport);
  }
  return report;
}

/** Whether an issue's flagged words match one of the user's ignore patterns. */
const isIgnored = (issue: Issue, text: string, patterns: readonly RegExp[] | undefined) =>
  patterns !== undefined && patterns.some((p) => {
    p.lastIndex = 0;
    return p.test(text.slice(issue.start, issue.end));
  });

function runRules(rules: readonly Rule[], version: PreparedText, source?: PreparedText, alignment?: Alignment): Issue[] {
  const issues: Issue[] = [];
  for (const rule of rules) {
    if (rule.meta.languages && !rule.meta.languages.includes(version.base)) continue;
    const ctx = {
      version,
      // Rules count in UTF-16 units; an issue never cuts a character in two.
      report: (f: Finding) => {
        const span = wholeCodePoints(version.text, f.start, f.end);
        const src = f.source && source ? { source: wholeCodePoints(source.text, f.source.start, f.source.end) } : {};
        issues.push(toIssue(rule, { ...f, ...span, ...src }));
      },
      ...(source && alignment ? { source, alignment } : {}),
    };
    rule.check(ctx);
  }
  return issues;
}

function checkSource(source: PreparedText): SourceReport {
  const issues: Issue[] = [];
  const detected = source.detected;
  const tag = detected.lang === 'und' ? detected.other : detected.lang;
  // A few words are not enough to call a source foreign.
  if (tag !== undefined && tag !== 'id' && detected.weight >= 60) {
    const name = LANGUAGE_NAMES[tag] ?? tag;
    issues.push(wrongLanguageIssue(source, `The source is declared Indonesian but reads as ${name}: source-aware checks compare against it anyway.`));
  }
  return { lang: source.lang, detectedLang: detected.lang, issues };
}
