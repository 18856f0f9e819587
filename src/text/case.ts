/** Case helpers for suggestions that replace words inside a sentence. */

/** Is `offset` the first word of a sentence (after opening quotes and brackets)? */
export function isSentenceInitial(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 40), offset).replace(/["'“‘«(\[\s]+$/u, '');
  return before === '' || /[.!?。！？؟]["'”’»)\]]*$/u.test(before);
}

/**
 * Gives `s` the case of its first letter from `like`: 'upper' or 'lower', or the case of
 * the first letter of another string. "the United States" at a sentence start becomes
 * "The United States"; proper names keep their capital.
 */
export function capitalizeLike(s: string, like: 'upper' | 'lower' | string): string {
  const upper = like === 'upper' ? true : like === 'lower' ? false : /^\p{Lu}/u.test(like);
  const first = s[0];
  if (first === undefined) return s;
  if (upper) return first.toUpperCase() + s.slice(1);
  // Only articles and common words go down; a proper name keeps its capital.
  return /^(the|le|la|les|l')\b/i.test(s) ? first.toLowerCase() + s.slice(1) : s;
}
