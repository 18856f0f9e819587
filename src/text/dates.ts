/**
 * Finding and writing dates: the Indonesian "(d/m)" after a day name, weekday names,
 * "day month [year]" in each language, and a date in each target language's news style.
 * Shared by the date rules, so a date is read one way everywhere.
 */
import {
  dayWords, japaneseWeekdayChars, monthNames, monthStyle, partsOfDay, weekdayNames,
  type DateLang, type MonthName, type Weekday, type WeekdayName,
} from '../lexicon/dates.js';
import type { Alignment } from '../align/alignment.js';
import { nearestByPosition } from '../align/position.js';
import type { Range } from '../types.js';
import { isSentenceInitial } from './case.js';
import { escapeRegExp } from './phrases.js';

/** A calendar day as a text gives it; the year only when the text writes one. */
export interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

/** "(7/5)" or "(20/3/2024)": the range covers the brackets. */
export interface NumericDate extends Range, DayMonth {
  open: string;
  close: string;
  /** The text writes Arabic-Indic digits (٧/٥). */
  arabicDigits: boolean;
  /** Other days of a range written before this one ("(23-24/5)" also gives 23). */
  alsoDays: number[];
}

export interface WeekdayMention extends Range {
  day: Weekday;
  /** The form names a day here for sure (not the "week" sense of Indonesian "minggu"). */
  certain: boolean;
  /** An abbreviated form ("Tue.") */
  abbreviation: boolean;
}

/** A calendar date written with a month (by name, or by number in CJK and brackets). */
export interface DateMention extends Range, DayMonth {
  /** What it gives: a day of a month, or only a month of a year ("May 2024"). */
  kind: 'day' | 'month';
  /** Other days of a range written with it ("23-24 Mei" is the 24th and the 23rd). */
  otherDays?: number[];
  /** A bracketed "(d/m)" in a version. */
  numeric?: NumericDate;
  /** The bracketed numbers may be month first: English and East Asian readers write 5/7 for May 7. */
  eitherOrder?: boolean;
  /** Where the day, month and year are written, to rewrite one of them. */
  dayAt?: Range;
  monthAt?: Range;
  yearAt?: Range;
}

const LATIN = new Set<DateLang>(['id', 'en', 'fr']);

/** Fullwidth and Arabic-Indic digits as ASCII digits, one UTF-16 unit for one, so offsets hold. */
export function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    const base = c >= 0xff10 ? 0xff10 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(c - base);
  });
}

const toArabicDigits = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** A two-digit year in a bracket date is this century's. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

export const isValidDayMonth = (d: DayMonth): boolean => d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12;

const NUMERIC_DATE = /([(（])\s*(?:(\d{1,2})\s*[-–]\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}|\d{2}))?\s*([)）])/g;

/** Every bracketed "(d/m)" or "(d/m/yyyy)" in `text` between `from` and `to` whose numbers can be a day and a month. */
export function findNumericDates(text: string, from = 0, to = text.length): NumericDate[] {
  const found: NumericDate[] = [];
  const digits = asciiDigits(text.slice(from, to));
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(digits); m; m = NUMERIC_DATE.exec(digits)) {
    const date: NumericDate = {
      start: from + m.index,
      end: from + m.index + m[0].length,
      day: Number(m[3]),
      month: Number(m[4]),
      open: m[1]!,
      close: m[6]!,
      arabicDigits: /[\u0660-\u0669\u06F0-\u06F9]/.test(text.slice(from + m.index, from + m.index + m[0].length)),
      alsoDays: m[2] ? [Number(m[2])] : [],
    };
    if (m[5]) date.year = fullYear(m[5]);
    if (isValidDayMonth(date)) found.push(date);
  }
  return found;
}

// ── Weekdays ────────────────────────────────────────────────────────────────────

const weekdayPatterns = new Map<DateLang, RegExp>();

