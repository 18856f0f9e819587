/**
 * The wrong name for an Indonesian institution: machine translation keeps the acronym
 * and swaps the name for another institution's ("the Supreme Court (MK)" for Mahkamah
 * Konstitusi), or names another body where the source has this one, or leaves an
 * acronym that readers abroad only know in translation ("IHSG").
 */
import { nearestByPosition } from '../../align/position.js';
import { institutionId, institutions, type Institution } from '../../lexicon/institutions.js';
import { isPlace } from '../../lexicon/place-index.js';
import { TARGET_LANG_LIST, type TargetLang } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import { isSentenceInitial } from '../../text/case.js';
import { boundariesFor, PhraseMatcher, phraseKey, type PhraseMatch } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { defineRule, type RuleContext } from '../rule.js';
import { isTargetLang } from '../substitution.js';

// ── The lexicon, compiled ─────────────────────────────────────────────────────────────

/** One way a version may write an institution: a name, an accepted description, or a known wrong name. */
interface Naming {
  institution: Institution;
  how: 'name' | 'variant' | 'wrong';
  /** As stored, article included ("the Constitutional Court"). */
  written: string;
  /** Without the article: what is matched and what a suggestion writes. */
  core: string;
  /** The article as stored ("the ", "la ", "l'"), or ''. */
  article: string;
  /** All-capital names ("AGO", "JCI") match only as written: "ago" is not the AGO. */
  exactCase: boolean;
}

