/**
 * The cost of a bead: how unlikely it is that source sentences [i0, i1) are rendered
 * by version sentences [j0, j1). Costs are in nats (−log probability, up to
 * constants), so they add along an alignment and the aligner minimises their sum.
 *
 *   cost = prior(bead shape)                         Gale–Church bead probabilities
 *        + length cost                               matched beads only (length-model.ts)
 *        − Σ weight of anchors both sides share      numbers, names, acronyms, quotes
 *        + PENALTY × Σ weight of anchors one side has and the other lacks (matched beads)
 *        − PARAGRAPH_BONUS   when the bead ends where both texts end a paragraph
 *        + INNER_BREAK       per side whose two sentences sit in different paragraphs
 */
import type { PreparedText } from '../prepare/index.js';
import { pairAnchors, type PairAnchors } from './anchors.js';
import { articleRatio, hasLengthModel, lengthCost, lengthModel, sentenceLength } from './length-model.js';

/** A bead shape: [source sentences, version sentences]. */
export type Shape = readonly [number, number];

/** The shapes the aligner considers, in order of preference when costs tie. */
export const SHAPES: readonly Shape[] = [[1, 1], [2, 1], [1, 2], [1, 0], [0, 1], [2, 2]];

/**
 * −log of Gale & Church's bead probabilities (1993, measured on parliamentary
 * proceedings): 1-1 0.89, 2-1 or 1-2 0.089 (split between the two), 2-2 0.011, and
 * 0.0099 for a 1-0 or a 0-1 bead. We charge 0.02 to each of 1-0 and 0-1 (Gale &
 * Church's program charges the whole 0.0099 to each rather than splitting it; we go
 * twice as far): machine translation drops and adds sentences more often than a
 * parliament's translators, and with a rarer 1-0 a short dropped sentence ("Warga
 * mengungsi ke masjid.") hides in its neighbour's 2-1 bead, the length model alone
 * being too loose to tell.
 * A 2-2 bead is made a hundred times rarer than theirs (10⁻⁴): machine translation
 * keeps the source's sentence boundaries, and a 2-2 bead in its output is far more
 * often a dropped sentence next to an added one of similar length than two sentences
 * cut differently.
 */
export const PRIOR: Readonly<Record<string, number>> = {
  '1-1': -Math.log(0.89),
  '2-1': -Math.log(0.089 / 2),
  '1-2': -Math.log(0.089 / 2),
  '1-0': -Math.log(0.02),
  '0-1': -Math.log(0.02),
  '2-2': -Math.log(0.0001),
};

/** PRIOR as a table by [source sentences][version sentences], for the inner loop. */
const PRIOR_BY_SHAPE: readonly (readonly number[])[] = [0, 1, 2].map((a) => [0, 1, 2].map((b) => PRIOR[`${a}-${b}`] ?? Infinity));

/** Fraction of an anchor's weight charged when one side of a matched bead has it and the other does not. */
const PENALTY = 0.5;
/** Bonus for a bead ending at a paragraph end on both sides. */
const PARAGRAPH_BONUS = 1.5;
/** Cost of merging two sentences of one side that belong to different paragraphs. */
const INNER_BREAK = 1.5;

export interface CostModel {
  /** Sentences of the source and of the version. */
  n: number;
  m: number;
  /** The cost of the bead source [i0, i1), version [j0, j1). */
  cost(i0: number, i1: number, j0: number, j1: number): number;
  /** The version/source length ratio in use for this pair. */
  ratio: number;
  variance: number;
  /** Prefix sums of the sentence lengths the model compares, per side (see `prefixLengths`). */
  lengths: { source: Float64Array; version: Float64Array };
}

const EMPTY = new Int32Array(0);

