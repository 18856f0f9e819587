/**
 * `glossary/term`: a newsroom's own terms. Each entry names the Indonesian term, the
 * renderings the house style wants per language, and renderings it forbids (a calque
 * the machine keeps producing, an old name). A forbidden rendering is flagged wherever
 * it appears (more surely when the aligned source holds the term); a source term whose
 * aligned version sentence has none of the wanted renderings is flagged as a term not
 * rendered the house way.
 */
import { escapeRegExp, boundariesFor } from '../../text/phrases.js';
import type { Severity } from '../../types.js';
import { defineRule, type Rule } from '../rule.js';

export interface GlossaryEntry {
  /** The Indonesian term, as written in the source ("Kota Kembang", "jemaah haji"). */
  id: string;
  /** Wanted renderings per version language ("en": ["Bandung"]). */
  use?: Record<string, string[]>;
  /** Renderings to flag per language ("en": ["Flower City"]). */
  avoid?: Record<string, string[]>;
  /** Severity of its issues; default major. */
  severity?: Severity;
  /** Whether matching is case-sensitive; default false. */
  caseSensitive?: boolean;
}

const patterns = new Map<string, RegExp>();
/** A phrase as a whole-word pattern, compiled once per phrase, language and case rule. */
const wordPattern = (phrase: string, lang: string, caseSensitive: boolean): RegExp => {
  const key = `${lang}\u0000${caseSensitive}\u0000${phrase}`;
  const cached = patterns.get(key);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  const bounded = boundariesFor(lang) === 'word';
  const body = escapeRegExp(phrase).replace(/\s+/g, '\\s+');
  const re = new RegExp(bounded ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, caseSensitive ? 'gu' : 'giu');
  patterns.set(key, re);
  return re;
};

/** The glossary rule for a list of entries (from `calque.config.json` or the API). */
export function glossaryRule(entries: readonly GlossaryEntry[]): Rule {
  return defineRule({
    id: 'glossary/term',
    meta: {
      category: 'terminology',
      severity: 'major',
      description: "A term rendered against the newsroom's glossary.",
    },
    check({ version, source, alignment, report }) {
      const lang = version.base;
      for (const entry of entries) {
        const cs = entry.caseSensitive === true;
        const wanted = entry.use?.[lang] ?? entry.use?.[version.lang] ?? [];
        const first = wanted[0];
        const sourceHits = source ? [...source.text.matchAll(wordPattern(entry.id, 'id', cs))] : [];
        for (const avoid of entry.avoid?.[lang] ?? entry.avoid?.[version.lang] ?? []) {
          for (const m of version.text.matchAll(wordPattern(avoid, lang, cs))) {
            const aligned = alignment?.sourceRangeAt(m.index, 1);
            const backing = sourceHits.find((h) => aligned && h.index >= aligned.start && h.index < aligned.end);
            report({
              start: m.index,
              end: m.index + m[0].length,
              ...(entry.severity ? { severity: entry.severity } : {}),
              ...(first !== undefined ? { suggestions: wanted } : {}),
              ...(backing ? { source: { start: backing.index, end: backing.index + backing[0].length } } : {}),
              confidence: backing ? 0.95 : 0.85,
              message: `The glossary says not to write "${m[0]}" for "${entry.id}"${first !== undefined ? `: write "${first}"` : ''}.`,
            });
          }
        }
        if (!source || !alignment || wanted.length === 0) continue;
        for (const h of sourceHits) {
          const where = alignment.versionRangeAt(h.index, 0);
          if (!where) continue;
          const text = version.text.slice(where.start, where.end);
          if (wanted.some((w) => wordPattern(w, lang, cs).test(text))) continue;
          if ((entry.avoid?.[lang] ?? []).some((a) => wordPattern(a, lang, cs).test(text))) continue; // already flagged
          const s = version.sentences.find((x) => x.start >= where.start) ?? version.sentences[0];
          if (!s) continue;
          report({
            start: s.start,
            end: Math.min(s.end, s.start + 60),
            ...(entry.severity ? { severity: entry.severity } : {}),
            source: { start: h.index, end: h.index + h[0].length },
            confidence: 0.6,
            message: `The source has "${h[0]}", which the glossary renders as "${first}", and this sentence has no such rendering.`,
          });
        }
      }
    },
  });
}
