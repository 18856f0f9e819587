import { INDONESIAN_NEGATORS, NOT_NEGATIONS, TARGET_NEGATION } from '../../lexicon/negation.js';
import type { PreparedText } from '../../prepare/index.js';
import type { Range } from '../../types.js';
import { defineRule } from '../rule.js';

const NEGATOR = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${INDONESIAN_NEGATORS.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
const TARGET = new Map(Object.entries(TARGET_NEGATION).map(([lang, source]) => [lang, new RegExp(source, 'iu')]));
const UNSPACED = new Set(['zh', 'ja']);

/**
 * `negation/flip`: the source sentence says "not" and the version sentence that renders
 * it has no negation of any kind: "tidak mendukung" rendered "supported". Only the
 * loss is checked: a negation the version adds is too often the right rendering of an
 * Indonesian word that negates by itself (enggan, menolak, gagal, batal).
 */
export const negationFlip = defineRule({
  id: 'negation/flip',
  meta: {
    category: 'negation',
    severity: 'critical',
    description: 'A negation of the source sentence (tidak, tak, bukan, belum, tanpa, jangan) lost in the version.',
    languages: [...TARGET.keys()],
  },
  check({ version, source, alignment, report }) {
    const marker = TARGET.get(version.base);
    if (!source || !alignment || !marker) return;
    for (const bead of alignment.beads) {
      if (bead.confidence < 0.5) continue;
      const src = alignment.sourceRange(bead);
      const ver = alignment.versionRange(bead);
      if (!src || !ver) continue;
      const negator = firstNegator(source, src);
      if (!negator) continue;
      const text = version.text.slice(ver.start, ver.end);
      if (marker.test(text)) continue;
      const place = mappedWindow(version, ver, (negator.start - src.start) / (src.end - src.start));
      const words = source.text.slice(negator.start, negatedEnd(source.text, negator.end, src.end));
      report({
        ...place,
        source: { start: negator.start, end: negatedEnd(source.text, negator.end, src.end) },
        confidence: 0.75 * bead.confidence,
        message: `The source says "${words}" but this sentence has no negation: the version may say the opposite.`,
      });
    }
  },
});

/** The first negator of a source range that really negates (not part of "tidak hanya", "tak lama kemudian", …). */
function firstNegator(source: PreparedText, range: Range): Range | undefined {
  const text = source.text.slice(range.start, range.end);
  const lower = text.toLowerCase();
  const excluded: [number, number][] = [];
  for (const phrase of NOT_NEGATIONS) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + phrase.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}-]/u.test(after))) {
        excluded.push([at, at + phrase.length]);
      }
    }
  }
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(text); m; m = NEGATOR.exec(text)) {
    const at = m.index;
    if (excluded.some(([a, b]) => a <= at && at < b)) continue;
    return { start: range.start + at, end: range.start + at + m[0].length };
  }
  return undefined;
}

/** The negator and the word it negates ("tidak mendukung"), for the source range. */
function negatedEnd(text: string, from: number, limit: number): number {
  const next = /^\s+[\p{L}\p{N}-]+/u.exec(text.slice(from, Math.min(limit, from + 40)));
  return next ? from + next[0].length : from;
}

/**
 * A stretch of the version around the point that corresponds to `share` of the way
 * through the source bead: Indonesian and the target languages mostly keep the order
 * of subject, verb and object, so the negated predicate's rendering sits near there.
 */
function mappedWindow(version: PreparedText, range: Range, share: number): Range {
  const length = range.end - range.start;
  const at = range.start + Math.round(share * length);
  const [before, after] = UNSPACED.has(version.base) ? [6, 14] : [20, 45];
  let start = Math.max(range.start, at - before);
  let end = Math.min(range.end, at + after);
  const text = version.text;
  if (!UNSPACED.has(version.base)) {
    while (start > range.start && /[\p{L}\p{N}'’-]/u.test(text[start - 1]!)) start--;
    while (end < range.end && /[\p{L}\p{N}'’-]/u.test(text[end]!)) end++;
  }
  while (start < end && /[\s\p{P}]/u.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
