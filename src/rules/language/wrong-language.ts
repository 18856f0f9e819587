import type { PreparedText } from '../../prepare/index.js';
import { detectLanguage, LANGUAGE_NAMES, type LanguageGuess } from '../../prepare/language.js';
import type { Issue } from '../../types.js';
import { isDisclaimer } from '../content/gap.js';
import { defineRule, docsUrl, toIssue } from '../rule.js';

/** Letters a guess needs before it can contradict the declared language, by what decided it. */
const MIN_LETTERS = { script: 10, words: 40, franc: 120 } as const;

const KNOWN = new Set(['id', 'en', 'fr', 'zh', 'ja', 'ar']);
const tagOf = (g: LanguageGuess): string | undefined => (g.lang !== 'und' ? g.lang : g.other);
const nameOf = (g: LanguageGuess): string => LANGUAGE_NAMES[tagOf(g) ?? 'und'] ?? tagOf(g) ?? 'undetermined';

/**
 * Does a guess contradict the declared language? Undecided guesses never do; for a
 * declared language calque does not know, only a guess of one it knows well does.
 */
const contradicts = (g: LanguageGuess, base: string) => {
  const tag = tagOf(g);
  return tag !== undefined && tag !== base && (KNOWN.has(base) || KNOWN.has(tag));
};

/**
 * A paragraph of a version written in another language than declared (a Chinese text
 * filed as Japanese, an English one filed as French). An Indonesian paragraph is the
 * source left untranslated, reported as `untranslated`.
 */
export const wrongLanguage = defineRule({
  id: 'language/wrong',
  meta: {
    category: 'wrong-language',
    severity: 'critical',
    description: 'A paragraph is not in the version\'s declared language.',
  },
  check({ version, report }) {
    const declared = LANGUAGE_NAMES[version.base] ?? version.lang;
    version.paragraphs.forEach((p, i) => {
      const guess = version.paragraphLangs[i]!;
      if (!isForeignParagraph(version, i)) return;
      if (guess.lang === 'id') {
        report({
          start: p.start, end: p.end, category: 'untranslated', confidence: 0.85,
          message: `This paragraph is still in Indonesian: it was left untranslated in the ${declared} version.`,
        });
        return;
      }
      report({
        start: p.start, end: p.end, confidence: 0.85,
        message: `This paragraph reads as ${nameOf(guess)}, not ${declared} as the version declares.`,
      });
    });
  },
});

/**
 * Whether paragraph `i` of a version is, as a whole, in another language than
 * declared. A script is clear at once; function words need a sentence; franc needs a
 * paragraph. A paragraph that reads as Indonesian but has a sentence that reads as the
 * declared language is a translated paragraph with Indonesian left inside it: its
 * sentences are judged one by one (`untranslated/sentence`), not the paragraph.
 */
export function isForeignParagraph(version: PreparedText, i: number): boolean {
  const guess = version.paragraphLangs[i]!;
  const para = version.paragraphs[i]!;
  // A portal's machine-translation notice is often in English in every edition: not the article.
  if (isDisclaimer(version.text.slice(para.start, para.end))) return false;
  if (guess.weight < MIN_LETTERS[guess.by ?? 'franc'] || !contradicts(guess, version.base)) return false;
  if (guess.lang !== 'id') return true;
  const sentences = version.sentences.filter((s) => s.paragraph === i);
  if (sentences.length < 2) return true;
  return !sentences.some((s) => {
    const g = detectLanguage(version.text.slice(s.start, s.end));
    return g.lang === version.base && g.by !== 'franc';
  });
}

/** The issue a source gets when it is not in Indonesian. */
export function wrongLanguageIssue(source: PreparedText, message: string): Issue {
  const issue = toIssue(wrongLanguage, { start: 0, end: source.text.length, message, confidence: 0.85 });
  return { ...issue, url: docsUrl(wrongLanguage.id) };
}
