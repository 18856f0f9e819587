import type { Alignment } from '../align/alignment.js';
import type { PreparedText } from '../prepare/index.js';
import type { Category, Issue, Range, Severity } from '../types.js';

/** Where issues link for documentation: `docs/rules/<family>-<name>.md` in the package. */
export const DOCS_BASE = 'docs/rules/';
export const docsUrl = (ruleId: string): string => `${DOCS_BASE}${ruleId.replace('/', '-')}.md`;

export interface RuleMeta {
  category: Category;
  /** Default severity; a report may raise or lower it. */
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** Base language codes the rule understands; absent: every language. */
  languages?: readonly string[];
}

/** What a rule reports; the engine adds ruleId, category, url and defaults. */
export interface Finding extends Range {
  message: string;
  suggestions?: string[];
  source?: Range;
  confidence: number;
  severity?: Severity;
  category?: Category;
}

export interface RuleContext {
  /** The version being checked, prepared once. */
  version: PreparedText;
  /** The Indonesian source, prepared once; absent when the user has only the translation. */
  source?: PreparedText;
  /** Which source sentences each version sentence renders; present whenever `source` is. */
  alignment?: Alignment;
  report(finding: Finding): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Declares a rule; the identity function, for types and for a single place to look. */
export const defineRule = (rule: Rule): Rule => rule;

export function toIssue(rule: Rule, f: Finding): Issue {
  const issue: Issue = {
    ruleId: rule.id,
    category: f.category ?? rule.meta.category,
    severity: f.severity ?? rule.meta.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    suggestions: f.suggestions ?? [],
    confidence: Math.round(f.confidence * 100) / 100,
    url: docsUrl(rule.id),
  };
  if (f.source) issue.source = { start: f.source.start, end: f.source.end };
  return issue;
}
