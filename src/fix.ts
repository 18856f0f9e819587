import type { Issue, Severity } from './types.js';

/** One replacement applied to a text. */
export interface Edit {
  start: number;
  end: number;
  /** What was there. */
  before: string;
  /** What is there now. */
  after: string;
  ruleId: string;
}

export interface FixResult {
  text: string;
  /** The edits applied, in text order, with offsets in the original text. */
  edits: Edit[];
  /** Issues with a suggestion that were not applied because a surer edit overlapped them. */
  skipped: Issue[];
}

const RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };

/**
 * Applies the best suggestion of each issue to `text`. Never two overlapping edits (the
 * more severe, then surer, issue wins); never touches text outside the issues; issues
 * without suggestions are left alone. Pure: the same text and issues give the same result.
 */
export function fix(text: string, issues: readonly Issue[]): FixResult {
  const candidates = issues
    .filter((i) => i.suggestions.length > 0 && 0 <= i.start && i.start <= i.end && i.end <= text.length)
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || b.confidence - a.confidence || a.start - b.start);
  const chosen: Issue[] = [];
  const skipped: Issue[] = [];
  for (const issue of candidates) {
    const overlaps = chosen.some((c) => (issue.start < c.end && c.start < issue.end) || (issue.start === issue.end && c.start <= issue.start && issue.start <= c.end));
    (overlaps ? skipped : chosen).push(issue);
  }
  chosen.sort((a, b) => a.start - b.start);
  const edits: Edit[] = [];
  let out = '';
  let from = 0;
  for (const issue of chosen) {
    const after = issue.suggestions[0]!;
    const before = text.slice(issue.start, issue.end);
    out += text.slice(from, issue.start) + after;
    from = issue.end;
    if (before !== after) edits.push({ start: issue.start, end: issue.end, before, after, ruleId: issue.ruleId });
  }
  out += text.slice(from);
  return { text: out, edits, skipped };
}
