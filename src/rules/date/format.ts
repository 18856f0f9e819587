/**
 * Indonesian date and time conventions carried into a version: the "(7/5)" that follows
 * a day name in Indonesian news, the time zones WIB/WITA/WIT left unexplained, and the
 * Indonesian dot in "pukul 14.30".
 */
import { LANGUAGE_NAMES } from '../../prepare/language.js';
import { localTimeWords, timeZones, type TimeZone } from '../../lexicon/dates.js';
import { TARGET_LANG_LIST, type TargetLang } from '../../lexicon/types.js';
import { sentenceAt, type PreparedText } from '../../prepare/index.js';
import {
  counterpart, dayNameBefore, findNumericDates, formatDate, formatNumericDate, perRange, weekdayOf,
  type NumericDate,
} from '../../text/dates.js';
import { escapeRegExp } from '../../text/phrases.js';
import type { Range, Severity } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { isTargetLang } from '../substitution.js';


/** Readers of these languages misread or cannot read a day-first numeric date; in French and Arabic it is only off-style. */
const BRACKET_SEVERITY: Record<TargetLang, Severity> = { en: 'major', zh: 'major', ja: 'major', fr: 'minor', ar: 'minor' };

export const dateFormat = defineRule({
  id: 'date/format',
  meta: {
    category: 'date-format',
    severity: 'minor',
    description: 'Indonesian date and time conventions copied into a version: "Tuesday (7/5)", a bare "WIB", "14.30" for a time.',
    languages: TARGET_LANG_LIST,
  },
  check(ctx) {
    if (!isTargetLang(ctx.version.base)) return;
    const lang = ctx.version.base;
    checkBracketDates(ctx, lang);
    checkTimeZones(ctx, lang);
    if (lang === 'en' || lang === 'fr') checkDottedTimes(ctx, lang);
  },
});

// ── "Selasa (7/5)" ──────────────────────────────────────────────────────────────

/**
 * The Indonesian "Selasa (7/5)": the bracket with the day name just before it. Undefined
 * when no day name (or "kemarin", "tanggal", …) stands there: "(3/4)" alone may be a fraction.
 */
function withSourceDayName(source: PreparedText, bracket: Range): Range | undefined {
  const dayName = dayNameBefore(source.text, bracket.start, 'id');
  return dayName ? { start: dayName.day !== undefined ? dayName.start : bracket.start, end: bracket.end } : undefined;
}

const sameNumbers = (a: NumericDate, b: NumericDate) => a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);

