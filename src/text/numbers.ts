/**
 * Numbers as the six languages write them: Indonesian "Rp1,5 triliun" and "34.700
 * jiwa", English "US$2 billion" and "2,500", French "2 500" and "1,5 milliard", Chinese
 * "1.5亿", Japanese "1兆5000億円", Arabic "٢٫٥ مليون" and "241 ألف". Read into values, so
 * that a translation can be compared with its source whatever the conventions, and
 * written back in a language's conventions, for suggestions.
 *
 * Two readers share the numeral parser: `extractNumbers` (values only, what the aligner
 * anchors on) and `numberMentions` (values with offsets, scale words, units and the
 * separators used, what the number rules compare). Digits in any script are read:
 * `normalizeDigits` maps them one code unit to one, so offsets survive.
 */
import type { Range } from '../types.js';

const base = (lang: string): string => lang.split('-')[0]!.toLowerCase();

// ---------------------------------------------------------------------------------
// Digits and numerals

/** A table's own entry for `key`: never an inherited property ("constructor", "toString"). */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** Languages that write a decimal comma ("1,5") and group thousands with "." or a space. */
const DECIMAL_COMMA = new Set(['id', 'ms', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'tr', 'ru', 'pl', 'vi', 'ro', 'cs', 'sv', 'da', 'nb', 'no', 'fi']);
/** Languages that group thousands with a plain space ("2 500"), besides the no-break spaces everyone may use. */
const SPACE_GROUPS = new Set(['fr', 'ru', 'pl', 'cs', 'sv', 'nb', 'no', 'fi']);

const ARABIC_DECIMAL = '\u066B'; // ٫
const ARABIC_THOUSANDS = '\u066C'; // ٬

/** Arabic-Indic (٠-٩), Eastern Arabic-Indic (۰-۹) and full-width (０-９) digits to ASCII, one code unit each. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c - (c >= 0xff10 ? 0xff10 : c >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

const SEPARATOR = /([.,\u066B\u066C\u00A0\u202F\u2009 ])/;
const SPACE_SEPARATOR = /[\u00A0\u202F\u2009 ]/;

/** How a numeral was read. */
export interface NumeralReading {
  value: number;
  /** The decimal mark used, if any: "," "." or "٫". */
  decimal?: string;
  /** The thousands separator used, if any: "." "," "٬" or a space (plain, no-break, narrow, thin). */
  thousands?: string;
  /**
   * 'native': the numeral fits the language's own conventions; 'foreign': it fits only
   * the other ones ("4,75" in English, "2.500.000" in English, "2.5" in French).
   */
  convention: 'native' | 'foreign';
  /** The value in the other convention, when the numeral reads there too and differently ("2.500" in English: 2500). */
  otherValue?: number;
}

type Reading = Omit<NumeralReading, 'convention' | 'otherValue'>;

/**
 * How to read a written number in the conventions of `lang` (a BCP 47 tag): Indonesian
 * "2.500" = 2500 and "1,5" = 1.5; English "2,500" and "1.5"; French "2 500" (plain,
 * no-break or narrow no-break space) and "1,5"; Arabic "٢٬٥٠٠" and "١٫٥". A numeral that
 * does not fit the locale's conventions is read in the other convention ("14.30" in
 * Indonesian is 14.3, a time; "2.500.000" in English is two and a half million, copied
 * from the source) and says so. Undefined when it fits neither.
 */
export function readNumeral(token: string, lang: string): NumeralReading | undefined {
  const t = normalizeDigits(token.trim());
  const parts = t.split(SEPARATOR);
  const groups = parts.filter((_, k) => k % 2 === 0);
  const seps = parts.filter((_, k) => k % 2 === 1);
  if (groups.some((g) => !/^\d+$/.test(g))) return undefined;
  if (seps.length === 0) return { value: Number(t), convention: 'native' };
  const commaDecimal = DECIMAL_COMMA.has(base(lang));
  const native = read(groups, seps, commaDecimal ? ',' : '.');
  const foreign = read(groups, seps, commaDecimal ? '.' : ',');
  if (native) return { ...native, convention: 'native', ...(foreign && foreign.value !== native.value ? { otherValue: foreign.value } : {}) };
  return foreign ? { ...foreign, convention: 'foreign' } : undefined;
}

/** The value of a written number in the conventions of `lang`, or in the other ones when it fits only those (see `readNumeral`). */
export function parseNumber(token: string, lang: string): number | undefined {
  return readNumeral(token, lang)?.value;
}

function read(groups: string[], seps: string[], decimalMark: string): Reading | undefined {
  let whole = groups;
  let thousands = seps;
  let fraction = '';
  let decimal: string | undefined;
  const last = seps[seps.length - 1]!;
  if (last === decimalMark || last === ARABIC_DECIMAL) {
    fraction = groups[groups.length - 1]!;
    whole = groups.slice(0, -1);
    thousands = seps.slice(0, -1);
    decimal = last;
  }
  if (thousands.length > 0) {
    const mark = thousands[0]!;
    if (mark === decimalMark || mark === ARABIC_DECIMAL) return undefined;
    if (thousands.some((s) => s !== mark)) return undefined;
    if (whole[0]!.length > 3) return undefined;
    if (whole.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  const reading: Reading = { value: Number(whole.join('') + (fraction ? `.${fraction}` : '')) };
  if (decimal) reading.decimal = decimal;
  if (thousands.length > 0) reading.thousands = thousands[0]!;
  return reading;
}

// ---------------------------------------------------------------------------------
// Scale words

/** Scale words after a number, per language: "2,5 juta", "2.5 million", "2,5 milliards", "2.5 مليون". */
const ID_SCALES: Readonly<Record<string, number>> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12 };
const SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  id: ID_SCALES,
  ms: ID_SCALES,
  en: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  ar: {
    'ألف': 1e3, 'آلاف': 1e3, 'ألفا': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليونا': 1e6, 'مليار': 1e9, 'مليارات': 1e9, 'بليون': 1e9,
    'مليارا': 1e9, 'تريليون': 1e12, 'تريليونات': 1e12,
  },
};
/** Scale suffixes written against the digits: "$2bn", "$3m", "5k" (m and k only after a currency sign). */
const ATTACHED_SCALES: Readonly<Record<string, number>> = { bn: 1e9, tn: 1e12, mn: 1e6, m: 1e6, k: 1e3 };
const ATTACHED_NEED_CURRENCY = new Set(['m', 'mn', 'k']);

