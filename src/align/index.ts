/**
 * The aligner's public face: `alignArticle()` aligns every version of an article with
 * its source and returns the beads with the text of each side, for people and tools
 * that want to see what calque compared with what.
 */
import { CalqueInputError } from '../errors.js';
import { prepareText } from '../prepare/index.js';
import type { Bead, Lang, Range } from '../types.js';
import { validateArticle } from '../validate.js';
import { Alignment } from './alignment.js';

export { Alignment } from './alignment.js';
export { align } from './align.js';

/** One side of an aligned pair: its characters and text (empty for a sentence the other side lacks). */
export interface AlignedSide extends Range {
  text: string;
}

export interface AlignedPair {
  /** The bead's shape, source sentences then version sentences: '1-1', '2-1', '1-0', … */
  kind: string;
  confidence: number;
  /** Sentence indices [from, to) on each side, as in `Bead`. */
  bead: Bead;
  source: AlignedSide;
  version: AlignedSide;
}

export interface VersionAlignment {
  lang: Lang;
  /** Share of the beads that pair one sentence with one, confidently (see `Alignment.oneToOneShare`). */
  oneToOneShare: number;
  pairs: AlignedPair[];
}

export interface ArticleAlignment {
  id?: string;
  versions: VersionAlignment[];
}

/**
 * Aligns each version of `article` (or only those whose tag is in `langs`) with its
 * source. Throws CalqueInputError for unreadable input and for an article without a
 * source: there is nothing to align a version with.
 */
export function alignArticle(article: unknown, options: { langs?: readonly string[] } = {}): ArticleAlignment {
  const input = validateArticle(article);
  if (!input.source) throw new CalqueInputError('the article has no "source": alignment needs the Indonesian text', 'source');
  const source = prepareText(input.source.lang, input.source.text);
  const out: ArticleAlignment = { versions: [] };
  if (input.id !== undefined) out.id = input.id;
  for (const v of input.versions) {
    if (options.langs && !options.langs.includes(v.lang)) continue;
    const alignment = Alignment.of(source, prepareText(v.lang, v.text));
    out.versions.push({
      lang: v.lang,
      oneToOneShare: Math.round(alignment.oneToOneShare * 1000) / 1000,
      pairs: alignment.beads.map((bead) => ({
        kind: `${bead.source[1] - bead.source[0]}-${bead.version[1] - bead.version[0]}`,
        confidence: bead.confidence,
        bead,
        source: side(source.text, alignment.sourceRange(bead)),
        version: side(v.text, alignment.versionRange(bead)),
      })),
    });
  }
  return out;
}

function side(text: string, range: Range | undefined): AlignedSide {
  return range ? { ...range, text: text.slice(range.start, range.end) } : { start: 0, end: 0, text: '' };
}
