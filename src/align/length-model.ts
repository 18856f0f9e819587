/**
 * How long a translation of an Indonesian sentence is, per target language: the
 * Gale–Church length model. A version sentence that renders l₁ characters of
 * Indonesian is expected to be c·l₁ characters long, with variance s²·l₁ (both sides
 * counted in characters; see `sentenceLength`).
 *
 * Where the numbers come from. Indonesian is wordy (affixed verbs, "yang", "bahwa",
 * "mengatakan" for "said"), so English runs about a tenth shorter and French, wordier
 * than English by a sixth, about as long. Chinese writes a word in one or two
 * characters: a Chinese news sentence is about a quarter of the Indonesian one;
 * Japanese mixes kanji with kana particles and verb endings and lands at about a
 * third. Arabic leaves short vowels unwritten and fuses articles and prepositions
 * onto words, so it is about four fifths of the Indonesian. These are the usual
 * figures for news translation, checked against the hand-aligned 1-1 beads of the
 * aligner's gold fixtures (test/align/fixtures), which measured (ratio of the sums,
 * and the variance of the per-bead deviations (l₂ − c·l₁)² / l₁):
 *
 *   id→en  c 0.89  s² 1.9      id→fr  c 1.03  s² 2.4      id→zh  c 0.26  s² 0.40
 *   id→ja  c 0.36  s² 0.60     id→ar  c 0.80  s² 1.6
 *
 * The variances we use are those measured, raised about threefold: the fixtures are
 * careful translations of tidy text, machine translation and real copy (datelines,
 * captions left in, quotes rephrased) vary more, and Gale & Church's own figure for
 * closely related European languages is 6.8 characters². An underestimated variance
 * turns every loose translation into a merge or a deletion; an overestimated one only
 * leans harder on the other evidence (anchors, paragraphs, bead priors). For CJK the
 * variance shrinks with the ratio: a Chinese character carries what three or four
 * Indonesian ones do, so the same relative looseness is fewer characters.
 *
 * Other target languages get c 1 and a wide variance, and the aligner blends every
 * model with the article's own ratio of lengths (see `articleRatio`), which is what
 * carries an unlisted language.
 */

export interface LengthModel {
  /** Mean version characters per source character. */
  ratio: number;
  /** Variance of version characters per source character (Gale–Church s²). */
  variance: number;
}

/** Indonesian → target language. */
const FROM_INDONESIAN: Readonly<Record<string, LengthModel>> = {
  id: { ratio: 1, variance: 4 },
  ms: { ratio: 1, variance: 4 },
  en: { ratio: 1.0, variance: 4 },
  fr: { ratio: 1.18, variance: 5.5 },
  zh: { ratio: 0.29, variance: 0.35 },
  ja: { ratio: 0.42, variance: 0.7 },
  ar: { ratio: 0.85, variance: 3 },
};

/** A language we have no figures for: same length as Indonesian, loosely. */
export const DEFAULT_LENGTH_MODEL: LengthModel = { ratio: 1, variance: 12 };

/**
 * The model for version language `version` given a source in `source` (primary
 * subtags). The source is Indonesian in calque; for another source language the ratio
 * is taken through Indonesian and the variance is the default.
 */
export function lengthModel(source: string, version: string): LengthModel {
  const v = FROM_INDONESIAN[version] ?? DEFAULT_LENGTH_MODEL;
  if (source === 'id' || source === 'ms') return v;
  const s = FROM_INDONESIAN[source];
  if (!s) return { ratio: v.ratio, variance: DEFAULT_LENGTH_MODEL.variance };
  return { ratio: v.ratio / s.ratio, variance: DEFAULT_LENGTH_MODEL.variance * v.ratio / s.ratio };
}

/**
 * Blends the model's ratio with the article's own (total version characters over
 * total source characters), half and half in log space, and keeps the result within
 * a factor 1.5 of the model. The article's ratio is the best evidence for how this
 * translator writes; the model guards against an article whose version dropped or
 * added whole paragraphs. With the default model (an unlisted language) the article's
 * ratio is taken as it is.
 */
export function articleRatio(model: LengthModel, sourceChars: number, versionChars: number, known: boolean): number {
  if (sourceChars <= 0 || versionChars <= 0) return model.ratio;
  const observed = versionChars / sourceChars;
  if (!known) return Math.min(8, Math.max(0.125, observed));
  const blended = Math.sqrt(model.ratio * observed);
  return Math.min(model.ratio * 1.5, Math.max(model.ratio / 1.5, blended));
}

/** Whether `lengthModel` has figures of its own for this pair. */
export function hasLengthModel(source: string, version: string): boolean {
  return version in FROM_INDONESIAN && (source === 'id' || source === 'ms' || source in FROM_INDONESIAN);
}

/**
 * The length of a sentence for the length model: code points, a run of white space
 * counting as one (line breaks inside a paragraph and double spaces carry no content).
 */
export function sentenceLength(text: string): number {
  let n = 0;
  let space = false;
  for (const ch of text) {
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' || ch === '\u3000';
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/**
 * −log of the two-sided tail probability of a standard normal deviate:
 * −log P(|Z| ≥ |δ|) = −log erfc(|δ|/√2). Computed in log space (Numerical Recipes'
 * erfcc, fractional error below 1.2e-7 everywhere) so that large deviations give
 * large finite costs instead of log(0).
 */
export function tailCost(delta: number): number {
  const x = Math.abs(delta) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.max(0, -(Math.log(t) + poly));
}

/**
 * Gale–Church length cost of matching l₁ source characters with l₂ version
 * characters: the deviation from the expected length in standard deviations, scored
 * as a two-sided tail. The variance is taken over the mean of the two lengths (in
 * source characters) so that neither side alone decides the scale.
 */
export function lengthCost(l1: number, l2: number, ratio: number, variance: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2 / ratio) / 2;
  const delta = (l2 - ratio * l1) / Math.sqrt(variance * mean);
  return tailCost(delta);
}
