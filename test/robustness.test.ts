import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';

/** Seeded pseudo-random inputs built from the pieces that trouble segmenters and rules. */
const PIECES = ["Uncle Sam's country", "Sudani's PM", '\u0000', '\ud800', '\udc00', '😀', 'e\u0301', '\u202e', '\r\n', '\n\n', '。', '؟', '...', 'U.S.', ' ', 'PM', 'Negeri Paman Sam', '的总理', 'の首相', "'s ", 'Mr.', '"', '(12/1)', 'a', 'Kota Kembang', 'Menkeu '];

function* inputs(seed: number, count: number): Generator<string> {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let k = 0; k < count; k++) {
    let s = '';
    const len = 1 + Math.floor(next() * 30);
    for (let i = 0; i < len; i++) s += PIECES[Math.floor(next() * PIECES.length)];
    if (s.trim()) yield s;
  }
}

describe('robustness', () => {
  it('never throws on odd text, and every offset is inside the text and not inside a surrogate pair', () => {
    let checked = 0;
    for (const text of inputs(42, 400)) {
      for (const lang of ['en', 'fr', 'zh', 'ja', 'ar']) {
        const report = check({ source: { lang: 'id', text }, versions: [{ lang, text }] });
        for (const i of report.versions[0]!.issues) {
          expect(0 <= i.start && i.start <= i.end && i.end <= text.length).toBe(true);
          for (const at of [i.start, i.end]) {
            const low = text.charCodeAt(at);
            const high = text.charCodeAt(at - 1);
            expect(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff).toBe(false);
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('checks one very long paragraph and a 1 MB word', () => {
    const long = "Sudani's PM said so. ".repeat(5000);
    expect(check({ versions: [{ lang: 'en', text: long }] }).versions[0]!.issues).toHaveLength(5000);
    expect(check({ versions: [{ lang: 'en', text: 'a'.repeat(1_000_000) }] }).versions[0]!.issues).toEqual([]);
  });
});
