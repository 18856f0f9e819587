/**
 * `npm run lexicon:stats`: how big each lexicon is, per kind and per target language
 * (entries that have something for that language: a rendering, a literal to catch).
 */
import { literalRenderings } from '../src/lexicon/epithet-renderings.js';
import { epithets } from '../src/lexicon/epithets.js';
import { idioms } from '../src/lexicon/idioms.js';
import { institutions } from '../src/lexicon/institutions.js';
import { places } from '../src/lexicon/places.js';
import { titles } from '../src/lexicon/titles.js';
import { TOPONYM_HEADS, TOPONYM_WORDS } from '../src/lexicon/toponym-words.js';
import { TARGET_LANG_LIST, type TargetLang } from '../src/lexicon/types.js';
import { untranslatedTerms } from '../src/lexicon/untranslated-terms.js';

type Row = [string, number, ...(number | string)[]];
const perLang = <T>(list: readonly T[], has: (e: T, l: TargetLang) => boolean) => TARGET_LANG_LIST.map((l) => list.filter((e) => has(e, l)).length);
const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.length > 0 : v !== undefined);

const rows: Row[] = [
  ['epithets (nicknames): with a literal rendering to catch', epithets.length, ...perLang(epithets, (e, l) => literalRenderings(e, l).length > 0)],
  ['epithets: source-only', epithets.filter((e) => e.sourceOnly).length, '', '', '', '', ''],
  ['epithets: Indonesian forms', epithets.reduce((n, e) => n + e.forms.length, 0), '', '', '', '', ''],
  ['titles: with a rendering', titles.length, ...perLang(titles, (t, l) => nonEmpty(t.renderings[l]))],
  ['idioms: with literal renderings to catch', idioms.length, ...perLang(idioms, (i, l) => nonEmpty(i.literal[l]))],
  ['idioms: source-only', idioms.filter((i) => i.sourceOnly).length, '', '', '', '', ''],
  ['institutions: with a name', institutions.length, ...perLang(institutions, (i, l) => nonEmpty(i.names[l]))],
  ['untranslated terms: with a meaning', untranslatedTerms.length, ...perLang(untranslatedTerms, (t, l) => nonEmpty(t.meaning[l]))],
  ['places (gazetteer): with a name', places.length, ...perLang(places, (p, l) => nonEmpty(p[l]))],
  ['toponym heads and words (en, fr glosses)', TOPONYM_HEADS.length + TOPONYM_WORDS.length, TOPONYM_HEADS.length + TOPONYM_WORDS.length, TOPONYM_HEADS.length + TOPONYM_WORDS.length, '', '', ''],
];

const header = ['lexicon', 'entries', ...TARGET_LANG_LIST];
const table = [header, ...rows.map((r) => r.map(String))];
const widths = header.map((_, k) => Math.max(...table.map((r) => r[k]!.length)));
for (const [k, r] of table.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
  if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
