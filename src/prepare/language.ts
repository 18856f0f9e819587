import { franc } from 'franc';
import type { Lang } from '../types.js';

/**
 * Language identification, decided by script first, then by function words, and only
 * where both leave it open by franc over a restricted set of candidates (franc costs
 * about a millisecond a call, far more than everything else in `prepare`).
 */

export type Detected = Lang | 'und';

/** franc's ISO 639-3 codes that calque reports, mapped to its Lang codes. The Malay family is Indonesian. */
const FRANC_TO_LANG: Record<string, Lang> = {
  ind: 'id', zlm: 'id', zsm: 'id', msa: 'id', min: 'id', eng: 'en', fra: 'fr', cmn: 'zh', jpn: 'ja', arb: 'ar',
};

/** franc's codes for the neighbours calque has no lexicons for, as BCP 47 tags. */
const FRANC_OTHER: Record<string, string> = { spa: 'es', por: 'pt', deu: 'de', nld: 'nl', ita: 'it', tgl: 'tl', jav: 'jv', sun: 'su' };

/** Latin-script candidates for franc: the languages calque meets, plus neighbours it must not confuse them with. */
// Javanese, Sundanese and Tagalog are left out: on short Indonesian text franc picks them
// more often than it finds them, and a whole paragraph of them in a news version is rare.
const LATIN_CANDIDATES = ['ind', 'zlm', 'eng', 'fra', 'spa', 'por', 'deu', 'nld', 'ita'];

/** Names of the other languages franc may answer, for messages. */
export const LANGUAGE_NAMES: Record<string, string> = {
  id: 'Indonesian', en: 'English', fr: 'French', zh: 'Chinese', ja: 'Japanese', ar: 'Arabic', es: 'Spanish',
  pt: 'Portuguese', de: 'German', nl: 'Dutch', it: 'Italian', tl: 'Tagalog', jv: 'Javanese', su: 'Sundanese',
  ko: 'Korean', ru: 'Russian', th: 'Thai', und: 'undetermined',
};

const FUNCTION_WORDS: Record<string, Set<string>> = {
  id: new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'ke', 'dalam',
    'juga', 'adalah', 'oleh', 'karena', 'sebagai', 'telah', 'sudah', 'bahwa', 'kata', 'mengatakan', 'tersebut', 'atau',
    'ada', 'mereka', 'kami', 'saya', 'dia', 'ia', 'bisa', 'dapat', 'lebih', 'para', 'sejumlah', 'serta', 'namun',
    'tetapi', 'hingga', 'setelah', 'masih', 'belum', 'menjadi', 'secara', 'agar', 'saat', 'kepada', 'terhadap', 'lalu']),
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'by', 'as', 'at',
    'from', 'it', 'be', 'has', 'have', 'are', 'were', 'had', 'this', 'which', 'will', 'would', 'not', 'an', 'they',
    'he', 'she', 'his', 'her', 'their', 'been', 'after', 'who', 'its', 'but', 'also', 'than', 'into', 'about']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'sur',
    'pas', 'au', 'aux', 'il', 'elle', 'ce', 'cette', 'par', 'avec', 'sont', 'ont', 'été', 'plus', 'ne', 'se', 'son',
    'sa', 'ses', 'leur', 'selon', 'mais', 'ou', 'être', 'avait', 'après']),
};

const SCRIPT = {
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  arabic: /\p{Script=Arabic}/gu,
  hangul: /\p{Script=Hangul}/gu,
  cyrillic: /\p{Script=Cyrillic}/gu,
  thai: /\p{Script=Thai}/gu,
  latin: /\p{Script=Latin}/gu,
};

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export interface LanguageGuess {
  lang: Detected;
  /** When lang is 'und': the language franc or the script points to that calque has no lexicons for ('es', 'ko', …). */
  other?: string;
  /** How many letters the guess rests on: the weight of this guess in an aggregate. */
  weight: number;
  /** What decided it: the script (reliable even on a few characters), function words, or franc. */
  by?: 'script' | 'words' | 'franc';
}

