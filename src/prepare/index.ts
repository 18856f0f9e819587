import type { Lang, Range } from '../types.js';
import { baseLang } from '../validate.js';
import { aggregateLanguage, detectLanguage, type LanguageGuess } from './language.js';
import { segment, type Paragraph, type Sentence } from './segment.js';

export type { Paragraph, Sentence } from './segment.js';
export type { LanguageGuess } from './language.js';

/** A text prepared once for every rule: its paragraphs, sentences and language. */
export interface PreparedText {
  /** The declared language tag. */
  lang: Lang;
  /** Its primary subtag ('zh' for 'zh-Hant'). */
  base: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Detected language of each paragraph, in order. */
  paragraphLangs: LanguageGuess[];
  /** Detected language of the whole text, aggregated over its paragraphs. */
  detected: LanguageGuess;
}

export function prepareText(lang: Lang, text: string): PreparedText {
  const { paragraphs, sentences } = segment(text);
  const paragraphLangs = paragraphs.map((p) => detectLanguage(text.slice(p.start, p.end)));
  return { lang, base: baseLang(lang), text, paragraphs, sentences, paragraphLangs, detected: aggregateLanguage(paragraphLangs) };
}

/** The sentence that contains `offset`, or the nearest one before it. */
export function sentenceAt(doc: PreparedText, offset: number): Sentence | undefined {
  return doc.sentences[sentenceIndexAt(doc.sentences, offset)];
}

/** Index of the sentence containing `offset`, or the nearest one before it; −1 before the first. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const slice = (doc: PreparedText, r: Range): string => doc.text.slice(r.start, r.end);