function checkBracketDates({ version, source, alignment, report }: RuleContext, lang: TargetLang): void {
  const text = version.text;
  const inVersion = perRange((r) => findNumericDates(text, r.start, r.end));
  const inSource = source ? perRange((r) => findNumericDates(source.text, r.start, r.end)) : undefined;
  // "(3/4)" with no day name before it may be a fraction: only "Selasa (7/5)" backs a date.
  const datesInSource = source && inSource ? perRange((r) => inSource(r).filter((s) => withSourceDayName(source, s))) : undefined;
  for (const date of findNumericDates(text)) {
    const dayName = dayNameBefore(text, date.start, lang);
    // With a year and a weekday, the calendar tells which order the numbers are in.
    if (dayName?.day !== undefined && date.year !== undefined && lang === 'en') {
      const dayFirst = weekdayOf({ day: date.day, month: date.month, year: date.year });
      const monthFirst = date.day <= 12 ? weekdayOf({ day: date.month, month: date.day, year: date.year }) : undefined;
      if (dayFirst !== dayName.day && monthFirst === dayName.day) continue;
    }
    let sourceRange: Range | undefined;
    let confidence = 0.7;
    if (source && alignment && inSource && datesInSource) {
      // Without a day name in the version, the bracket must pair with a source bracket that has one.
      const hit = dayName
        ? counterpart(alignment, date.start, (r) => inVersion(r).filter((v) => sameNumbers(date, v)), (r) => datesInSource(r).filter((s) => sameNumbers(date, s)), { anywhere: true })
        : counterpart(alignment, date.start, (r) => inVersion(r).filter((v) => sameNumbers(date, v)), (r) => inSource(r).filter((s) => sameNumbers(date, s)));
      const backed = hit && hit.backing !== 'text' ? withSourceDayName(source, hit.range) : undefined;
      if (backed) {
        sourceRange = backed;
        confidence = 0.9;
      } else {
        // The source has another date here: the version either put it month first (already
        // the reader's order) or changed the date, which date/mismatch reports.
        const aligned = alignment.sourceRangeAt(date.start, 1);
        if (!dayName || (aligned && inSource(aligned).length > 0)) continue;
        if (hit) {
          sourceRange = withSourceDayName(source, hit.range);
          confidence = 0.85;
        }
      }
    } else if (!dayName) continue;

    const written = text.slice(date.start, date.end);
    const spelled = formatDate('en', date);
    let why: string;
    if (lang === 'en') {
      why = date.day <= 12 && date.day !== date.month
        ? `an English reader takes it for ${formatDate('en', { day: date.month, month: date.day })}`
        : 'English news writes the month in letters';
    } else if (lang === 'zh' || lang === 'ja') {
      why = `${LANGUAGE_NAMES[lang]} writes dates month first, so it is unclear or misread`;
    } else {
      why = `${LANGUAGE_NAMES[lang]} news writes the month in letters`;
    }
    report({
      start: date.start,
      end: date.end,
      severity: BRACKET_SEVERITY[lang],
      suggestions: [formatNumericDate(lang, date)],
      ...(sourceRange ? { source: sourceRange } : {}),
      confidence,
      message: `"${written}" is the Indonesian day/month date (${spelled}) copied as is; ${why}.`,
    });
  }
}

// ── WIB, WITA, WIT ──────────────────────────────────────────────────────────────

