/**
 * number/mismatch: a number the translation changed, most often by reading Indonesian
 * separators the English way ("2.500" → "2.5", "Rp1,5 triliun" → "IDR 15 trillion") or
 * a scale word one step off ("miliar" → "million").
 */
import { LANGUAGE_NAMES } from '../../prepare/language.js';
import type { Alignment } from '../../align/alignment.js';
import { sentencesRange } from '../../align/alignment.js';
import { TARGET_LANG_LIST } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import {
  formatAmount,
  formatNumeral,
  hasNumberExpression,
  documentMentions,
  significantDigits,
  type AmountStyle,
  type NumberMention,
} from '../../text/numbers.js';
import type { Range, Severity } from '../../types.js';
import { defineRule, type Finding } from '../rule.js';

/** Message templates, by what went wrong. */
const messages = {
  separator: (found: string, fix: string, source: string, how: string) =>
    `"${found}" should be "${fix}": the source has "${source}", ${how}.`,
  scale: (found: string, fix: string, source: string, id: string, target: string) =>
    `"${found}" should be "${fix}": the source has "${source}", and "${id}" is ${power(SCALE_OF[id.toLowerCase()] ?? 0)}, not "${target}".`,
  factor: (found: string, fix: string, source: string, times: string) =>
    `"${found}" should be "${fix}": the source has "${source}", ${times}.`,
  contradiction: (found: string, source: string) =>
    `"${found}" does not match the source, whose only number here is "${source}".`,
  missing: (source: string) => `The source has "${source}" here, but the translation of the sentence has no number.`,
  decimalComma: (found: string, digits: string, misread: string, fix: string) =>
    `"${found}" writes the decimal with a comma, Indonesian style: a reader takes "${digits}" for ${misread}; write "${fix}".`,
  dotGroups: (found: string, fix: string, lang: string) =>
    `"${found}" groups thousands with dots, Indonesian style; ${lang} groups them with commas: "${fix}".`,
  decimalPoint: (found: string, fix: string) => `"${found}" writes the decimal with a point; French writes a comma: "${fix}".`,
};

const SCALE_OF: Readonly<Record<string, number>> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12 };
const power = (f: number) => ({ 1e3: 'a thousand (10³)', 1e6: 'a million (10⁶)', 1e9: 'a billion (10⁹)', 1e12: 'a trillion (10¹²)' })[f] ?? `10^${Math.round(Math.log10(f))}`;
const TIMES: Readonly<Record<number, string>> = { 1: 'ten', 2: 'a hundred', 3: 'a thousand', 4: 'ten thousand', 6: 'a million', 8: 'a hundred million', 9: 'a billion', 12: 'a trillion' };

/** Languages that write a decimal point, where an Indonesian decimal comma is misread. */
const DECIMAL_POINT = new Set(['en', 'zh', 'ja', 'ar']);
/** Powers of ten that a confusion can produce: separators (10, 100, 1000), scale words one step off (10³, 10⁶). */
const FACTORS = new Set([1, 2, 3, 6]);
/** Chinese and Japanese count in 万 (10⁴) and 亿/億 (10⁸), so they slip by those too. */
const CJK_FACTORS = new Set([4, 8]);
/** Units of time: a duration is often rewritten without a number ("30 hari" → "a month"). */
const DURATIONS = new Set(['s', 'min', 'h', 'd', 'wk', 'mo', 'yr', 'decade', 'century']);
/** Bead confidence below which a sentence pair is not trusted for the weaker checks. */
const TRUSTED_BEAD = 0.6;

const isAmount = (m: NumberMention) => m.kind === 'number';
const isCount = (m: NumberMention) => m.kind === 'number' || m.kind === 'word' || m.kind === 'ordinal';

export const numberMismatch = defineRule({
  id: 'number/mismatch',
  meta: {
    category: 'number',
    severity: 'critical',
    description: 'A number the translation changed: separators misread ("2.500" → "2.5"), a scale word off by one step ("miliar" → "million"), or one written in Indonesian conventions.',
    languages: TARGET_LANG_LIST,
  },
  check({ version, source, alignment, report }) {
    const versionMentions = documentMentions(version);
    if (!source || !alignment) {
      for (const v of versionMentions) {
        const slip = isAmount(v) ? conventionSlip(v, version) : undefined;
        if (slip?.targetOnly) report({ ...slip.finding, severity: slip.targetOnly, confidence: slip.targetOnly === 'minor' ? 0.6 : 0.7 });
      }
      return;
    }
    new Comparison(version, source, alignment, versionMentions, report).run();
  },
});

