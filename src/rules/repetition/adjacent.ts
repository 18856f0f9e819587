import { defineRule } from '../rule.js';

/**
 * `repetition/adjacent`: words the translation says twice in a row ("held up for days
 * for days"), which machine translation produces when it renders an Indonesian
 * reduplication ("berhari-hari") or a phrase and its gloss both.
 */

/** One to five words said twice, with only spaces between (Latin, Cyrillic, Arabic and other spaced scripts). */
const SPACED = /(?<![\p{L}\p{N}'’-])((?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+)\s+\1(?![\p{L}\p{N}'’-])/giu;
/** Three characters or more said twice in Chinese and Japanese (shorter doublings are grammar: 天天, 看看). */
const UNSPACED = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{3,8})\1/gu;

/** Single words that English and French say twice on purpose. */
const DOUBLE_WORDS = new Set(['had', 'that', 'is', 'do', 'very', 'no', 'so', 'bye', 'knock', 'ha', 'yada', 'chop', 'tut', 'hush', 'pom', 'nous', 'vous', 'très', 'non', 'si', 'bien', 'plus', 'de']);

export const adjacentRepetition = defineRule({
  id: 'repetition/adjacent',
  meta: {
    category: 'repetition',
    severity: 'minor',
    description: 'Words said twice in a row ("for days for days").',
  },
  check({ version, report }) {
    const unspaced = version.base === 'zh' || version.base === 'ja';
    const re = unspaced ? UNSPACED : SPACED;
    for (const m of version.text.matchAll(re)) {
      const once = m[1]!;
      const words = once.split(/\s+/u);
      if (!unspaced && words.length === 1) {
        const word = words[0]!;
        // "Bora Bora", "Baden Baden", "20 20": names and numbers; "had had", "very very": grammar.
        if (word !== word.toLowerCase() || /\p{N}/u.test(word) || DOUBLE_WORDS.has(word)) continue;
      }
      // Case differs between the copies: a sentence start after a heading, not a repetition.
      if (m[0].slice(m[0].length - once.length) !== once) continue;
      report({
        start: m.index,
        end: m.index + m[0].length,
        suggestions: [once],
        confidence: words.length > 1 || unspaced ? 0.8 : 0.65,
        message: `"${once}" is said twice in a row.`,
      });
    }
  },
});
