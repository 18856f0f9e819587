/**
 * A weekday or date in a version that contradicts the aligned Indonesian source:
 * "Kamis (23/5)" rendered "Thursday (May 25)", "Jumat" rendered "Saturday".
 */
import { weekdayStyle, type Weekday } from '../../lexicon/dates.js';
import { TARGET_LANG_LIST, type TargetLang } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import { isSentenceInitial } from '../../text/case.js';
import {
  findDates, findJapaneseWeekdayChars, findWeekdays, formatDate, formatNumericDate, monthNameLike, sameDate,
  type DateMention, type WeekdayMention,
} from '../../text/dates.js';
import type { Bead, Range } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { isTargetLang } from '../substitution.js';

export const dateMismatch = defineRule({
  id: 'date/mismatch',
  meta: {
    category: 'date-format',
    severity: 'major',
    description: 'A weekday, day, month or year in a version that contradicts the Indonesian source ("Kamis (23/5)" → "Thursday (May 25)").',
    languages: TARGET_LANG_LIST,
  },
  check(ctx) {
    const { version, source, alignment } = ctx;
    if (!source || !alignment || !isTargetLang(version.base)) return;
    const lang = version.base;
    for (const bead of alignment.beads) {
      const own = alignment.sourceRange(bead);
      const versionRange = alignment.versionRange(bead);
      if (!own || !versionRange) continue;
      // A date the version moved one sentence away is no contradiction: matches are looked for one bead around.
      const wide = alignment.sourceRangeAt(versionRange.start, 1) ?? own;
      const confidence = isPlainBead(bead) ? 0.85 : 0.75;
      checkWeekdays(ctx, lang, source, { own, wide, versionRange, confidence });
      checkDates(ctx, lang, source, { own, wide, versionRange, confidence });
    }
  },
});

interface Window {
  /** The bead's source sentences. */
  own: Range;
  /** The bead's source sentences and one bead either side. */
  wide: Range;
  versionRange: Range;
  confidence: number;
}

const isPlainBead = (b: Bead) => b.source[1] - b.source[0] === 1 && b.version[1] - b.version[0] === 1;

const ENGLISH_DAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Minggu dini hari" (early Sunday) is often "late Saturday night" in a version. */
const EARLY_HOURS_AFTER = /^\s*(?:,\s*)?(?:\([^)]{1,12}\)\s*)?dini\s+hari/iu;
const previousDay = (d: Weekday): Weekday => (d === 1 ? 7 : d - 1) as Weekday;

function sourceWeekdayFits(source: PreparedText, s: WeekdayMention, day: Weekday): boolean {
  return s.day === day || (EARLY_HOURS_AFTER.test(source.text.slice(s.end, s.end + 24)) && previousDay(s.day) === day);
}

function checkWeekdays({ version, report }: RuleContext, lang: TargetLang, source: PreparedText, w: Window): void {
  const text = version.text;
  const found = [...findWeekdays(text, lang, w.versionRange), ...(lang === 'ja' ? findJapaneseWeekdayChars(text, w.versionRange) : [])]
    .filter((v) => v.certain);
  if (found.length === 0) return;
  const wide = findWeekdays(source.text, 'id', w.wide);
  const own = findWeekdays(source.text, 'id', w.own).filter((s) => s.certain);
  const ownDays = new Set(own.map((s) => s.day));
  // Several days on either side ("from Monday to Friday"): too easy to pair the wrong ones.
  if (ownDays.size !== 1 || new Set(found.map((v) => v.day)).size !== 1) return;
  const expected = own[0]!;
  for (const v of found) {
    if (wide.some((s) => sourceWeekdayFits(source, s, v.day))) continue;
    const written = text.slice(v.start, v.end);
    let suggestion = v.abbreviation && lang === 'ja' ? weekdayStyle.ja[expected.day - 1]!.charAt(0) : weekdayStyle[lang][expected.day - 1]!;
    if (lang === 'fr' && isSentenceInitial(text, v.start)) suggestion = suggestion[0]!.toUpperCase() + suggestion.slice(1);
    if (lang === 'en' && v.abbreviation) suggestion = `${suggestion.slice(0, 3)}.`;
    report({
      start: v.start,
      end: v.end,
      suggestions: [suggestion],
      source: { start: expected.start, end: expected.end },
      confidence: w.confidence,
      message: `"${written}" contradicts the source, which says "${source.text.slice(expected.start, expected.end)}" (${ENGLISH_DAY[expected.day]}).`,
    });
  }
}