/** One version compared with its source: near misses, contradictions, dropped numbers. */
class Comparison {
  private readonly sourceMentions: NumberMention[];
  private readonly flagged = new Set<NumberMention>();
  private readonly beadIndex: Map<object, number>;
  private readonly style: DocumentStyle;

  constructor(
    private readonly version: PreparedText,
    private readonly source: PreparedText,
    private readonly alignment: Alignment,
    private readonly versionMentions: NumberMention[],
    private readonly report: (f: Finding) => void,
  ) {
    this.sourceMentions = documentMentions(source);
    this.beadIndex = new Map(alignment.beads.map((b, k) => [b, k]));
    this.style = documentStyle(versionMentions, version.base);
  }

  run(): void {
    for (const sentence of this.version.sentences) this.checkSentence(sentence);
    for (const bead of this.alignment.beads) {
      if (bead.source[1] <= bead.source[0] || bead.version[1] <= bead.version[0] || bead.confidence < TRUSTED_BEAD) continue;
      const own = { source: this.alignment.sourceRange(bead)!, version: this.alignment.versionRange(bead)! };
      this.checkContradiction(bead.source[1] - bead.source[0], own.source, own.version);
      this.checkMissing(own.source, own.version);
    }
  }

  /** Each amount of a version sentence against the source around it. */
  private checkSentence(sentence: Range): void {
    const context = this.alignment.sourceRangeAt(sentence.start, 1);
    if (!context) return;
    const own = this.alignment.sourceRange(this.alignment.beadAtVersion(sentence.start)!);
    const around = within(this.sourceMentions, context);
    const versionAround = within(this.versionMentions, this.versionContext(sentence.start));
    for (const v of within(this.versionMentions, sentence).filter(isAmount)) {
      const match = around.find((s) => sameValue(v, s));
      if (match) {
        const slip = conventionSlip(v, this.version);
        if (slip && isCount(match)) this.flag(v, { ...slip.finding, source: { start: match.start, end: match.end }, severity: slip.withSource, confidence: 0.9 });
        continue;
      }
      const near = this.nearMiss(v, around, versionAround, own);
      if (near) {
        this.flag(v, { ...near, severity: 'critical' });
        continue;
      }
      const slip = conventionSlip(v, this.version);
      if (slip?.targetOnly) this.flag(v, { ...slip.finding, severity: slip.targetOnly, confidence: 0.6 });
    }
  }

  /** The version text of the bead holding `offset` and one bead either side. */
  private versionContext(offset: number): Range {
    const k = this.beadIndex.get(this.alignment.beadAtVersion(offset)!)!;
    const beads = this.alignment.beads;
    const from = beads[Math.max(0, k - 1)]!.version[0];
    const to = beads[Math.min(beads.length - 1, k + 1)]!.version[1];
    return sentencesRange(this.version.sentences, [from, to]) ?? { start: offset, end: offset };
  }

  /**
   * A source amount that the version's value is a power of ten away from (the same
   * significant digits): a misread separator or a scale word off by a step. The source
   * amount must be one the version renders nowhere nearby.
   */
  private nearMiss(v: NumberMention, around: NumberMention[], versionAround: NumberMention[], own: Range | undefined): Finding | undefined {
    const b = this.version.base;
    const inOwn = (s: NumberMention) => own !== undefined && s.start >= own.start && s.start < own.end;
    const candidates = around
      .filter((s) => isAmount(s) && !versionAround.some((u) => sameValue(u, s)) && compatibleUnits(v, s, false))
      .map((s) => ({ s, k: powerOfTen(v.value, s.value) }))
      .filter(({ s, k }) => {
        if (k === undefined || k === 0) return false;
        const allowed = FACTORS.has(Math.abs(k)) || ((b === 'zh' || b === 'ja') && CJK_FACTORS.has(Math.abs(k))) || (s.scale !== undefined && !v.scale && (k === -9 || k === -12));
        // "1" against "10" is too common to mean anything, unless written alike ("10 ton" → "100 tonnes").
        const sameUnit = v.unit !== undefined && s.unit !== undefined && v.unit.code === s.unit.code;
        const telling = significantDigits(v.value).length >= 2 || v.scale || s.scale || v.decimal || v.thousands || s.decimal || s.thousands || sameUnit;
        return allowed && telling;
      })
      .sort((x, y) => Number(inOwn(y.s)) - Number(inOwn(x.s)) || Math.abs(x.k!) - Math.abs(y.k!));
    const best = candidates[0];
    if (!best) return undefined;
    const { s, k } = best;
    const fix = this.correction(v, s);
    const found = this.version.text.slice(fix.start, fix.end);
    return {
      start: fix.start,
      end: fix.end,
      suggestions: [fix.text],
      source: { start: s.start, end: s.end },
      confidence: inOwn(s) ? 0.9 : 0.75,
      message: explain(v, s, k!, found, fix.text),
    };
  }

