import { ESTABLISHED_EXONYMS, TOPONYM_HEADS, TOPONYM_WORDS, type ToponymWord } from '../../lexicon/toponym-words.js';
import { escapeRegExp } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { defineRule } from '../rule.js';

type Lang = 'en' | 'fr';

/**
 * `entity/translated`: a place name made of Indonesian common words, translated as
 * words: "Pulau Banyak" rendered "many islands", "Kebon Jeruk" "Orange Garden",
 * "Jalan Mawar" "Jalan Rose". With a source, the name is found in the source sentence
 * and the glosses of its words stand in its place in the version; without one, an
 * Indonesian toponymic head kept in the version is followed by an English or French
 * word that glosses an Indonesian one.
 */
const HEADS = new Map(TOPONYM_HEADS.map((w) => [w.id, w]));
const WORDS = new Map(TOPONYM_WORDS.map((w) => [w.id.toLowerCase(), w]));
const HEAD_SOURCE = TOPONYM_HEADS.map((h) => escapeRegExp(h.id)).sort((a, b) => b.length - a.length).join('|');
/** A head and one to three capitalised words after it. */
const TOPONYM = new RegExp(`(?<![\\p{L}])(${HEAD_SOURCE})((?:\\s+\\p{Lu}[\\p{Ll}-]+){1,3})`, 'gu');
/** Small words that may sit inside a translated name ("the island of many", "la rue des roses"). */
const GLUE = new Set(['the', 'of', 'a', 'de', 'des', 'du', 'la', 'le', 'les', "l'", 'aux', 'à']);

/** Every gloss word of the version's language back to the Indonesian word it renders. */
const REVERSE = new Map<Lang, Map<string, ToponymWord>>();
function reverse(lang: Lang): Map<string, ToponymWord> {
  let map = REVERSE.get(lang);
  if (!map) {
    map = new Map();
    for (const w of TOPONYM_WORDS) for (const g of w[lang]) if (!g.includes(' ')) map.set(g.toLowerCase(), w);
    REVERSE.set(lang, map);
  }
  return map;
}

export const entityTranslated = defineRule({
  id: 'entity/translated',
  meta: {
    category: 'entity',
    severity: 'major',
    description: 'A place name made of Indonesian common words translated word for word ("Pulau Banyak" → "many islands").',
    languages: ['en', 'fr'],
  },
  check({ version, source, alignment, report }) {
    const lang = version.base as Lang;
    if (lang !== 'en' && lang !== 'fr') return;
    if (source && alignment) {
      for (const m of source.text.matchAll(TOPONYM)) {
        const head = HEADS.get(m[1]!)!;
        const parts = m[2]!.trim().split(/\s+/u);
        const words = parts.map((p) => WORDS.get(p.toLowerCase()));
        if (!words.some(Boolean)) continue;
        const name = `${m[1]} ${parts.join(' ')}`;
        const where = alignment.versionRangeAt(m.index!, 0);
        if (!where) continue;
        const text = version.text.slice(where.start, where.end);
        const lower = text.toLowerCase();
        // Kept as a name, or rendered by an established exonym: fine.
        if (parts.some((p) => new RegExp(`(?<![\\p{L}])${escapeRegExp(p.toLowerCase())}(?![\\p{L}])`, 'u').test(lower))) continue;
        if ((ESTABLISHED_EXONYMS[name] ?? []).some((e) => lower.includes(e.toLowerCase()))) continue;
        const span = glossSpan(text, lang, [head, ...words.filter((w): w is ToponymWord => w !== undefined)], new Set(words.filter(Boolean) as ToponymWord[]));
        if (!span) continue;
        report({
          start: where.start + span.start,
          end: where.start + span.end,
          source: { start: m.index!, end: m.index! + m[0].length },
          suggestions: [name],
          confidence: 0.8,
          message: `"${text.slice(span.start, span.end)}" translates the place name "${name}" word for word: keep the name.`,
        });
      }
      return;
    }
    // No source: an Indonesian head kept, followed by a gloss ("Jalan Rose").
    const glosses = reverse(lang);
    for (const m of version.text.matchAll(TOPONYM)) {
      const parts = m[2]!.trim().split(/\s+/u);
      const originals = parts.map((p) => glosses.get(p.toLowerCase()));
      if (!originals.every(Boolean)) continue;
      const name = `${m[1]} ${originals.map((w) => w!.id).join(' ')}`;
      report({
        start: m.index!,
        end: m.index! + m[0].length,
        suggestions: [name],
        confidence: 0.6,
        message: `"${m[0]}" looks like the place name "${name}" with its words translated: keep the name.`,
      });
    }
  },
});

/**
 * The stretch of `text` made of glosses of the name's words (at least one of them a
 * word of the name proper, not just the head), with small words between them.
 */
function glossSpan(text: string, lang: Lang, parts: ToponymWord[], proper: Set<ToponymWord>): Range | undefined {
  const tokens = [...text.matchAll(/[\p{L}'’-]+/gu)];
  const glossOf = (t: string) => parts.find((p) => p[lang].some((g) => g.toLowerCase() === t.toLowerCase()));
  for (let k = 0; k < tokens.length; k++) {
    const first = glossOf(tokens[k]![0]);
    if (!first) continue;
    let end = k;
    let hasProper = proper.has(first);
    for (let j = k + 1; j < tokens.length; j++) {
      const t = tokens[j]![0];
      const g = glossOf(t);
      if (g) {
        end = j;
        if (proper.has(g)) hasProper = true;
      } else if (!GLUE.has(t.toLowerCase())) break;
    }
    if (!hasProper) continue;
    return { start: tokens[k]!.index!, end: tokens[end]!.index! + tokens[end]![0].length };
  }
  return undefined;
}
