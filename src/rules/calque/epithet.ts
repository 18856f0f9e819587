import { literalRenderings } from '../../lexicon/epithet-renderings.js';
import { epithets } from '../../lexicon/epithets.js';
import { TARGET_LANG_LIST, type Epithet } from '../../lexicon/types.js';
import { capitalizeLike, isSentenceInitial } from '../../text/case.js';
import { defineRule } from '../rule.js';
import { isTargetLang, Substitution } from '../substitution.js';

const nicknames = new Substitution<Epithet>({
  entries: epithets,
  forms: (e) => e.forms,
  literal: literalRenderings,
  idiomatic: (e, lang) => e.idiomatic?.[lang] ?? [],
  sourceOnly: (e) => e.sourceOnly === true,
});

export const epithet = defineRule({
  id: 'calque/epithet',
  meta: {
    category: 'calque.epithet',
    severity: 'major',
    description: 'An Indonesian journalistic nickname ("Negeri Paman Sam") rendered word for word ("Uncle Sam\'s country").',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, report }) {
    if (!isTargetLang(version.base)) return;
    const lang = version.base;
    for (const { match, entry, source: sourceRange, backed } of nicknames.find(version, source)) {
      const form = sourceRange && source ? source.text.slice(sourceRange.start, sourceRange.end) : entry.forms[0]!;
      let suggestion = entry.referent[lang];
      if (lang === 'en' || lang === 'fr') suggestion = capitalizeLike(suggestion, isSentenceInitial(version.text, match.start) ? 'upper' : 'lower');
      const meaning = `it means ${entry.referent.en}`;
      report({
        start: match.start,
        end: match.end,
        suggestions: [suggestion],
        ...(sourceRange ? { source: sourceRange } : {}),
        confidence: backed ? 0.95 : backed === false ? 0.6 : 0.7,
        message: backed
          ? `"${match.text}" renders the Indonesian nickname "${form}" word for word; ${meaning}.`
          : `"${match.text}" looks like the Indonesian nickname "${form}" rendered word for word; ${meaning}.`,
      });
    }
  },
});