/** Chinese and Japanese scale characters, which multiply when chained ("万亿" = 10¹²). */
const CJK_SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  zh: { 百: 1e2, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  ja: { 百: 1e2, 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 },
};

const SCALE_WORD = /^[ \u00A0\u202F\u2009]?([\p{L}\p{M}]+)/u;
const ARABIC_MARKS = /[\u064B-\u0652\u0640]/g;

/** The scale word or characters at `at` (after a number): their factor and length (1 and 0 when none). */
function scaleAfter(text: string, at: number, lang: string): { scale: number; length: number } {
  const b = base(lang);
  const cjk = CJK_SCALES[b];
  if (cjk) {
    let scale = 1;
    let k = at;
    for (; k < text.length && own(cjk, text[k]!) !== undefined; k++) scale *= own(cjk, text[k]!)!;
    return { scale, length: k - at };
  }
  const words = SCALES[b] ?? SCALES['en']!;
  const m = SCALE_WORD.exec(text.slice(at, at + 16));
  const scale = m ? own(words, m[1]!.toLowerCase().replace(ARABIC_MARKS, '')) : undefined;
  return scale ? { scale, length: m![0].length } : { scale: 1, length: 0 };
}

/**
 * Digit groups joined by a separator; a plain space only joins a group of exactly three
 * digits, and only in languages that group thousands with spaces. The aligner's reader
 * skips digits after any "." or ","; the mention reader only after a digit and one
 * ("Rp.16.250" is 16 250).
 */
function numberPattern(lang: string, afterDot = false): RegExp {
  const space = SPACE_GROUPS.has(base(lang)) ? '| \\d{3}(?!\\d)' : '';
  const start = afterDot ? '(?<!\\d)(?<!\\d[.,])' : '(?<![\\d.,])';
  return new RegExp(`${start}\\d+(?:[.,\\u066B\\u066C\\u00A0\\u202F\\u2009]\\d+${space})*`, 'g');
}

const canonical = (v: number): number => Number(v.toPrecision(12));

// ---------------------------------------------------------------------------------
// Values only: the aligner's anchors

/**
 * The numbers of a text, by value, in the conventions of `lang`; a number followed by
 * a scale word is multiplied out ("2,5 juta" and "2.5 million" are both 2500000).
 * Digits in any script count. Dates, times and codes are not told apart: they anchor
 * sentences as well as amounts do.
 */
export function extractNumbers(text: string, lang: string): number[] {
  const t = normalizeDigits(text);
  const out: number[] = [];
  const re = numberPattern(lang);
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const value = parseNumber(m[0], lang);
    if (value === undefined) {
      // Fits no convention ("2024 500", "1.2.3"): its digit groups, each on its own.
      for (const g of m[0].split(SEPARATOR)) if (/^\d+$/.test(g)) out.push(Number(g));
      continue;
    }
    const end = m.index + m[0].length;
    const { scale, length } = scaleAfter(t, end, lang);
    let v = value * scale;
    // Chinese and Japanese write the remainder after a scale character: "1万6400" = 16400.
    const rest = scale > 1 && length > 0 && CJK_SCALES[base(lang)] ? /^\d+/.exec(t.slice(end + length)) : null;
    if (rest && Number(rest[0]) < scale) {
      v += Number(rest[0]);
      re.lastIndex = end + length + rest[0].length;
    }
    out.push(canonical(v));
  }
  return out;
}

/** Small numbers written as words, which translations often write as digits or the other way round. */
const ID_NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  sebelas: 11, seratus: 100, seribu: 1000,
};
const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  id: ID_NUMBER_WORDS,
  ms: ID_NUMBER_WORDS,
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
  // "un", "une" are also the indefinite article.
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  },
  ar: {
    'واحد': 1, 'واحدة': 1, 'اثنان': 2, 'اثنين': 2, 'اثنتان': 2, 'اثنتين': 2, 'ثلاثة': 3, 'ثلاث': 3, 'أربعة': 4, 'أربع': 4,
    'خمسة': 5, 'خمس': 5, 'ستة': 6, 'ست': 6, 'سبعة': 7, 'سبع': 7, 'ثمانية': 8, 'ثماني': 8, 'تسعة': 9, 'تسع': 9,
    'عشرة': 10, 'عشر': 10, 'عشرين': 20, 'عشرون': 20,
  },
};
/** Indonesian teens and tens: "dua belas" (12), "tiga puluh" (30). */
const ID_TEENS_TENS = /^\s+(belas|puluh)\b/;
/** Arabic fuses "and", "with", "for" onto the word: وخمسة, بثلاثة. */
const ARABIC_PREFIX = /^[وبل](?=\p{L}{3})/u;

const CJK_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/**
 * A Chinese or Japanese numeral counts only before a classifier ("七名", "两天", "三つ"):
 * elsewhere 一 and friends are parts of words (一些, 统一, 一度).
 */
const CJK_NUMERAL = /([一二两兩三四五六七八九十]{1,3})(?=[名个個位人天年次座栋棟间間处處所家辆輛架艘项項条條种種份件台只隻头頭支门門队隊批轮輪场場周岁歳倍つ]|小时|小時|分钟|カ所|か所|ヶ所)/gu;

function cjkNumeral(s: string): number | undefined {
  const d = [...s].map((ch) => CJK_DIGITS[ch]!);
  if (d.length === 1) return d[0];
  if (d.length === 2 && d[0] === 10) return 10 + d[1]!; // 十二
  if (d.length === 2 && d[1] === 10) return d[0]! * 10; // 二十
  if (d.length === 3 && d[1] === 10 && d[0] !== 10 && d[2] !== 10) return d[0]! * 10 + d[2]!; // 二十五
  return undefined;
}

/** A number word's value, if `word` is one in `lang` (Arabic without its vowel marks and fused prefix). */
function numberWord(word: string, b: string): number | undefined {
  const words = NUMBER_WORDS[b];
  if (!words) return undefined;
  const w = b === 'ar' ? word.replace(ARABIC_MARKS, '') : word.toLowerCase();
  return own(words, w) ?? (b === 'ar' ? own(words, w.replace(ARABIC_PREFIX, '')) : undefined);
}

/** Small numbers written out in words or (Chinese, Japanese) numerals before a classifier. */
export function extractNumberWords(text: string, lang: string): number[] {
  return wordNumerals(text, lang).map((w) => w.value);
}

