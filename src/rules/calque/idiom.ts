import { idioms, type Idiom } from '../../lexicon/idioms.js';
import { TARGET_LANG_LIST } from '../../lexicon/types.js';
import { capitalizeLike, isSentenceInitial } from '../../text/case.js';
import { defineRule } from '../rule.js';
import { isTargetLang, Substitution } from '../substitution.js';

const literalIdioms = new Substitution<Idiom>({
  entries: idioms,
  forms: (i) => i.forms,
  literal: (i, lang) => i.literal[lang] ?? [],
  sourceOnly: (i) => i.sourceOnly === true,
});

const ARTICLE = /^(?:the|a|an)\s+/i;

export const idiom = defineRule({
  id: 'calque/idiom',
  meta: {
    category: 'calque.idiom',
    severity: 'major',
    description: 'An Indonesian idiom ("kambing hitam") rendered word for word ("black goat").',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, report }) {
    if (!isTargetLang(version.base)) return;
    const lang = version.base;
    // Idioms are common words: a lower-case rendering is as telling as a capitalised one.
    for (const { match, entry, source: sourceRange, backed } of literalIdioms.find(version, source, { lowerCaseWithoutSource: true })) {
      // "the black goat" → flag "black goat": the article stays, the suggestion replaces the idiom.
      const article = lang === 'en' ? (ARTICLE.exec(match.text)?.[0].length ?? 0) : 0;
      const start = match.start + article;
      const words = match.text.slice(article);
      const meanings = entry.meaning[lang] ?? [];
      const suggestions = lang === 'en' || lang === 'fr'
        ? meanings.map((m) => capitalizeLike(m, isSentenceInitial(version.text, start) ? 'upper' : 'lower'))
        : [...meanings];
      const form = sourceRange && source ? source.text.slice(sourceRange.start, sourceRange.end) : entry.forms[0]!;
      const gloss = entry.meaning.en?.[0];
      report({
        start,
        end: match.end,
        suggestions,
        ...(sourceRange ? { source: sourceRange } : {}),
        confidence: backed ? 0.9 : backed === false ? 0.5 : 0.6,
        message: `"${words}" ${backed ? 'renders' : 'looks like'} the Indonesian idiom "${form}" word for word${gloss ? `; it means "${gloss}"` : ''}.`,
      });
    }
  },
});