  /**
   * The corrected number for `v`, written as the version writes numbers: only the digits
   * when they are what is wrong ("2.5" → "2,500", "15" in "15 trillion" → "1.5"), the
   * digits and scale word when the scale is ("30 million" → "30 billion").
   */
  private correction(v: NumberMention, s: NumberMention): Range & { text: string } {
    const b = this.version.base;
    const cjk = b === 'zh' || b === 'ja';
    const style: AmountStyle = numeralStyle(v, this.style, b);
    const compound = v.numeral.value !== v.value && !v.scale;
    if (v.scale && !cjk) {
      const digits = s.value / v.scale.factor;
      if (digits >= 1 && digits < 1000 && Math.abs(digits * 100 - Math.round(digits * 100)) < 1e-6) {
        return { start: v.numeral.start, end: v.numeral.end, text: formatNumeral(digits, b, style) };
      }
      const minScale = Math.min(v.scale.factor, 1e6);
      return { start: v.numeral.start, end: v.scale.end, text: formatAmount(s.value, b, { ...style, scaleWords: true, minScale }) };
    }
    if (v.scale || compound) {
      return { start: v.numeral.start, end: v.scale?.end ?? v.numeral.end, text: formatAmount(s.value, b, { ...style, scaleWords: true }) };
    }
    const scaleWords = cjk ? this.style.cjkScales && s.value >= 1e4 : b === 'ar' && this.style.scaleWords ? s.value >= this.style.minScale : s.scale !== undefined && s.value >= 1e6;
    const minScale = b === 'ar' ? this.style.minScale : undefined;
    return { start: v.numeral.start, end: v.numeral.end, text: formatAmount(s.value, b, { ...style, scaleWords, ...(minScale ? { minScale } : {}) }) };
  }

  /**
   * The only number of a source sentence and the only number of its translation
   * disagree, and neither appears anywhere on the other side: "46" rendered "64".
   */
  private checkContradiction(sourceSentences: number, sourceRange: Range, versionRange: Range): void {
    if (sourceSentences !== 1) return;
    const sources = within(this.sourceMentions, sourceRange).filter(isCount);
    const versions = within(this.versionMentions, versionRange).filter(isCount);
    if (sources.length !== 1 || versions.length !== 1) return;
    const s = sources[0]!;
    const v = versions[0]!;
    if (!isAmount(s) || !isAmount(v) || this.flagged.has(v) || !compatibleUnits(v, s, true)) return;
    if (Math.abs(v.value - s.value) <= Math.max(v.precision, s.precision) / 2) return;
    if (this.sourceMentions.some((x) => sameValue(v, x)) || this.versionMentions.some((x) => sameValue(x, s))) return;
    const fix = this.correction(v, s);
    this.flag(v, {
      start: fix.start,
      end: fix.end,
      suggestions: [fix.text],
      source: { start: s.start, end: s.end },
      severity: 'major',
      confidence: 0.7,
      message: messages.contradiction(this.version.text.slice(fix.start, fix.end), s.raw),
    });
  }

