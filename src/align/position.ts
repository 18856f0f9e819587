import type { PreparedText } from '../prepare/index.js';
import type { Range } from '../types.js';

/**
 * Of several places in the source, the one whose relative position in the text is
 * nearest that of `offset` in the version: news translations keep the order of the
 * source, so the n-th paragraph's words sit near the n-th paragraph's translation.
 */
export function nearestByPosition<T extends Range>(version: PreparedText, offset: number, source: PreparedText, candidates: readonly T[]): T | undefined {
  const at = offset / Math.max(1, version.text.length);
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.abs(c.start / Math.max(1, source.text.length) - at);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
