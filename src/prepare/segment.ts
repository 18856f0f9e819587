import type { Range } from '../types.js';
import { MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from './abbreviations.js';

export interface Paragraph extends Range {
  index: number;
  /** Indices of its sentences, half-open. */
  sentences: [number, number];
}

export interface Sentence extends Range {
  index: number;
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n/;
const PARAGRAPH_BREAK_BLANK = /(?:\r?\n[^\S\r\n]*){2,}|\u2029/g;
const PARAGRAPH_BREAK_LINE = /\r?\n|\u2029/g;

/**
 * Candidate sentence ends: a Latin or Arabic terminator run (with its closing quotes and
 * brackets) followed by white space, or a CJK terminator anywhere.
 */
// A run of terminators is matched from its start only (the lookbehinds): otherwise a long
// run of dots with no space after it is retried from every position, quadratically.
const TERMINATOR = /(?:(?<![.!?؟…])[.!?؟…]+["'”’»)\]]*(?=\s))|(?:(?<![。！？])[。！？]+[」』）”’"')\]]*)/gu;
const WORD_BEFORE = /[\p{L}\p{N}.'’-]*$/u;
const LETTER = /\p{L}/u;

/**
 * Splits text into paragraphs and sentences with UTF-16 offsets. Paragraphs are
 * separated by blank lines (or by single line breaks when the text has no blank line).
 * Sentences end at . ! ? … ؟ followed by space, and at 。！？; an abbreviation
 * ("Maj. Gen.", "Jl.", "dr.", "U.S."), an initial, or a lower-case next word keeps
 * the sentence going.
 */
export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const breaks = BLANK_LINE.test(text) ? PARAGRAPH_BREAK_BLANK : PARAGRAPH_BREAK_LINE;
  breaks.lastIndex = 0;
  let from = 0;
  const addParagraph = (start: number, end: number) => {
    const range = trim(text, start, end);
    if (!range) return;
    const first = sentences.length;
    for (const s of splitSentences(text, range.start, range.end)) {
      sentences.push({ index: sentences.length, paragraph: paragraphs.length, ...s });
    }
    paragraphs.push({ index: paragraphs.length, ...range, sentences: [first, sentences.length] });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    addParagraph(from, m.index);
    from = m.index + m[0].length;
  }
  addParagraph(from, text.length);
  return { paragraphs, sentences };
}

function trim(text: string, start: number, end: number): Range | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const paragraph = text.slice(start, end);
  let sentenceStart = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(paragraph); m; m = TERMINATOR.exec(paragraph)) {
    const cut = m.index + m[0].length;
    if (cut >= paragraph.length) break;
    if (!endsSentence(paragraph, m.index, m[0], cut)) continue;
    const range = trim(text, start + sentenceStart, start + cut);
    if (range) out.push(range);
    sentenceStart = cut;
  }
  const last = trim(text, start + sentenceStart, end);
  if (last) out.push(last);
  return out;
}

function endsSentence(paragraph: string, at: number, terminator: string, cut: number): boolean {
  if (/^[。！？]/.test(terminator)) return true;
  // Bounded windows on both sides: a sentence end is decided by its neighbourhood, and
  // slicing the whole rest of a long paragraph at every candidate would be quadratic.
  const rest = paragraph.slice(cut, cut + 200).trimStart();
  const next = rest[0];
  if (next === undefined) return false;
  // A lower-case next word continues the sentence: "dll. yang", "… and then", "?" kata dia.
  if (/\p{Ll}/u.test(next)) return false;
  if (terminator !== '.') return true;
  const word = WORD_BEFORE.exec(paragraph.slice(Math.max(0, at - 60), at))?.[0] ?? '';
  if (word === '') return true;
  // An initial: "Mohammad H. Thamrin", "J. Smith"; or an Arabic one-letter abbreviation ("د.").
  if ([...word].length === 1 && LETTER.test(word)) return false;
  if (NEVER_FINAL.has(word)) return false;
  const dotted = word.includes('.'); // "U.S", "a.n", "S.H"
  if (dotted || MAYBE_FINAL.has(word)) {
    const nextWord = /^[\p{L}']+/u.exec(rest.replace(/^["'“‘«(]+/, ''))?.[0] ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}