const ARTICLES: Partial<Record<TargetLang, RegExp>> = { en: /^the\s+/i, fr: /^(?:le|la|les)\s+|^l['’]/i };

function splitArticle(lang: TargetLang, written: string): { article: string; core: string } {
  const m = ARTICLES[lang]?.exec(written);
  return m ? { article: m[0], core: written.slice(m[0].length) } : { article: '', core: written };
}

const byId = new Map(institutions.map((i) => [institutionId(i), i] as const));

const namingMatchers = new Map<TargetLang, PhraseMatcher<Naming>>();

function namingMatcher(lang: TargetLang): PhraseMatcher<Naming> {
  let matcher = namingMatchers.get(lang);
  if (!matcher) {
    const entries: (readonly [string, Naming])[] = [];
    for (const institution of institutions) {
      const lists: [Naming['how'], readonly string[] | undefined][] = [
        ['name', institution.names[lang]],
        ['variant', institution.variants?.[lang]],
        ['wrong', institution.wrongNames?.[lang]],
      ];
      for (const [how, list] of lists) {
        for (const written of list ?? []) {
          const { article, core } = splitArticle(lang, written);
          const exactCase = /[A-Z]/.test(core) && !/\p{Ll}/u.test(core);
          entries.push([core, { institution, how, written, core, article, exactCase }]);
        }
      }
    }
    matcher = new PhraseMatcher(entries, boundariesFor(lang));
    namingMatchers.set(lang, matcher);
  }
  return matcher;
}

const fitsCase = (n: Naming, text: string): boolean => !n.exactCase || text.replace(/\s+/g, ' ') === n.core;

/** Acronyms as written, and in capitals ("POLRI"); Indonesian full names by their phrase key. */
const byAcronym = new Map<string, Institution[]>();
const byUpperAcronym = new Map<string, Institution[]>();
const byForm = new Map<string, Institution[]>();
const add = (map: Map<string, Institution[]>, key: string, i: Institution) => {
  const list = map.get(key) ?? [];
  if (!list.includes(i)) list.push(i);
  map.set(key, list);
};
for (const i of institutions) {
  for (const a of i.acronyms) {
    add(byAcronym, a, i);
    add(byUpperAcronym, a.toUpperCase(), i);
  }
  for (const f of i.forms) add(byForm, phraseKey(f), i);
}

const acronymMatches = (written: string, acronym: string): boolean => written === acronym || written === acronym.toUpperCase();

function ancestors(i: Institution): Institution[] {
  const out: Institution[] = [];
  for (let p = i.parent ? byId.get(i.parent) : undefined; p && !out.includes(p); p = p.parent ? byId.get(p.parent) : undefined) out.push(p);
  return out;
}

/** Listed as interchangeable in a translation (predecessor, successor, overlapping label). */
const related = (a: Institution, b: Institution): boolean =>
  (a.related ?? []).includes(institutionId(b)) || (b.related ?? []).includes(institutionId(a));

/** Same family: related, one inside the other, or under one parent; a translation may add or swap the family's names. */
function kin(a: Institution, b: Institution): boolean {
  if (a === b || related(a, b)) return true;
  const up = [a, ...ancestors(a)];
  return [b, ...ancestors(b)].some((x) => up.includes(x));
}

// ── The source's mentions ─────────────────────────────────────────────────────────────

interface Mention extends Range {
  institutions: Institution[];
  written: string;
}

let sourceMatcher: PhraseMatcher<{ institution: Institution; acronym?: string }> | undefined;
const sourceMentions = new WeakMap<PreparedText, Mention[]>();

/** Every institution the source names, by acronym (case as written) or full name; scanned once per source. */
function mentionsIn(source: PreparedText): Mention[] {
  let found = sourceMentions.get(source);
  if (!found) {
    sourceMatcher ??= new PhraseMatcher(
      institutions.flatMap((institution) => [
        ...institution.acronyms.map((acronym) => [acronym, { institution, acronym }] as const),
        ...institution.forms.map((form) => [form, { institution }] as const),
      ]),
    );
    found = [];
    for (const m of sourceMatcher.matchAll(source.text)) {
      const hits = m.values.filter((v) => v.acronym === undefined || acronymMatches(m.text, v.acronym));
      const list = [...new Set(hits.map((v) => v.institution))];
      if (list.length > 0) found.push({ start: m.start, end: m.end, institutions: list, written: m.text });
    }
    sourceMentions.set(source, found);
  }
  return found;
}

const within = (r: Range, outer: Range): boolean => r.start >= outer.start && r.end <= outer.end;

// ── Wording ───────────────────────────────────────────────────────────────────────────

/** "MK (Mahkamah Konstitusi)", "Mahkamah Konstitusi (MK)", "Pertamina". */
function label(i: Institution, written: string): string {
  const form = i.forms[0];
  if (form && phraseKey(form) !== phraseKey(written)) return `${written} (${form})`;
  const acronym = i.acronyms[0];
  return acronym && phraseKey(acronym) !== phraseKey(written) ? `${written} (${acronym})` : written;
}

const nameIn = (i: Institution, lang: TargetLang): string => i.names[lang]?.[0] ?? i.names.en[0]!;

/** The replacement for the flagged words, and where it starts: French may need its article changed too. */
function fitSuggestion(text: string, start: number, lang: TargetLang, written: string): { start: number; suggestion: string } {
  const { article, core } = splitArticle(lang, written);
  if (lang === 'en') {
    const upper = isSentenceInitial(text, start) ? core.charAt(0).toUpperCase() + core.slice(1) : core;
    return { start, suggestion: upper };
  }
  if (lang !== 'fr' || !article) return { start, suggestion: core };
  const before = text.slice(Math.max(0, start - 8), start);
  const m = /(?<![\p{L}])(?:le|la|les|l['’])\s*$/iu.exec(before);
  if (!m) return { start, suggestion: core }; // "du", "des", "au" or no article: leave it
  const norm = (s: string) => s.trim().toLowerCase().replace('’', "'");
  if (norm(m[0]) === norm(article)) return { start, suggestion: core };
  const articleStart = start - before.length + m.index;
  const capital = /^\p{Lu}/u.test(m[0]);
  return { start: articleStart, suggestion: (capital ? article.charAt(0).toUpperCase() + article.slice(1) : article) + core };
}

/**
 * Are the capitalised words just before a name only places ("Indonesia's", "East Java")?
 * Otherwise the name is the tail of a longer one the lexicon does not know ("the Jakarta
 * Provincial House of Representatives"), and the rule keeps quiet.
 */
function modifiersArePlaces(text: string, start: number, lang: string): boolean {
  const words: { word: string; start: number }[] = [];
  let at = start;
  while (words.length <= 5) {
    const m = /([\p{L}\p{M}][\p{L}\p{M}\p{N}'’.\-]*)\s+$/u.exec(text.slice(Math.max(0, at - 60), at));
    if (!m) break;
    const word = m[1]!;
    if (!/^\p{Lu}/u.test(word) || /^(?:the|le|la|les|l['’])$/iu.test(word)) break;
    at -= m[0].length;
    words.unshift({ word, start: at });
  }
  if (words.length > 5) return false;
  if (words.length > 0 && isSentenceInitial(text, words[0]!.start)) words.shift();
  if (words.length === 0) return true;
  const bare = (w: string) => w.replace(/['’]s$/u, '');
  return isPlace(lang, bare(words.map((w) => w.word).join(' '))) || words.every((w) => isPlace(lang, bare(w.word)));
}

/** Is this hit capitalised like a name (cased scripts) and long enough not to sit inside other words (CJK)? */
function looksLikeName(text: string, hit: Range & { text: string }, lang: TargetLang): boolean {
  if (lang === 'en' || lang === 'fr') return /\p{Lu}/u.test(hit.text) && modifiersArePlaces(text, hit.start, lang);
  if (lang === 'zh' || lang === 'ja') return hit.text.length >= 3;
  return true;
}

// ── The rule ──────────────────────────────────────────────────────────────────────────

const PAREN = /[(（]([^()（）\n]{1,80})[)）]/gu;

/** The institutions a bracket names: "(MK)", "(Polda Metro Jaya)", "(BEI/IDX)", "(Mahkamah Konstitusi)". */
function bracketInstitutions(content: string): { institutions: Institution[]; written: string } | undefined {
  const parts = content.trim().split('/');
  const found: Institution[] = [];
  let written: string | undefined;
  for (const part of parts) {
    const tokens = part.trim().split(/\s+/);
    let hit: Institution[] | undefined;
    for (let k = Math.min(tokens.length, 8); k >= 1 && !hit; k--) {
      const head = tokens.slice(0, k).join(' ');
      const list = byAcronym.get(head) ?? (head === head.toUpperCase() ? byUpperAcronym.get(head) : undefined) ?? (/^\p{Lu}/u.test(head) ? byForm.get(phraseKey(head)) : undefined);
      if (!list) continue;
      // What follows the acronym may only be a place or "RI": "(Polda Metro Jaya)", "(Kejati DKI)".
      const rest = tokens.slice(k);
      if (rest.length > 3 || !rest.every((t) => /^[\p{Lu}\d]/u.test(t))) return undefined;
      hit = list;
      written ??= head;
    }
    if (!hit) return undefined;
    for (const i of hit) if (!found.includes(i)) found.push(i);
  }
  return written ? { institutions: found, written } : undefined;
}

const isWordStart = (text: string, i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '') && (i === 0 || !/[\p{L}\p{N}\p{M}]/u.test(text[i - 1]!));

/** The longest lexicon name that ends exactly at `end` (the farthest start wins), looking back 120 characters. */
function nameEndingAt(text: string, end: number, lang: TargetLang): PhraseMatch<Naming> | undefined {
  const matcher = namingMatcher(lang);
  const prefix = text.slice(0, end);
  const cased = boundariesFor(lang) === 'word';
  for (let i = Math.max(0, end - 120); i < end; i++) {
    if (cased ? !isWordStart(text, i) : /\s/.test(text[i]!)) continue;
    const m = matcher.longestAt(prefix, i, end - i + 1);
    if (!m || m.end !== end) continue;
    const values = m.values.filter((n) => fitsCase(n, m.text));
    if (values.length > 0) return { ...m, values };
  }
  return undefined;
}

type Flagged = Range;

export const institutionName = defineRule({
  id: 'terminology/institution',
  meta: {
    category: 'terminology',
    severity: 'major',
    description: 'An Indonesian institution given another institution\'s name ("the Supreme Court (MK)"), or an acronym like IHSG left unexplained.',
    languages: TARGET_LANG_LIST,
  },
  check(ctx) {
    if (!isTargetLang(ctx.version.base)) return;
    const lang = ctx.version.base;
    const flagged: Flagged[] = [];
    const explainedBrackets: Range[] = [];
    checkBrackets(ctx, lang, flagged, explainedBrackets);
    const hits = namingMatcher(lang).matchAll(ctx.version.text);
    if (ctx.source && ctx.alignment) checkAgainstSource(ctx, lang, hits, flagged);
    if (lang === 'en' || lang === 'fr') checkBareAcronyms(ctx, lang, hits, explainedBrackets);
  },
});

/** "NAME (ACRONYM)" where NAME belongs to another institution, or is a known wrong name of this one. */
function checkBrackets({ version, source, alignment, report }: RuleContext, lang: TargetLang, flagged: Flagged[], explained: Range[]): void {
  const text = version.text;
  for (const bracket of text.matchAll(PAREN)) {
    const named = bracketInstitutions(bracket[1]!);
    if (!named) continue;
    let end = bracket.index;
    while (end > 0 && /[ \t\u00a0]/.test(text[end - 1]!)) end--;
    const name = nameEndingAt(text, end, lang);
    if (!name) continue;
    explained.push({ start: bracket.index, end: bracket.index + bracket[0].length });
    const own = named.institutions;
    if (name.values.some((n) => own.includes(n.institution) && n.how !== 'wrong')) continue;
    if (name.values.some((n) => own.some((i) => related(i, n.institution)))) continue;
    const wrong = name.values.find((n) => n.how === 'wrong' && own.includes(n.institution));
    const other = name.values.find((n) => n.how === 'name' && !own.includes(n.institution));
    if (!wrong && !other) continue;
    if ((lang === 'en' || lang === 'fr') && !looksLikeName(text, name, lang)) continue;
    const institution = wrong?.institution ?? own[0]!;
    const suggestions: string[] = [];
    let start = name.start;
    for (const i of wrong ? [institution] : own) {
      const fit = fitSuggestion(text, name.start, lang, nameIn(i, lang));
      if (suggestions.length === 0) start = fit.start;
      if (!suggestions.includes(fit.suggestion)) suggestions.push(fit.suggestion);
    }
    // With a source, the same institution named in the aligned Indonesian backs the flag.
    let backing: Range | undefined;
    if (source && alignment) {
      const aligned = alignment.sourceRangeAt(bracket.index, 1);
      const mention = aligned && mentionsIn(source).find((m) => within(m, aligned) && m.institutions.some((i) => own.includes(i)));
      if (mention) backing = { start: mention.start, end: mention.end };
    }
    flagged.push({ start: name.start, end: name.end });
    report({
      start,
      end: name.end,
      suggestions,
      ...(backing ? { source: backing } : {}),
      confidence: backing ? 0.9 : 0.8,
      message: `"${name.text}" is not the name of ${label(institution, named.written)}: it is ${nameIn(institution, lang)}.`,
    });
  }
}

/** The source names X; the aligned version sentence names Y instead, and Y is nowhere near in the source. */
function checkAgainstSource({ version, source, alignment, report }: RuleContext, lang: TargetLang, hits: PhraseMatch<Naming>[], flagged: Flagged[]): void {
  if (!source || !alignment) return;
  const text = version.text;
  const mentions = mentionsIn(source);
  if (mentions.length === 0 || hits.length === 0) return;
  for (const sentence of version.sentences) {
    const inSentence = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
    if (inSentence.length === 0) continue;
    const here = alignment.sourceRangeAt(sentence.start, 0);
    if (!here) continue;
    const near = alignment.sourceRangeAt(sentence.start, 1) ?? here;
    const mentionsHere = mentions.filter((m) => within(m, here));
    const mentionsNear = mentions.filter((m) => within(m, near));
    const sentenceText = text.slice(sentence.start, sentence.end);
    // X: named once, unambiguously, in the source sentence, with a name in this language
    // and neither that name nor its acronym in the version sentence.
    const candidates: { institution: Institution; mention: Mention }[] = [];
    for (const m of mentionsHere) {
      if (m.institutions.length !== 1) continue;
      const x = m.institutions[0]!;
      if (mentionsHere.filter((o) => o.institutions.includes(x)).length !== 1) continue;
      if (!x.names[lang]?.length) continue;
      if (inSentence.some((h) => h.values.some((n) => n.institution === x && n.how !== 'wrong' && fitsCase(n, h.text)))) continue;
      if (x.acronyms.some((a) => hasAcronym(sentenceText, a))) continue;
      candidates.push({ institution: x, mention: m });
    }
    if (candidates.length === 0) continue;
    for (const hit of inSentence) {
      if (flagged.some((f) => f.start < hit.end && hit.start < f.end)) continue;
      const values = hit.values.filter((n) => fitsCase(n, hit.text));
      if (values.length === 0 || !looksLikeName(text, hit, lang)) continue;
      const blamed = candidates.filter(({ institution: x }) => {
        if (values.some((n) => n.how === 'wrong' && n.institution === x)) return true;
        const names = values.filter((n) => n.how === 'name');
        return names.length > 0 && names.every((y) =>
          y.institution !== x && y.institution.kind === x.kind && !kin(y.institution, x)
          && !mentionsNear.some((m) => m.institutions.some((i) => kin(i, y.institution))));
      });
      if (blamed.length !== 1) continue;
      const { institution: x, mention } = blamed[0]!;
      const fit = fitSuggestion(text, hit.start, lang, nameIn(x, lang));
      flagged.push({ start: hit.start, end: hit.end });
      report({
        start: fit.start,
        end: hit.end,
        suggestions: [fit.suggestion],
        source: { start: mention.start, end: mention.end },
        confidence: 0.85,
        message: `"${hit.text}" is not the name of ${label(x, mention.written)}, which the source has here: it is ${nameIn(x, lang)}.`,
      });
    }
  }
}

const acronymPattern = (a: string) => new RegExp(`(?<![\\p{L}\\p{N}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
const hasAcronym = (text: string, a: string): boolean => acronymPattern(a).test(text) || (a !== a.toUpperCase() && acronymPattern(a.toUpperCase()).test(text));

/** "IHSG" left bare where the press always translates it. */
function checkBareAcronyms({ version, source, report }: RuleContext, lang: 'en' | 'fr', hits: PhraseMatch<Naming>[], explainedBrackets: Range[]): void {
  const text = version.text;
  for (const institution of institutions) {
    const rule = institution.alwaysTranslate;
    const explain = rule?.explain[lang];
    if (!rule || !explain?.length) continue;
    const accepted = hits.filter((h) => h.values.some((n) => n.institution === institution && n.how !== 'wrong' && fitsCase(n, h.text)));
    let flaggedOne = false;
    for (const acronym of rule.acronyms) {
      for (const occurrence of text.matchAll(acronymPattern(acronym))) {
        const start = occurrence.index;
        const end = start + acronym.length;
        if (explainedBrackets.some((b) => b.start <= start && end <= b.end)) continue;
        const explained = accepted.some((h) => h.end <= start || (h.start >= end && h.start - end <= 40));
        if (explained) continue;
        const inBracket = /[(（]\s*$/.test(text.slice(Math.max(0, start - 2), start));
        const order = inBracket || flaggedOne ? [...explain].reverse() : [...explain];
        const suggestions = order.map((s) => (isSentenceInitial(text, start) ? s.charAt(0).toUpperCase() + s.slice(1) : s));
        let backing: Range | undefined;
        if (source) {
          const inSource = mentionsIn(source).filter((m) => m.institutions.includes(institution));
          const at = inSource.length > 0 ? nearestByPosition(version, start, source, inSource) : undefined;
          if (at) backing = { start: at.start, end: at.end };
        }
        flaggedOne = true;
        report({
          start,
          end,
          severity: 'minor',
          suggestions,
          ...(backing ? { source: backing } : {}),
          confidence: backing ? 0.8 : 0.7,
          message: `"${acronym}" is the Indonesian acronym of ${nameIn(institution, 'en')} (${institution.forms[0] ?? acronym}), which readers of the translation do not know: write ${explain.map((e) => `"${e}"`).join(' or ')}.`,
        });
      }
    }
  }
}
