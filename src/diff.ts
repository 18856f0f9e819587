/**
 * Comparing two revisions of a version, for reviewing a post-editor's work: what
 * changed (a word diff, jsdiff) and which issues the revision resolved, introduced and
 * kept. Issues are matched across revisions by what they are (rule, flagged words,
 * source words), not by where they are, as the baseline matches them.
 */
import { diffWordsWithSpace } from 'diff';
import { baselineEntry } from './baseline.js';
import { check } from './check.js';
import type { CheckOptions, Issue, TextInput } from './types.js';

export interface DiffInput {
  /** The version's language. */
  lang: string;
  before: string;
  after: string;
  /** The Indonesian source, when there is one. */
  source?: TextInput;
}

export interface RevisionDiff {
  /** The word diff: unchanged, added and removed runs, in order. */
  changes: { value: string; added?: boolean; removed?: boolean }[];
  /** Issues of the old text that the new one no longer has. */
  resolved: Issue[];
  /** Issues of the new text that the old one did not have. */
  introduced: Issue[];
  /** Issues both have, with their offsets in the new text. */
  kept: Issue[];
  /** Quality scores (0–100) before and after. */
  score: { before: number; after: number };
}

/** Compares two revisions of one version: pure and synchronous, like `check()`. */
export function diff(input: DiffInput, options: CheckOptions = {}): RevisionDiff {
  const run = (text: string) => check({ ...(input.source ? { source: input.source } : {}), versions: [{ lang: input.lang, text }] }, options).versions[0]!;
  const before = run(input.before);
  const after = run(input.after);
  const key = (i: Issue, text: string) => baselineEntry('', input.lang, i, text, input.source?.text).signature;
  const countBefore = new Map<string, number>();
  for (const i of before.issues) countBefore.set(key(i, input.before), (countBefore.get(key(i, input.before)) ?? 0) + 1);
  const kept: Issue[] = [];
  const introduced: Issue[] = [];
  for (const i of after.issues) {
    const k = key(i, input.after);
    const left = countBefore.get(k) ?? 0;
    if (left > 0) {
      countBefore.set(k, left - 1);
      kept.push(i);
    } else introduced.push(i);
  }
  const countAfter = new Map<string, number>();
  for (const i of after.issues) countAfter.set(key(i, input.after), (countAfter.get(key(i, input.after)) ?? 0) + 1);
  const resolved = before.issues.filter((i) => {
    const k = key(i, input.before);
    const left = countAfter.get(k) ?? 0;
    if (left > 0) {
      countAfter.set(k, left - 1);
      return false;
    }
    return true;
  });
  const changes = diffWordsWithSpace(input.before, input.after).map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));
  return { changes, resolved, introduced, kept, score: { before: before.score.quality, after: after.score.quality } };
}