/** Guesses the language of one stretch of text (a paragraph or a sentence). */
export function detectLanguage(text: string): LanguageGuess {
  const counts = Object.fromEntries(Object.entries(SCRIPT).map(([k, re]) => [k, count(text, re)])) as Record<keyof typeof SCRIPT, number>;
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  if (letters === 0) return { lang: 'und', weight: 0 };
  const share = (n: number) => n / letters;
  if (share(counts.kana) > 0.05 && share(counts.kana + counts.han) > 0.3) return { lang: 'ja', weight: letters, by: 'script' };
  if (share(counts.han) > 0.3) return { lang: 'zh', weight: letters, by: 'script' };
  if (share(counts.arabic) > 0.3) return { lang: 'ar', weight: letters, by: 'script' };
  if (share(counts.hangul) > 0.3) return { lang: 'und', other: 'ko', weight: letters, by: 'script' };
  if (share(counts.cyrillic) > 0.3) return { lang: 'und', other: 'ru', weight: letters, by: 'script' };
  if (share(counts.thai) > 0.3) return { lang: 'und', other: 'th', weight: letters, by: 'script' };
  if (counts.latin < 12) return { lang: 'und', weight: counts.latin };
  const byWords = byFunctionWords(text);
  if (byWords) return { lang: byWords, weight: counts.latin, by: 'words' };
  // franc guesses on anything; a run with fewer than four distinct words is no language evidence.
  if (new Set(text.slice(0, 2000).toLowerCase().match(/\p{L}+/gu) ?? []).size < 4) return { lang: 'und', weight: counts.latin };
  const code = franc(text, { only: LATIN_CANDIDATES, minLength: 10 });
  const lang = FRANC_TO_LANG[code];
  if (lang) return { lang, weight: counts.latin, by: 'franc' };
  const other = FRANC_OTHER[code];
  return other ? { lang: 'und', other, weight: counts.latin, by: 'franc' } : { lang: 'und', weight: counts.latin };
}

/** Indonesian affixed verbs and nouns ("mengatakan", "ditarik", "pemerintahan", "dukungannya"), rare shapes in English or French. */
const INDONESIAN_AFFIXED = /^(?:(?:meng|meny)\p{L}{3,}|(?:mem|men|ber|ter|di)\p{L}{3,}(?:kan|an|nya)|\p{L}{3,}(?:nya|kan))$/u;

/** Whether a lower-cased word is an Indonesian function word or has the shape of an affixed Indonesian word. */
export const isIndonesianWord = (word: string): boolean => FUNCTION_WORDS.id!.has(word) || INDONESIAN_AFFIXED.test(word);

/** Whether a lower-cased word is one of the commonest function words of `lang` (en, fr; false for others). */
export const isFunctionWord = (lang: string, word: string): boolean => FUNCTION_WORDS[lang]?.has(word) ?? false;

/**
 * Decides by function words when one language clearly leads: at least three hits,
 * at least a tenth of the words, and more than three times the runner-up.
 */
function byFunctionWords(text: string): Lang | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return undefined;
  const hits = Object.entries(FUNCTION_WORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w) || (lang === 'id' && INDONESIAN_AFFIXED.test(w))).length] as const);
  hits.sort((a, b) => b[1] - a[1]);
  const [best, second] = hits;
  if (!best || !second) return undefined;
  if (best[1] >= 3 && best[1] >= words.length / 10 && best[1] > 3 * second[1]) return best[0];
  return undefined;
}

/**
 * The language of a whole text from the guesses for its paragraphs, weighted by
 * length: short paragraphs are unreliable alone and count for less.
 */
export function aggregateLanguage(guesses: readonly LanguageGuess[]): LanguageGuess {
  const weights = new Map<string, number>();
  let total = 0;
  for (const g of guesses) {
    total += g.weight;
    const key = g.lang === 'und' ? (g.other ? `other:${g.other}` : 'und') : g.lang;
    weights.set(key, (weights.get(key) ?? 0) + g.weight);
  }
  let best = 'und';
  let bestWeight = 0;
  for (const [key, w] of weights) if (key !== 'und' && w > bestWeight) [best, bestWeight] = [key, w];
  if (best === 'und' || bestWeight < total * 0.4) return { lang: 'und', weight: total };
  if (best.startsWith('other:')) return { lang: 'und', other: best.slice(6), weight: total };
  return { lang: best, weight: total };
}
