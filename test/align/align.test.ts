import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { prepareText } from '../../src/prepare/index.js';
import { beadCounts, goldPairs } from './gold.js';

const run = (name: string) => {
  const pair = goldPairs.find((p) => p.name === name)!;
  return align(prepareText('id', pair.source), prepareText(pair.version.lang, pair.version.text));
};

describe('align: gold fixtures', () => {
  it('has at least 15 pairs over the five target languages', () => {
    expect(goldPairs.length).toBeGreaterThanOrEqual(15);
    expect(new Set(goldPairs.map((p) => p.version.lang.split('-')[0]))).toEqual(new Set(['en', 'fr', 'zh', 'ja', 'ar']));
  });

  it('finds the gold beads with F1 ≥ 0.97 overall', () => {
    let tp = 0;
    let found = 0;
    let gold = 0;
    const misses: string[] = [];
    for (const pair of goldPairs) {
      const beads = align(prepareText('id', pair.source), prepareText(pair.version.lang, pair.version.text));
      const c = beadCounts(beads, pair.beads);
      tp += c.tp;
      found += c.found;
      gold += c.gold;
      if (c.tp !== c.gold || c.found !== c.gold) misses.push(pair.name);
    }
    const precision = tp / found;
    const recall = tp / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`bead precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${tp}/${gold} gold, ${found} found); imperfect: ${misses.join(', ') || 'none'}`);
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });

  it('catches every dropped and every added sentence of the gold set', () => {
    for (const pair of goldPairs) {
      const beads = align(prepareText('id', pair.source), prepareText(pair.version.lang, pair.version.text));
      const empty = (b: { source: readonly number[]; version: readonly number[] }) =>
        b.source[0] === b.source[1] || b.version[0] === b.version[1];
      const want = pair.beads.filter(([s, v]) => empty({ source: s, version: v })).map(([s, v]) => JSON.stringify([s, v]));
      const got = beads.filter(empty).map((b) => JSON.stringify([b.source, b.version]));
      expect(got, pair.name).toEqual(expect.arrayContaining(want));
    }
  });
});

describe('align: structure', () => {
  it('covers every sentence of both sides, in order, with no gap or overlap', () => {
    for (const pair of goldPairs) {
      const beads = run(pair.name);
      let s = 0;
      let v = 0;
      for (const b of beads) {
        expect(b.source[0]).toBe(s);
        expect(b.version[0]).toBe(v);
        expect(b.confidence).toBeGreaterThan(0);
        expect(b.confidence).toBeLessThanOrEqual(1);
        s = b.source[1];
        v = b.version[1];
      }
      expect(s).toBe(prepareText('id', pair.source).sentences.length);
    }
  });

  it('returns 1-0 beads for a version with no sentences and 0-1 beads for an empty source', () => {
    const src = prepareText('id', 'Satu kalimat. Dua kalimat.');
    expect(align(src, prepareText('en', '')).map((b) => b.version)).toEqual([[0, 0], [0, 0]]);
    expect(align(prepareText('id', ''), src).map((b) => b.source)).toEqual([[0, 0], [0, 0]]);
  });

  it('does not crash on texts of wildly different lengths', () => {
    const long = Array.from({ length: 300 }, (_, k) => `Kalimat nomor ${k + 1} tentang banjir di Jakarta.`).join(' ');
    const beads = align(prepareText('id', long), prepareText('en', 'One sentence about a flood.'));
    expect(beads.filter((b) => b.version[1] > b.version[0])).toHaveLength(1);
    expect(beads.reduce((n, b) => n + b.source[1] - b.source[0], 0)).toBe(300);
  });
});
