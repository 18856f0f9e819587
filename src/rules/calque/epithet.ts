import { nearestByPosition } from '../../align/position.js';
import { literalRenderings } from '../../lexicon/epithet-renderings.js';
import { epithets } from '../../lexicon/epithets.js';
import { TARGET_LANG_LIST, type Epithet, type TargetLang } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import { boundariesFor, PhraseMatcher } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { capitalizeLike, isSentenceInitial } from '../../text/case.js';
import { defineRule } from '../rule.js';

/** Per language, built on first use: the literal renderings and the idiomatic ones. */
interface LangMatchers { literal: PhraseMatcher<Epithet>; idiomatic: PhraseMatcher<Epithet> }
const matchers = new Map<TargetLang, LangMatchers>();

function matchersFor(lang: TargetLang): LangMatchers {
  let m = matchers.get(lang);
  if (!m) {
    const b = boundariesFor(lang);
    m = {
      literal: new PhraseMatcher(epithets.flatMap((e) => literalRenderings(e, lang).map((r) => [r, e] as const)), b),
      idiomatic: new PhraseMatcher(epithets.flatMap((e) => (e.idiomatic?.[lang] ?? []).map((r) => [r, e] as const)), b),
    };
    matchers.set(lang, m);
  }
  return m;
}

let sourceMatcher: PhraseMatcher<Epithet> | undefined;
const sourceHits = new WeakMap<PreparedText, Map<Epithet, Range[]>>();

/** Where each epithet's Indonesian forms occur in the source, scanned once per source. */
function epithetsInSource(source: PreparedText): Map<Epithet, Range[]> {
  let hits = sourceHits.get(source);
  if (!hits) {
    sourceMatcher ??= new PhraseMatcher(epithets.flatMap((e) => e.forms.map((f) => [f, e] as const)));
    hits = new Map();
    for (const m of sourceMatcher.matchAll(source.text)) {
      for (const e of m.values) hits.set(e, [...(hits.get(e) ?? []), { start: m.start, end: m.end }]);
    }
    sourceHits.set(source, hits);
  }
  return hits;
}

const isTarget = (base: string): base is TargetLang => (TARGET_LANG_LIST as readonly string[]).includes(base);
const HAS_UPPER = /\p{Lu}/u;

export const epithet = defineRule({
  id: 'calque/epithet',
  meta: {
    category: 'calque.epithet',
    severity: 'major',
    description: 'An Indonesian journalistic nickname ("Negeri Paman Sam") rendered word for word ("Uncle Sam\'s country").',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, report }) {
    if (!isTarget(version.base)) return;
    const lang = version.base;
    const { literal, idiomatic } = matchersFor(lang);
    const idiomaticRanges = [...idiomatic.matchAll(version.text)];
    const inSource = source ? epithetsInSource(source) : undefined;
    for (const m of literal.matchAll(version.text)) {
      // Inside an established phrase, but for a leading article ("the Island of the Gods"): not a calque.
      const core = m.start + (/^(?:the|le|la|les)\s+|^l['’]/iu.exec(m.text)?.[0].length ?? 0);
      if (idiomaticRanges.some((r) => r.start <= core && m.end <= r.end)) continue;
      const backed = inSource ? m.values.find((e) => inSource.has(e)) : undefined;
      const candidates = m.values.filter((e) => !e.sourceOnly);
      if (!backed && candidates.length === 0) continue;
      const entry = backed ?? candidates[0]!;
      const cased = lang === 'en' || lang === 'fr';
      // Without a source, an all-lower-case phrase ("the city of flowers") is too likely a description.
      if (!backed && cased && !HAS_UPPER.test(m.text.replace(/^the\s+/i, ''))) continue;
      const sourceRange = backed && source ? nearestByPosition(version, m.start, source, inSource!.get(backed)!) : undefined;
      const form = sourceRange && source ? source.text.slice(sourceRange.start, sourceRange.end) : entry.forms[0]!;
      let suggestion = entry.referent[lang];
      if (cased) suggestion = capitalizeLike(suggestion, isSentenceInitial(version.text, m.start) ? 'upper' : 'lower');
      const meaning = `it means ${entry.referent.en}`;
      report({
        start: m.start,
        end: m.end,
        suggestions: [suggestion],
        ...(sourceRange ? { source: sourceRange } : {}),
        confidence: backed ? 0.95 : inSource ? 0.6 : 0.7,
        message: backed
          ? `"${m.text}" renders the Indonesian nickname "${form}" word for word; ${meaning}.`
          : `"${m.text}" looks like the Indonesian nickname "${form}" rendered word for word; ${meaning}.`,
      });
    }
  },
});
