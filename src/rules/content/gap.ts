/**
 * What the omission and addition rules share: where in the version a gap is shown,
 * which sentences are boilerplate that a version may drop or add, and whether a
 * sentence carries content (numbers, names, quotes) that makes losing it serious.
 */
import type { PreparedText } from '../../prepare/index.js';
import type { Range } from '../../types.js';

/** Words of a stretch shown next to a gap: enough for an editor to find the place. */
const GAP_WORDS = 5;
/** In scripts without spaces, characters instead. */
const GAP_CHARS = 12;

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.,:/%-]*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TRAILING = /[\s\p{P}\p{S}]+$/u;
const LEADING = /^[\s\p{P}\p{S}]+/u;

/**
 * A short stretch of the version at the end of `range` (side 'end': the words just
 * before a gap) or at its start ('start': the words just after one): the last or first
 * few words, without the punctuation around them.
 */
export function stretch(text: string, range: Range, side: 'start' | 'end'): Range | undefined {
  let start = range.start;
  let end = range.end;
  const body = text.slice(start, end);
  end -= body.length - body.replace(TRAILING, '').length;
  start += body.length - body.replace(LEADING, '').length;
  if (end <= start) return undefined;
  const piece = text.slice(start, end);
  if (UNSPACED.test(piece)) {
    // Count characters, not UTF-16 units: a CJK Extension B character is two units.
    const chars = [...piece];
    const n = Math.min(GAP_CHARS, chars.length);
    const units = (side === 'end' ? chars.slice(-n) : chars.slice(0, n)).join('').length;
    return side === 'end' ? { start: end - units, end } : { start, end: start + units };
  }
  const words = [...piece.matchAll(WORD)];
  if (words.length === 0) return undefined;
  const chosen = side === 'end' ? words.slice(-GAP_WORDS) : words.slice(0, GAP_WORDS);
  const first = chosen[0]!;
  const last = chosen[chosen.length - 1]!;
  const a = start + first.index;
  const b = start + last.index + last[0].replace(/[.,:]+$/, '').length;
  return { start: a, end: b };
}

/**
 * Lines a portal adds or drops around an article without changing what it says:
 * "Baca juga: …" links, credits, photo captions, agency codes, translator notes.
 */
const BOILERPLATE = new RegExp(
  [
    '^(baca|simak|lihat|tonton) juga\\b',
    '^(editor|penulis|pewarta|reporter|redaktur|penyunting|sumber|foto|video|ilustrasi|kontributor)\\s*[:：]',
    '^(read|see|watch) (also|more)\\b',
    '^(also read|related)\\s*[:：]',
    '^(lire aussi|à lire aussi|voir aussi)\\b',
    '^(translated|translation|traduit|traduction|machine[- ]translated)\\b',
    '^(photo|source|credit|crédit)s?\\s*[:：]',
    '^\\(?[a-z]{2,5}/[a-z]{2,5}\\)?$',
    '^(相关阅读|延伸阅读|另请参阅|関連記事|あわせて読みたい|اقرأ أيضا|اقرأ أيضاً)',
  ].join('|'),
  'iu',
);

/** Whether a sentence is boilerplate, or too short to carry a statement. */
export function isIncidental(text: string): boolean {
  const t = text.trim();
  if (BOILERPLATE.test(t)) return true;
  if (UNSPACED.test(t)) return [...t.replace(/[\s\p{P}]/gu, '')].length < 6;
  return (t.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3;
}

/** Whether a sentence carries something a reader would miss: a figure, a name past its first word, or a quotation. */
export function carriesContent(text: string): boolean {
  if (/\p{N}/u.test(text)) return true;
  if (/["“”«»「」『』„]/u.test(text)) return true;
  return /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}\p{Ll}/u.test(text);
}

/** The text of sentences [a, b) of a document. */
export function sentencesText(doc: PreparedText, [a, b]: readonly [number, number]): string {
  if (b <= a) return '';
  return doc.text.slice(doc.sentences[a]!.start, doc.sentences[b - 1]!.end);
}

/** The first words of a text, for a message: up to `max` characters, cut at a word. */
export function quoteStart(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