interface WordNumeral extends Range {
  value: number;
}

function wordNumerals(text: string, lang: string): WordNumeral[] {
  const b = base(lang);
  const out: WordNumeral[] = [];
  if (b === 'zh' || b === 'ja') {
    for (const m of text.matchAll(CJK_NUMERAL)) {
      const v = cjkNumeral(m[1]!);
      if (v !== undefined) out.push({ start: m.index, end: m.index + m[1]!.length, value: v });
    }
    return out;
  }
  if (!NUMBER_WORDS[b]) return out;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    let v = numberWord(m[0], b);
    if (v === undefined) continue;
    let end = m.index + m[0].length;
    if (b === 'id' || b === 'ms') {
      const after = ID_TEENS_TENS.exec(text.slice(end, end + 8));
      if (after && v < 10) {
        v = after[1] === 'belas' ? 10 + v : v * 10;
        end += after[0].length;
      }
    }
    out.push({ start: m.index, end, value: v });
  }
  return out;
}

/** Times of day, "14.30" (Indonesian) or "14:30", as "14:30". */
export function extractTimes(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeDigits(text).matchAll(/(?<![\d.,:])([01]?\d|2[0-4])[.:]([0-5]\d)(?![\d.,:]\d)/g)) {
    out.push(`${Number(m[1])}:${m[2]}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Mentions: values with offsets, scale words and units

/**
 * What a run of digits is. Only 'number' (an amount or count in digits) and 'word'
 * (one written out) are amounts to compare; the rest are read so that they are not
 * mistaken for amounts.
 */
export type MentionKind = 'number' | 'word' | 'ordinal' | 'year' | 'date' | 'time' | 'code';

export interface Scale extends Range {
  /** The scale word as written: "miliar", "billion", "万", "ألف". */
  word: string;
  factor: number;
}

export interface Unit extends Range {
  kind: 'currency' | 'percent' | 'measure';
  /** ISO 4217 code for a currency ("IDR", "USD"), '%' for a percentage, a unit symbol for a measure ("km", "t", "h"). */
  code: string;
  raw: string;
}

export interface NumberMention extends Range {
  /** The whole mention as written, from a currency sign before the digits to a unit after them: "Rp1,5 triliun", "50 %". */
  raw: string;
  kind: MentionKind;
  /** The value, scale multiplied out: "Rp1,5 triliun" is 1.5e12; a range's ends are mentions of their own. */
  value: number;
  /** Values the mention may stand for, `value` first: the first end of "2–3 juta" is 2 or 2 000 000. */
  readings: number[];
  /** The digits (or number word) alone. */
  numeral: Range & { raw: string; value: number };
  scale?: Scale;
  unit?: Unit;
  /** The decimal mark and thousands separator used, when any. */
  decimal?: string;
  thousands?: string;
  /** Whether the numeral fits the language's conventions (see `readNumeral`). */
  convention: 'native' | 'foreign';
  /** The numeral's value in the other convention, when it reads there too and differently. */
  otherValue?: number;
  /** The smallest step its writing shows: 0.1 × 10⁶ for "2.5 million", 100 for "2,500", 1 for "46". */
  precision: number;
  /** Inside parentheses: a conversion or an aside ("(about US$96 million)"). */
  parenthetical: boolean;
}

const SPACE = '[ \\u00A0\\u202F\\u2009]';

/** Currency signs and codes written before the digits ("Rp30", "US$ 2", "IDR 15"), with their ISO code. */
const CURRENCY_PREFIXES: readonly (readonly [string, string])[] = [
  ['Rp.', 'IDR'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['US$', 'USD'], ['USD', 'USD'], ['S$', 'SGD'], ['SGD', 'SGD'], ['RM', 'MYR'],
  ['MYR', 'MYR'], ['HK$', 'HKD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['EUR', 'EUR'], ['€', 'EUR'], ['£', 'GBP'],
  ['GBP', 'GBP'], ['JPY', 'JPY'], ['¥', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['SAR', 'SAR'], ['$', 'USD'],
];
const CURRENCY_PREFIX = new RegExp(
  `(?<![\\p{L}$])(${[...CURRENCY_PREFIXES].sort((a, b) => b[0].length - a[0].length).map(([p]) => escape(p)).join('|')})${SPACE}?$`,
  'u',
);
const CURRENCY_PREFIX_CODE = new Map(CURRENCY_PREFIXES);

/** Units written after an amount: percent, currency names, measures (lengths, weights, durations). */
const UNIT_FORMS: readonly { kind: Unit['kind']; code: string; forms: readonly string[] }[] = [
  {
    kind: 'percent', code: '%', forms: [
      '%', '％', '٪', 'persen', 'percent', 'per cent', 'pour cent', 'pourcent', 'パーセント', '个百分点', '個百分點',
      'في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'percentage points', 'percentage point', 'poin persentase',
      'points de pourcentage', 'point de pourcentage',
    ],
  },
  { kind: 'currency', code: 'SGD', forms: ['dolar Singapura', 'Singapore dollars', 'Singapore dollar', 'dollars de Singapour', 'dollars singapouriens', '新加坡元', '新元', 'シンガポールドル', 'دولار سنغافوري'] },
  { kind: 'currency', code: 'AUD', forms: ['dolar Australia', 'Australian dollars', 'dollars australiens', '澳元', '豪ドル', 'دولار أسترالي'] },
  {
    kind: 'currency', code: 'USD', forms: [
      'dolar Amerika Serikat', 'dolar Amerika', 'dolar AS', 'dolar', 'US dollars', 'US dollar', 'dollars américains', 'dollar américain',
      'dollars US', 'dollars', 'dollar', 'USD', '美元', '米ドル', 'ドル', 'دولار أمريكي', 'دولار',
    ],
  },
  {
    kind: 'currency', code: 'IDR', forms: [
      'rupiah', 'IDR', 'roupies indonésiennes', 'roupies', 'roupie', 'Indonesian rupiah', '印尼盾', '印度尼西亚盾', '盾', 'ルピア', 'روبية إندونيسية', 'روبية', 'روبيه',
    ],
  },
  { kind: 'currency', code: 'EUR', forms: ['euro', 'euros', 'EUR', '欧元', 'ユーロ', 'يورو'] },
  { kind: 'currency', code: 'JPY', forms: ['yen', 'JPY', '日元', '円', 'ين'] },
  { kind: 'currency', code: 'CNY', forms: ['yuan', 'CNY', '人民币', '元', 'يوان'] },
  { kind: 'currency', code: 'MYR', forms: ['ringgit', 'MYR', '令吉', 'リンギット', 'رينغيت'] },
  { kind: 'currency', code: 'SAR', forms: ['riyal', 'riyals', 'rial', 'ريال'] },
  { kind: 'measure', code: 'km2', forms: ['km2', 'km²', 'kilometer persegi', 'square kilometres', 'square kilometers', 'kilomètres carrés', '平方公里', '平方キロ', 'كيلومتر مربع'] },
  { kind: 'measure', code: 'km', forms: ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kilomètre', 'kilomètres', '公里', '千米', 'キロメートル', 'كيلومتر', 'كم'] },
  { kind: 'measure', code: 'cm', forms: ['cm', 'sentimeter', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'centimètre', 'centimètres', '厘米', 'センチ', 'سنتيمتر', 'سم'] },
  { kind: 'measure', code: 'mm', forms: ['mm', 'milimeter', 'millimeter', 'millimeters', 'millimetre', 'millimetres', 'millimètre', 'millimètres', '毫米', 'ミリ', 'مليمتر', 'ملم'] },
  { kind: 'measure', code: 'm', forms: ['meter', 'meters', 'metre', 'metres', 'mètre', 'mètres', '米', 'メートル', 'متر', 'أمتار'] },
  { kind: 'measure', code: 'kg', forms: ['kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', '公斤', '千克', 'キログラム', 'キロ', 'كيلوغرام', 'كيلوجرام', 'كغ'] },
  { kind: 'measure', code: 'g', forms: ['gram', 'grams', 'gramme', 'grammes', '克', 'グラム', 'غرام', 'جرام'] },
  { kind: 'measure', code: 't', forms: ['ton', 'tons', 'tonne', 'tonnes', '吨', 'トン', 'طن', 'أطنان'] },
  { kind: 'measure', code: 'l', forms: ['liter', 'liters', 'litre', 'litres', '升', '公升', 'リットル', 'لتر'] },
  { kind: 'measure', code: 'ha', forms: ['hektare', 'hektar', 'hectare', 'hectares', 'ha', '公顷', 'ヘクタール', 'هكتار'] },
  { kind: 'measure', code: 's', forms: ['detik', 'second', 'seconds', 'seconde', 'secondes', '秒', 'ثانية', 'ثوان'] },
  { kind: 'measure', code: 'min', forms: ['menit', 'minute', 'minutes', '分钟', '分鐘', '分間', 'دقيقة', 'دقائق'] },
  { kind: 'measure', code: 'h', forms: ['jam', 'hour', 'hours', 'heure', 'heures', '小时', '小時', '時間', 'ساعة', 'ساعات'] },
  { kind: 'measure', code: 'd', forms: ['hari', 'day', 'days', 'jour', 'jours', '天', '日間', 'يوم', 'أيام'] },
  { kind: 'measure', code: 'wk', forms: ['minggu', 'pekan', 'week', 'weeks', 'semaine', 'semaines', '周', '週間', 'أسبوع', 'أسابيع'] },
  { kind: 'measure', code: 'mo', forms: ['bulan', 'month', 'months', 'mois', '个月', '個月', 'か月', 'カ月', 'ヶ月', 'ヵ月', 'شهر', 'أشهر', 'شهور'] },
  { kind: 'measure', code: 'yr', forms: ['tahun', 'year', 'years', 'ans', 'an', 'année', 'années', '年間', '年', 'سنة', 'سنوات', 'عام', 'أعوام'] },
  { kind: 'measure', code: 'decade', forms: ['dekade', 'decade', 'decades', 'décennie', 'décennies', 'عقد', 'عقود'] },
  { kind: 'measure', code: 'century', forms: ['abad', 'century', 'centuries', 'siècle', 'siècles', '世纪', '世紀', 'قرن'] },
];
const UNIT_BY_FORM = new Map<string, { kind: Unit['kind']; code: string }>();
for (const u of UNIT_FORMS) for (const f of u.forms) if (!UNIT_BY_FORM.has(f.toLowerCase())) UNIT_BY_FORM.set(f.toLowerCase(), u);
/**
 * A unit after the amount: Latin words end at a word boundary; CJK forms need none;
 * Arabic words may carry a case ending (طناً, عاماً).
 */
const UNIT_AFTER = new RegExp(
  `^${SPACE}?(${[...UNIT_BY_FORM.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:(?<=[\\p{Script=Latin}])(?![\\p{L}\\p{N}])|(?<=[\\p{Script=Arabic}])[اً\\u064B-\\u0652]*(?![\\p{L}])|(?<![\\p{Script=Latin}\\p{Script=Arabic}]))`,
  'iu',
);

/** Month names: a day number beside one is a date, not an amount ("7 Mei", "May 7", "7 mai", "7 مايو"). */
const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
  'January', 'February', 'March', 'May', 'June', 'July', 'August', 'October', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt', 'Aug', 'Sep', 'Sept', 'Okt', 'Oct', 'Nov', 'Des', 'Dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
].sort((a, b) => b.length - a.length);
const MONTH = `(?:${MONTHS.join('|')})`;
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH}\\.?,?${SPACE}$`, 'u');
const MONTH_AFTER = new RegExp(`^(?:[-–]\\d{1,2})?${SPACE}?${MONTH}(?![\\p{L}])`, 'u');
const CJK_DATE_AFTER = /^(?:[月号號]|日(?!間))/;

const TIME_AFTER = /^[ \u00A0\u202F]?(?:WITA|WIB|WIT|GMT|UTC|a\.m\.|p\.m\.|am\b|pm\b|o'clock|local time|waktu setempat|heure locale|hrs?\b)/i;
const TIME_BEFORE = /(?:pukul|jam|at|around|until|from|since|by|à|vers|dès|jusqu'à|الساعة)[ \u00A0]$/i;
/** A time word before a bare hour: "pukul 10", "الساعة 10". */
const HOUR_BEFORE = /(?:pukul|الساعة)[ \u00A0]$/i;
const DOTTED_TIME = /^([01]?\d|2[0-4])[.:]([0-5]\d)$/;

const ORDINAL_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^(?:st|nd|rd|th)(?![\p{L}])/u,
  fr: /^(?:er|re|e|ème|eme|è)(?![\p{L}])/u,
};

const LATIN_BEFORE = /\p{Script=Latin}[-‐]?$/u;
const RANGE_BETWEEN = new RegExp(
  `^(?:${SPACE}?[-–—~〜～]${SPACE}?|${SPACE}+(?:hingga|sampai|to|and|à|et|dan|atau|or|ou|إلى|و)${SPACE}+|至|到|から|～)$`,
  'iu',
);
/** Digits joined by hyphens or slashes three times or more: dates, phone numbers, codes ("2024-05-07", "0812-3456-7890"). */
const CHAIN = /(?<![\d\p{L}])\d+(?:[-‐/]\d+){2,}(?!\d)/gu;
const ISO_LIKE_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The numbers of a text, with where they are and how they are written: amounts with
 * their scale words, currencies and units ("Rp30 miliar", "US$2 billion", "50 %",
 * "3万人", "1兆5000億円", "241 ألف"), number words ("tiga", "two", "三名"), and the digits
 * that are not amounts (years, dates, times, ordinals, codes like "COVID-19" and "G20").
 * Offsets are UTF-16 indices into `text`.
 */
const documentCache = new WeakMap<object, NumberMention[]>();

/**
 * `numberMentions` of a prepared document, found once and shared by every rule that
 * reads numbers (the document object is the cache key).
 */
export function documentMentions(doc: { text: string; lang: string }): NumberMention[] {
  let found = documentCache.get(doc);
  if (!found) {
    found = numberMentions(doc.text, doc.lang);
    documentCache.set(doc, found);
  }
  return found;
}

export function numberMentions(text: string, lang: string): NumberMention[] {
  const b = base(lang);
  const t = normalizeDigits(text);
  const excluded = chains(t);
  const out: NumberMention[] = [];
  const re = numberPattern(lang, true);
  for (let m = re.exec(t); m; m = re.exec(t)) {
    for (const piece of splitNumeral(m[0], m.index, lang)) {
      const chain = excluded.find((c) => piece.start >= c.start && piece.end <= c.end);
      const mention = chain
        ? plain(text, piece, chain.kind)
        : classify(text, t, piece, b);
      out.push(mention);
      if (mention.end > re.lastIndex) re.lastIndex = mention.end;
    }
  }
  for (const w of wordMentions(text, b)) {
    if (!out.some((m) => m.start < w.end && w.start < m.end)) out.push(w);
  }
  out.sort((x, y) => x.start - y.start);
  linkRanges(t, out);
  return out;
}

interface NumeralPiece extends Range {
  reading?: NumeralReading;
}

/** A digit run as numerals: whole when it reads; split at its spaces, then into groups (a code) when it does not. */
function splitNumeral(raw: string, at: number, lang: string): NumeralPiece[] {
  const reading = readNumeral(raw, lang);
  if (reading) return [{ start: at, end: at + raw.length, reading }];
  const space = SPACE_SEPARATOR.exec(raw);
  if (space) {
    return [...splitNumeral(raw.slice(0, space.index), at, lang), ...splitNumeral(raw.slice(space.index + 1), at + space.index + 1, lang)];
  }
  return [{ start: at, end: at + raw.length }];
}

function chains(t: string): { start: number; end: number; kind: MentionKind }[] {
  return [...t.matchAll(CHAIN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: ISO_LIKE_DATE.test(m[0]) || m[0].includes('/') ? 'date' : 'code',
  }));
}

/** A mention that is not an amount: no scale, no unit. */
function plain(text: string, piece: NumeralPiece, kind: MentionKind, end = piece.end): NumberMention {
  const raw = text.slice(piece.start, piece.end);
  const value = piece.reading?.value ?? Number(normalizeDigits(raw).replace(/\D/g, '') || NaN);
  return {
    start: piece.start,
    end,
    raw: text.slice(piece.start, end),
    kind,
    value,
    readings: [value],
    numeral: { start: piece.start, end: piece.end, raw, value },
    convention: piece.reading?.convention ?? 'native',
    precision: 1,
    parenthetical: false,
  };
}

function classify(text: string, t: string, piece: NumeralPiece, b: string): NumberMention {
  const { start: a, end: z, reading } = piece;
  const raw = t.slice(a, z);
  const before = text.slice(Math.max(0, a - 24), a);
  const after = text.slice(z, z + 48);
  const afterT = t.slice(z, z + 48);
  if (!reading) return plain(text, piece, 'code');

  const currency = CURRENCY_PREFIX.exec(before);
  if (!currency) {
    if (/(?<![\p{L}])ke-$/iu.test(before)) return plain(text, piece, 'ordinal');
    if (LATIN_BEFORE.test(before) || before.endsWith('+')) return plain(text, piece, 'code');
    // Leading zeros: phone numbers, codes ("0812", "007"), not "0,5".
    if (/^0\d{2,}/.test(raw)) return plain(text, piece, 'code');
  }
  if (/^[A-Z]/.test(after) && !/^(?:IDR|USD|EUR|SGD)\b/.test(after)) return plain(text, piece, 'code');
  if (/\d\/$/.test(t.slice(Math.max(0, a - 4), a)) || /^\/\d/.test(afterT)) return plain(text, piece, 'date');

  // Times: "14:30", "14.30 WIB", "pukul 10", "14h30", "14时", "الساعة 10".
  const int = reading.decimal === undefined && reading.thousands === undefined;
  const colon = /^:([0-5]\d)(?!\d)/.exec(afterT);
  if (colon && int && reading.value <= 24) return plain(text, piece, 'time', z + colon[0].length);
  if (/\d:$/.test(t.slice(Math.max(0, a - 3), a))) return plain(text, piece, 'time');
  // "at 14.30" is a time; "at 0.21 millimetres", "at 1.25 percent" are not.
  const dressed = UNIT_AFTER.test(after) || scaleAfter(text, z, b).length > 0;
  if (DOTTED_TIME.test(raw) && (b === 'id' || b === 'ms' || TIME_AFTER.test(after) || (TIME_BEFORE.test(before) && !dressed))) return plain(text, piece, 'time');
  if (int && reading.value <= 24 && (HOUR_BEFORE.test(before) || TIME_AFTER.test(after))) return plain(text, piece, 'time');
  const fh = b === 'fr' && int && reading.value <= 24 ? /^[ \u00A0]?h(?:[ \u00A0]?[0-5]\d)?(?![\p{L}\d])/u.exec(after) : null;
  if (fh) return plain(text, piece, 'time', z + fh[0].length);
  if ((b === 'zh' || b === 'ja') && /^[时時点點](?!間)/.test(after)) return plain(text, piece, 'time');
  if ((b === 'zh' || b === 'ja') && /^分/.test(after) && /\d[时時点點]$/.test(t.slice(Math.max(0, a - 3), a))) return plain(text, piece, 'time');

  // Dates and years.
  const fourDigits = int && /^\d{4}$/.test(raw);
  if ((b === 'zh' || b === 'ja') && CJK_DATE_AFTER.test(after)) return plain(text, piece, 'date');
  if ((b === 'zh' || b === 'ja') && /^年(?!間)/.test(after) && fourDigits) return plain(text, piece, 'year');
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || /tanggal[ \u00A0]$/i.test(before)) {
    if (fourDigits) return plain(text, piece, 'year');
    if (int && reading.value >= 1 && reading.value <= 31) return plain(text, piece, 'date');
  }

  // Ordinals: "3rd", "1er", "第3".
  const ordinal = ORDINAL_AFTER[b]?.exec(after);
  if (ordinal && int) return plain(text, piece, 'ordinal', z + ordinal[0].length);
  if ((b === 'zh' || b === 'ja') && /第$/.test(before)) return plain(text, piece, 'ordinal');

  return amount(text, t, piece, reading, b, currency);
}

/** An amount: the numeral, its scale word (or CJK scale characters, with their remainder), its currency and unit. */
function amount(text: string, t: string, piece: NumeralPiece, reading: NumeralReading, b: string, currency: RegExpExecArray | null): NumberMention {
  const { start: a, end: z } = piece;
  let value = reading.value;
  let numeralEnd = z;
  let scale: Scale | undefined;
  let maybeFactor: number | undefined;
  let precision = reading.decimal !== undefined ? 10 ** -(t.slice(a, z).length - t.slice(a, z).lastIndexOf(reading.decimal) - 1) : integerPrecision(reading.value);
  const cjk = CJK_SCALES[b];
  if (cjk) {
    const compound = cjkAmount(t, z, value, cjk);
    if (compound.end > z) {
      if (compound.parts > 1) {
        // "1兆5000億", "3万4700": one numeral, read whole.
        value = compound.value;
        numeralEnd = compound.end;
        precision = compound.precision;
      } else {
        scale = { start: z, end: compound.end, word: text.slice(z, compound.end), factor: compound.factor };
        value = compound.value;
        precision *= compound.factor;
      }
    }
  } else {
    const attached = /^([a-z]{1,2})(?![\p{L}\d])/u.exec(text.slice(z, z + 4));
    const factor = attached ? own(ATTACHED_SCALES, attached[1]!) : undefined;
    if (attached && factor && (currency || !ATTACHED_NEED_CURRENCY.has(attached[1]!))) {
      scale = { start: z, end: z + attached[0].length, word: attached[1]!, factor };
    } else if (attached && factor) {
      // "2.1m" may be millions or metres: both readings.
      maybeFactor = factor;
    } else {
      const s = scaleAfter(text, z, b);
      if (s.length > 0) {
        const lead = /^[ \u00A0\u202F\u2009]/.test(text.slice(z, z + 1)) ? 1 : 0;
        scale = { start: z + lead, end: z + s.length, word: text.slice(z + lead, z + s.length), factor: s.scale };
      }
    }
    if (scale) {
      value *= scale.factor;
      precision *= scale.factor;
    }
  }
  value = canonical(value);

  let end = scale?.end ?? numeralEnd;
  let unit = unitAfter(text, end);
  if (unit) end = unit.end;
  let start = a;
  if (currency) {
    start = a - currency[0].length;
    const sign = currency[1]!;
    if (!unit || unit.kind !== 'currency') {
      unit = { kind: 'currency', code: CURRENCY_PREFIX_CODE.get(sign)!, start, end: start + sign.length, raw: sign };
    }
  } else if ((b === 'zh' || b === 'ja') && /百分之$/.test(text.slice(Math.max(0, a - 3), a))) {
    start = a - 3;
    unit = { kind: 'percent', code: '%', start, end: a, raw: '百分之' };
  }

  const noDressing = !scale && !unit && numeralEnd === z;
  const kind: MentionKind =
    noDressing && reading.decimal === undefined && reading.thousands === undefined && value >= 1900 && value <= 2100 && Number.isInteger(value) ? 'year' : 'number';
  const mention: NumberMention = {
    start,
    end,
    raw: text.slice(start, end),
    kind,
    value,
    readings: maybeFactor ? [value, canonical(value * maybeFactor)] : [value],
    numeral: { start: a, end: numeralEnd, raw: text.slice(a, numeralEnd), value: numeralEnd === z ? reading.value : value },
    convention: reading.convention,
    precision: canonical(precision),
    parenthetical: inParentheses(text, start),
  };
  if (scale) mention.scale = scale;
  if (unit) mention.unit = unit;
  if (reading.decimal !== undefined) mention.decimal = reading.decimal;
  if (reading.thousands !== undefined) mention.thousands = reading.thousands;
  if (reading.otherValue !== undefined) mention.otherValue = reading.otherValue;
  return mention;
}

/** The step an integer's writing shows: 100 for 2,500 and 35,000 (probably rounded), 1 below a thousand. */
function integerPrecision(v: number): number {
  if (v < 1000 || !Number.isInteger(v)) return 1;
  let p = 1;
  while (v % (p * 10) === 0 && p < v) p *= 10;
  return p;
}

/**
 * A CJK amount from its first scale characters on: "万" (×10⁴), "万亿" (×10¹²), and a
 * remainder with smaller scales ("1兆5000億" = 1.5 × 10¹², "3万4700" = 34 700).
 */
function cjkAmount(t: string, at: number, lead: number, scales: Readonly<Record<string, number>>): { value: number; end: number; factor: number; parts: number; precision: number } {
  const chain = (k: number) => {
    let f = 1;
    let j = k;
    for (; j < t.length && scales[t[j]!] !== undefined; j++) f *= scales[t[j]!]!;
    return { factor: f, end: j };
  };
  const first = chain(at);
  if (first.end === at) return { value: lead, end: at, factor: 1, parts: 1, precision: 1 };
  let value = lead * first.factor;
  let end = first.end;
  let last = first.factor;
  let parts = 1;
  let precision = first.factor;
  for (;;) {
    const digits = /^\d+/.exec(t.slice(end));
    if (!digits) break;
    const next = chain(end + digits[0].length);
    const n = Number(digits[0]);
    if (next.end > end + digits[0].length && next.factor < last) {
      value += n * next.factor;
      last = next.factor;
      end = next.end;
      precision = next.factor;
      parts++;
      continue;
    }
    if (next.end === end + digits[0].length && n < last) {
      value += n;
      end += digits[0].length;
      precision = 1;
      parts++;
    }
    break;
  }
  return { value, end, factor: first.factor, parts, precision };
}

function inParentheses(text: string, at: number): boolean {
  // Only the 200 characters before: a scan back to the start of the text would make a
  // long paragraph of numbers quadratic.
  const from = Math.max(0, at - 200);
  const window = text.slice(from, at + 1);
  const open = Math.max(window.lastIndexOf('('), window.lastIndexOf('（'));
  if (open < 0) return false;
  const close = Math.max(window.lastIndexOf(')'), window.lastIndexOf('）'));
  return close < open;
}

/** The unit or currency word right after a number ("persen", "km", "rupiah"), if any. */
function unitAfter(text: string, end: number): Unit | undefined {
  const u = UNIT_AFTER.exec(text.slice(end, end + 40));
  if (!u) return undefined;
  const found = UNIT_BY_FORM.get(u[1]!.toLowerCase())!;
  const uStart = end + u[0].indexOf(u[1]!);
  return { kind: found.kind, code: found.code, start: uStart, end: end + u[0].length, raw: text.slice(uStart, end + u[0].length) };
}

/** Extra Indonesian words for round amounts: "sejuta" (a million). */
const ID_ROUND_WORDS: Readonly<Record<string, number>> = { sejuta: 1e6, semiliar: 1e9 };
/** CJK numerals before scale characters ("三万", "两亿") and after 百分之 ("百分之十"). */
const CJK_SCALED_NUMERAL = /([一二两兩三四五六七八九十]{1,3})([百千万萬亿億兆]+)/gu;
const CJK_PERCENT_NUMERAL = /百分之([一二两兩三四五六七八九十]{1,3})/gu;

/** Number words as mentions, with a scale word after them multiplied out ("dua juta", "two million", "三万"). */
function wordMentions(text: string, b: string): NumberMention[] {
  const out: NumberMention[] = [];
  const words: WordNumeral[] = [];
  if (b === 'id' || b === 'ms') {
    for (const m of text.matchAll(/[\p{L}]+/gu)) {
      const v = ID_ROUND_WORDS[m[0].toLowerCase()];
      if (v !== undefined) words.push({ start: m.index, end: m.index + m[0].length, value: v });
    }
  }
  const cjk = CJK_SCALES[b];
  if (cjk) {
    for (const m of text.matchAll(CJK_SCALED_NUMERAL)) {
      const n = cjkNumeral(m[1]!);
      if (n === undefined) continue;
      let f = 1;
      for (const ch of m[2]!) f *= own(cjk, ch) ?? 1;
      words.push({ start: m.index, end: m.index + m[0].length, value: n * f });
    }
    for (const m of text.matchAll(CJK_PERCENT_NUMERAL)) {
      const n = cjkNumeral(m[1]!);
      if (n !== undefined) words.unshift({ start: m.index, end: m.index + m[0].length, value: n });
    }
  }
  words.push(...wordNumerals(text, b));
  for (const w of words) {
    if (out.some((o) => o.start < w.end && w.start < o.end)) continue;
    const raw = text.slice(w.start, w.end);
    const percent = raw.startsWith('百分之');
    const numeralStart = percent ? w.start + 3 : w.start;
    let value = w.value;
    let end = w.end;
    let scale: Scale | undefined;
    if (!cjk) {
      const s = scaleAfter(text, w.end, b);
      if (s.length > 0) {
        const lead = /^[ \u00A0\u202F\u2009]/.test(text.slice(w.end, w.end + 1)) ? 1 : 0;
        scale = { start: w.end + lead, end: w.end + s.length, word: text.slice(w.end + lead, w.end + s.length), factor: s.scale };
        value *= s.scale;
        end = scale.end;
      }
    }
    let unit: Unit | undefined;
    if (percent) unit = { kind: 'percent', code: '%', start: w.start, end: numeralStart, raw: '百分之' };
    else {
      unit = unitAfter(text, end);
      if (unit) end = unit.end;
    }
    const mention: NumberMention = {
      start: w.start,
      end,
      raw: text.slice(w.start, end),
      kind: 'word',
      value: canonical(value),
      readings: [canonical(value)],
      numeral: { start: numeralStart, end: w.end, raw: text.slice(numeralStart, w.end), value: w.value },
      convention: 'native',
      precision: scale ? scale.factor : 1,
      parenthetical: inParentheses(text, w.start),
    };
    if (scale) mention.scale = scale;
    if (unit) mention.unit = unit;
    out.push(mention);
  }
  return out;
}

/**
 * The first end of a range shares the second's scale: "2–3 juta", "between 2 and 3
 * million". It keeps its own value and may also stand for the scaled one.
 */
function linkRanges(t: string, mentions: NumberMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if ((a.kind !== 'number' && a.kind !== 'word') || (b.kind !== 'number' && b.kind !== 'word')) continue;
    if (!RANGE_BETWEEN.test(t.slice(a.end, b.start))) continue;
    if (!a.scale && b.scale) a.readings.push(canonical(a.value * b.scale.factor));
    if (!a.unit && b.unit && b.unit.kind === 'percent' && b.unit.start >= b.numeral.end) a.unit = { ...b.unit };
  }
}

/**
 * Whether a text says any number at all: digits in any script, CJK numerals, or number
 * and fraction words ("three", "half", "a fifth", "double", "percent"). For deciding
 * that a translation dropped a number, where "one fifth" for "20 persen" is no drop.
 */
export function hasNumberExpression(text: string, lang: string): boolean {
  if (/[\p{Nd}]/u.test(text)) return true;
  if (/[〇一二三四五六七八九十百千万萬亿億兆两兩半倍成割]/u.test(text)) return true;
  const words = NUMBER_EXPRESSIONS[base(lang)];
  if (!words) return false;
  return words.test(text);
}

const NUMBER_EXPRESSIONS: Readonly<Record<string, RegExp>> = {
  en: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|decades?|century|centuries|score|half|halves|halved|thirds?|quarters?|fifths?|tenths?|double[sd]?|twice|triple[sd]?|quadrupled?|percent|per cent|percentage|single|pair|couple|once|none|zero)\b/i,
  fr: /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cents?|mille|milliers?|millions?|milliards?|douzaines?|dizaines?|centaines?|décennies?|siècles?|moitié|demi|tiers|quarts?|cinquième|dixième|double|doublé|triple|triplé|pour cent|pourcentage|zéro|aucun)(?![\p{L}])/iu,
  ar: /(?:واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|مئات|ألف|آلاف|مليون|ملايين|مليار|نصف|ثلث|ربع|ضعف|المئة|المائة|بالمئة)/u,
};

