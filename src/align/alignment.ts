/**
 * An alignment read from the rules' side: which source sentences a version sentence
 * renders, and back. Built once per version from the aligner's beads.
 */
import { sentenceIndexAt, type PreparedText, type Sentence } from '../prepare/index.js';
import type { Bead, Range } from '../types.js';
import { alignWithModel } from './align.js';
import type { CostModel } from './cost.js';

/** Below this share of confident 1-1 beads a version is a free translation (see `oneToOneShare`). */
const FAITHFUL_SHARE = 0.5;

export class Alignment {
  /** Index of the bead holding each version sentence. */
  private readonly ofVersion: Int32Array;
  /** Index of the bead holding each source sentence. */
  private readonly ofSource: Int32Array;

  constructor(
    readonly beads: readonly Bead[],
    readonly source: PreparedText,
    readonly version: PreparedText,
    /** The length model the aligner used for this pair. */
    private readonly model?: Pick<CostModel, 'ratio' | 'variance' | 'lengths'>,
  ) {
    this.ofVersion = new Int32Array(version.sentences.length).fill(-1);
    this.ofSource = new Int32Array(source.sentences.length).fill(-1);
    beads.forEach((b, k) => {
      for (let j = b.version[0]; j < b.version[1]; j++) this.ofVersion[j] = k;
      for (let i = b.source[0]; i < b.source[1]; i++) this.ofSource[i] = k;
    });
  }

  /**
   * Share of beads that pair one sentence with one sentence confidently (≥ 0.8).
   * Machine translation keeps the source's sentences, so its share is high (0.67 and
   * up on every machine translation we have seen); a free, rewritten translation
   * merges, splits and reorders, and its share falls.
   */
  get oneToOneShare(): number {
    if (this.beads.length === 0) return 0;
    const good = this.beads.filter((b) => b.source[1] - b.source[0] === 1 && b.version[1] - b.version[0] === 1 && b.confidence >= 0.8).length;
    return good / this.beads.length;
  }

  /**
   * Whether the version follows the source sentence by sentence closely enough for a
   * missing or extra sentence to mean an error rather than an editor's rewriting.
   */
  get isFaithful(): boolean {
    return this.beads.length < 3 || this.oneToOneShare >= FAITHFUL_SHARE;
  }

  /**
   * The version's length as a share of what the length model expects for the whole
   * source: about 1 for a complete translation, far below for a version that renders
   * only part of its source; 0 when the version has no sentences.
   */
  get lengthShare(): number {
    if (!this.model) return this.version.sentences.length > 0 && this.source.sentences.length === 0 ? Infinity : 0;
    const { ratio, lengths } = this.model;
    const expected = ratio * lengths.source[lengths.source.length - 1]!;
    return expected > 0 ? lengths.version[lengths.version.length - 1]! / expected : Infinity;
  }

  /** Whether the version renders only part of its source: under 30% of the length expected. */
  get isTruncated(): boolean {
    return this.lengthShare < 0.3;
  }

  /** Aligns `version` with `source`. */
  static of(source: PreparedText, version: PreparedText): Alignment {
    const { beads, model } = alignWithModel(source, version);
    return new Alignment(beads, source, version, model);
  }

  /**
   * How far a matched bead's version length is from what the length model expects for
   * its source, in standard deviations: below −3, the version is much shorter (a clause
   * left out); above 3, much longer (something added). 0 for unmatched beads.
   */
  deviation(bead: Bead): number {
    if (!this.model || bead.source[0] === bead.source[1] || bead.version[0] === bead.version[1]) return 0;
    const { ratio, variance, lengths } = this.model;
    const l1 = lengths.source[bead.source[1]]! - lengths.source[bead.source[0]]!;
    const l2 = lengths.version[bead.version[1]]! - lengths.version[bead.version[0]]!;
    return (l2 - ratio * l1) / Math.sqrt(variance * Math.max(1, (l1 + l2 / ratio) / 2));
  }

  /** The bead holding the version sentence that contains `offset` (or the nearest one before it). */
  beadAtVersion(offset: number): Bead | undefined {
    const s = sentenceIndexAt(this.version.sentences, offset);
    return s < 0 ? undefined : this.beads[this.ofVersion[s]!];
  }

  /** The bead holding the source sentence that contains `offset`. */
  beadAtSource(offset: number): Bead | undefined {
    const s = sentenceIndexAt(this.source.sentences, offset);
    return s < 0 ? undefined : this.beads[this.ofSource[s]!];
  }

  /**
   * The source text aligned with the version sentence that contains `offset`, widened
   * by `context` beads on each side (alignment is never certain at sentence edges);
   * undefined when the sentence is one the version added and no context is asked.
   */
  sourceRangeAt(offset: number, context = 0): Range | undefined {
    const s = sentenceIndexAt(this.version.sentences, offset);
    if (s < 0) return undefined;
    const k = this.ofVersion[s]!;
    return sentencesRange(this.source.sentences, this.span(k, context, 'source'));
  }

  /** The version text aligned with the source sentence that contains `offset`, widened by `context` beads. */
  versionRangeAt(offset: number, context = 0): Range | undefined {
    const s = sentenceIndexAt(this.source.sentences, offset);
    if (s < 0) return undefined;
    const k = this.ofSource[s]!;
    return sentencesRange(this.version.sentences, this.span(k, context, 'version'));
  }

  /** The source characters of a bead (empty range at the gap for a 0-1 bead). */
  sourceRange(bead: Bead): Range | undefined {
    return sentencesRange(this.source.sentences, bead.source);
  }

  /** The version characters of a bead. */
  versionRange(bead: Bead): Range | undefined {
    return sentencesRange(this.version.sentences, bead.version);
  }

  private span(k: number, context: number, side: 'source' | 'version'): [number, number] {
    const from = this.beads[Math.max(0, k - context)]!;
    const to = this.beads[Math.min(this.beads.length - 1, k + context)]!;
    return [from[side][0], to[side][1]];
  }
}

/** Characters of sentences [a, b); undefined when the range holds no sentence. */
export function sentencesRange(sentences: readonly Sentence[], [a, b]: readonly [number, number]): Range | undefined {
  if (b <= a) return undefined;
  return { start: sentences[a]!.start, end: sentences[b - 1]!.end };
}