/** One pattern per language over its weekday names, longest first; Latin names at word edges. */
function weekdayPattern(lang: DateLang): RegExp {
  let re = weekdayPatterns.get(lang);
  if (!re) {
    const forms = [...weekdayNames[lang]].map((w) => w.form).sort((a, b) => b.length - a.length);
    const alternatives = forms.map((f) => (lang === 'fr' ? `[${f[0]}${f[0]!.toUpperCase()}]${escapeRegExp(f.slice(1))}` : escapeRegExp(f))).join('|');
    const body = LATIN.has(lang)
      ? `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`
      : lang === 'ar'
        // Arabic joins و and ف to the next word; a day name ends where the letters do.
        ? `(?<![\\p{L}](?<![وف]))(?:${alternatives})(?![\\p{L}])`
        : `(?:${alternatives})`;
    re = new RegExp(body, 'gu');
    weekdayPatterns.set(lang, re);
  }
  return re;
}

function lookupWeekday(lang: DateLang, form: string): WeekdayName | undefined {
  const key = lang === 'fr' ? form.toLowerCase() : form;
  return weekdayNames[lang].find((w) => w.form === key);
}

/** Chinese 周一 is also part of 每周一次 "once a week": a day name is not followed by a counter. */
const ZH_NOT_A_DAY_AFTER = /^[次遍回趟个個些年天周週]/u;
const ID_PARTS_OF_DAY = /^,?\s*(?:pagi|siang|sore|malam|dini\s+hari|\(\d|\d{1,2}\s+\p{Lu})/u;
const ID_WEEK_AFTER = /^\s*(?:lalu|ini|depan|kemarin|ke-?\d|pertama|kedua|ketiga|terakhir)\b/iu;

/**
 * Weekday names in `text` within `range`. Abbreviations are included only with
 * `abbreviations` (they need the date beside them to be sure). An ambiguous form is
 * returned with `certain: false` unless its context names a day.
 */
export function findWeekdays(text: string, lang: DateLang, range: Range = { start: 0, end: text.length }, options: { abbreviations?: boolean } = {}): WeekdayMention[] {
  const re = weekdayPattern(lang);
  const piece = text.slice(range.start, range.end);
  const found: WeekdayMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const name = lookupWeekday(lang, m[0]);
    if (!name) continue;
    const abbreviation = /\.$/.test(name.form) || (lang === 'en' && name.form.length <= 5 && !/day$/.test(name.form));
    if (abbreviation && !options.abbreviations) continue;
    const start = range.start + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    const before = text.slice(Math.max(0, start - 12), start);
    if (lang === 'zh' && ZH_NOT_A_DAY_AFTER.test(after)) continue;
    // French day names are lower case; a capitalised one mid-sentence is part of a name.
    if (lang === 'fr' && /^\p{Lu}/u.test(m[0]) && !isSentenceInitial(text, start)) continue;
    let certain = !name.ambiguous;
    if (name.ambiguous) {
      if (lang === 'id') certain = /\bhari\s+$/iu.test(before) || (ID_PARTS_OF_DAY.test(after) && !ID_WEEK_AFTER.test(after));
      else if (lang === 'ar') certain = /يوم\s+$/u.test(before) || /^\s*[(（]?\s*[\d\u0660-\u0669]/u.test(after);
    }
    // Indonesian "Minggu lalu" is "last week"; an unsure Minggu still counts as a possible Sunday.
    if (lang === 'id' && name.ambiguous && ID_WEEK_AFTER.test(after) && !/\bhari\s+$/iu.test(before)) certain = false;
    found.push({ start, end, day: name.day, certain, abbreviation });
  }
  return found;
}

/** Japanese "（火）" after a date: the weekday in one character. */
export function findJapaneseWeekdayChars(text: string, range: Range = { start: 0, end: text.length }): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  const re = /日\s*[（(]([月火水木金土日])(?:曜日?)?[）)]/gu;
  const piece = text.slice(range.start, range.end);
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const start = range.start + m.index + m[0].indexOf(m[1]!);
    found.push({ start, end: start + 1, day: japaneseWeekdayChars[m[1]!]!, certain: true, abbreviation: true });
  }
  return found;
}