  /**
   * A source sentence states an amount and its translation states no number at all (not
   * even "three", "half" or "a fifth"): the number was dropped. Small counts, amounts in
   * parentheses, durations ("30 hari" is "a month") and "100 persen" ("fully") are left
   * alone, and so is an amount the neighbouring sentences of the version state.
   */
  private checkMissing(sourceRange: Range, versionRange: Range): void {
    // A version that renders only a sliver of its source is one omission (content/omission), not a list of numbers.
    if (this.alignment.isTruncated) return;
    const dropped = within(this.sourceMentions, sourceRange).find(
      (s) =>
        isAmount(s) &&
        !s.parenthetical &&
        !(Number.isInteger(s.value) && s.value <= 12 && !s.unit && !s.scale) &&
        !(s.unit?.kind === 'percent' && s.value === 100) &&
        !(s.unit?.kind === 'measure' && DURATIONS.has(s.unit.code)),
    );
    if (!dropped) return;
    const text = this.version.text.slice(versionRange.start, versionRange.end);
    if (hasNumberExpression(text, this.version.base)) return;
    if (within(this.versionMentions, this.versionContext(versionRange.start)).some((u) => sameValue(u, dropped))) return;
    const lead = leadWords(this.version.text, versionRange, this.version.base);
    this.report({
      ...lead,
      suggestions: [],
      source: { start: dropped.start, end: dropped.end },
      severity: 'major',
      confidence: 0.55,
      message: messages.missing(dropped.raw),
    });
  }

  private flag(v: NumberMention, finding: Finding): void {
    this.flagged.add(v);
    this.report(finding);
  }
}

/** How the version writes numbers overall, for suggestions that look like its own. */
interface DocumentStyle {
  /** Thousands separator its native numerals use, if any. */
  thousands?: string;
  /** It writes 万/亿 (zh, ja). */
  cjkScales: boolean;
  /** It writes scale words after digits ("241 ألف", "2.5 million"), and the smallest it uses. */
  scaleWords: boolean;
  minScale: number;
}

function documentStyle(mentions: readonly NumberMention[], b: string): DocumentStyle {
  const amounts = mentions.filter(isAmount);
  const thousands = amounts.find((m) => m.convention === 'native' && m.thousands !== undefined)?.thousands;
  const scaled = amounts.filter((m) => m.scale);
  const style: DocumentStyle = {
    cjkScales: (b === 'zh' || b === 'ja') && amounts.some((m) => m.scale !== undefined || m.numeral.value !== m.value),
    scaleWords: scaled.length > 0,
    minScale: scaled.length > 0 ? Math.min(...scaled.map((m) => m.scale!.factor)) : 1e6,
  };
  if (thousands !== undefined) style.thousands = thousands;
  return style;
}

/** The separators a suggestion uses: the language's, or for zh, ja and ar, the version's own (none by default). */
function numeralStyle(v: NumberMention, doc: DocumentStyle, b: string): AmountStyle {
  const arabicDigits = /[\u0660-\u0669]/.test(v.numeral.raw);
  if (b === 'en' || b === 'fr') return {};
  if (arabicDigits) return { arabicDigits, thousands: doc.thousands === '\u066C' ? '\u066C' : '' };
  return { thousands: doc.thousands === ',' ? ',' : '' };
}

/**
 * A numeral written in the source's conventions where the target's differ. `withSource`
 * is its severity when the source confirms the value; `targetOnly` when there is no
 * source to confirm it, only for the unambiguous cases.
 */
function conventionSlip(v: NumberMention, doc: PreparedText): { finding: Omit<Finding, 'confidence'>; withSource: Severity; targetOnly?: Severity } | undefined {
  if (v.convention !== 'foreign') return undefined;
  const b = doc.base;
  const end = v.scale?.end ?? v.numeral.end;
  const found = doc.text.slice(v.start, end);
  const rewrite = (digits: string) => doc.text.slice(v.start, v.numeral.start) + digits + doc.text.slice(v.numeral.end, end);
  const digits = v.numeral.value;
  const arabicDigits = /[\u0660-\u0669]/.test(v.numeral.raw);
  if (DECIMAL_POINT.has(b) && v.decimal === ',') {
    const fix = rewrite(formatNumeral(digits, b, { arabicDigits, thousands: b === 'en' ? ',' : '' }));
    const misread = formatNumeral(Number(v.numeral.raw.replace(/\D/g, '')), 'en');
    const finding = { start: v.start, end, suggestions: [fix], message: messages.decimalComma(found, v.numeral.raw, misread, fix) };
    return { finding, withSource: 'critical', ...(b === 'en' && v.scale ? { targetOnly: 'major' as const } : {}) };
  }
  if (DECIMAL_POINT.has(b) && v.thousands === '.') {
    const fix = rewrite(formatNumeral(digits, b, { arabicDigits, thousands: ',' }));
    const dots = v.numeral.raw.split('.').length - 1;
    const finding = { start: v.start, end, suggestions: [fix], message: messages.dotGroups(found, fix, LANGUAGE_NAMES[b] ?? b) };
    return { finding, withSource: 'major', ...(b === 'en' && dots >= 2 ? { targetOnly: 'major' as const } : {}) };
  }
  if (b === 'fr' && v.decimal === '.') {
    const fix = rewrite(formatNumeral(digits, 'fr'));
    const finding = { start: v.start, end, suggestions: [fix], message: messages.decimalPoint(found, fix) };
    return { finding, withSource: 'minor', ...(v.scale ? { targetOnly: 'minor' as const } : {}) };
  }
  return undefined;
}

