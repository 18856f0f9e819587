import { describe, expect, it } from 'vitest';
import { PhraseMatcher, phraseKey } from '../../src/text/phrases.js';
import { nameKey, sameNameToken } from '../../src/text/names.js';
import { capitalizeLike, isSentenceInitial } from '../../src/text/case.js';

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher([["Uncle Sam's country", 'us'], ['Flower City', 'bandung'], ['City', 'city']]);
  const hits = (text: string) => [...m.matchAll(text)].map((h) => [h.text, h.values]);

  it('matches the longest phrase, across apostrophe, case and white-space variants', () => {
    expect(hits('Uncle Sam’s  Country and flower city')).toEqual([['Uncle Sam’s  Country', ['us']], ['flower city', ['bandung']]]);
  });
  it('respects word boundaries in Latin scripts', () => {
    expect(hits('Cityscape and Velocity')).toEqual([]);
  });
  it('matches inside CJK text without boundaries', () => {
    const zh = new PhraseMatcher([['竹幕之国', 'cn']], 'none');
    expect([...zh.matchAll('他说竹幕之国的经济')].map((h) => h.start)).toEqual([2]);
  });
  it('keys phrases by case, apostrophes and spaces', () => {
    expect(phraseKey(' Uncle  Sam’s Country ')).toBe("uncle sam's country");
  });
  it('collects several values for one phrase', () => {
    const two = new PhraseMatcher([['Kota Wali', 'a'], ['kota wali', 'b']]);
    expect([...two.matchAll('Kota Wali')][0]!.values).toEqual(['a', 'b']);
  });
});

describe('names', () => {
  it('keys names without diacritics, articles and apostrophes', () => {
    expect(nameKey('al-Sudani')).toBe('sudani');
    expect(nameKey("Ma'ruf")).toBe('maruf');
    expect(nameKey('Müller')).toBe('muller');
  });
  it('allows transliteration variants but not different names', () => {
    expect(sameNameToken('Mohammed', 'Muhammad')).toBe(true);
    expect(sameNameToken('Sudani', 'al-Sudani')).toBe(true);
    expect(sameNameToken('Biden', 'Widodo')).toBe(false);
    expect(sameNameToken('Lai', 'Li')).toBe(false);
    expect(sameNameToken('Anwar', 'Anwari')).toBe(true);
  });
});

describe('case', () => {
  it('knows a sentence start', () => {
    expect(isSentenceInitial('Hello. "The', 8)).toBe(true);
    expect(isSentenceInitial('led by Uncle', 7)).toBe(false);
    expect(isSentenceInitial('Uncle', 0)).toBe(true);
  });
  it('capitalises articles for a sentence start and lowers them inside', () => {
    expect(capitalizeLike('the United States', 'upper')).toBe('The United States');
    expect(capitalizeLike('the United States', 'lower')).toBe('the United States');
    expect(capitalizeLike('China', 'lower')).toBe('China');
  });
});
