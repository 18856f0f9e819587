import { sentencesRange, type Alignment } from '../../align/alignment.js';
import type { PreparedText } from '../../prepare/index.js';
import { nameTokens, sameNameToken } from '../../text/names.js';
import type { Bead, Range } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';
import { carriesContent, isIncidental, quoteStart, sentencesText, stretch } from './gap.js';

/**
 * A matched bead whose version is this many standard deviations shorter than the
 * length model expects has lost part of its source: with a clause that carries a
 * figure or a name the version lacks, at SHORT; with nothing to point at, at VERY_SHORT.
 */
const SHORT = -2.5;
const VERY_SHORT = -4.5;

/**
 * `content/omission`: source sentences the version leaves out. The aligner marks them
 * as 1-0 beads; a run of them is one omission, shown on the last words of the version
 * before the gap (or the first words after it, at the start of the text), with the
 * missing Indonesian as the issue's source range.
 */
export const omission = defineRule({
  id: 'content/omission',
  meta: {
    category: 'omission',
    severity: 'major',
    description: 'A source sentence with no counterpart in the version.',
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || source.sentences.length === 0) return;
    const whole = { start: source.sentences[0]!.start, end: source.sentences[source.sentences.length - 1]!.end };
    if (alignment.isTruncated) {
      // Most of the article is missing: one issue, not one per missing sentence.
      const n = version.sentences.length;
      const place = n > 0 ? stretch(version.text, sentencesRange(version.sentences, [n - 1, n])!, 'end') : undefined;
      report({
        ...(place ?? { start: 0, end: version.text.length }),
        source: whole,
        severity: 'critical',
        confidence: 0.9,
        message: !/[\p{L}\p{N}]/u.test(version.text)
          ? 'The version has no words: nothing of the source is rendered.'
          : `The version is ${Math.round(alignment.lengthShare * 100)}% as long as a translation of its source would be: most of the article is missing.`,
      });
      return;
    }
    if (!alignment.isFaithful) return;
    const beads = alignment.beads;
    for (const bead of beads) {
      const finding = clauseOmission(alignment, bead);
      if (finding) report(finding);
    }
    for (let k = 0; k < beads.length; k++) {
      if (!isDropped(beads[k]!)) continue;
      let end = k;
      while (end + 1 < beads.length && isDropped(beads[end + 1]!)) end++;
      const from = beads[k]!.source[0];
      const to = beads[end]!.source[1];
      k = end;
      const missing = sentencesText(source, [from, to]);
      if (isIncidental(missing)) continue;
      const at = beads[from === 0 ? 0 : k]!.version[0];
      const place = at > 0
        ? stretch(version.text, sentencesRange(version.sentences, [at - 1, at])!, 'end')
        : stretch(version.text, sentencesRange(version.sentences, [0, 1])!, 'start');
      if (!place) continue;
      const serious = carriesContent(missing);
      const count = to - from;
      report({
        ...place,
        source: sentencesRange(source.sentences, [from, to])!,
        severity: serious ? 'critical' : 'major',
        confidence: serious ? 0.8 : 0.65,
        message: `The version leaves out ${count === 1 ? 'a source sentence' : `${count} source sentences`} here: "${quoteStart(missing)}"`,
      });
    }
  },
});

/**
 * A clause left out of a sentence: the bead's version is far shorter than its source,
 * and one of the source's clauses (after the first, which carries the subject) has a
 * figure or a name that the version does not.
 */
function clauseOmission(alignment: Alignment, bead: Bead): Finding | undefined {
  const z = alignment.deviation(bead);
  if (z > SHORT) return undefined;
  const src = alignment.sourceRange(bead);
  const ver = alignment.versionRange(bead);
  if (!src || !ver) return undefined;
  const version = alignment.version.text.slice(ver.start, ver.end);
  const lang = alignment.version.base;
  const clause = clauses(alignment.source, src).slice(1).find((c) => missingAnchor(alignment.source.text.slice(c.start, c.end), version, lang));
  if (!clause && z > VERY_SHORT) return undefined;
  const place = stretch(alignment.version.text, ver, 'end');
  if (!place) return undefined;
  const missing = clause ?? src;
  const text = alignment.source.text.slice(missing.start, missing.end);
  return {
    ...place,
    source: missing,
    severity: clause ? 'critical' : 'major',
    confidence: clause ? 0.7 : 0.55,
    message: clause
      ? `This sentence leaves out part of its source: "${quoteStart(text)}"`
      : `This sentence is much shorter than its source and may leave part of it out: "${quoteStart(text)}"`,
  };
}

/** Clauses of a source range: split at , ; : and before dan, serta, sedangkan, sementara, namun, tetapi, sehingga. */
function clauses(doc: PreparedText, range: Range): Range[] {
  const text = doc.text.slice(range.start, range.end);
  const out: Range[] = [];
  let from = 0;
  for (const m of text.matchAll(/[,;:]\s+|\s+(?=(?:dan|serta|sedangkan|sementara|namun|tetapi|sehingga)\s)/gu)) {
    out.push({ start: range.start + from, end: range.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: range.start + from, end: range.end });
  return out.map((c) => trimRange(doc.text, c)).filter((c) => c.end - c.start > 0);
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s\p{P}]/u.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Indonesian number words a clause may carry instead of digits, and how en and fr write numbers. */
const NUMBER_WORDS = /\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluhan|ratusan|ribuan|seratus|seribu)\b/iu;
const TARGET_NUMBERS: Readonly<Record<string, RegExp>> = {
  en: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|both|single|twice)\b/iu,
  fr: /\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dizaines?|centaines?|milliers?|les deux)\b/iu,
};

/** Whether a source clause carries a figure or a name that the version text lacks. */
function missingAnchor(clause: string, version: string, lang: string): boolean {
  for (const d of clause.match(/\d+/g) ?? []) if (!version.includes(d)) return true;
  const numbers = TARGET_NUMBERS[lang];
  if (numbers && NUMBER_WORDS.test(clause) && !numbers.test(version)) return true;
  const names = nameTokens(clause).filter((t, k) => k > 0 && /^\p{Lu}\p{Ll}/u.test(t));
  const versionNames = nameTokens(version).filter((t) => /^\p{Lu}/u.test(t));
  return names.some((n) => !versionNames.some((v) => sameNameToken(n, v)));
}

const isDropped = (b: Bead) => b.version[0] === b.version[1] && b.source[1] > b.source[0];
