import stringSimilarity from 'string-similarity';

/**
 * Dice similarity of two strings' bigrams, 0..1. The only module that calls
 * string-similarity (archived upstream), so it can be replaced here alone.
 */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}
