import { LANGUAGE_NAMES } from '../../prepare/language.js';
import { nearestByPosition } from '../../align/position.js';
import { INDONESIAN_NEWS_WORDS } from '../../lexicon/indonesian-words.js';
import { titles } from '../../lexicon/titles.js';
import type { TargetLang, Title } from '../../lexicon/types.js';
import { untranslatedTerms, type UntranslatedTerm } from '../../lexicon/untranslated-terms.js';
import { isFunctionWord, isIndonesianWord } from '../../prepare/language.js';
import { sentenceAt, type PreparedText } from '../../prepare/index.js';
import { isSentenceInitial } from '../../text/case.js';
import { boundariesFor, PhraseMatcher } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { isForeignParagraph } from '../language/wrong-language.js';
import { defineRule, type RuleContext } from '../rule.js';
import { isTargetLang } from '../substitution.js';

/**
 * `untranslated/term`: an Indonesian abbreviation, common word or title left inside a
 * translation ("WNI", "Pemkot", "calo", "Kapolda", "Pj Governor"). Whole sentences and
 * clauses are `untranslated/sentence`'s.
 */

type Term = UntranslatedTerm;

const spellings = (t: Term) => [...t.forms, ...(t.misorders ?? [])];
const entries = untranslatedTerms.flatMap((t) => spellings(t).map((f) => [f, t] as const));
/** Latin-script versions: whole words. */
const wordMatcher = new PhraseMatcher(entries, 'word');
/** Chinese, Japanese, Arabic: anywhere, then kept only where no Latin letter or digit touches the term ("KBRI东京"). */
const anyMatcher = new PhraseMatcher(entries, 'none');
/** Indonesian forms in the source. */
const sourceMatcher = new PhraseMatcher(untranslatedTerms.flatMap((t) => t.forms.map((f) => [f, t] as const)), 'word');

/** Indonesian titles by their forms, for the office after "Pj"/"Plt" ("Pj Gubernur"). */
const titleForms = new PhraseMatcher(titles.flatMap((t) => t.forms.map((f) => [f, t] as const)), 'word');
const titleRenderings = new Map<TargetLang, PhraseMatcher<Title>>();
function renderedTitles(lang: TargetLang): PhraseMatcher<Title> {
  let m = titleRenderings.get(lang);
  if (!m) titleRenderings.set(lang, (m = new PhraseMatcher(titles.flatMap((t) => t.renderings[lang].map((r) => [r, t] as const)), boundariesFor(lang))));
  return m;
}

/**
 * Translations (meaning and other renderings) per language, of one group of terms: the
 * expansions of kept acronyms, the glosses of culture words. Apart, so that one group's
 * longer phrase never hides another's ("National Police headquarters" and "police").
 */
function translationMatcher(group: (t: Term) => boolean) {
  const byLang = new Map<TargetLang, PhraseMatcher<Term>>();
  return (lang: TargetLang): PhraseMatcher<Term> => {
    let m = byLang.get(lang);
    if (!m) {
      const pairs = untranslatedTerms.filter(group).flatMap((t) => [t.meaning[lang], ...(t.also?.[lang] ?? [])].map((r) => [r, t] as const));
      byLang.set(lang, (m = new PhraseMatcher(pairs, boundariesFor(lang))));
    }
    return m;
  };
}
const expansionsIn = translationMatcher((t) => t.keptAcronym === true);
const glossesIn = translationMatcher((t) => t.culture === true);

const LATIN_VERSIONS = new Set(['en', 'fr']);
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const NEWS_WORDS = new Set(INDONESIAN_NEWS_WORDS);
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*$/u;

/** Words that begin an Indonesian proper name a version keeps: "Jalan Pemuda", "Pasar Baru", "Gedung Sate". */
const NAME_HEADS = new Set(['Jalan', 'Jl', 'Jl.', 'Gang', 'Gg.', 'Pasar', 'Kampung', 'Desa', 'Kelurahan', 'Kecamatan', 'Kabupaten',
  'Kota', 'Gedung', 'Wisma', 'Graha', 'Menara', 'Masjid', 'Gereja', 'Pura', 'Vihara', 'Klenteng', 'Hotel', 'Rumah', 'RS', 'RSUD',
  'RSUP', 'Universitas', 'Institut', 'SMA', 'SMAN', 'SMP', 'SMPN', 'SD', 'SDN', 'Madrasah', 'Taman', 'Pantai', 'Gunung', 'Bukit',
  'Pulau', 'Sungai', 'Danau', 'Teluk', 'Tanjung', 'Stasiun', 'Terminal', 'Bandara', 'Pelabuhan', 'Kompleks', 'Komplek', 'Perumahan',
  'Toko', 'Warung', 'Restoran', 'Kafe', 'Yayasan', 'PT', 'CV', 'Koperasi', 'Persatuan', 'Ikatan', 'Lembaga', 'Partai', 'Harian', 'Majalah']);