/**
 * The weekday (or "today", "yesterday", …) written just before `offset`: the place a
 * "(d/m)" can only be a date. Allows a comma, "on", and a part of the day between them
 * ("Tuesday evening (7/5)").
 */
export function dayNameBefore(text: string, offset: number, lang: DateLang): (Range & { day?: Weekday }) | undefined {
  const windowStart = Math.max(0, offset - 40);
  let head = text.slice(windowStart, offset);
  // Strip what may stand between the day name and the bracket.
  const parts = partsOfDay[lang].map(escapeRegExp).join('|');
  const between = lang === 'zh' || lang === 'ja' ? new RegExp(`(?:${parts})?\\s*$`, 'u') : new RegExp(`(?:[\\s,،]+(?:${parts}))?[\\s,،]*$`, 'iu');
  head = head.replace(between, '');
  const end = windowStart + head.length;
  const weekdays = findWeekdays(text, lang, { start: windowStart, end }, { abbreviations: true });
  const last = weekdays[weekdays.length - 1];
  if (last && last.end === end) return last;
  for (const word of dayWords[lang]) {
    if (head.toLowerCase().endsWith(word.toLowerCase())) {
      const start = end - word.length;
      const prev = text[start - 1];
      if (LATIN.has(lang) && prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) continue;
      if (lang === 'ar' && prev !== undefined && /\p{L}/u.test(prev) && !/[وف]/u.test(prev)) continue;
      return { start, end };
    }
  }
  return undefined;
}

// ── Dates with month names ──────────────────────────────────────────────────────

const monthPatterns = new Map<string, RegExp>();
const barePatterns = new Map<string, RegExp>();

function monthAlternatives(lang: 'id' | 'en' | 'fr' | 'ar', abbreviations = true): string {
  const forms = monthNames[lang].filter((m) => abbreviations || !m.abbreviation).map((m) => m.form).sort((a, b) => b.length - a.length);
  return forms
    .map((f) => {
      const body = escapeRegExp(f).replace(/ /g, '\\s+');
      // French month names are lower case, but a title or sentence start capitalises them.
      return lang === 'fr' ? `[${f[0]}${f[0]!.toUpperCase()}]${escapeRegExp(f.slice(1))}` : body;
    })
    .join('|');
}

function lookupMonth(lang: 'id' | 'en' | 'fr' | 'ar', form: string): MonthName | undefined {
  const key = (lang === 'fr' ? form.toLowerCase() : form).replace(/\s+/g, ' ');
  return monthNames[lang].find((m) => m.form === key);
}

const D = '(\\d{1,2})';
const Y = '(\\d{4})';
const NOT_AFTER_NUMBER = '(?![\\d])(?![.,:]\\d)';