/** Why the version's number is the source's times 10^k, in words. */
function explain(v: NumberMention, s: NumberMention, k: number, found: string, fix: string): string {
  if (s.scale && v.scale && SCALE_OF[s.scale.word.toLowerCase()] !== undefined && s.numeral.value === v.numeral.value && s.scale.factor !== v.scale.factor) {
    return messages.scale(found, fix, s.raw, s.scale.word, v.scale.word);
  }
  const smaller = k < 0;
  const times = TIMES[Math.abs(k)] ?? `10^${Math.abs(k)}`;
  if (smaller && s.thousands === '.' && v.decimal !== undefined) {
    return messages.separator(found, fix, s.raw, `where "." separates thousands; read as a decimal point it makes the number ${times} times smaller`);
  }
  if (!smaller && s.decimal === ',') {
    return messages.separator(found, fix, s.raw, `where "," is the decimal mark; read as a thousands separator it makes the number ${times} times larger`);
  }
  return messages.factor(found, fix, s.raw, `${times} times ${smaller ? 'more' : 'less'}`);
}

/** k when a = b × 10^k exactly (the same significant digits), else undefined. */
function powerOfTen(a: number, b: number): number | undefined {
  if (a <= 0 || b <= 0) return undefined;
  const k = Math.round(Math.log10(a / b));
  return Math.abs(a - b * 10 ** k) <= 1e-9 * Math.max(a, b) ? k : undefined;
}

/**
 * Whether a version number says the source's: equal in any reading (a range end may
 * stand for its scaled value), or the source's rounded to the version's precision
 * ("2,48 juta" → "2.5 million", "34.700" → "about 35,000"; not "7.650" → "10,000").
 */
function sameValue(v: NumberMention, s: NumberMention): boolean {
  if (!Number.isFinite(v.value) || !Number.isFinite(s.value)) return false;
  for (const a of v.readings) for (const b of s.readings) if (Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))) return true;
  // Rounding: fewer significant digits, within half the version's last step and 5 %.
  const gap = Math.abs(v.value - s.value);
  return gap <= v.precision / 2 + 1e-9 * Math.abs(s.value) && gap <= 0.05 * Math.abs(s.value) && significantDigits(v.value).length < significantDigits(s.value).length;
}

/**
 * Units that cannot be one another's: a percentage and a count; two currencies (a
 * conversion); two measures ("1,5 km" and "1,500 m"). `strict`: a unit on one side only
 * also counts as different.
 */
function compatibleUnits(v: NumberMention, s: NumberMention, strict: boolean): boolean {
  if ((v.unit?.kind === 'percent') !== (s.unit?.kind === 'percent')) return false;
  if (v.unit && s.unit) return v.unit.kind === s.unit.kind && v.unit.code === s.unit.code;
  return !strict || (!v.unit && !s.unit);
}

/** Mentions that start inside a range. */
function within(mentions: readonly NumberMention[], r: Range): NumberMention[] {
  // Mentions are in text order: binary-search the first one at or after r.start, so a
  // long text with many sentences stays linear.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: NumberMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.start < r.end; k++) out.push(mentions[k]!);
  return out;
}

/** The first words of a range (the first characters in CJK): where a "missing number" issue points. */
function leadWords(text: string, r: Range, b: string): Range {
  const t = text.slice(r.start, r.end);
  if (b === 'zh' || b === 'ja') {
    const n = Math.min(t.length, 8);
    return { start: r.start, end: r.start + n };
  }
  const m = /^\S+(?:\s+\S+){0,3}/u.exec(t);
  const words = (m?.[0] ?? t).slice(0, 40).replace(/[\p{P}\s]+$/u, '');
  return { start: r.start, end: r.start + Math.max(1, words.length) };
}
