import { similarity } from '../similarity.js';

/**
 * A name token reduced to what survives transliteration: lower case, no diacritics,
 * no Arabic article ("al-Sudani" → "sudani"), no apostrophes or hyphens.
 */
export function nameKey(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:al|el|ar|as|ash|ad|an|at|az)[-‐‑](?=\p{L})/u, '')
    .replace(/['’ʼ`\-‐‑.]/g, '');
}

/** Consonants only, doubles collapsed: transliterations differ mostly in vowels ("Mohammed", "Muhammad" → "mhmd"). */
const skeleton = (key: string) => key.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1').replace(/(?<=[kgdt])h/g, '');

/** Two name tokens that are the same name, allowing spelling variation ("Mohammed", "Muhammad"). */
export function sameNameToken(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 4) return false;
  const sx = skeleton(x);
  return (sx.length >= 3 && sx === skeleton(y)) || similarity(x, y) >= 0.7;
}

/** Does some token of `a` name the same as some token of `b`? */
export function shareNameToken(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameNameToken(x, y)));
}

/** Latin-script name tokens of a phrase. */
export const nameTokens = (phrase: string): string[] => phrase.match(/[\p{L}\p{M}][\p{L}\p{M}'’\-]*/gu) ?? [];