export function costModel(source: PreparedText, version: PreparedText, anchors: PairAnchors = pairAnchors(source, version)): CostModel {
  const n = source.sentences.length;
  const m = version.sentences.length;
  const model = lengthModel(source.base, version.base);
  const srcLen = prefixLengths(source);
  const verLen = prefixLengths(version, NON_LATIN.has(version.base) ? model.ratio : 1);
  const ratio = articleRatio(model, srcLen[n]!, verLen[m]!, hasLengthModel(source.base, version.base));
  // The variance grows with the square of the ratio (a translator who writes longer varies
  // more in absolute characters); the model's variance is for the model's ratio.
  const variance = model.variance * (ratio / model.ratio) ** 2;
  const srcBreak = paragraphEnds(source);
  const verBreak = paragraphEnds(version);
  const { weight, penalised } = anchors;

  const anchorCost = (s1: Int32Array, s2: Int32Array, v1: Int32Array, v2: Int32Array): number => {
    let cost = 0;
    // Keys of the source side (s1 ∪ s2), each once.
    for (let k = 0; k < s1.length + s2.length; k++) {
      const key = k < s1.length ? s1[k]! : s2[k - s1.length]!;
      if (k >= s1.length && includes(s1, key)) continue;
      if (includes(v1, key) || includes(v2, key)) cost -= weight[key]!;
      else if (penalised[key]) cost += PENALTY * weight[key]!;
    }
    // Keys only the version side has.
    for (let k = 0; k < v1.length + v2.length; k++) {
      const key = k < v1.length ? v1[k]! : v2[k - v1.length]!;
      if (k >= v1.length && includes(v1, key)) continue;
      if (!penalised[key] || includes(s1, key) || includes(s2, key)) continue;
      cost += PENALTY * weight[key]!;
    }
    return cost;
  };

  const cost = (i0: number, i1: number, j0: number, j1: number): number => {
    const a = i1 - i0;
    const b = j1 - j0;
    let c = PRIOR_BY_SHAPE[a]?.[b] ?? Infinity;
    if (a > 0 && b > 0) {
      c += lengthCost(srcLen[i1]! - srcLen[i0]!, verLen[j1]! - verLen[j0]!, ratio, variance);
      c += anchorCost(
        anchors.source[i0]!, a > 1 ? anchors.source[i0 + 1]! : EMPTY,
        anchors.version[j0]!, b > 1 ? anchors.version[j0 + 1]! : EMPTY,
      );
    }
    if (srcBreak[i1] && verBreak[j1] && (i1 < n || j1 < m)) c -= PARAGRAPH_BONUS;
    if (a === 2 && srcBreak[i0 + 1]) c += INNER_BREAK;
    if (b === 2 && verBreak[j0 + 1]) c += INNER_BREAK;
    return c;
  };

  return { n, m, cost, ratio, variance, lengths: { source: srcLen, version: verLen } };
}

function includes(keys: Int32Array, key: number): boolean {
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return true;
  return false;
}

/** Versions in a script other than the Latin one, where a Latin-script sentence is one left in Indonesian (or English). */
const NON_LATIN = new Set(['zh', 'ja', 'ar', 'ko', 'ru', 'th', 'fa', 'he', 'hi']);
const LATIN_LETTER = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

/**
 * Prefix sums of sentence lengths: sentences [i, j) have lengths[j] − lengths[i]
 * characters. A sentence mostly in Latin letters inside a non-Latin version is a
 * sentence left untranslated: it is as long as its source, so its length is scaled by
 * `latinScale` (the pair's ratio) to what a translated sentence of it would measure.
 */
function prefixLengths(doc: PreparedText, latinScale = 1): Float64Array {
  const out = new Float64Array(doc.sentences.length + 1);
  doc.sentences.forEach((s, k) => {
    const text = doc.text.slice(s.start, s.end);
    let length = sentenceLength(text);
    if (latinScale !== 1) {
      const latin = text.match(LATIN_LETTER)?.length ?? 0;
      if (latin > 0.6 * (text.match(LETTER)?.length ?? 0)) length *= latinScale;
    }
    out[k + 1] = out[k]! + length;
  });
  return out;
}

/** For each position between sentences (0..n), whether a paragraph ends there (the start and the end of the text count). */
function paragraphEnds(doc: PreparedText): Uint8Array {
  const n = doc.sentences.length;
  const out = new Uint8Array(n + 1);
  out[0] = 1;
  out[n] = 1;
  for (let k = 1; k < n; k++) out[k] = doc.sentences[k]!.paragraph !== doc.sentences[k - 1]!.paragraph ? 1 : 0;
  return out;
}
