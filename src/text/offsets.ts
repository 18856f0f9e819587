/** UTF-16 offsets that never cut a surrogate pair. */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));

/** The range clamped to the text and widened to whole code points. */
export function wholeCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  let a = Math.max(0, Math.min(start, text.length));
  let b = Math.max(a, Math.min(end, text.length));
  if (splitsPair(text, a)) a--;
  if (splitsPair(text, b)) b++;
  return { start: a, end: b };
}
