/**
 * A domain term of Indonesian news rendered word for word instead of by the field's
 * established term: "awan panas guguran" as "hot cloud avalanche" (a pyroclastic flow),
 * "vonis bebas" as "free verdict" (an acquittal), "ganda campuran" as "mixed double".
 */
import { terms, type Term } from '../../lexicon/terms.js';
import { TARGET_LANG_LIST, type TargetLang } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import { capitalizeLike, isSentenceInitial } from '../../text/case.js';
import { PhraseMatcher } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import type { Alignment } from '../../align/alignment.js';
import { defineRule } from '../rule.js';
import { isTargetLang, Substitution } from '../substitution.js';

/**
 * One list of renderings of a term: its plain literal renderings, or its ambiguous ones.
 * Both share the term's forms, so a source with the term backs both.
 */
interface Renderings {
  term: Term;
  renderings: (lang: TargetLang) => readonly string[];
  sourceOnly: boolean;
}

const lists: Renderings[] = terms.flatMap((term) => {
  const out: Renderings[] = [{ term, renderings: (lang) => term.literal[lang] ?? [], sourceOnly: term.sourceOnly === true }];
  if (term.ambiguous) out.push({ term, renderings: (lang) => term.ambiguous?.[lang] ?? [], sourceOnly: true });
  return out;
});

const literalTerms = new Substitution<Renderings>({
  entries: lists,
  forms: (r) => r.term.forms,
  literal: (r, lang) => r.renderings(lang),
  idiomatic: (r, lang) => r.term.idiomatic?.[lang] ?? [],
  sourceOnly: (r) => r.sourceOnly,
});

/** The terms' Indonesian forms, to find the term in the source sentences aligned with a rendering. */
let formMatcher: PhraseMatcher<Term> | undefined;

/**
 * Where the source sentences aligned with `offset` (the bead itself first, then one bead
 * either side) have `term`; undefined when they do not or the alignment does not say.
 */
function alignedSource(term: Term, offset: number, source: PreparedText, alignment: Alignment | undefined): Range | undefined {
  if (!alignment) return undefined;
  formMatcher ??= new PhraseMatcher(terms.flatMap((t) => t.forms.map((f) => [f, t] as const)));
  for (const context of [0, 1]) {
    const range = alignment.sourceRangeAt(offset, context);
    if (!range) return undefined;
    const hit = formMatcher.matchAll(source.text.slice(range.start, range.end)).find((m) => m.values.includes(term));
    if (hit) return { start: range.start + hit.start, end: range.start + hit.end };
  }
  return undefined;
}

const ARTICLE: Partial<Record<TargetLang, RegExp>> = { en: /^(?:the|a|an)\s+/i, fr: /^(?:le|la|les|un|une|des)\s+|^l['’]/i };

/** Is an English or French phrase plural: its last word (English) or first (French) in -s or -x? */
function isPlural(lang: TargetLang, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const head = lang === 'fr' ? words[0] : words[words.length - 1];
  return lang === 'fr' ? /[sx]$/i.test(head ?? '') : /[^s]s$/i.test(head ?? '');
}

/** A plural rendering ("séismes de suivi") gets the plural terms first ("répliques"). */
function byNumber(lang: TargetLang, words: string, established: readonly string[]): string[] {
  if ((lang !== 'en' && lang !== 'fr') || !isPlural(lang, words)) return [...established];
  return [...established.filter((t) => isPlural(lang, t)), ...established.filter((t) => !isPlural(lang, t))];
}

export const termCalque = defineRule({
  id: 'terminology/term',
  meta: {
    category: 'terminology',
    severity: 'major',
    description: 'An Indonesian domain term ("awan panas guguran") rendered word for word ("hot cloud avalanche") instead of by the established term ("pyroclastic flow").',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, alignment, report }) {
    if (!isTargetLang(version.base)) return;
    const lang = version.base;
    // Terms are common words: a lower-case rendering is as telling as a capitalised one.
    for (const { match, entry, source: nearest, backed } of literalTerms.find(version, source, { lowerCaseWithoutSource: true })) {
      // With a source, only what it backs: a term absent from the source was not calqued.
      if (source && !backed) continue;
      const { term } = entry;
      let sourceRange = nearest;
      let aligned = false;
      if (source) {
        const here = alignedSource(term, match.start, source, alignment);
        if (here) [sourceRange, aligned] = [here, true];
        // An ambiguous rendering needs the term in its own sentence, not anywhere in the article.
        else if (entry.sourceOnly && alignment) continue;
      }
      const article = ARTICLE[lang]?.exec(match.text)?.[0].length ?? 0;
      const start = match.start + article;
      const words = match.text.slice(article);
      const established = byNumber(lang, words, term.term[lang] ?? []);
      const suggestions = lang === 'en' || lang === 'fr'
        ? established.map((t) => capitalizeLike(t, isSentenceInitial(version.text, start) ? 'upper' : 'lower'))
        : [...established];
      const form = sourceRange && source ? source.text.slice(sourceRange.start, sourceRange.end) : term.forms[0]!;
      const best = established[0];
      report({
        start,
        end: match.end,
        suggestions,
        ...(sourceRange ? { source: sourceRange } : {}),
        ...(term.severity ? { severity: term.severity } : {}),
        confidence: source ? (aligned ? 0.9 : 0.8) : 0.6,
        message: `"${words}" ${source ? 'renders' : 'looks like'} the Indonesian ${term.domain} term "${form}" word for word${best ? `; the established term is "${best}"` : ''}.`,
      });
    }
  },
});
