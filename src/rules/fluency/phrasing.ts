import { phrasings, type Phrasing } from '../../lexicon/phrasings.js';
import { capitalizeLike, isSentenceInitial } from '../../text/case.js';
import { defineRule } from '../rule.js';
import { isTargetLang, Substitution } from '../substitution.js';

const literalPhrasings = new Substitution<Phrasing>({
  entries: phrasings,
  forms: (p) => p.forms,
  literal: (p, lang) => p.literal[lang] ?? [],
  sourceOnly: (p) => p.sourceOnly === true,
});

/**
 * `fluency/phrasing`: Indonesian news phrasings rendered word for word ("pihaknya" →
 * "his party", "ditetapkan sebagai tersangka" → "determined as a suspect"). Renderings
 * that are also ordinary English are flagged only with the source's backing.
 */
export const phrasing = defineRule({
  id: 'fluency/phrasing',
  meta: {
    category: 'fluency',
    severity: 'minor',
    description: 'An Indonesian news phrasing rendered word for word ("pihaknya" → "his party").',
    languages: ['en', 'fr'],
  },
  check({ version, source, report }) {
    if (!isTargetLang(version.base)) return;
    const lang = version.base;
    for (const { match, entry, source: sourceRange, backed } of literalPhrasings.find(version, source, { lowerCaseWithoutSource: true })) {
      const form = sourceRange && source ? source.text.slice(sourceRange.start, sourceRange.end) : entry.forms[0]!;
      const upper = isSentenceInitial(version.text, match.start) ? 'upper' : 'lower';
      report({
        start: match.start,
        end: match.end,
        suggestions: (entry.meaning[lang] ?? []).map((m) => capitalizeLike(m, upper)),
        ...(sourceRange ? { source: sourceRange } : {}),
        confidence: backed ? 0.8 : 0.55,
        message: `"${match.text}" renders the Indonesian "${form}" word for word; ${lang === 'fr' ? 'French' : 'English'} says "${entry.meaning[lang]?.[0] ?? entry.meaning.en?.[0]}".`,
      });
    }
  },
});
