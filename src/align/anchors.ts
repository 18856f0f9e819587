/**
 * Anchors: things a sentence and its translation share whatever the language —
 * numbers (by value, across the locales' ways of writing them), times, proper names
 * (fuzzily, across transliterations), acronyms, and quoted speech. They are extracted
 * once per sentence and turned into small sorted arrays of key ids, so that the
 * aligner's dynamic programme only compares a handful of integers per cell.
 */
import type { PreparedText } from '../prepare/index.js';
import { nameKey, sameNameToken } from '../text/names.js';

// ---------------------------------------------------------------------------------
// Numbers

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

/**
 * The value of a written number in the conventions of `lang` (a BCP 47 tag):
 * Indonesian "2.500" = 2500 and "1,5" = 1.5; English "2,500" and "1.5"; French
 * "2 500" (plain, no-break or narrow no-break space) and "1,5"; Arabic "٢٬٥٠٠" and
 * "١٫٥". A number that does not fit the locale's conventions is read in the other
 * convention ("14.30" in Indonesian is 14.3, a time; "2.500.000" in English is two and
 * a half million, copied from the source). Undefined when it fits neither.
 */
export function parseNumber(token: string, lang: string): number | undefined {
  const t = normalizeDigits(token.trim());
  const parts = t.split(SEPARATOR);
  const groups = parts.filter((_, k) => k % 2 === 0);
  const seps = parts.filter((_, k) => k % 2 === 1);
  if (groups.some((g) => !/^\d+$/.test(g))) return undefined;
  if (seps.length === 0) return Number(t);
  const commaDecimal = DECIMAL_COMMA.has(base(lang));
  return read(groups, seps, commaDecimal ? ',' : '.') ?? read(groups, seps, commaDecimal ? '.' : ',');
}

