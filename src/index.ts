/**
 * calque: checks machine-translated news against its Indonesian source.
 * The public API: `check()` and the types it takes and returns.
 */
export { check, checkWith } from './check.js';
export { CalqueInputError } from './errors.js';
export { applyBaseline, baselineEntry, createBaseline, parseBaseline, type Baseline, type BaselineEntry } from './baseline.js';
export { parseConfig, configOptions, compilePattern, type CalqueConfig, type RuleSetting } from './config.js';
export { glossaryRule, type GlossaryEntry } from './rules/glossary/glossary.js';
export { rules } from './rules/index.js';
export { defineRule, docsUrl, type Rule, type RuleMeta, type RuleContext, type Finding } from './rules/rule.js';
export { prepareText, type PreparedText, type Paragraph, type Sentence } from './prepare/index.js';
export { segment } from './prepare/segment.js';
export { detectLanguage } from './prepare/language.js';
export { validateArticle, isWellFormedLangTag } from './validate.js';
export { scoreIssues, countWords, SEVERITY_WEIGHTS } from './score.js';
export { evaluate, type CorpusArticle, type Evaluation } from './eval/evaluate.js';
export { alignArticle, type ArticleAlignment, type VersionAlignment, type AlignedPair, type AlignedSide } from './align/index.js';
export { diff, type DiffInput, type RevisionDiff } from './diff.js';
export { fix, type Edit, type FixResult } from './fix.js';
export { formatWordDiff } from './report/word-diff.js';
export { formatPretty, type PrettyOptions } from './report/pretty.js';
export { formatJsonl, jsonlRecord } from './report/jsonl.js';
export { toSarif, SARIF_SCHEMA, type SarifItem } from './report/sarif.js';
export { formatHtml, escapeHtml, type HtmlItem, type HtmlOptions } from './report/html.js';
export type * from './types.js';
