import { INDONESIAN_NEWS_WORDS } from '../../lexicon/indonesian-words.js';
import { isFunctionWord, isIndonesianWord, LANGUAGE_NAMES } from '../../prepare/language.js';
import type { PreparedText, Sentence } from '../../prepare/index.js';
import type { Range } from '../../types.js';
import { isDisclaimer } from '../content/gap.js';
import { isForeignParagraph } from '../language/wrong-language.js';
import { defineRule, type RuleContext } from '../rule.js';

const NEWS_WORDS = new Set(INDONESIAN_NEWS_WORDS);
/** A lower-case word that is Indonesian: a function word, an affixed shape, or a common news word. */
const indonesian = (lower: string) => isIndonesianWord(lower) || NEWS_WORDS.has(lower);

/** Indonesian prepositions of place, which a name follows. */
const PREPOSITIONS = new Set(['di', 'ke', 'dari']);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const LATIN = /^\p{Script=Latin}/u;
const LATIN_TARGETS = new Set(['en', 'fr']);
/** Between two Latin words of one run inside a non-Latin text: spaces and light punctuation only. */
const LATIN_GAP = /^[\s,'’"“”-]*$/u;

interface Token extends Range {
  word: string;
  /** Lower-case Indonesian function word or affixed shape. */
  id: boolean;
  /** A function word of the version's language, or a word of its script. */
  target: boolean;
}

/**
 * `untranslated/sentence`: Indonesian left in a version, a sentence or a clause of four
 * words or more inside a translated paragraph (a quotation the machine skipped, a
 * sentence it passed through). Whole paragraphs are `language/wrong`'s.
 */
export const untranslatedSentence = defineRule({
  id: 'untranslated/sentence',
  meta: {
    category: 'untranslated',
    severity: 'critical',
    description: 'A sentence or clause of the version left in Indonesian.',
  },
  check(ctx) {
    const { version } = ctx;
    if (version.base === 'id' || version.base === 'ms') return;
    // Paragraphs wholly in another language are language/wrong's.
    const foreign = new Set(version.paragraphs.map((_, i) => i).filter((i) => isForeignParagraph(version, i)));
    for (const s of version.sentences) {
      if (foreign.has(s.paragraph) || isDisclaimer(version.text.slice(s.start, s.end))) continue;
      const tokens = tokenize(version, s);
      const latin = tokens.filter((t) => LATIN.test(t.word));
      const ids = latin.filter((t) => t.id).length;
      const targets = tokens.filter((t) => t.target).length;
      // In a Latin-script version a stray target function word ("di Manado, the …") may sit in an
      // Indonesian sentence; in another script any word of that script means a mixed sentence.
      const allowed = LATIN_TARGETS.has(version.base) ? ids / 4 : 0;
      if (latin.length >= 5 && ids >= 3 && ids >= 0.3 * latin.length && targets <= allowed) {
        const first = tokens[0]!;
        const last = tokens[tokens.length - 1]!;
        const end = sentenceEnd(version.text, last.end, s.end);
        reportCopy(ctx, { start: first.start, end }, 'critical', `This sentence is still in Indonesian: it was left untranslated in the ${name(version)} version.`);
        continue;
      }
      for (const run of indonesianRuns(version, tokens)) {
        reportCopy(ctx, run, 'major', `"${version.text.slice(run.start, run.end)}" is Indonesian left untranslated in the ${name(version)} version.`);
      }
    }
  },
});

const name = (doc: PreparedText) => LANGUAGE_NAMES[doc.base] ?? doc.lang;

function tokenize(doc: PreparedText, s: Sentence): Token[] {
  const text = doc.text.slice(s.start, s.end);
  const latinTarget = LATIN_TARGETS.has(doc.base);
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const latin = LATIN.test(word);
    out.push({
      start: s.start + m.index,
      end: s.start + m.index + word.length,
      word,
      id: latin && word === lower && indonesian(lower),
      target: latinTarget ? isFunctionWord(doc.base, lower) : !latin,
    });
  }
  return out;
}

/**
 * Runs of at least four words with no word of the version's language between them
 * and at least three lower-case Indonesian words: "… said: Kami masih menyelidiki
 * penyebab pastinya."
 */
function indonesianRuns(doc: PreparedText, tokens: Token[]): Range[] {
  const runs: Range[] = [];
  let from = 0;
  const close = (to: number) => {
    const run = tokens.slice(from, to);
    // Trim words at the ends that are not Indonesian-looking.
    let a = 0;
    let b = run.length;
    while (a < b && !run[a]!.id && !isCapitalisedId(run[a]!)) a++;
    // At the end, a name after an Indonesian preposition belongs to the clause ("… di Mekkah").
    while (b > a && !run[b - 1]!.id && !(b - 2 >= a && PREPOSITIONS.has(run[b - 2]!.word) && /^\p{Lu}/u.test(run[b - 1]!.word))) b--;
    const core = run.slice(a, b);
    if (core.length >= 4 && core.filter((t) => t.id).length >= 3) runs.push({ start: core[0]!.start, end: core[core.length - 1]!.end });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const broken = t.target || !LATIN.test(t.word) || (prev !== undefined && !LATIN_GAP.test(doc.text.slice(prev.end, t.start)) && !LATIN_TARGETS.has(doc.base));
    if (broken) {
      close(k);
      from = t.target || !LATIN.test(t.word) ? k + 1 : k;
    }
  }
  close(tokens.length);
  return runs;
}

/** A capitalised word that would be Indonesian in lower case: the first word of a quoted clause ("Kami masih …"). */
const isCapitalisedId = (t: Token) => indonesian(t.word.toLowerCase());

/** The end of a flagged sentence: through its final punctuation, not its trailing space. */
function sentenceEnd(text: string, lastWordEnd: number, limit: number): number {
  let end = lastWordEnd;
  while (end < limit && /[.!?。！？"”’)]/u.test(text[end]!)) end++;
  return end;
}

/** Reports, with the source occurrence when the aligned source holds the same words. */
function reportCopy(ctx: RuleContext, range: Range, severity: 'critical' | 'major', message: string): void {
  const words = ctx.version.text.slice(range.start, range.end);
  const found = ctx.source && ctx.alignment ? findInSource(ctx, range.start, words) : undefined;
  ctx.report({
    ...range,
    severity,
    confidence: found ? 0.95 : 0.8,
    message,
    ...(found ? { source: found } : {}),
  });
}

function findInSource(ctx: RuleContext, offset: number, words: string): Range | undefined {
  const source = ctx.source!;
  const where = ctx.alignment!.sourceRangeAt(offset, 1) ?? { start: 0, end: source.text.length };
  const hay = source.text.slice(where.start, where.end).toLowerCase();
  const at = hay.indexOf(words.toLowerCase());
  if (at >= 0) return { start: where.start + at, end: where.start + at + words.length };
  const whole = source.text.toLowerCase().indexOf(words.toLowerCase());
  return whole >= 0 ? { start: whole, end: whole + words.length } : undefined;
}