function read(groups: string[], seps: string[], decimalMark: string): number | undefined {
  let whole = groups;
  let thousands = seps;
  let fraction = '';
  const last = seps[seps.length - 1]!;
  if (last === decimalMark || last === ARABIC_DECIMAL) {
    fraction = groups[groups.length - 1]!;
    whole = groups.slice(0, -1);
    thousands = seps.slice(0, -1);
  }
  if (thousands.length > 0) {
    const mark = thousands[0]!;
    if (mark === decimalMark || mark === ARABIC_DECIMAL) return undefined;
    if (thousands.some((s) => s !== mark)) return undefined;
    if (whole[0]!.length > 3) return undefined;
    if (whole.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  return Number(whole.join('') + (fraction ? `.${fraction}` : ''));
}

/** Scale words after a number, per language: "2,5 juta", "2.5 million", "250万", "2,5 milliards". */
const ID_SCALES: Readonly<Record<string, number>> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };
const SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  id: ID_SCALES,
  ms: ID_SCALES,
  en: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  ar: { 'ألف': 1e3, 'آلاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9, 'مليارات': 1e9, 'تريليون': 1e12, 'تريليونات': 1e12 },
};
/** Chinese and Japanese scale characters, which multiply when chained ("万亿" = 10¹²). */
const CJK_SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  zh: { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  ja: { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 },
};

const SCALE_WORD = /^[^\S\n]?([\p{L}]+)/u;

/** The scale word or characters at `at` (after a number): their factor and length (1 and 0 when none). */
function scaleAfter(text: string, at: number, lang: string): { scale: number; length: number } {
  const b = base(lang);
  const cjk = CJK_SCALES[b];
  if (cjk) {
    let scale = 1;
    let k = at;
    for (; k < text.length && cjk[text[k]!] !== undefined; k++) scale *= cjk[text[k]!]!;
    return { scale, length: k - at };
  }
  const words = SCALES[b] ?? SCALES['en']!;
  const m = SCALE_WORD.exec(text.slice(at, at + 16));
  const scale = m ? words[m[1]!.toLowerCase()] : undefined;
  return scale ? { scale, length: m![0].length } : { scale: 1, length: 0 };
}

function numberPattern(lang: string): RegExp {
  // Digit groups joined by a separator; a plain space only joins a group of exactly three
  // digits, and only in languages that group thousands with spaces.
  const space = SPACE_GROUPS.has(base(lang)) ? '| \\d{3}(?!\\d)' : '';
  return new RegExp(`(?<![\\d.,])\\d+(?:[.,\\u066B\\u066C\\u00A0\\u202F\\u2009]\\d+${space})*`, 'g');
}

/**
 * The numbers of a text, by value, in the conventions of `lang`; a number followed by
 * a scale word is multiplied out ("2,5 juta" and "2.5 million" are both 2500000).
 * Digits in any script count.
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

/** Small numbers written out in words or (Chinese, Japanese) numerals before a classifier. */
export function extractNumberWords(text: string, lang: string): number[] {
  const b = base(lang);
  const out: number[] = [];
  if (b === 'zh' || b === 'ja') {
    for (const m of text.matchAll(CJK_NUMERAL)) {
      const v = cjkNumeral(m[1]!);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  const words = NUMBER_WORDS[b];
  if (!words) return out;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = b === 'ar' ? m[0].replace(/[\u064B-\u0652]/g, '') : m[0].toLowerCase();
    let v = words[word] ?? (b === 'ar' ? words[word.replace(ARABIC_PREFIX, '')] : undefined);
    if (v === undefined) continue;
    if (b === 'id' || b === 'ms') {
      const after = ID_TEENS_TENS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (after && v < 10) v = after[1] === 'belas' ? 10 + v : v * 10;
    }
    out.push(v);
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

const canonical = (v: number) => Number(v.toPrecision(12));

// ---------------------------------------------------------------------------------
// Names, acronyms, quotes

/** Capitalised Latin-script words ("Muhammad", "al-Sudani", "Indonésie"). */
const NAME = /(?<![\p{L}\p{M}\p{N}'’])(?=\p{Script=Latin})\p{Lu}[\p{L}\p{M}'’-]*/gu;
/** Acronyms: two to six Latin capitals standing alone, perhaps with a plural "s" ("NGOs"). */
const ACRONYM = /(?<![\p{Script=Latin}\p{N}])[A-Z]{2,6}(?=s?(?![\p{Script=Latin}\p{N}]))/gu;
const FIRST_WORD = /[\p{L}\p{N}]/u;
const QUOTE = /["“”«»「」『』„]/;

/** Acronyms that differ between Indonesian and the target languages for the same body. */
const ACRONYM_ALIASES: Readonly<Record<string, string>> = { AS: 'US', USA: 'US', PBB: 'UN', ONU: 'UN', UE: 'EU' };

export interface NameToken {
  token: string;
  /** The sentence's first word, capitalised whatever it is. */
  initial: boolean;
}

/** Capitalised Latin-script tokens of a sentence that are not acronyms. */
export function extractNames(text: string): NameToken[] {
  const first = FIRST_WORD.exec(text)?.index ?? -1;
  const out: NameToken[] = [];
  for (const m of text.matchAll(NAME)) {
    const token = m[0].replace(/['’]s$|['’-]+$/u, '');
    if ([...token].length < 2 || isAcronym(token)) continue;
    out.push({ token, initial: m.index === first });
  }
  return out;
}

const isAcronym = (token: string) => /^[A-Z]{2,6}s?$/.test(token);

/** Acronyms of a sentence, with Indonesian and target forms of the same body made one ("AS" = "US", "PBB" = "UN"). */
export function extractAcronyms(text: string): string[] {
  return (text.match(ACRONYM) ?? []).map((a) => ACRONYM_ALIASES[a] ?? a);
}

/** Whether a sentence quotes speech (or holds part of a quotation). */
export const hasQuote = (text: string): boolean => QUOTE.test(text);

// ---------------------------------------------------------------------------------
// Per-sentence anchors for one source/version pair

/** What a sentence pair can share, and how much sharing it is worth (before rarity). */
const BASE_WEIGHT = {
  number: 3,
  /** A year is evidence, but articles repeat years. */
  year: 1.5,
  /** Small integers (0–12, in digits or words: "tiga", "three", "三名") say little: articles are full of them. */
  small: 0.5,
  time: 2,
  name: 1.5,
  acronym: 1.5,
  quote: 1,
} as const;

type Kind = keyof typeof BASE_WEIGHT;

/** Anchors of both texts of a pair, as key ids per sentence. */
export interface PairAnchors {
  /** Sorted, distinct key ids of each source sentence. */
  source: Int32Array[];
  /** Sorted, distinct key ids of each version sentence. */
  version: Int32Array[];
  /** Weight of each key id: its kind's weight over √(the number of sentences it occurs in on the busier side). */
  weight: Float64Array;
  /**
   * Whether a key that a matched bead has on one side only counts against the bead:
   * numbers (they are kept in every language), and names, acronyms and quotes that the
   * other text has somewhere. (Every key kept is penalised; the flag leaves room for
   * kinds that are not.)
   */
  penalised: Uint8Array;
  /** The key strings, by id (for debugging and tests). */
  keys: string[];
}

interface RawSentence {
  keys: Map<string, Kind>;
  names: NameToken[];
}

function rawAnchors(doc: PreparedText): RawSentence[] {
  return doc.sentences.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const keys = new Map<string, Kind>();
    for (const v of [...extractNumbers(text, doc.lang), ...extractNumberWords(text, doc.lang)]) {
      const kind: Kind = Number.isInteger(v) && v >= 0 && v <= 12 ? 'small' : Number.isInteger(v) && v >= 1900 && v <= 2100 ? 'year' : 'number';
      keys.set(`n:${v}`, kind);
    }
    for (const t of extractTimes(text)) keys.set(`t:${t}`, 'time');
    for (const a of extractAcronyms(text)) keys.set(`a:${a}`, 'acronym');
    if (hasQuote(text)) keys.set('q', 'quote');
    return { keys, names: extractNames(text) };
  });
}

/**
 * Sentence-initial capitals are kept only when the same word is capitalised
 * elsewhere in the text ("Jakarta …" yes, "Menurut …", "The …" no).
 */
function keptNames(doc: RawSentence[]): string[][] {
  const inside = new Set<string>();
  for (const s of doc) for (const n of s.names) if (!n.initial) inside.add(n.token);
  return doc.map((s) => s.names.filter((n) => !n.initial || inside.has(n.token)).map((n) => n.token));
}

/** Bucket of a name key for fuzzy comparison: transliterations keep the first consonant's class. */
function bucket(key: string): string {
  const c = key[0] ?? '';
  if ('aeiouy'.includes(c)) return 'V';
  if ('ckqg'.includes(c)) return 'K';
  if ('fpv'.includes(c)) return 'F';
  if ('dt'.includes(c)) return 'T';
  if ('sz'.includes(c)) return 'S';
  return c;
}

/**
 * Clusters name tokens of both texts: equal keys are one name, and tokens that
 * `sameNameToken` calls the same ("Mohammed", "Muhammad") join a cluster. Each
 * distinct key is compared once, with the keys already seen in its bucket.
 */
function clusterNames(tokens: Iterable<string>): Map<string, number> {
  const byKey = new Map<string, number>();
  const clusterOf = new Map<string, number>();
  const buckets = new Map<string, { key: string; token: string; cluster: number }[]>();
  let next = 0;
  for (const token of tokens) {
    if (clusterOf.has(token)) continue;
    const key = nameKey(token);
    let cluster = byKey.get(key);
    if (cluster === undefined) {
      const b = bucket(key);
      const seen = buckets.get(b) ?? [];
      cluster = seen.find((e) => sameNameToken(e.token, token))?.cluster ?? next++;
      seen.push({ key, token, cluster });
      buckets.set(b, seen);
      byKey.set(key, cluster);
    }
    clusterOf.set(token, cluster);
  }
  return clusterOf;
}

/** Extracts the anchors of every sentence of both texts, once. */
export function pairAnchors(source: PreparedText, version: PreparedText): PairAnchors {
  const raw = [rawAnchors(source), rawAnchors(version)] as const;
  const names = [keptNames(raw[0]), keptNames(raw[1])] as const;
  const clusters = clusterNames(names.flatMap((doc) => doc.flat()));

  // Key strings per sentence, per side.
  const kinds = new Map<string, Kind>();
  const sides = ([0, 1] as const).map((side) =>
    raw[side].map((s, k) => {
      const keys = new Map(s.keys);
      for (const token of names[side][k]!) keys.set(`c:${clusters.get(token)}`, 'name');
      for (const [key, kind] of keys) kinds.set(key, kind);
      return [...keys.keys()];
    }),
  );

  // Document frequency on each side.
  const df = [new Map<string, number>(), new Map<string, number>()] as const;
  for (const side of [0, 1] as const) {
    for (const keys of sides[side]!) for (const key of keys) df[side].set(key, (df[side].get(key) ?? 0) + 1);
  }

  // Keep keys that can be shared (on both sides), and numbers on one side only: every
  // language keeps numbers, so one that a matched bead has on one side only counts
  // against the bead.
  const ids = new Map<string, number>();
  const weight: number[] = [];
  const penalised: number[] = [];
  const keys: string[] = [];
  for (const [key, kind] of kinds) {
    const ds = df[0].get(key) ?? 0;
    const dv = df[1].get(key) ?? 0;
    const both = ds > 0 && dv > 0;
    if (!both && kind !== 'number' && kind !== 'year' && kind !== 'small') continue;
    ids.set(key, keys.length);
    keys.push(key);
    weight.push(BASE_WEIGHT[kind] / Math.sqrt(Math.max(ds, dv)));
    penalised.push(1);
  }
  const toIds = (list: string[]) => Int32Array.from(list.flatMap((k) => (ids.has(k) ? [ids.get(k)!] : []))).sort();
  return {
    source: sides[0]!.map(toIds),
    version: sides[1]!.map(toIds),
    weight: Float64Array.from(weight),
    penalised: Uint8Array.from(penalised),
    keys,
  };
}

const base = (lang: string) => lang.split('-')[0]!.toLowerCase();