// ---------------------------------------------------------------------------------
// Writing numbers in a language's conventions

export interface NumeralStyle {
  /** Thousands separator; '' for none. */
  thousands?: string;
  decimal?: string;
  /** Write Arabic-Indic digits (٠-٩). */
  arabicDigits?: boolean;
}

/**
 * The conventions a suggestion follows when the version shows none: English "2,500" and
 * "1.5"; French "34 700" with a narrow no-break space (U+202F, what French typography and
 * CLDR use, and it never breaks a number across lines) and "1,5"; Chinese and Japanese
 * plain digits "2500"; Arabic "2500" and "2.5" (Latin digits), "٢٥٠٠" and "٢٫٥"
 * (Arabic-Indic).
 */
export function defaultStyle(lang: string, arabicDigits = false): Required<NumeralStyle> {
  switch (base(lang)) {
    case 'fr':
      return { thousands: '\u202F', decimal: ',', arabicDigits: false };
    case 'zh':
    case 'ja':
      return { thousands: '', decimal: '.', arabicDigits: false };
    case 'ar':
      return arabicDigits ? { thousands: ARABIC_THOUSANDS, decimal: ARABIC_DECIMAL, arabicDigits: true } : { thousands: '', decimal: '.', arabicDigits: false };
    case 'id':
    case 'ms':
      return { thousands: '.', decimal: ',', arabicDigits: false };
    default:
      return { thousands: ',', decimal: '.', arabicDigits: false };
  }
}

