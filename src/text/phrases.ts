/**
 * One compiled matcher for many phrases: a single regular expression, longest phrase
 * first, so a lexicon of hundreds of entries costs one scan of the text. Apostrophes
 * match any of ' ’ ʼ, white space any run of white space, and letters either case.
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  /** The values registered for this phrase (several entries may share one rendering). */
  values: T[];
}

export type Boundaries = 'word' | 'none' | 'end';

/** Lower-cased, apostrophes unified, white space collapsed: the key two spellings of a phrase share. */
export const phraseKey = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/[’ʼ`´]/g, "'").replace(/\s+/g, ' ').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (phrase: string) => escape(phraseKey(phrase)).replace(/'/g, "['’ʼ`´]").replace(/ /g, '\\s+');

/** The word boundaries for a language: words for Latin scripts, none for CJK, the end only for Arabic (which prefixes و ب ل). */
export const boundariesFor = (base: string): Boundaries => (base === 'zh' || base === 'ja' ? 'none' : base === 'ar' ? 'end' : 'word');

export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly regex: RegExp | undefined;

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, boundaries: Boundaries = 'word') {
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (!key) continue;
      const list = this.byKey.get(key);
      if (list) {
        if (!list.includes(value)) list.push(value);
      } else this.byKey.set(key, [value]);
    }
    const keys = [...this.byKey.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    if (keys.length === 0) return;
    const body = keys.map(pattern).join('|');
    const before = boundaries === 'word' ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
    const after = boundaries === 'none' ? '' : '(?![\\p{L}\\p{N}\\p{M}])';
    this.regex = new RegExp(`${before}(?:${body})${after}`, 'giu');
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every non-overlapping match in `text`, left to right, longest first at each place. */
  *matchAll(text: string): Generator<PhraseMatch<T>> {
    if (!this.regex) return;
    const re = new RegExp(this.regex.source, this.regex.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const values = this.byKey.get(phraseKey(m[0]));
      if (values) yield { start: m.index, end: m.index + m[0].length, text: m[0], values };
    }
  }
}