const ZONE = /(?<![A-Za-z])(WITA|WIB|WIT)(?![A-Za-z])/g;
/** A clock time just before a zone: "14.30 WIB", "2 p.m. WIT", "14時30分WIB", "14 h 30 (WIB)". */
const TIME_BEFORE = /\d\s*(?:[ap]\.?\s?m\.?|h|hrs?|時|时|点|點|分|ساعة)?\s*[(（]?\s*$/iu;

const zoneByCode = new Map(timeZones.map((z) => [z.code, z] as const));

/** One case-insensitive pattern over phrases; all-letter acronyms (GMT, UTC) only as whole words. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) => (/^[A-Za-z]+$/.test(p) ? `(?<![A-Za-z])${p}(?![A-Za-z])` : escapeRegExp(p).replace(/'/g, "['’]")));
  return new RegExp(alternatives.join('|'), 'iu');
}

const explainers = new Map<string, { zone: RegExp; any: RegExp }>();

/** What explains a zone in a language: its names (the English ones too), and local time or a GMT/UTC conversion. */
function explainersOf(zone: TimeZone, lang: TargetLang): { zone: RegExp; any: RegExp } {
  const key = `${zone.code}:${lang}`;
  let e = explainers.get(key);
  if (!e) {
    const names = [...zone.expansions[lang], ...(lang === 'en' ? [] : zone.expansions.en)];
    e = { zone: phrasePattern(names), any: phrasePattern([...names, ...localTimeWords[lang]]) };
    explainers.set(key, e);
  }
  return e;
}

/** "pukul 14.30 WIB" in the source: the zone with the time before it, when there is one. */
function zonesIn(text: string, zone: TimeZone, range: Range, withTime: boolean): Range[] {
  const time = withTime ? '(?:(?:[Pp]ukul|[Jj]am)\\s+)?(?:\\d{1,2}[.:]\\d{2}\\s*(?:[-–]|hingga|sampai|s\\.d\\.?|s/d)?\\s*)*' : '';
  const re = new RegExp(`${time}(?<![A-Za-z])${zone.code}(?![A-Za-z])`, 'g');
  return [...text.slice(range.start, range.end).matchAll(re)].map((h) => ({ start: range.start + h.index, end: range.start + h.index + h[0].length }));
}

/** A dotted time right before a zone: "05.12 " in "05.12 WIB". */
const DOTTED_BEFORE_ZONE = /(?<![\d.,:])([01]?\d|2[0-3])\.([0-5]\d)\s*$/;

/** A time as the language writes it: en "14:30", fr "14 h 30". */
const clock = (hours: string, minutes: string, lang: 'en' | 'fr') =>
  lang === 'en' ? `${hours}:${minutes}` : `${Number(hours)} h${minutes === '00' ? '' : ` ${minutes}`}`;

function checkTimeZones({ version, source, alignment, report }: RuleContext, lang: TargetLang): void {
  const text = version.text;
  const explainedBy = new Map<string, boolean>();
  const firstName = new Map<string, number>();
  const inVersion = new Map<string, (r: Range) => Range[]>();
  const inSource = new Map<string, (r: Range) => Range[]>();
  ZONE.lastIndex = 0;
  for (let m = ZONE.exec(text); m; m = ZONE.exec(text)) {
    const zone = zoneByCode.get(m[1] as TimeZone['code'])!;
    const start = m.index;
    const end = start + m[0].length;
    const patterns = explainersOf(zone, lang);
    // Once an article has said what WIB is, later bare uses are fine.
    if (!firstName.has(zone.code)) firstName.set(zone.code, patterns.zone.exec(text)?.index ?? Infinity);
    if (firstName.get(zone.code)! < start) continue;
    const sentence = sentenceAt(version, start);
    const key = `${zone.code}:${sentence?.index ?? -1}`;
    if (!explainedBy.has(key)) explainedBy.set(key, patterns.any.test(sentence ? text.slice(sentence.start, sentence.end) : text));
    if (explainedBy.get(key)) {
      firstName.set(zone.code, Math.min(firstName.get(zone.code)!, start));
      continue;
    }

    let sourceRange: Range | undefined;
    let confidence = 0.7;
    if (source && alignment) {
      if (!inVersion.has(zone.code)) {
        inVersion.set(zone.code, perRange((r) => zonesIn(text, zone, r, false)));
        inSource.set(zone.code, perRange((r) => zonesIn(source.text, zone, r, true)));
      }
      const hit = counterpart(alignment, start, inVersion.get(zone.code)!, inSource.get(zone.code)!, { anywhere: true });
      if (hit) {
        sourceRange = hit.range;
        confidence = hit.backing === 'text' ? 0.85 : 0.9;
      }
    }
    // Without the source's backing, the letters are a zone only after a clock time.
    if (!sourceRange && !TIME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;

    // Decision 7: the issue takes in a dotted time just before the zone ("05.12 WIB"), one
    // fix for both; a dotted time with no zone is accepted English and left alone.
    const dotted = lang === 'en' || lang === 'fr' ? DOTTED_BEFORE_ZONE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    const from = dotted ? start - dotted[0].length : start;
    const zoneName = lang === 'en' || lang === 'fr' ? `${zone.name[lang]} (${zone.code})` : zone.name[lang];
    const suggestion = dotted ? `${clock(dotted[1]!, dotted[2]!, lang as 'en' | 'fr')}${lang === 'fr' ? ',' : ''} ${zoneName}` : zoneName;
    report({
      start: from,
      end,
      severity: 'minor',
      suggestions: [suggestion],
      ...(sourceRange ? { source: sourceRange } : {}),
      confidence,
      message: `"${zone.code}" (${zone.indonesian}, UTC+${zone.utcOffset}) is an Indonesian abbreviation that ${LANGUAGE_NAMES[lang]} readers do not know; spell it out once or give local time.`,
    });
  }
}

// ── "pukul 14.30" ───────────────────────────────────────────────────────────────

const DOTTED_TIME = /(?<![\d.,:])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d)/g;
const ZONE_AFTER = /^\s*[(（]?\s*(?:WIB|WITA|WIT)(?![A-Za-z])/;
const RANGE_TO_ZONED = /^\s*(?:[-–]|to|until|till|and|à|et|jusqu['’]à)\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[(（]?\s*(?:WIB|WITA|WIT)(?![A-Za-z])/;
const FR_TIME_AFTER = /^\s*(?:h(?![\p{L}])|heures?\s+locales?)/iu;
const FR_TIME_BEFORE = /(?:^|[\s(])(?:à|vers|jusqu['’]à|dès|à\s+partir\s+de)\s+$/iu;
const FR_NOT_TIME_AFTER = /^\s*(?:%|pour\s*cent|millions?|milliards?|mille|euros?|dollars?|\$|€|roupies?|rupiahs?|points?|kg|km|cm|mm|m(?![\p{L}])|mètres?|tonnes?|litres?|ha(?![\p{L}])|hectares?|fois|ans?|années?|degrés?|°)/iu;

/** Dotted and coloned times in a range, with "pukul" before them when `withPukul`. */
function timesIn(text: string, range: Range, withPukul: boolean): (Range & { time: string })[] {
  const re = withPukul ? /(?:(?:[Pp]ukul|[Jj]am)\s+)?(?<![\d.,])(\d{1,2}[.:]\d{2})(?!\d)/g : /(?<![\d.,])(\d{1,2}[.:]\d{2})(?!\d)/g;
  return [...text.slice(range.start, range.end).matchAll(re)].map((h) => ({ start: range.start + h.index, end: range.start + h.index + h[0].length, time: h[1]! }));
}

function checkDottedTimes({ version, source, alignment, report }: RuleContext, lang: 'en' | 'fr'): void {
  const text = version.text;
  const inVersion = perRange((r) => timesIn(text, r, false));
  const inSource = source ? perRange((r) => timesIn(source.text, r, true)) : undefined;
  DOTTED_TIME.lastIndex = 0;
  for (let m = DOTTED_TIME.exec(text); m; m = DOTTED_TIME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    // Right before a zone, the time is part of the zone's issue ("05.12 WIB", Decision 7).
    if (ZONE_AFTER.test(after)) continue;
    const zoned = RANGE_TO_ZONED.test(after);
    // English accepts "13.00 local time" (British style); a dot is Indonesian only beside WIB.
    let isTime = zoned;
    if (!isTime && lang === 'fr' && !FR_NOT_TIME_AFTER.test(after)) {
      if (FR_TIME_AFTER.test(after)) isTime = true;
      else {
        const before = text.slice(Math.max(0, start - 40), start);
        const preposition = FR_TIME_BEFORE.exec(before);
        // "passé de 12.50 à 14.30": a number before the preposition makes both decimals, unless it is a time too.
        const earlier = preposition ? before.slice(0, preposition.index) : '';
        const lastNumber = /(\d+(?:[.,]\d+)?)\D*$/.exec(earlier.slice(-25));
        if (preposition && (!lastNumber || /^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(lastNumber[1]!))) isTime = true;
      }
    }
    if (!isTime) continue;
    const hours = m[1]!;
    const minutes = m[2]!;
    const suggestion = clock(hours, minutes, lang);

    let sourceRange: Range | undefined;
    let confidence = 0.7;
    if (source && alignment && inSource) {
      const time = m[0];
      const hit = counterpart(alignment, start, (r) => inVersion(r).filter((h) => h.time === time), (r) => inSource(r).filter((h) => h.time === time));
      if (hit) {
        sourceRange = hit.range;
        confidence = 0.85;
      }
    }
    report({
      start,
      end,
      severity: 'minor',
      suggestions: [suggestion],
      ...(sourceRange ? { source: sourceRange } : {}),
      confidence,
      message: `"${m[0]}" keeps the Indonesian dot between hours and minutes; ${LANGUAGE_NAMES[lang]} writes "${suggestion}".`,
    });
  }
}