/** Per language: patterns with named groups d (day), m (month name or number), y (year), r (an earlier day of a range). */
function datePattern(lang: DateLang): RegExp {
  const cached = monthPatterns.get(lang);
  if (cached) return cached;
  let source: string;
  switch (lang) {
    case 'zh':
    case 'ja':
      source = `(?:(?<y>\\d{4})\\s*年\\s*)?(?<!\\d)(?<m>\\d{1,2})\\s*月\\s*(?:(?<r>\\d{1,2})\\s*[日号號]?\\s*(?:[-–~～至到]|和|及)\\s*)?(?<d>\\d{1,2})\\s*[日号號]|(?<y2>\\d{4})\\s*年\\s*(?<m2>\\d{1,2})\\s*月(?!\\s*\\d)`;
      break;
    case 'en': {
      const M = `(?<![\\p{L}])(?:${monthAlternatives('en')})(?![\\p{L}])`;
      source =
        `(?<m>${M})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?${NOT_AFTER_NUMBER}(?:\\s*(?:[-–]|and|to|through)\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+(?<y>\\d{4})(?!\\d))?` +
        `|(?<![\\d.,])(?:(?<r>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]|and|to)\\s*)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${M})(?:,?\\s+(?<y2>\\d{4})(?!\\d))?` +
        `|(?<m3>${M}),?\\s+(?<y3>\\d{4})(?!\\d)`;
      break;
    }
    case 'fr':
    case 'id': {
      const M = `(?<![\\p{L}])(?:${monthAlternatives(lang)})(?![\\p{L}])`;
      const AND = lang === 'fr' ? '(?:[-–]|et|au|à)' : '(?:[-–]|dan|hingga|sampai|s\\.d\\.?|s/d|atau)';
      const ORD = lang === 'fr' ? '(?:er|e)?' : '';
      source =
        `(?<![\\d.,])(?:(?<r>\\d{1,2})${ORD}\\s*${AND}\\s*)?(?<d>\\d{1,2})${ORD}\\s+(?<m>${M})(?:\\s+(?<y>\\d{4})(?!\\d))?` +
        `|(?<m3>${M})\\s+(?<y3>\\d{4})(?!\\d)`;
      break;
    }
    case 'ar': {
      const M = `(?:${monthAlternatives('ar')})(?![\\p{L}])`;
      // "7 مايو/أيار 2024", "7 أيار (مايو) 2024": a second name of the same month may follow.
      source =
        `(?<![\\d.,])(?:(?<r>\\d{1,2})\\s*(?:[-–]|و)\\s*)?(?<d>\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?(?<m>${M})(?:\\s*[/(]\\s*(?:${M})(?:\\s*\\))?)?(?:\\s+(?:عام|سنة)?\\s*(?<y>\\d{4})(?!\\d))?` +
        `|(?:شهر\\s+)?(?<m3>${M})(?:\\s*[/(]\\s*(?:${M})(?:\\s*\\))?)?\\s+(?:عام\\s+|سنة\\s+)?(?<y3>\\d{4})(?!\\d)`;
      break;
    }
  }
  const re = new RegExp(source, 'gud');
  monthPatterns.set(lang, re);
  return re;
}

function groupRange(m: RegExpExecArray, name: string, offset: number): Range | undefined {
  const value = m.groups?.[name];
  if (value === undefined) return undefined;
  // Named groups have no index without the d flag; find the value inside the match after the earlier groups.
  const indices = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices;
  const at = indices?.groups?.[name];
  if (at) return { start: offset + at[0], end: offset + at[1] };
  return undefined;
}

/**
 * Dates written with a month in `text` between `from` and `to`, in a language's ways:
 * "7 Mei 2024", "May 7, 2024", "7 mai", "5月7日", "7 مايو/أيار", and "May 2024".
 * With `numeric`, bracketed "(d/m)" dates are included (as written in a version, their
 * order is not certain; in the Indonesian source it is day first, and always included).
 * With `bareMonths`, a month named alone ("sejak Januari") is a month without a year.
 */
