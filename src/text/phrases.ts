/**
 * One matcher for many phrases: a character trie over normalised text, so a lexicon of
 * thousands of renderings costs one pass over the text (each position walks the trie
 * only as far as some phrase goes), where one regular expression of thousands of
 * alternatives would try every alternative at every position. Apostrophes match any of
 * ' ’ ʼ ` ´, white space any run of white space, and letters either case.
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  /** The values registered for this phrase (several entries may share one rendering). */
  values: T[];
}

/** Where a match may start and end: at word edges (Latin scripts), anywhere (CJK), or only end at one (Arabic, which prefixes و ب ل). */
export type Boundaries = 'word' | 'none' | 'end';

const APOSTROPHES = /[’ʼ`´]/g;

/** Lower-cased, apostrophes unified, white space collapsed: the key two spellings of a phrase share. */
export const phraseKey = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();

/** A string as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word boundaries for a language: words for Latin scripts, none for CJK, the end only for Arabic. */
export const boundariesFor = (base: string): Boundaries => (base === 'zh' || base === 'ja' ? 'none' : base === 'ar' ? 'end' : 'word');

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values?: T[];
}

/** The text normalised as phrase keys are, with each normalised character's offset in the original. */
function normalise(text: string): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (/\s/.test(ch)) {
      if (!space) {
        chars.push(' ');
        at.push(i);
      }
      space = true;
    } else {
      const lower = ch.toLowerCase();
      chars.push(APOSTROPHES.test(ch) ? "'" : lower.length === ch.length ? lower : ch);
      APOSTROPHES.lastIndex = 0;
      at.push(i);
      space = false;
    }
    i += ch.length;
  }
  at.push(text.length);
  return { chars, at };
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private count = 0;

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, private readonly boundaries: Boundaries = 'word') {
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (!key) continue;
      let node = this.root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      if (!node.values) {
        node.values = [];
        this.count++;
      }
      if (!node.values.includes(value)) node.values.push(value);
    }
  }

  /** How many distinct phrases it holds. */
  get size(): number {
    return this.count;
  }

  /** The longest phrase that starts exactly at `offset` (and ends at a boundary), if any. */
  longestAt(text: string, offset: number, window = 200): PhraseMatch<T> | undefined {
    const piece = text.slice(offset, offset + window);
    const { chars, at } = normalise(piece);
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let j = 0; j < chars.length; j++) {
      node = node.next.get(chars[j]!);
      if (!node) break;
      const end = offset + at[j + 1]!;
      if (node.values && (this.boundaries === 'none' || end >= text.length || !WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!)))) {
        best = { start: offset, end, text: text.slice(offset, end), values: node.values };
      }
    }
    return best;
  }

  /** Every non-overlapping match in `text`, left to right, the longest at each place. */
  matchAll(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.count === 0) return out;
    const { chars, at } = normalise(text);
    const isWord = (offset: number) => offset >= 0 && offset < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(offset)!));
    const wordBefore = (offset: number) => {
      if (offset <= 0) return false;
      const low = text.charCodeAt(offset - 1);
      const from = low >= 0xdc00 && low <= 0xdfff && offset > 1 ? offset - 2 : offset - 1; // a surrogate pair's start
      return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
    };
    for (let i = 0; i < chars.length; ) {
      if (this.boundaries === 'word' && wordBefore(at[i]!)) {
        i++;
        continue;
      }
      let node: TrieNode<T> | undefined = this.root;
      let best: { end: number; values: T[] } | undefined;
      for (let j = i; j < chars.length; j++) {
        node = node.next.get(chars[j]!);
        if (!node) break;
        if (node.values && (this.boundaries === 'none' || !isWord(at[j + 1]!))) best = { end: j + 1, values: node.values };
      }
      if (best) {
        const start = at[i]!;
        const end = at[best.end]!;
        out.push({ start, end, text: text.slice(start, end), values: best.values });
        i = best.end;
      } else i++;
    }
    return out;
  }
}
