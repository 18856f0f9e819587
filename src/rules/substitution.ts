import { nearestByPosition } from '../align/position.js';
import { TARGET_LANG_LIST, type TargetLang } from '../lexicon/types.js';
import type { PreparedText } from '../prepare/index.js';
import { boundariesFor, PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import type { Range } from '../types.js';

/**
 * The substitution mechanism behind the lexicon rules (Vale's "substitution" kind): find
 * a lexicon entry's word-for-word renderings in a version, skip the ones that are
 * established usage, and look for the entry's Indonesian forms in the source.
 */
export interface SubstitutionLexicon<E> {
  entries: readonly E[];
  /** Indonesian forms to look for in the source. */
  forms(entry: E): readonly string[];
  /** Renderings to catch in a language. */
  literal(entry: E, lang: TargetLang): readonly string[];
  /** Renderings that are established usage in a language: never flagged. */
  idiomatic?(entry: E, lang: TargetLang): readonly string[];
  /** The renderings are also ordinary phrases: flag only with the source's backing. */
  sourceOnly?(entry: E): boolean;
}

export interface Rendering<E> {
  match: PhraseMatch<E>;
  /** The entry the match renders: the one the source has, when it has one. */
  entry: E;
  /** The entry's Indonesian words in the source, nearest the match; absent without backing. */
  source?: Range;
  /** Does the source have one of the match's entries? Undefined without a source. */
  backed?: boolean;
}

export const isTargetLang = (base: string): base is TargetLang => (TARGET_LANG_LIST as readonly string[]).includes(base);

const HAS_UPPER = /\p{Lu}/u;
const LEADING_ARTICLE = /^(?:the|le|la|les)\s+|^l['’]/iu;

/** Compiles a lexicon once (per language on first use) and finds its renderings in versions. */
export class Substitution<E> {
  private readonly byLang = new Map<TargetLang, { literal: PhraseMatcher<E>; idiomatic: PhraseMatcher<E> }>();
  private sourceMatcher: PhraseMatcher<E> | undefined;
  private readonly sourceHits = new WeakMap<PreparedText, Map<E, Range[]>>();

  constructor(private readonly lexicon: SubstitutionLexicon<E>) {}

  private matchers(lang: TargetLang) {
    let m = this.byLang.get(lang);
    if (!m) {
      const { entries, literal, idiomatic } = this.lexicon;
      const b = boundariesFor(lang);
      m = {
        literal: new PhraseMatcher(entries.flatMap((e) => literal(e, lang).map((r) => [r, e] as const)), b),
        idiomatic: new PhraseMatcher(entries.flatMap((e) => (idiomatic?.(e, lang) ?? []).map((r) => [r, e] as const)), b),
      };
      this.byLang.set(lang, m);
    }
    return m;
  }

  /** Where each entry's Indonesian forms occur in the source, scanned once per source. */
  private inSource(source: PreparedText): Map<E, Range[]> {
    let hits = this.sourceHits.get(source);
    if (!hits) {
      this.sourceMatcher ??= new PhraseMatcher(this.lexicon.entries.flatMap((e) => this.lexicon.forms(e).map((f) => [f, e] as const)));
      hits = new Map();
      for (const m of this.sourceMatcher.matchAll(source.text)) {
        for (const e of m.values) hits.set(e, [...(hits.get(e) ?? []), { start: m.start, end: m.end }]);
      }
      this.sourceHits.set(source, hits);
    }
    return hits;
  }

  /**
   * The renderings to flag in a version. Without backing from the source, entries marked
   * source-only are dropped, and in cased scripts an all-lower-case match ("a city of
   * flowers") is too likely a plain description unless `lowerCaseWithoutSource` allows it.
   */
  find(version: PreparedText, source: PreparedText | undefined, options: { lowerCaseWithoutSource?: boolean } = {}): Rendering<E>[] {
    if (!isTargetLang(version.base)) return [];
    const lang = version.base;
    const { literal, idiomatic } = this.matchers(lang);
    const established = idiomatic.matchAll(version.text);
    const inSource = source ? this.inSource(source) : undefined;
    const cased = lang === 'en' || lang === 'fr';
    const out: Rendering<E>[] = [];
    for (const match of literal.matchAll(version.text)) {
      // Inside an established phrase, but for a leading article ("the Island of the Gods"): not a calque.
      const core = match.start + (LEADING_ARTICLE.exec(match.text)?.[0].length ?? 0);
      if (established.some((r) => r.start <= core && match.end <= r.end)) continue;
      const backedEntry = inSource ? match.values.find((e) => inSource.has(e)) : undefined;
      if (backedEntry !== undefined && source && inSource) {
        const at = nearestByPosition(version, match.start, source, inSource.get(backedEntry)!);
        out.push({ match, entry: backedEntry, backed: true, ...(at ? { source: at } : {}) });
        continue;
      }
      const candidates = match.values.filter((e) => !this.lexicon.sourceOnly?.(e));
      if (candidates.length === 0) continue;
      if (cased && !options.lowerCaseWithoutSource && !HAS_UPPER.test(match.text.slice(core - match.start))) continue;
      out.push({ match, entry: candidates[0]!, ...(inSource ? { backed: false } : {}) });
    }
    return out;
  }
}
