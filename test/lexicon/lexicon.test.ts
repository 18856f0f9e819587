import { describe, expect, it } from 'vitest';
import { literalRenderings, contractFrench } from '../../src/lexicon/epithet-renderings.js';
import { epithets } from '../../src/lexicon/epithets.js';
import { nicknameHeads } from '../../src/lexicon/heads.js';
import { isOrganisation, isPlace, placeSuffix } from '../../src/lexicon/place-index.js';
import { places } from '../../src/lexicon/places.js';
import { titles } from '../../src/lexicon/titles.js';
import { TARGET_LANG_LIST } from '../../src/lexicon/types.js';

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('epithet lexicon', () => {
  it('has no Indonesian form in two entries', () => {
    expect(duplicates(epithets.flatMap((e) => [...new Set(e.forms.map((f) => f.toLowerCase()))]))).toEqual([]);
  });
  it('names every referent in all five languages', () => {
    for (const e of epithets) for (const l of TARGET_LANG_LIST) expect(e.referent[l], `${e.forms[0]} ${l}`).toBeTruthy();
  });
  it('gives every entry something to catch in English', () => {
    for (const e of epithets) expect(literalRenderings(e, 'en').length, e.forms[0]).toBeGreaterThan(0);
  });
  it('never lists a rendering as both literal and idiomatic', () => {
    for (const e of epithets) {
      for (const l of TARGET_LANG_LIST) {
        const idiomatic = new Set((e.idiomatic?.[l] ?? []).map((s) => s.toLowerCase()));
        const both = (e.literal?.[l] ?? []).filter((r) => idiomatic.has(r.toLowerCase()));
        expect(both, `${e.forms[0]} ${l}`).toEqual([]);
      }
    }
  });
  it('expands glosses through the head templates', () => {
    const usa = epithets.find((e) => e.forms.includes('Negeri Paman Sam'))!;
    expect(literalRenderings(usa, 'en')).toEqual(expect.arrayContaining(["Uncle Sam's country", 'the Country of Uncle Sam', 'Uncle Sam Country']));
    expect(literalRenderings(usa, 'zh')).toContain('山姆大叔的国家');
    expect(contractFrench('le pays de le rideau de bambou')).toBe('le pays du rideau de bambou');
    expect(contractFrench('la ville de les fleurs')).toBe('la ville des fleurs');
    expect(nicknameHeads.every((h) => h.forms.length > 0 && Object.keys(h.templates).length === 5)).toBe(true);
  });
});

describe('title lexicon', () => {
  it('has at least 40 titles and no Indonesian form in two entries', () => {
    expect(titles.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(titles.flatMap((t) => [...new Set(t.forms.map((f) => f.toLowerCase()))]))).toEqual([]);
  });
  it('renders every title in English', () => {
    for (const t of titles) expect(t.renderings.en.length, t.forms[0]).toBeGreaterThan(0);
  });
});

describe('places and organisations', () => {
  it('knows countries, demonyms, provinces and cities in each script', () => {
    expect(places.length).toBeGreaterThan(500);
    for (const name of ['Iraq', 'Iraqi', 'the United States', 'West Java', 'Surabaya', 'Baghdad']) expect(isPlace('en', name), name).toBe(true);
    expect(isPlace('zh', '美国')).toBe(true);
    expect(isPlace('ja', 'イラク')).toBe(true);
    expect(isPlace('id', 'Jawa Barat')).toBe(true);
    for (const name of ['Sudani', 'Prabowo', 'Sri Mulyani']) expect(isPlace('en', name), name).toBe(false);
  });
  it('finds a place at the end of unspaced text', () => {
    expect(placeSuffix('zh', '据报道马来西亚')).toBe('马来西亚');
    expect(placeSuffix('ja', '昨日イラク')).toBe('イラク');
    expect(placeSuffix('zh', '斯里·穆利亚尼')).toBeUndefined();
  });
  it('knows organisations that own offices', () => {
    expect(isOrganisation('Golkar')).toBe(true);
    expect(isOrganisation('the Kremlin')).toBe(true);
    expect(isOrganisation('Sudani')).toBe(false);
  });
});
