import { nearestByPosition } from '../../align/position.js';
import { isOrganisation, isPlace, placeSuffix } from '../../lexicon/place-index.js';
import { leaders } from '../../lexicon/leaders.js';
import { titles } from '../../lexicon/titles.js';
import type { Title } from '../../lexicon/types.js';
import { sentenceAt, type PreparedText } from '../../prepare/index.js';
import { nameTokens, shareNameToken } from '../../text/names.js';
import { escapeRegExp, phraseKey, PhraseMatcher } from '../../text/phrases.js';
import type { Range } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';
import { titlesInSource, type SourceTitle } from './title-source.js';

/**
 * Indonesian writes the title before the name ("PM Sudani", "Menkeu Sri Mulyani");
 * machine translation reads the pair as a possessive: "Sudani's PM", "Sri Mulyani's
 * Finance Minister". A possessive is a calque only when its owner is a person: "Iraq's
 * prime minister" and "Jokowi's finance minister, Sri Mulyani" are good English.
 */

const alternation = (phrases: Iterable<string>) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');

/** Titles per language, from the lexicon, with the entries that render them. */
function renderingIndex(lang: 'en' | 'fr' | 'zh' | 'ja'): Map<string, Title[]> {
  const index = new Map<string, Title[]>();
  for (const t of titles) for (const r of t.renderings[lang] ?? []) index.set(phraseKey(r), [...(index.get(phraseKey(r)) ?? []), t]);
  return index;
}

const CAP_WORDS = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:(?:,?\s+and\s+|\s*,\s*|\s+&\s+|\s+)\p{Lu}[\p{L}'’\-]*)*`;
let en: { index: Map<string, Title[]>; titles: PhraseMatcher<Title>; extension: RegExp; generic: RegExp } | undefined;
function english() {
  if (!en) {
    en = {
      index: renderingIndex('en'),
      titles: new PhraseMatcher(titles.flatMap((t) => t.renderings.en.map((r) => [r, t] as const))),
      // After a title, "of/for <Capitalised words>": "Mayor of Surabaya". Case-sensitive.
      extension: new RegExp(`\\s+(?:of|for)\\s+${CAP_WORDS}(?![\\p{L}\\p{N}])`, 'uy'),
      // "<Portfolio> Minister", "Minister of/for <Portfolio>", with optional rank.
      generic: new RegExp(`(?:(?:Deputy|Vice|Acting|Coordinating|Senior|State)\\s+)?(?:(?:\\p{Lu}[\\p{L}\\-]+\\s+){1,3}(?:Minister|Secretary)|(?:Minister|Secretary)\\s+(?:of|for)\\s+${CAP_WORDS})(?![\\p{L}\\p{N}])`, 'uy'),
    };
  }
  return en;
}

/** The title at `at`, from the lexicon (with an "of …" tail) or a ministerial form; the longer wins. */
function titleAt(text: string, at: number): string | undefined {
  const { titles: lexicon, extension, generic } = english();
  let lexical = lexicon.longestAt(text, at)?.text;
  if (lexical !== undefined) {
    extension.lastIndex = at + lexical.length;
    lexical += extension.exec(text)?.[0] ?? '';
  }
  generic.lastIndex = at;
  const ministerial = generic.exec(text)?.[0];
  return [lexical, ministerial].filter((h): h is string => h !== undefined).sort((a, b) => b.length - a.length)[0];
}

/** A run of capitalised name words ending right before "'s". */
const NAME_BEFORE = /((?:(?:al|el|as|ad|ar|an|ash)-)?\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Ll}[\p{L}\p{M}]*)?(?:-\p{L}[\p{L}\p{M}]*)*(?:\s+(?:(?:bin|binti|van|von|de|der|da|dos|al|el)\s+)?(?:(?:al|el|as|ad|ar|an|ash)-)?\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Ll}[\p{L}\p{M}]*)?(?:-\p{L}[\p{L}\p{M}]*)*){0,5})$/u;

/** Capitalised words that start a run but are not part of a name. */
const NOT_NAME = new Set(['The', 'A', 'An', 'Earlier', 'Later', 'Meanwhile', 'However', 'But', 'And', 'Then', 'Last',
  'Previously', 'Also', 'Even', 'Only', 'When', 'While', 'After', 'Before', 'Since', 'In', 'On', 'At', 'For', 'From',
  'With', 'By', 'According', 'Former', 'Both', 'This', 'That', 'Yesterday', 'Today', 'Now', 'So', 'Still', 'Meanwhile',
  'Moreover', 'Furthermore', 'Besides', 'Under', 'As', 'If', 'Although', 'Though', 'Because', 'During', 'Following']);