const dateKey = (d: DateMention) => `${d.kind}:${d.day}/${d.month}/${d.year ?? ''}`;

/** The version's date with the source's day, month and year written in its place, in its own style. */
function rewrite(text: string, lang: TargetLang, v: DateMention, s: DateMention): { span: Range; suggestion: string } {
  if (v.numeric) {
    const year = v.year !== undefined ? (s.year ?? v.year) : undefined;
    return { span: v, suggestion: formatNumericDate(lang, v.numeric, { day: s.day, month: s.month, ...(year !== undefined ? { year } : {}) }) };
  }
  const parts: { at: Range; value: string }[] = [];
  let dayAt = v.dayAt;
  if (dayAt) {
    // The day with what is written on it: "1er", "7th", "7日".
    const suffix = /^(?:st|nd|rd|th|er|e|\s*[日号號])/u.exec(text.slice(dayAt.end, dayAt.end + 3))?.[0] ?? '';
    dayAt = { start: dayAt.start, end: dayAt.end + suffix.length };
    if (v.day !== s.day) {
      const value = lang === 'fr' && /^(?:er|e)$/.test(suffix) ? (s.day === 1 ? '1er' : String(s.day))
        : lang === 'en' && suffix ? ordinal(s.day)
          : `${s.day}${suffix}`;
      parts.push({ at: dayAt, value });
    }
  }
  if (v.monthAt && v.month !== s.month) {
    const like = text.slice(v.monthAt.start, v.monthAt.end);
    parts.push({ at: v.monthAt, value: lang === 'zh' || lang === 'ja' ? String(s.month) : monthNameLike(lang, s.month, like) });
  }
  if (v.yearAt && s.year !== undefined && v.year !== s.year) parts.push({ at: v.yearAt, value: String(s.year) });
  const ats = [dayAt, v.monthAt, v.yearAt].filter((r): r is Range => r !== undefined);
  const span = ats.length > 0 ? { start: Math.min(...ats.map((r) => r.start)), end: Math.max(...ats.map((r) => r.end)) } : { start: v.start, end: v.end };
  let out = '';
  let from = span.start;
  for (const p of parts.sort((a, b) => a.at.start - b.at.start)) {
    out += text.slice(from, p.at.start) + p.value;
    from = p.at.end;
  }
  out += text.slice(from, span.end);
  return { span, suggestion: out };
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function describe(d: DateMention): string {
  if (d.kind === 'month') return `${ENGLISH_MONTH[d.month - 1]}${d.year !== undefined ? ` ${d.year}` : ''}`;
  return formatDate('en', d);
}

const ENGLISH_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function checkDates({ version, report }: RuleContext, lang: TargetLang, source: PreparedText, w: Window): void {
  const text = version.text;
  const found = findDates(text, lang, w.versionRange, { numeric: true });
  if (found.length === 0) return;
  // A month the source names alone ("Januari hingga Maret 2024") still backs the version's "January 2024".
  const wide = findDates(source.text, 'id', w.wide, { bareMonths: true });
  const own = findDates(source.text, 'id', w.own, { bareMonths: true });
  for (const v of found) {
    if (wide.some((s) => sameDate(v, s))) continue;
    // Compare like with like, and only against one date: with several, which one the version renders is a guess.
    const candidates = own.filter((s) => s.kind === v.kind);
    const distinct = new Map(candidates.map((s) => [dateKey(s), s] as const));
    if (distinct.size !== 1) continue;
    const expected = candidates[0]!;
    // A range in the source ("23-24 Mei") has no single day to suggest.
    if (expected.otherDays && v.kind === 'day') continue;
    const { span, suggestion } = rewrite(text, lang, v, expected);
    const written = text.slice(span.start, span.end);
    if (suggestion === written) continue;
    report({
      start: span.start,
      end: span.end,
      suggestions: [suggestion],
      source: { start: expected.start, end: expected.end },
      confidence: w.confidence,
      message: `"${written}" contradicts the source, which says "${source.text.slice(expected.start, expected.end)}" (${describe(expected)}).`,
    });
  }
}
