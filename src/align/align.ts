/**
 * The sentence aligner: which version sentences render which source sentences.
 *
 * Gale–Church dynamic programming over beads 1-1, 2-1, 1-2, 1-0, 0-1 and 2-2, with
 * the cost model of cost.ts (lengths, shared anchors, paragraph ends). The programme
 * runs in a band around the diagonal — the diagonal scaled by the two sentence counts,
 * so a version with half as many sentences follows the slope — and the band is
 * widened (doubled) whenever the best path reaches its edge or the end cannot be
 * reached, up to the full table. News translations keep the order of the source, so
 * the first band almost always suffices and the work grows linearly with the article.
 */
import type { PreparedText } from '../prepare/index.js';
import type { Bead } from '../types.js';
import { costModel, PRIOR, SHAPES, type CostModel } from './cost.js';

/** Half-width of the first band, in sentences on either side of the scaled diagonal. */
const INITIAL_BAND = 6;

/**
 * Aligns the sentences of `version` with those of `source`. The beads cover every
 * sentence of both texts, in order, with no gap or overlap; a 1-0 bead (a sentence the
 * version dropped) has an empty version range [k, k), a 0-1 bead (one it added) an
 * empty source range.
 */
export function align(source: PreparedText, version: PreparedText): Bead[] {
  return alignWithModel(source, version).beads;
}

/** `align`, with the length model it used (absent when a side has no sentences). */
export function alignWithModel(source: PreparedText, version: PreparedText): { beads: Bead[]; model?: CostModel } {
  const n = source.sentences.length;
  const m = version.sentences.length;
  if (n === 0 || m === 0) return { beads: unmatched(n, m) };
  const model = costModel(source, version);
  for (let width = INITIAL_BAND; ; width *= 2) {
    const band = new Band(n, m, width);
    const path = run(model, band);
    if (path && (band.full || !path.touchesEdge)) return { beads: path.beads, model };
  }
}

/** All 1-0 beads, or all 0-1 beads, when one side has no sentences. */
function unmatched(n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < n; i++) beads.push({ source: [i, i + 1], version: [0, 0], confidence: emptyConfidence });
  for (let j = 0; j < m; j++) beads.push({ source: [0, 0], version: [j, j + 1], confidence: emptyConfidence });
  return beads;
}

/**
 * The cells (i, j) the programme fills: for row i (i source sentences consumed), the
 * version positions within `width` of the scaled diagonal between rows i − 1 and i + 1.
 */
class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly full: boolean;

  constructor(n: number, m: number, width: number) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    let full = true;
    for (let i = 0; i <= n; i++) {
      const lo = Math.max(0, Math.floor((Math.max(0, i - 1) * m) / n) - width);
      const hi = Math.min(m, Math.ceil((Math.min(n, i + 1) * m) / n) + width);
      this.lo[i] = lo;
      this.hi[i] = hi;
      if (lo > 0 || hi < m) full = false;
    }
    this.full = full;
  }
}

interface Path {
  beads: Bead[];
  /** Whether the path runs along the band's edge, where a wider band might have found a better one. */
  touchesEdge: boolean;
}

/** Fills the band and reads back the cheapest path; undefined when no path reaches (n, m). */
function run(model: CostModel, band: Band): Path | undefined {
  const { n, m } = model;
  const { lo, hi } = band;
  const total: Float64Array[] = [];
  const step: Uint8Array[] = [];
  const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? Infinity : total[i]![j - lo[i]!]!);

  for (let i = 0; i <= n; i++) {
    const row = new Float64Array(hi[i]! - lo[i]! + 1).fill(Infinity);
    const back = new Uint8Array(row.length);
    total.push(row);
    step.push(back);
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s]!;
        if (i < a || j < b) continue;
        const before = at(i - a, j - b);
        if (before === Infinity) continue;
        const c = before + model.cost(i - a, i, j - b, j);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      row[j - lo[i]!] = best;
      back[j - lo[i]!] = bestShape;
    }
  }
  if (at(n, m) === Infinity) return undefined;

  const beads: Bead[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchesEdge = true;
    const [a, b] = SHAPES[step[i]![j - lo[i]!]!]!;
    const cost = model.cost(i - a, i, j - b, j);
    beads.push({ source: [i - a, i], version: [j - b, j], confidence: confidence(cost, a, b) });
    i -= a;
    j -= b;
  }
  return { beads: beads.reverse(), touchesEdge };
}

/**
 * A bead's confidence from its cost: a logistic curve that gives a 1-1 bead of the
 * expected length about 0.95 (more with shared anchors), a clean 2-1 or 1-2 merge
 * about 0.7, and a bead whose lengths are several deviations apart under 0.5. A 1-0 or
 * 0-1 bead has no evidence of its own beyond its neighbours fitting better, so its
 * confidence is its prior's on the same curve (about 0.4), halved at the edges of a
 * bead-less side.
 */
function confidence(cost: number, a: number, b: number): number {
  const p = 1 / (1 + Math.exp((cost - CENTRE) / SCALE));
  const capped = a === 0 || b === 0 ? Math.min(p, emptyCap) : p;
  return Math.round(Math.min(0.99, Math.max(0.01, capped)) * 1000) / 1000;
}

const CENTRE = 4.6;
const SCALE = 1.5;
const emptyCap = 1 / (1 + Math.exp((PRIOR['1-0']! - CENTRE) / SCALE));
const emptyConfidence = Math.round((emptyCap / 2) * 1000) / 1000;
