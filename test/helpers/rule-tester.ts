import { describe, expect, it } from 'vitest';
import { checkWith } from '../../src/check.js';
import type { Rule } from '../../src/rules/rule.js';
import type { Issue } from '../../src/types.js';

/**
 * ESLint-style rule tests as data: `valid` texts must give no issue from the rule;
 * `invalid` texts must give exactly the listed issues, found by their flagged words.
 */

export interface ValidCase {
  /** What the case shows; defaults to the text. */
  name?: string;
  lang: string;
  text: string;
  /** The Indonesian source; absent for a target-only case. */
  source?: string;
}

export interface ExpectedIssue {
  /** The flagged words: `text.slice(issue.start, issue.end)`. */
  span: string;
  /** Which occurrence of `span` in the text (1-based); default 1. */
  occurrence?: number;
  /** The best suggestion, or all of them in order. */
  suggestion?: string;
  suggestions?: string[];
  /** The source words behind it: `source.slice(issue.source.start, issue.source.end)`. */
  sourceSpan?: string;
  /** Assert the message contains this. */
  message?: string;
  severity?: Issue['severity'];
  category?: Issue['category'];
  /** Assert confidence at least / below this. */
  minConfidence?: number;
  maxConfidence?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedIssue[];
}

function nth(text: string, span: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) throw new Error(`test case error: "${span}" (occurrence ${occurrence}) is not in the text`);
  }
  return at;
}

export function runIssues(rule: Rule, c: ValidCase): Issue[] {
  const article = { versions: [{ lang: c.lang, text: c.text }], ...(c.source !== undefined ? { source: { lang: 'id', text: c.source } } : {}) };
  return checkWith([rule], article).versions[0]!.issues;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name ?? `${c.lang}: ${c.text.slice(0, 70)}`, () => {
          const issues = runIssues(rule, c);
          expect(issues.map((i) => c.text.slice(i.start, i.end))).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? `${c.lang}: ${c.text.slice(0, 70)}`, () => {
          const issues = runIssues(rule, c);
          expect(issues.map((i) => c.text.slice(i.start, i.end))).toEqual(c.errors.map((e) => e.span));
          c.errors.forEach((e, k) => {
            const issue = issues[k]!;
            expect(issue.start).toBe(nth(c.text, e.span, e.occurrence));
            expect(issue.ruleId).toBe(rule.id);
            expect(issue.url).toMatch(/^docs\/rules\/.+\.md$/);
            if (e.suggestion !== undefined) expect(issue.suggestions[0]).toBe(e.suggestion);
            if (e.suggestions !== undefined) expect(issue.suggestions).toEqual(e.suggestions);
            if (e.sourceSpan !== undefined) {
              expect(issue.source, 'issue.source').toBeDefined();
              expect(c.source!.slice(issue.source!.start, issue.source!.end)).toBe(e.sourceSpan);
            }
            if (c.source === undefined) expect(issue.source).toBeUndefined();
            if (e.message !== undefined) expect(issue.message).toContain(e.message);
            if (e.severity !== undefined) expect(issue.severity).toBe(e.severity);
            expect(issue.category).toBe(e.category ?? rule.meta.category);
            if (e.minConfidence !== undefined) expect(issue.confidence).toBeGreaterThanOrEqual(e.minConfidence);
            if (e.maxConfidence !== undefined) expect(issue.confidence).toBeLessThan(e.maxConfidence);
          });
        });
      }
    });
  });
}