/** Last words that make the owner an organisation or a place, not a person. */
const NOT_PERSON_HEAD = /^(?:Party|Ministry|Government|Company|Council|Agency|Committee|Commission|Court|Bank|University|Union|Association|Group|Corporation|Army|Police|Navy|Force|Forces|Office|Province|Regency|City|Region|State|States|Republic|Kingdom|Country|Nation|Team|Club|Federation|League|Front|Movement|Foundation|Institute|Board|Cabinet|Parliament|Assembly|House|Palace|Administration|Authority|Department|Service|Embassy|Consulate|Command|Secretariat|Organization|Organisation|Alliance|Coalition|Bloc|Zone|Island|Islands|Regime|Unit|Division|Corps)$/;

/** Capitalised words after the title that name the office-holder: the possessive is then real ("Jokowi's Finance Minister Sri Mulyani"). */
const OFFICE_WORDS = new Set(['Office', 'Cabinet', 'Council', 'Ministry', 'Secretariat']);

interface Owner { range: Range; text: string; tokens: string[] }

const leaderKeys = new Set(leaders.map(phraseKey));
const isLeader = (name: string) => leaderKeys.has(phraseKey(name));

function ownerBefore(text: string, apostrophe: number): Owner | undefined {
  const from = Math.max(0, apostrophe - 120);
  const m = NAME_BEFORE.exec(text.slice(from, apostrophe));
  if (!m) return undefined;
  let start = from + m.index;
  let tokens = nameTokens(m[1]!);
  while (tokens.length > 0 && NOT_NAME.has(tokens[0]!)) {
    const skip = text.indexOf(tokens[0]!, start) + tokens[0]!.length;
    start = skip + (/^\s+/.exec(text.slice(skip, skip + 20))?.[0].length ?? 0);
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0 || start >= apostrophe) return undefined;
  // Glued to a preceding word or number ("2024's"), or inside a longer capitalised run we cut.
  if (start > 0 && /[\p{L}\p{N}'’\-]/u.test(text[start - 1]!)) return undefined;
  return { range: { start, end: apostrophe }, text: text.slice(start, apostrophe), tokens };
}

/** Is the owner of "X's <title>" a person? Places, organisations and acronyms are not. */
function personLike(text: string, owner: Owner): boolean {
  const last = owner.tokens[owner.tokens.length - 1]!;
  if (isPlace('en', owner.text) || isPlace('en', last) || isOrganisation(owner.text) || isOrganisation(last)) return false;
  if (NOT_PERSON_HEAD.test(last)) return false;
  if (owner.tokens.every((t) => /^[\p{Lu}\d&.\-]+$/u.test(t))) return false; // KPK, NATO, US
  // "the Kremlin's spokesman": an article before the owner makes it a thing, not a person.
  if (/\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, owner.range.start - 6), owner.range.start))) return false;
  return true;
}

const titleCase = (t: string) => t.replace(/(^|\s)(\p{Ll})/gu, (m, sp: string, c: string, off: number) =>
  (off > 0 && /^(?:of|for|and|the)\b/.test(t.slice(off + sp.length)) ? m : sp + c.toUpperCase()));

/**
 * Is `offset` in a headline-cased sentence ("Apple's Chief Executive Says …")? There
 * every word is capitalised, so a capitalised title says nothing about a calque.
 */