export function findDates(text: string, lang: DateLang, range: Range = { start: 0, end: text.length }, options: { numeric?: boolean; bareMonths?: boolean } = {}): DateMention[] {
  const found: DateMention[] = [];
  const piece = asciiDigits(text.slice(range.start, range.end));
  const re = datePattern(lang);
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const g = m.groups ?? {};
    const dayText = g.d ?? g.d2;
    const monthText = g.m ?? g.m2 ?? g.m3;
    const yearText = g.y ?? g.y2 ?? g.y3;
    if (monthText === undefined) continue;
    const month = lang === 'zh' || lang === 'ja' ? Number(monthText) : lookupMonth(lang, monthText)?.month;
    if (month === undefined || month < 1 || month > 12) continue;
    const day = dayText === undefined ? 0 : Number(dayText);
    if (dayText !== undefined && (day < 1 || day > 31)) continue;
    const mention: DateMention = { kind: dayText === undefined ? 'month' : 'day', start: range.start + m.index, end: range.start + m.index + m[0].length, day, month };
    if (yearText !== undefined) mention.year = Number(yearText);
    if (g.r !== undefined) mention.otherDays = [Number(g.r)];
    const at = (name: string) => groupRange(m!, name, range.start);
    const dayAt = at(g.d !== undefined ? 'd' : 'd2');
    const monthAt = at(g.m !== undefined ? 'm' : g.m2 !== undefined ? 'm2' : 'm3');
    const yearAt = at(g.y !== undefined ? 'y' : g.y2 !== undefined ? 'y2' : 'y3');
    if (dayText !== undefined && dayAt) mention.dayAt = dayAt;
    if (monthAt) mention.monthAt = monthAt;
    if (yearText !== undefined && yearAt) mention.yearAt = yearAt;
    found.push(mention);
  }
  if (options.numeric || lang === 'id') {
    for (const n of findNumericDates(text, range.start, range.end)) {
      const mention: DateMention = { kind: 'day', start: n.start, end: n.end, day: n.day, month: n.month };
      if (n.year !== undefined) mention.year = n.year;
      if (n.alsoDays.length > 0) mention.otherDays = n.alsoDays;
      if (lang !== 'id') mention.numeric = n;
      if (lang === 'en' || lang === 'zh' || lang === 'ja') mention.eitherOrder = true;
      found.push(mention);
    }
  }
  if (options.bareMonths && lang !== 'zh' && lang !== 'ja') {
    let bare = barePatterns.get(lang);
    if (!bare) barePatterns.set(lang, (bare = new RegExp(`(?<![\\p{L}])(?:${monthAlternatives(lang, false)})(?![\\p{L}])`, 'gu')));
    const piece = text.slice(range.start, range.end);
    for (const m of piece.matchAll(bare)) {
      const start = range.start + m.index;
      const month = lookupMonth(lang, m[0])?.month;
      if (month === undefined || found.some((f) => f.start <= start && start < f.end)) continue;
      found.push({ kind: 'month', start, end: start + m[0].length, day: 0, month, monthAt: { start, end: start + m[0].length } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const daysOf = (d: DateMention): number[] => [d.day, ...(d.otherDays ?? [])];

/**
 * Does a version's date name the same day as a source date? A year one side leaves out
 * is no contradiction; a range matches any of its days; a bracketed version date may
 * have been put in month/day order, so it is read both ways.
 */
export function sameDate(version: DateMention, source: DateMention): boolean {
  if (version.year !== undefined && source.year !== undefined && version.year !== source.year) return false;
  if (version.kind === 'month') return version.month === source.month;
  if (source.kind === 'month') return false;
  const sourceDays = daysOf(source);
  if (version.month === source.month && daysOf(version).some((d) => sourceDays.includes(d))) return true;
  return version.eitherOrder === true && version.numeric !== undefined && version.numeric.day === source.month && sourceDays.includes(version.numeric.month);
}

/** The day of the week of a full date (1 Monday … 7 Sunday), by Zeller's congruence. */
export function weekdayOf(date: Required<DayMonth>): Weekday {
  let { month: m, year: y } = date;
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  const h = (date.day + Math.floor((13 * (m + 1)) / 5) + y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  // h: 0 Saturday, 1 Sunday, 2 Monday, …
  return (((h + 5) % 7) + 1) as Weekday;
}

// ── Writing dates ───────────────────────────────────────────────────────────────

/**
 * A date in a target language's news style: en "May 7" / "March 20, 2024"; fr "7 mai" /
 * "1er mai 2024"; zh and ja "5月7日" / "2024年3月20日"; ar "7 مايو" / "20 مارس 2024".
 */
export function formatDate(lang: string, date: DayMonth): string {
  const { day, month, year } = date;
  switch (lang) {
    case 'en':
      return `${monthStyle.en[month - 1]} ${day}${year !== undefined ? `, ${year}` : ''}`;
    case 'fr':
      return `${day === 1 ? '1er' : day} ${monthStyle.fr[month - 1]}${year !== undefined ? ` ${year}` : ''}`;
    case 'zh':
    case 'ja':
      return `${year !== undefined ? `${year}年` : ''}${month}月${day}日`;
    case 'ar':
      return `${day} ${monthStyle.ar[month - 1]}${year !== undefined ? ` ${year}` : ''}`;
    default:
      return `${day}/${month}${year !== undefined ? `/${year}` : ''}`;
  }
}

/** A bracketed date rewritten in a target's style, keeping the text's brackets and digits. */
export function formatNumericDate(lang: string, n: NumericDate, date: DayMonth = n): string {
  const body = formatDate(lang, date);
  return `${n.open}${n.arabicDigits ? toArabicDigits(body) : body}${n.close}`;
}

/** The month's name in the style of a version's own word for it (an abbreviation stays one in English). */
export function monthNameLike(lang: 'en' | 'fr' | 'ar', month: number, like: string): string {
  if (lang === 'en' && /\.$/.test(like)) {
    const short = monthNames.en.find((m) => m.month === month && m.abbreviation && m.form.endsWith('.'));
    if (short) return short.form;
  }
  const name = monthStyle[lang][month - 1]!;
  return lang === 'fr' && /^\p{Lu}/u.test(like) ? name[0]!.toUpperCase() + name.slice(1) : name;
}

// ── Finding the source words ────────────────────────────────────────────────────

/** How surely a version's words were tied to source words: same bead, neighbouring beads, or anywhere. */
export type Backing = 'bead' | 'near' | 'text';

/**
 * The source words behind a version's words at `offset`: the n-th hit of the aligned
 * source sentences for the n-th hit of the version sentences, when both sides have as
 * many; otherwise the hit nearest by position in the bead, then one bead around it,
 * then (with `anywhere`) the whole source. `inVersion` and `inSource` list the hits of
 * the same thing (a zone, a time, a date) in a range of each text.
 */
export function counterpart(
  alignment: Alignment,
  offset: number,
  inVersion: (range: Range) => Range[],
  inSource: (range: Range) => Range[],
  options: { anywhere?: boolean } = {},
): { range: Range; backing: Backing } | undefined {
  const { source, version } = alignment;
  const bead = alignment.beadAtVersion(offset);
  const own = bead && alignment.sourceRange(bead);
  const ownVersion = bead && alignment.versionRange(bead);
  if (own && ownVersion) {
    const hits = inSource(own);
    const versionHits = inVersion(ownVersion);
    const k = versionHits.findIndex((h) => h.start <= offset && offset < h.end);
    if (k >= 0 && hits.length === versionHits.length) return { range: hits[k]!, backing: 'bead' };
    const nearest = nearestByPosition(version, offset, source, hits);
    if (nearest) return { range: nearest, backing: 'bead' };
  }
  const wide = alignment.sourceRangeAt(offset, 1);
  const near = wide ? nearestByPosition(version, offset, source, inSource(wide)) : undefined;
  if (near) return { range: near, backing: 'near' };
  if (!options.anywhere) return undefined;
  const far = nearestByPosition(version, offset, source, inSource({ start: 0, end: source.text.length }));
  return far ? { range: far, backing: 'text' } : undefined;
}

/** Caches a function of a range: rules ask for the hits of the same sentences once per occurrence. */
export function perRange<T>(fn: (range: Range) => T): (range: Range) => T {
  const cache = new Map<string, T>();
  return (range) => {
    const key = `${range.start}:${range.end}`;
    if (!cache.has(key)) cache.set(key, fn(range));
    return cache.get(key)!;
  };
}
