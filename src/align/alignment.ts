/**
 * An alignment read from the rules' side: which source sentences a version sentence
 * renders, and back. Built once per version from the aligner's beads.
 */
import { sentenceIndexAt, type PreparedText, type Sentence } from '../prepare/index.js';
import type { Bead, Range } from '../types.js';
import { align } from './align.js';

export class Alignment {
  /** Index of the bead holding each version sentence. */
  private readonly ofVersion: Int32Array;
  /** Index of the bead holding each source sentence. */
  private readonly ofSource: Int32Array;

  constructor(
    readonly beads: readonly Bead[],
    readonly source: PreparedText,
    readonly version: PreparedText,
  ) {
    this.ofVersion = new Int32Array(version.sentences.length).fill(-1);
    this.ofSource = new Int32Array(source.sentences.length).fill(-1);
    beads.forEach((b, k) => {
      for (let j = b.version[0]; j < b.version[1]; j++) this.ofVersion[j] = k;
      for (let i = b.source[0]; i < b.source[1]; i++) this.ofSource[i] = k;
    });
  }

  /** Aligns `version` with `source`. */
  static of(source: PreparedText, version: PreparedText): Alignment {
    return new Alignment(align(source, version), source, version);
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