/** A value's digits in a language's conventions: `formatNumeral(2500, 'en')` is "2,500", `(1.5, 'fr')` is "1,5". */
export function formatNumeral(value: number, lang: string, style: NumeralStyle = {}): string {
  const s = { ...defaultStyle(lang, style.arabicDigits), ...style };
  const [whole, fraction] = plainDigits(canonical(value)).split('.');
  let grouped = whole!;
  if (s.thousands && whole!.length > 3) grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, s.thousands);
  const out = fraction ? `${grouped}${s.decimal}${fraction}` : grouped;
  return s.arabicDigits ? out.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : out;
}

/** Decimal digits without exponent notation. */
function plainDigits(v: number): string {
  const s = String(Math.abs(v));
  if (!/e/i.test(s)) return s;
  return Math.abs(v).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Scale words a suggestion may use, largest first; plural forms where the language has them. */
const WRITE_SCALES: Readonly<Record<string, readonly { factor: number; word: string; plural?: string; fewPlural?: string }[]>> = {
  en: [{ factor: 1e12, word: 'trillion' }, { factor: 1e9, word: 'billion' }, { factor: 1e6, word: 'million' }, { factor: 1e3, word: 'thousand' }],
  fr: [
    { factor: 1e12, word: 'billion', plural: 'billions' }, { factor: 1e9, word: 'milliard', plural: 'milliards' },
    { factor: 1e6, word: 'million', plural: 'millions' }, { factor: 1e3, word: 'mille' },
  ],
  ar: [
    { factor: 1e12, word: 'تريليون', fewPlural: 'تريليونات' }, { factor: 1e9, word: 'مليار', fewPlural: 'مليارات' },
    { factor: 1e6, word: 'مليون', fewPlural: 'ملايين' }, { factor: 1e3, word: 'ألف', fewPlural: 'آلاف' },
  ],
  zh: [{ factor: 1e12, word: '万亿' }, { factor: 1e8, word: '亿' }, { factor: 1e4, word: '万' }],
  ja: [{ factor: 1e12, word: '兆' }, { factor: 1e8, word: '億' }, { factor: 1e4, word: '万' }],
  id: [{ factor: 1e12, word: 'triliun' }, { factor: 1e9, word: 'miliar' }, { factor: 1e6, word: 'juta' }, { factor: 1e3, word: 'ribu' }],
};

export interface AmountStyle extends NumeralStyle {
  /** Use a scale word when the value allows one ("30 billion", "300万"); else plain digits. */
  scaleWords?: boolean;
  /** The smallest scale word allowed: thousands ("241 ألف") only when the version writes them. Default 10⁶ (10⁴ in zh, ja). */
  minScale?: number;
}

/**
 * A value written in a language's conventions, with a scale word when asked and the
 * value allows one with at most two decimals: `formatAmount(3e10, 'en', { scaleWords:
 * true })` is "30 billion", `(3e6, 'zh', …)` is "300万", `(2.5e9, 'fr', …)` is
 * "2,5 milliards", `(241000, 'ar', { scaleWords: true, minScale: 1e3 })` is "241 ألف".
 */
export function formatAmount(value: number, lang: string, style: AmountStyle = {}): string {
  const b = base(lang);
  const scales = WRITE_SCALES[b];
  if (style.scaleWords && scales) {
    const min = style.minScale ?? (b === 'zh' || b === 'ja' ? 1e4 : 1e6);
    for (const s of scales) {
      if (s.factor < min || value < s.factor) continue;
      const q = canonical(value / s.factor);
      if (Math.abs(q * 100 - Math.round(q * 100)) > 1e-6) continue;
      const digits = formatNumeral(q, lang, style);
      const word = q >= 2 && s.plural ? s.plural : q >= 3 && q <= 10 && Number.isInteger(q) && s.fewPlural ? s.fewPlural : s.word;
      return b === 'zh' || b === 'ja' ? `${digits}${word}` : `${digits} ${word}`;
    }
  }
  return formatNumeral(value, lang, style);
}

/** The significant digits of a value: "25" for 2.5, 2500 and 0.025. Equal for two values exactly when one is the other times a power of ten. */
export function significantDigits(value: number): string {
  return plainDigits(canonical(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}
