/**
 * Inline suppression, for texts that come from a CMS as HTML: an HTML comment in a
 * version's text turns issues off where it stands.
 *
 *   <!-- calque-ignore -->                      the next sentence, every rule
 *   <!-- calque-ignore calque/epithet -->       the next sentence, that rule (comma-separated list)
 *   <!-- calque-disable -->                     the whole text, every rule
 *   <!-- calque-disable date/format -->         the whole text, those rules
 *
 * "The next sentence" is the sentence holding the first word after the comment.
 */
import { sentenceAt, type PreparedText } from './prepare/index.js';
import type { Issue } from './types.js';

const MARKER = /<!--\s*calque-(ignore|disable)\b([^>]*?)-->/gu;

interface Suppression {
  start: number;
  end: number;
  /** Rule ids; empty for every rule. */
  rules: string[];
}

function suppressions(doc: PreparedText): Suppression[] {
  const out: Suppression[] = [];
  for (const m of doc.text.matchAll(MARKER)) {
    const rules = m[2]!.split(/[\s,]+/u).filter(Boolean);
    if (m[1] === 'disable') {
      out.push({ start: 0, end: doc.text.length, rules });
      continue;
    }
    const after = m.index + m[0].length;
    const next = after + (/^\s*/u.exec(doc.text.slice(after))?.[0].length ?? 0);
    const sentence = sentenceAt(doc, next);
    out.push({ start: m.index, end: sentence && sentence.end > next ? sentence.end : doc.text.length, rules });
  }
  return out;
}

/** The issues no inline comment turns off, and how many were turned off. */
export function applySuppressions(doc: PreparedText, issues: Issue[]): { issues: Issue[]; suppressed: number } {
  if (!doc.text.includes('calque-')) return { issues, suppressed: 0 };
  const list = suppressions(doc);
  const kept = issues.filter((i) => !list.some((s) => i.start >= s.start && i.start < s.end && (s.rules.length === 0 || s.rules.includes(i.ruleId))));
  return { issues: kept, suppressed: issues.length - kept.length };
}
