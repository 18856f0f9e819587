/**
 * Anchors: things a sentence and its translation share whatever the language —
 * numbers (by value, across the locales' ways of writing them), times, proper names
 * (fuzzily, across transliterations), acronyms, and quoted speech. They are extracted
 * once per sentence and turned into small sorted arrays of key ids, so that the
 * aligner's dynamic programme only compares a handful of integers per cell.
 */
import type { PreparedText } from '../prepare/index.js';
import { nameKey, sameNameToken } from '../text/names.js';
import { extractNumbers, extractNumberWords, extractTimes } from '../text/numbers.js';

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

