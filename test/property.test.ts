/**
 * Property tests (fast-check): whatever Unicode a scraper hands over, check() does not
 * throw, every issue's offsets are inside the text and not inside a surrogate pair,
 * and fixing a fixed text changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { fix } from '../src/fix.js';
import { formatNumeral, numberMentions, parseNumber } from '../src/text/numbers.js';

/** Pieces that trouble segmenters and rules, mixed with arbitrary Unicode. */
const NASTY = [
  "Uncle Sam's country", "Sudani's PM", 'Negeri Paman Sam', 'PM Sudani', '(7/5)', 'Selasa (7/5)', '14.30 WIB', 'Rp1,5 triliun', '2.500',
  'tidak', 'WNI', 'Pulau Banyak', 'many islands', 'for days for days', '<!-- calque-ignore -->',
  '\u0000', '\ud800', '\udc00', '😀', '👩‍👩‍👧', 'e\u0301', '\u202e', '\u2067', '\u200f', '\ufeff', '\r\n', '\n\n', '\r',
  '。', '！', '؟', '،', '...', '…', 'U.S.', 'Mr.', '"', '“', '«', '的总理', 'の首相', 'رئيس الوزراء', '٢٬٥٠٠', '\t', '  ',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' ')).filter((t) => t.trim().length > 0);
const lang = fc.constantFrom('en', 'fr', 'zh', 'ja', 'ar', 'es', 'zh-Hant');

function offsetsSound(t: string, start: number, end: number): boolean {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= t.length)) return false;
  for (const at of [start, end]) {
    const low = t.charCodeAt(at);
    const high = t.charCodeAt(at - 1);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return false;
  }
  return true;
}

describe('properties', () => {
  it('check() never throws, and every offset is inside the text and outside surrogate pairs', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), lang, (version, source, l) => {
        const report = check({ ...(source ? { source: { lang: 'id', text: source } } : {}), versions: [{ lang: l, text: version }] });
        for (const i of report.versions[0]!.issues) {
          expect(offsetsSound(version, i.start, i.end), `${i.ruleId} ${i.start}-${i.end}`).toBe(true);
          if (i.source && source) expect(offsetsSound(source, i.source.start, i.source.end), `${i.ruleId} source`).toBe(true);
        }
        for (const b of report.versions[0]!.alignment) {
          expect(b.source[0] <= b.source[1] && b.version[0] <= b.version[1]).toBe(true);
          expect(b.confidence >= 0 && b.confidence <= 1).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('fix is idempotent: fixing a fixed text changes nothing', () => {
    // Text made of the pieces rules act on (arbitrary noise only makes fixes rarer).
    const newsText = fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 25 }).map((p) => p.join(' ')).filter((t) => t.trim().length > 0);
    fc.assert(
      fc.property(newsText, fc.constantFrom('en', 'fr', 'zh', 'ja', 'ar'), (version, l) => {
        // Without a source: with one, a fix can change which source occurrence a later
        // occurrence pairs with, and real articles cover that case (test/fix.test.ts).
        const article = (t: string) => ({ versions: [{ lang: l, text: t }] });
        const once = fix(version, check(article(version)).versions[0]!.issues).text;
        const twice = fix(once, check(article(once)).versions[0]!.issues).text;
        expect(twice).toBe(once);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('fix never applies two overlapping edits and never touches text outside its edits', () => {
    const issue = (len: number) =>
      fc.record({ start: fc.nat(len), span: fc.nat(12), suggestion: fc.string({ maxLength: 8 }), severity: fc.constantFrom<'minor' | 'major' | 'critical'>('minor', 'major', 'critical') });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).chain((t) => fc.tuple(fc.constant(t), fc.array(issue(t.length), { maxLength: 8 }))), ([t, raw]) => {
        const issues = raw.map((r, k) => ({
          ruleId: 'test/p', category: 'fluency' as const, severity: r.severity, start: r.start, end: Math.min(t.length, r.start + r.span),
          message: 'm', suggestions: [r.suggestion], confidence: 1 - k / 100,
        }));
        const result = fix(t, issues);
        const edits = [...result.edits].sort((a, b) => a.start - b.start);
        for (let k = 1; k < edits.length; k++) expect(edits[k]!.start).toBeGreaterThanOrEqual(edits[k - 1]!.end);
        // The untouched stretches of the text, with each edit's new words between them, are the result.
        let rebuilt = '';
        let at = 0;
        for (const e of edits) {
          expect(t.slice(e.start, e.end)).toBe(e.before);
          rebuilt += t.slice(at, e.start) + e.after;
          at = e.end;
        }
        expect(rebuilt + t.slice(at)).toBe(result.text);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it("handles the sizes a scraper produces: a 1 MB line, 10,000 one-word sentences, CRLF, NUL", { timeout: 60_000 }, () => {
    const line = 'Rp1,5 triliun '.repeat(75_000);
    expect(() => check({ versions: [{ lang: 'en', text: line }] })).not.toThrow();
    const sentences = Array.from({ length: 10_000 }, (_, k) => `Word${k}.`).join(' ');
    const r = check({ source: { lang: 'id', text: sentences }, versions: [{ lang: 'en', text: sentences }] });
    expect(r.versions[0]!.alignment.length).toBeGreaterThan(0);
    expect(() => check({ versions: [{ lang: 'fr', text: 'a\u0000b\r\nc\r\n\r\nd' }] })).not.toThrow();
  });
});

describe('number parsing properties', () => {
  const langs = ['id', 'en', 'fr', 'zh', 'ja', 'ar'] as const;
  // Values as news writes them: whole numbers and decimals with up to two places.
  const value = fc.oneof(
    fc.integer({ min: 0, max: 999_999_999 }),
    fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 })).map(([w, f]) => Number(`${w}.${f}`)),
  );

  it('numberMentions and parseNumber never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...langs), (s, lang) => {
        numberMentions(s, lang);
        parseNumber(s, lang);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('a value formatted in each locale\'s style parses back to the value', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...langs), fc.boolean(), (v, lang, arabicDigits) => {
        const written = formatNumeral(v, lang, lang === 'ar' ? { arabicDigits } : {});
        const mentions = numberMentions(`sekitar ${written} orang`, lang);
        expect(mentions.map((m) => m.value), `${lang}: ${written}`).toContain(v);
      }),
      { numRuns: 1500, seed: 12 },
    );
  });
});
