import type { Alignment } from '../../align/alignment.js';
import { documentMentions } from '../../text/numbers.js';
import type { Bead, Range } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';
import { isIncidental, quoteStart } from './gap.js';

/**
 * `content/addition`: version sentences with no source counterpart (0-1 beads of the
 * alignment), flagged whole. Boilerplate a portal adds (links, credits, translator
 * notes) is left alone.
 */
export const addition = defineRule({
  id: 'content/addition',
  meta: {
    category: 'addition',
    severity: 'major',
    description: 'Version content with no counterpart in the source.',
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || source.sentences.length === 0 || !alignment.isFaithful) return;
    for (const bead of alignment.beads) {
      const clause = addedClause(alignment, bead);
      if (clause) report(clause);
    }
    for (const bead of alignment.beads) {
      if (bead.source[0] !== bead.source[1] || bead.version[1] <= bead.version[0]) continue;
      const range = alignment.versionRange(bead)!;
      const text = version.text.slice(range.start, range.end);
      if (isIncidental(text)) continue;
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      report({
        start: range.start + lead,
        end: range.end - trail,
        confidence: 0.7,
        message: `The source has nothing that this ${bead.version[1] - bead.version[0] === 1 ? 'sentence' : 'passage'} renders: "${quoteStart(text)}"`,
      });
    }
  },
});

/** Where a clause may begin inside an English or French sentence. */
const CLAUSE_BREAK = /[,;:]\s+|\s+(?=(?:which|that|who|whom|where|while|and|but|qui|que|dont|où|et|mais)\s)/gu;
/** Indonesian ordinals and collectives that carry a number: "kedua" (both, the two), "ketiga", "keduanya". */
const ID_COLLECTIVE = /(?<![\p{L}])ke(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:nya)?(?![\p{L}])/giu;
const ID_SMALL: Readonly<Record<string, number>> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };

/**
 * A clause inside a matched sentence that states a number the source does not have
 * anywhere near ("… in retaliation for a strike that killed two generals" where the
 * source names no casualties). Numbers a near miss of a source number explains are
 * number/mismatch's; dates, years, times and parenthetical conversions are left alone.
 */
function addedClause(alignment: Alignment, bead: Bead): Finding | undefined {
  const { source, version } = alignment;
  const ver = alignment.versionRange(bead);
  const src = alignment.sourceRange(bead);
  if (!ver || !src || (version.base !== 'en' && version.base !== 'fr')) return undefined;
  const around = alignment.sourceRangeAt(src.start, 1) ?? src;
  const sourceText = source.text.slice(around.start, around.end);
  const sourceMentions = documentMentions(source);
  const sourceValues = sourceMentions.filter((m) => m.start >= around.start && m.start < around.end).flatMap((m) => m.readings);
  for (const m of sourceText.matchAll(ID_COLLECTIVE)) sourceValues.push(ID_SMALL[m[1]!.toLowerCase()]!);
  const near = (v: number) => sourceValues.some((s) => s === v || (s > 0 && Number.isInteger(Math.log10(v / s)) && Math.abs(Math.log10(v / s)) <= 6));
  const text = version.text.slice(ver.start, ver.end);
  for (const m of documentMentions(version)) {
    if (m.start < ver.start || m.start >= ver.end) continue;
    if ((m.kind !== 'number' && m.kind !== 'word') || m.parenthetical || m.value < 2 || near(m.value)) continue;
    // The whole of the source has it: a fact restated, not added.
    if (sourceMentions.some((s) => s.readings.includes(m.value))) continue;
    const clause = clauseAround(text, m.start - ver.start);
    if (!clause || clause.end - clause.start >= text.trim().length * 0.8) continue;
    return {
      start: ver.start + clause.start,
      end: ver.start + clause.end,
      confidence: 0.55,
      message: `The source says nothing that this clause renders ("${m.raw}" is in no source sentence here): "${quoteStart(text.slice(clause.start, clause.end))}"`,
    };
  }
  return undefined;
}

/** The clause of `text` that holds `at`, without its punctuation. */
function clauseAround(text: string, at: number): Range | undefined {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const cut = m.index + m[0].length;
    if (cut <= at) start = m.index + (m[0].trim().length ? m[0].length : m[0].length);
    else {
      end = m.index;
      break;
    }
  }
  while (start < end && /[\s\p{P}]/u.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
