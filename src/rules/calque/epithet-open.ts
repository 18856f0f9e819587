import { epithets } from '../../lexicon/epithets.js';
import { nicknameHeads, type NicknameHead } from '../../lexicon/heads.js';
import { isPlace } from '../../lexicon/place-index.js';
import { TARGET_LANG_LIST, type TargetLang } from '../../lexicon/types.js';
import { escapeRegExp, phraseKey } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { defineRule } from '../rule.js';
import { isTargetLang } from '../substitution.js';

/**
 * `calque/epithet-open`: nicknames no lexicon lists. The source has a nickname-shaped
 * phrase, a head ("Negeri", "Kota", "Pulau", "Bumi", "Tanah", "Serambi", "Ranah")
 * followed by capitalised common words that are not a place's name ("Negeri Gajah
 * Putih"), and the aligned version renders it by one of the head's word-for-word
 * templates ("White Elephant Country", "le pays de l'éléphant blanc", "白象之国")
 * whose modifier is not in the source: translated, not kept as a name.
 */

/** Lower-cased forms of every nickname the lexicon knows: those are calque/epithet's. */
const KNOWN = new Set(epithets.flatMap((e) => e.forms.map(phraseKey)));

/** Heads that are also parts of ordinary place names and institutions, with the words that make them so. */
const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])(${nicknameHeads.filter((h) => h.kind !== 'team').flatMap((h) => h.forms).join('|')})((?:\\s+\\p{Lu}[\\p{Ll}'-]+){1,3})`, 'gu');

/** Articles and prepositions a Latin-script modifier may hold between its words ("de l'éléphant blanc"). */
const ARTICLE = "(?:(?:the|a|an|of|le|la|les|de|du|des)\\s+|l['’]|d['’])?";
/** Characters a Chinese or Japanese match may start with that belong to the sentence, not the nickname. */
const CJK_LEAD = /^[的了在从自来到与和及对向把被将为是于由访见接]+/u;

/**
 * The pattern of a head's templates for a modifier of `words` content words: exactly
 * that many Latin words (capitalised when the template capitalises its head), or up to
 * two characters a word in Chinese and Japanese, one or two words in Arabic.
 */
const templatePatterns = new Map<string, RegExp>();
function templatePattern(head: NicknameHead, lang: TargetLang, words: number): RegExp {
  const key = `${head.forms[0]}:${lang}:${words}`;
  let re = templatePatterns.get(key);
  if (!re) {
    re = compileTemplates(head, lang, words);
    templatePatterns.set(key, re);
  }
  return re;
}

function compileTemplates(head: NicknameHead, lang: TargetLang, words: number): RegExp {
  const alternatives = (head.templates[lang] ?? []).map((t) => {
    let modifier: string;
    if (lang === 'en' || lang === 'fr') {
      const capital = lang === 'en' && /\p{Lu}/u.test(t.replace('{g}', ''));
      const word = capital ? "\\p{Lu}[\\p{L}'’-]*" : "[\\p{L}'’-]+";
      modifier = `(${ARTICLE}${Array.from({ length: words }, () => word).join(`\\s+${ARTICLE}`)})`;
    } else if (lang === 'ar') {
      modifier = `((?:\\S+\\s+){0,${Math.max(0, words - 1)}}\\S+)`;
    } else {
      modifier = `([\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,${2 * words}})`;
    }
    return t.split('{g}').map(escapeRegExp).join(modifier);
  });
  const bounded = lang === 'en' || lang === 'fr' || lang === 'ar';
  return new RegExp(alternatives.map((a) => (bounded ? `(?<![\\p{L}])(?:${a})(?![\\p{L}])` : `(?:${a})`)).join('|'), 'gu');
}

const FUNCTION = /^(?:the|a|an|of|and|le|la|les|l|de|du|des|d|et|un|une)$/iu;

export const epithetOpen = defineRule({
  id: 'calque/epithet-open',
  meta: {
    category: 'calque.epithet',
    severity: 'major',
    description: 'An Indonesian nickname no lexicon lists ("Negeri <words>", "Kota <words>") rendered word for word.',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || !isTargetLang(version.base)) return;
    const lang = version.base;
    const sourceLower = source.text.toLowerCase();
    const seen = new Set<number>();
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(source.text); m; m = HEAD.exec(source.text)) {
      const headWord = m[1]!;
      const words = m[2]!.trim();
      const phrase = `${headWord} ${words}`;
      if (KNOWN.has(phraseKey(phrase)) || isPlace('id', words) || isPlace('id', phrase)) continue;
      const head = nicknameHeads.find((h) => h.forms.includes(headWord))!;
      const where = alignment.versionRangeAt(m.index, 0);
      if (!where) continue;
      const re = templatePattern(head, lang, words.split(/\s+/u).length);
      const text = version.text.slice(where.start, where.end);
      for (const r of text.matchAll(re)) {
        const modifier = r.slice(1).find((g) => g !== undefined);
        if (!modifier || !isTranslated(modifier, sourceLower, lang)) continue;
        // In Chinese and Japanese the match may start inside the words before the nickname.
        const lead = lang === 'zh' || lang === 'ja' ? (CJK_LEAD.exec(r[0])?.[0].length ?? 0) : 0;
        const range: Range = { start: where.start + r.index + lead, end: where.start + r.index + r[0].length };
        if (seen.has(range.start)) continue;
        seen.add(range.start);
        report({
          ...range,
          source: { start: m.index, end: m.index + m[0].length },
          confidence: 0.6,
          message: `"${r[0].slice(lead)}" looks like the Indonesian nickname "${phrase}" rendered word for word: write the name of the ${head.kind === 'country' ? 'country' : head.kind === 'city' ? 'city' : 'place'} it stands for.`,
        });
      }
    }
  },
});

/**
 * Whether a version modifier was translated rather than kept: its content words are
 * not in the source, and it is not itself a place's name ("Bandung City" keeps a name).
 */
function isTranslated(modifier: string, sourceLower: string, lang: TargetLang): boolean {
  if (isPlace(lang, modifier)) return false;
  if (lang === 'zh' || lang === 'ja' || lang === 'ar') return !sourceLower.includes(modifier.toLowerCase());
  const content = modifier.split(/[\s'’-]+/u).filter((w) => w && !FUNCTION.test(w));
  if (content.length === 0) return false;
  return content.every((w) => !new RegExp(`(?<![\\p{L}])${escapeRegExp(w.toLowerCase())}(?![\\p{L}])`, 'u').test(sourceLower) && !isPlace(lang, w));
}
