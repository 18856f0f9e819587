/** The aligner's gold fixtures (test/align/fixtures): hand-aligned source/version pairs of our own writing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bead } from '../../src/types.js';

export interface GoldPair {
  name: string;
  source: string;
  version: { lang: string; text: string };
  /** Gold beads as [[source from, to), [version from, to)] sentence ranges. */
  beads: [[number, number], [number, number]][];
}

const DIR = join(import.meta.dirname, 'fixtures');

export const goldPairs: GoldPair[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldPair);

const key = (s: readonly [number, number], v: readonly [number, number]) => `${s[0]}-${s[1]}|${v[0]}-${v[1]}`;

/** Beads found and gold beads compared as exact ranges on both sides. */
export function beadCounts(found: readonly Bead[], gold: GoldPair['beads']): { tp: number; found: number; gold: number } {
  const want = new Set(gold.map(([s, v]) => key(s, v)));
  const tp = found.filter((b) => want.has(key(b.source, b.version))).length;
  return { tp, found: found.length, gold: gold.length };
}