function inHeadline(version: PreparedText, offset: number): boolean {
  const s = sentenceAt(version, offset);
  if (!s) return false;
  const words = version.text.slice(s.start, s.end).match(/\p{L}[\p{L}'’\-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8;
}

/** "Mayor of Surabaya" before a name reads better as "Surabaya Mayor". */
const frontOf = (title: string) => /^(\p{Lu}[\p{L}\-]+) of (\p{Lu}[\p{L}\-]+)$/u.exec(title)?.slice(1);

/**
 * Source "<Title> <Name>" pairs with the owner's name. Place and organisation words in
 * the run ("Wali Kota Surabaya Eri Cahyadi", "Ketua Umum Golkar") do not count: "Surabaya's
 * mayor" and "Golkar's chairman" are good English.
 */
function findBacking(sources: readonly SourceTitle[], owner: Owner): SourceTitle[] {
  return sources.filter((s) => shareNameToken(owner.tokens, s.tokens.filter((t) => !isPlace('id', t) && !isOrganisation(t))));
}

function checkEnglish(version: PreparedText, source: PreparedText | undefined, report: (f: Finding) => void) {
  const { index } = english();
  const text = version.text;
  const sourceTitles = source ? titlesInSource(source) : undefined;
  const POSSESSIVE = /['’]s\s+/g;
  for (let m = POSSESSIVE.exec(text); m; m = POSSESSIVE.exec(text)) {
    const at = m.index + m[0].length;
    const title = titleAt(text, at);
    if (title === undefined) continue;
    const owner = ownerBefore(text, m.index);
    if (!owner || !personLike(text, owner)) continue;
    let end = at + title.length;
    const after = text.slice(end, end + 200);
    // "X's Finance Minister Sri Mulyani": the office-holder is named, so X really owns the office.
    const nextWord = /^\s+(\p{Lu}[\p{L}\-]*)/u.exec(after)?.[1];
    if (nextWord && !OFFICE_WORDS.has(nextWord)) continue;
    const possessed = /^['’]s\s+([\p{L}\-]+)/u.exec(after);
    if (possessed) end += possessed[0].length;

    const backing = sourceTitles ? findBacking(sourceTitles, owner) : [];
    if (sourceTitles && backing.length === 0) continue; // the source does not have "<Title> <Name>" here
    const entries = index.get(phraseKey(title)) ?? [];
    // Without a source: a lower-case title is how English writes a real possessive ("Xi's foreign
    // minister"), and a leader's possessive names an appointee ("Putin's Spokesman"), unless the
    // title is the leader's own rank ("Sudani's PM").
    const ownRank = entries.some((e) => e.kind === 'head-of-state');
    if (!sourceTitles && (!/^\p{Lu}/u.test(title) || (isLeader(owner.text) && !ownRank) || inHeadline(version, m.index))) continue;
    const backed = backing.length ? nearestByPosition(version, m.index, source!, backing) : undefined;
    const entry = backed?.title ?? entries[0];
    const shown = titleCase(title);
    const name = owner.text;
    const tail = possessed ? `'s ${possessed[1]}` : '';
    const suggestions: string[] = [];
    const front = frontOf(shown);
    if (front) suggestions.push(`${front[1]} ${front[0]} ${name}${tail}`);
    suggestions.push(`${shown} ${name}${tail}`);
    const canonical = entry?.renderings.en[0];
    if (canonical && phraseKey(canonical) !== phraseKey(title) && !/\s(?:of|for)\s/i.test(title)) suggestions.push(`${canonical} ${name}${tail}`);
    const sourceWords = backed ? source!.text.slice(backed.start, backed.end) : undefined;
    report({
      start: owner.range.start,
      end,
      suggestions: [...new Set(suggestions)],
      ...(backed ? { source: { start: backed.start, end: backed.end } } : {}),
      confidence: backed ? 0.9 : 0.6,
      message: sourceWords
        ? `"${text.slice(owner.range.start, end)}" misreads the Indonesian title before a name ("${sourceWords}") as a possessive; the title belongs before the name.`
        : `"${text.slice(owner.range.start, end)}" looks like an Indonesian title before a name misread as a possessive; English puts the title before the name.`,
    });
  }
}

/**
 * French renders the possessive misreading with "de": "le Premier ministre de Sudani",
 * "le ministre des Finances de Sri Mulyani". "de" before a place or an organisation is
 * good French ("le Premier ministre d'Irak", "le président du Golkar"); before a person,
 * with the source's "<Title> <Name>" behind it, it is the calque.
 */
let fr: PhraseMatcher<Title> | undefined;
const FR_NAME = /^\s+(?:de\s+|d['’])((?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:(?:bin|binti|van|von|de|da|al|el)\s+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4})/u;
/** Capitalised French words that end a ministry's name, not a person's ("le ministre de la Santé"). */
const FR_PORTFOLIO = /^(?:Santé|Défense|Justice|Intérieur|Économie|Finances|Éducation|Commerce|Industrie|Agriculture|Culture|Travail|Énergie|Transports?|Environnement|Tourisme|Religion|Affaires|Sport|Jeunesse|Communication|Information|Recherche|Planification)$/u;

function checkFrench(version: PreparedText, source: PreparedText | undefined, report: (f: Finding) => void) {
  if (!source) return; // "le conseiller de Macron" is good French: only the source tells the calque
  fr ??= new PhraseMatcher(titles.flatMap((t) => (t.renderings.fr ?? []).map((r) => [r, t] as const)));
  const sourceTitles = titlesInSource(source);
  if (sourceTitles.length === 0) return;
  const text = version.text;
  for (const m of fr.matchAll(text)) {
    const tail = FR_NAME.exec(text.slice(m.end, m.end + 120));
    if (!tail) continue;
    const name = tail[1]!;
    const tokens = nameTokens(name);
    if (isPlace('fr', name) || isOrganisation(name) || FR_PORTFOLIO.test(tokens[0] ?? '') || tokens.every((t) => /^[\p{Lu}\d&.\-]+$/u.test(t))) continue;
    const owner: Owner = { text: name, tokens, range: { start: m.end, end: m.end + tail[0].length } };
    const backing = findBacking(sourceTitles, owner);
    if (backing.length === 0) continue;
    // Include the article before the title: "le Premier ministre de Sudani" → "le Premier ministre Sudani".
    const article = /(?:\b(?:le|la|les)\s+|\bl['’])$/iu.exec(text.slice(Math.max(0, m.start - 4), m.start));
    const start = article ? m.start - article[0].length : m.start;
    const end = m.end + tail[0].length;
    const backed = nearestByPosition(version, m.start, source, backing)!;
    const title = text.slice(m.start, m.end);
    report({
      start,
      end,
      suggestions: [`${article ? article[0] : ''}${title} ${name}`],
      source: { start: backed.start, end: backed.end },
      confidence: 0.85,
      message: `"${text.slice(start, end)}" misreads the Indonesian title before a name ("${source.text.slice(backed.start, backed.end)}") as a possessive; the title goes before the name without "de".`,
    });
  }
}

/** zh "<名>的<头衔>" and ja "<名>の<肩書>": the particle makes the name the title's owner. */
const cjk = new Map<'zh' | 'ja', { index: Map<string, Title[]>; re: RegExp }>();
function cjkMatcher(lang: 'zh' | 'ja') {
  let m = cjk.get(lang);
  if (!m) {
    const index = renderingIndex(lang);
    const particle = lang === 'zh' ? '的' : 'の';
    const nameChars = lang === 'zh' ? String.raw`[\p{Script=Han}·・\p{Script=Latin}]` : String.raw`[\p{Script=Han}\p{Script=Katakana}ー・]`;
    m = { index, re: new RegExp(`(${nameChars}+)${particle}(${alternation(index.keys())})`, 'gu') };
    cjk.set(lang, m);
  }
  return m;
}

function checkCjk(lang: 'zh' | 'ja', version: PreparedText, source: PreparedText | undefined, report: (f: Finding) => void) {
  const { index, re } = cjkMatcher(lang);
  const particle = lang === 'zh' ? '的' : 'の';
  const sourceTitles = source ? titlesInSource(source) : undefined;
  for (const m of version.text.matchAll(re)) {
    let name = m[1]!;
    // A country or city owns its offices: 日本の首相, 马来西亚的总理.
    if (placeSuffix(lang, name) || /[国省市県州府党部社院会]$/u.test(name)) continue;
    // Chinese has no spaces: a name without "·" is taken as its last three characters at most.
    if (lang === 'zh' && !/[·・]/.test(name) && name.length > 3) name = name.slice(-3);
    if (lang === 'zh' && /[·・]/.test(name)) name = /(?:[\p{Script=Han}]{1,6}[·・])+[\p{Script=Han}]{1,6}$/u.exec(name)?.[0] ?? name;
    const title = m[2]!;
    const entries = index.get(phraseKey(title)) ?? [];
    const backing = sourceTitles?.filter((s) => entries.includes(s.title)) ?? [];
    if (sourceTitles && backing.length === 0) continue;
    if (!sourceTitles && !/[·・]/.test(name)) continue; // without a source, only transliterated foreign names are clear enough
    const start = m.index + m[1]!.length - name.length;
    const end = m.index + m[0].length;
    const backed = backing.length ? nearestByPosition(version, start, source!, backing) : undefined;
    report({
      start,
      end,
      suggestions: [lang === 'zh' ? `${title}${name}` : `${name}${title}`],
      ...(backed ? { source: { start: backed.start, end: backed.end } } : {}),
      confidence: backed ? 0.8 : 0.5,
      message: backed
        ? `"${version.text.slice(start, end)}" turns the Indonesian title before a name ("${source!.text.slice(backed.start, backed.end)}") into a possessive with "${particle}".`
        : `"${version.text.slice(start, end)}" looks like an Indonesian title before a name turned into a possessive with "${particle}".`,
    });
  }
}

export const title = defineRule({
  id: 'calque/title',
  meta: {
    category: 'calque.title',
    severity: 'major',
    description: 'An Indonesian title before a name ("PM Sudani") misread as a possessive ("Sudani\'s PM").',
    languages: ['en', 'fr', 'zh', 'ja'],
  },
  check({ version, source, report }) {
    if (version.base === 'en') checkEnglish(version, source, report);
    else if (version.base === 'fr') checkFrench(version, source, report);
    else if (version.base === 'zh' || version.base === 'ja') checkCjk(version.base, version, source, report);
  },
});