/** What precedes a term that is only mentioned: "known as mudik", "appelé mudik", "所谓的mudik", "ما يعرف بـ". */
const MENTION_BEFORE = /(?:known as|so-called|called|dubbed|termed|term|word|appel[ée]e?s?|dite?s?|surnomm[ée]e?s?|baptis[ée]e?s?|nomm[ée]e?s?|terme|mot|所谓的?|称为|叫做|被称作|いわゆる|يسمى|تسمى|يعرف باسم|المعروف باسم|ما يعرف بـ?|ما يسمى بـ?)\s*["'“‘«「『]?\s*$/iu;
/** What follows a term that gives its meaning: "WNI, or Indonesian citizens", "mudikと呼ばれる". */
const GLOSS_AFTER = /^\s*["'”’»」』]?\s*(?:,\s*(?:or|ou|namely|soit|c'est-à-dire|c’est-à-dire|i\.e\.)\s|\s*と(?:呼ばれる|いう)|\s*（|\s*\()/u;
/** Culture words also take an apposition or a dash as their gloss: "mudik, the annual exodus", "mudik — l'exode annuel". */
const APPOSITION_AFTER = /^\s*["'”’»]?\s*(?:,\s*(?:(?:the|a|an|le|la|les|un|une|des)\s|l['’])|[—–]\s*\p{L})/iu;

/** After a capitalised word at a sentence start, a reporting verb makes it a surname ("Calo said"), not the word ("calo"). */
const REPORTING_VERB = /^\s+(?:said|says|told|added|explained|stated|noted|argued|insisted|a\s+(?:déclaré|dit|affirmé|ajouté|expliqué|indiqué)|déclare|affirme|explique|indique)\b/u;

interface Hit extends Range {
  term: Term;
  /** The office after "Pj"/"Plt", as the suggestion names it. */
  office?: string;
}

/** Term matches in the version, with the right case and boundaries, "Pj"/"Plt" extended over the office they qualify. */
function findTerms(version: PreparedText, lang: TargetLang): Hit[] {
  const text = version.text;
  const latin = LATIN_VERSIONS.has(lang);
  const hits: Hit[] = [];
  let consumed = 0;
  for (const m of (latin ? wordMatcher : anyMatcher).matchAll(text)) {
    if (m.start < consumed) continue;
    if (!latin && (touches(text, m.start - 1) || touches(text, m.end))) continue;
    const written = m.text.replace(/\s+/g, ' ');
    const term = m.values.find((t) => spellings(t).includes(written))
      ?? (latin && isSentenceInitial(text, m.start) && !REPORTING_VERB.test(text.slice(m.end, m.end + 30))
        ? m.values.find((t) => t.forms.some((f) => f === f.toLowerCase() && capitalised(f) === written))
        : undefined);
    if (!term || term.wordIn?.includes(lang)) continue;
    const hit: Hit = { start: m.start, end: m.end, term };
    if (term.beforeTitle) {
      const office = officeAfter(text, m.end, lang);
      if (office) {
        hit.end = office.end;
        hit.office = office.name;
      }
    }
    consumed = hit.end;
    hits.push(hit);
  }
  return hits;
}

/** Is there a Latin letter or a digit at `i`? */
const touches = (text: string, i: number) => i >= 0 && i < text.length && LATIN_OR_DIGIT.test(text[i]!);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The title right after `at` ("Pj Governor", "Pj Gubernur", "Pj知事"): its end and its name in the version's language. */
function officeAfter(text: string, at: number, lang: TargetLang): { end: number; name: string } | undefined {
  const space = /^[^\S\n]*/.exec(text.slice(at, at + 5))![0].length;
  const from = at + space;
  const rendered = renderedTitles(lang).longestAt(text, from);
  if (rendered) return { end: rendered.end, name: rendered.text };
  if (space === 0 && LATIN_VERSIONS.has(lang)) return undefined;
  const indonesian = titleForms.longestAt(text, from);
  const title = indonesian?.values[0];
  if (indonesian && title && /^\p{Lu}/u.test(indonesian.text)) return { end: indonesian.end, name: title.renderings[lang][0]! };
  return undefined;
}

/** Inside a proper name the version keeps: a capitalised run before the term starts with a name head ("Jalan Lapas"). */
function inProperName(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  const run = /((?:\p{Lu}[\p{L}.'’-]*\s+)+)$/u.exec(before)?.[1];
  if (!run) return false;
  return run.trim().split(/\s+/).some((w) => NAME_HEADS.has(w));
}

/** Part of an address, a handle or a hashtag: "kemenkes.go.id", "@KBRI", "#THR". */
function inHandle(text: string, r: Range): boolean {
  return /[@#/\\._]/.test(text[r.start - 1] ?? '') || /^(?:\.[a-z]{2,}|@|\/)/.test(text.slice(r.end, r.end + 4));
}

const isIndonesian = (word: string) => word === word.toLowerCase() && (isIndonesianWord(word) || NEWS_WORDS.has(word));

/**
 * Inside an Indonesian clause ("jemaah diminta tetap menjaga kesehatan"): a run of four
 * Latin words or more, three of them Indonesian, that `untranslated/sentence` reports whole.
 */
function inIndonesianClause(version: PreparedText, hit: Hit): boolean {
  const s = sentenceAt(version, hit.start);
  if (!s) return false;
  const text = version.text;
  const words = [...text.slice(s.start, s.end).matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => ({ word: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length }));
  const k = words.findIndex((w) => w.end > hit.start);
  if (k < 0) return false;
  const breaks = (w: { word: string }) => !LATIN_WORD.test(w.word) || isFunctionWord(version.base, w.word.toLowerCase());
  const gap = (a: { end: number }, b: { start: number }) => /^[\s,'’"“”-]*$/u.test(text.slice(a.end, b.start));
  let a = k;
  while (a > 0 && !breaks(words[a - 1]!) && gap(words[a - 1]!, words[a]!)) a--;
  let b = k;
  while (b + 1 < words.length && !breaks(words[b + 1]!) && gap(words[b]!, words[b + 1]!)) b++;
  const run = words.slice(a, b + 1);
  return run.length >= 4 && run.filter((w) => isIndonesian(w.word)).length >= 3;
}

/** Given as the Indonesian original of its translation or with its meaning beside it: "Indonesian citizens (WNI)", "WNI (Indonesian citizens)". */
function glossedInPlace(text: string, hit: Hit, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 40);
  if (/[(（]\s*$/u.test(before) && /^\s*[)）,;:/]/u.test(after) && /\S\s*[(（]\s*$/u.test(before)) return true;
  if (MENTION_BEFORE.test(before)) return true;
  return GLOSS_AFTER.test(after) && !/^\s*[(（]\s*[\d/.:\s-]*[)）]/u.test(after);
}

/** A culture word's gloss in its sentence: an apposition, or its meaning anywhere in the sentence. */
function glossedInSentence(version: PreparedText, lang: TargetLang, hit: Hit): boolean {
  if (APPOSITION_AFTER.test(version.text.slice(hit.end, hit.end + 20))) return true;
  const s = sentenceAt(version, hit.start);
  if (!s) return false;
  return glossesIn(lang).matchAll(version.text.slice(s.start, s.end)).some((m) => m.values.includes(hit.term));
}

/** Where each term's Indonesian forms occur in a source, scanned once per source. */
const sourceHits = new WeakMap<PreparedText, Map<Term, Range[]>>();
function termsInSource(source: PreparedText): Map<Term, Range[]> {
  let hits = sourceHits.get(source);
  if (!hits) {
    hits = new Map();
    for (const m of sourceMatcher.matchAll(source.text)) {
      for (const t of m.values) hits.set(t, [...(hits.get(t) ?? []), { start: m.start, end: m.end }]);
    }
    sourceHits.set(source, hits);
  }
  return hits;
}

/** The term's Indonesian words in the source: in the aligned sentences (with a bead either side), else anywhere. */
function backing(ctx: RuleContext, hit: Hit): { range: Range; aligned: boolean } | undefined {
  const { source, alignment, version } = ctx;
  if (!source || !alignment) return undefined;
  const all = termsInSource(source).get(hit.term) ?? [];
  if (all.length === 0) return undefined;
  const where = alignment.sourceRangeAt(hit.start, 1);
  const near = where ? all.filter((r) => r.start >= where.start && r.end <= where.end) : [];
  const found = nearestByPosition(version, hit.start, source, near.length ? near : all)!;
  let range: Range = { start: found.start, end: found.end };
  if (hit.office) {
    // "Pj Gubernur": the office after the qualifier belongs to the source words too.
    const gap = /^[^\S\n]*/.exec(source.text.slice(found.end, found.end + 5))![0].length;
    const office = titleForms.longestAt(source.text, found.end + gap);
    if (office && gap > 0) range = { start: found.start, end: office.end };
  }
  return { range, aligned: near.length > 0 };
}

/** "the Corruption Eradication Commission (KPK)": the acronym after its expansion. */
const inParentheses = (text: string, r: Range) => /[(（]\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start)) && /^\s*[)）]/u.test(text.slice(r.end, r.end + 3));


export const untranslatedTerm = defineRule({
  id: 'untranslated/term',
  meta: {
    category: 'untranslated',
    severity: 'major',
    description: 'An Indonesian abbreviation, word or title left untranslated in a version ("WNI", "Pemkot", "calo", "Pj Governor").',
    languages: ['en', 'fr', 'zh', 'ja', 'ar'],
  },
  check(ctx) {
    const { version } = ctx;
    const lang = version.base;
    if (!isTargetLang(lang)) return;
    const text = version.text;
    const foreign = new Set(version.paragraphs.map((_, i) => i).filter((i) => isForeignParagraph(version, i)));
    const hits = findTerms(version, lang);
    if (hits.length === 0) return;

    // Kept acronyms spelled out anywhere: their meaning in words, or the acronym in parentheses.
    const expanded = new Set<Term>();
    for (const m of expansionsIn(lang).matchAll(text)) for (const t of m.values) if (t.keptAcronym) expanded.add(t);
    const defined = new Set<Term>();
    const flaggedOnce = new Set<Term>();

    for (const hit of hits) {
      const { term } = hit;
      const s = sentenceAt(version, hit.start);
      if (s && foreign.has(s.paragraph)) continue;
      if (inHandle(text, hit) || inProperName(text, hit.start, s?.start ?? 0)) continue;
      if (glossedInPlace(text, hit, s?.start ?? 0)) {
        defined.add(term);
        continue;
      }
      if (term.keptAcronym && (expanded.has(term) || hits.some((h) => h.term === term && inParentheses(text, h)))) continue;
      if (term.culture && glossedInSentence(version, lang, hit)) defined.add(term);
      if (defined.has(term)) continue;
      if ((term.keptAcronym || term.culture) && flaggedOnce.has(term)) continue;
      if (inIndonesianClause(version, hit)) continue;
      flaggedOnce.add(term);
      ctx.report(finding(ctx, lang, hit));
    }
  },
});

function finding(ctx: RuleContext, lang: TargetLang, hit: Hit) {
  const { term } = hit;
  const text = ctx.version.text;
  const written = text.slice(hit.start, hit.end);
  const latin = LATIN_VERSIONS.has(lang);
  const initial = latin && isSentenceInitial(text, hit.start);
  const fit = (s: string) => (initial ? capitalised(s) : s);
  const meaning = term.meaning[lang];
  const shown = lang === 'en' ? term.meaning.en : `${term.meaning.en} (${meaning})`;

  let suggestions: string[];
  let message: string;
  let severity: 'major' | 'minor' | undefined;
  if (hit.office !== undefined && term.beforeTitle) {
    let office = term.beforeTitle[lang].replace('{title}', hit.office);
    if (latin && /^\p{Ll}/u.test(hit.office) && lang === 'en') office = office.toLowerCase();
    suggestions = [fit(office)];
    message = `"${written}" keeps the Indonesian "${text.slice(hit.start, hit.start + term.forms[0]!.length).trim()}" before the title: it means ${term.meaning.en}, so write ${suggestions[0]}.`;
  } else if (term.keptAcronym) {
    severity = 'minor';
    suggestions = [latin || lang === 'ar' ? `${fit(meaning)} (${written})` : `${meaning}（${written}）`];
    message = `"${written}" is never spelled out in the ${LANGUAGE_NAMES[lang]} version: it stands for the ${shown}; expand it at its first mention.`;
  } else if (term.culture) {
    severity = 'minor';
    suggestions = latin ? [`${written} (${meaning})`, fit(meaning)] : [meaning];
    message = `"${written}" is an Indonesian word kept without a gloss: it means ${shown}.`;
  } else {
    suggestions = [fit(meaning)];
    message = term.kind === 'title'
      ? `"${written}" is an Indonesian title left untranslated: it means ${shown}.`
      : `"${written}" is Indonesian left untranslated: it means ${shown}.`;
  }

  const backed = backing(ctx, hit);
  return {
    start: hit.start,
    end: hit.end,
    message,
    suggestions,
    ...(severity ? { severity } : {}),
    ...(backed ? { source: backed.range } : {}),
    confidence: !ctx.source ? 0.75 : backed?.aligned ? 0.9 : backed ? 0.8 : 0.6,
  };
}
