import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check.js';
import { omission } from '../../../src/rules/content/omission.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { AR, compose, EN, FR, JA, SOURCE, ZH } from './fixtures.js';

ruleTester(omission, {
  valid: [
    { name: 'en: a faithful translation', lang: 'en', source: SOURCE, text: compose(EN) },
    { name: 'fr: a faithful translation', lang: 'fr', source: SOURCE, text: compose(FR) },
    { name: 'zh: a faithful translation', lang: 'zh', source: SOURCE, text: compose(ZH) },
    { name: 'ja: a faithful translation', lang: 'ja', source: SOURCE, text: compose(JA) },
    { name: 'ar: a faithful translation', lang: 'ar', source: SOURCE, text: compose(AR) },
    { name: 'en: no source, nothing to compare', lang: 'en', text: compose(EN, { drop: [2] }) },
    {
      name: 'en: a "Baca juga" link left out is not an omission',
      lang: 'en',
      source: `${SOURCE} Baca juga: Banjir Rob Rendam Pesisir Utara Jakarta.`,
      text: compose(EN),
    },
    {
      name: 'en: a free rewrite (merged, reordered) is not judged sentence by sentence',
      lang: 'en',
      source: SOURCE,
      text:
        'Six hours of relentless rain left 1,200 homes under as much as 80 cm of water across three Surabaya districts on Tuesday, and 450 people were moved to mosques and schools. ' +
        'Officials set up a soup kitchen and boats, disaster chief Rudi Hartono said, while the mayor warned the downpour could last until Thursday.',
    },
  ],
  invalid: [
    {
      name: 'en: a dropped sentence is shown on the words before the gap',
      lang: 'en',
      source: SOURCE,
      text: compose(EN, { drop: [2] }),
      errors: [{
        span: 'six hours without a break',
        sourceSpan: 'Badan Penanggulangan Bencana Daerah (BPBD) mengevakuasi 450 warga ke masjid dan sekolah terdekat.',
        severity: 'critical',
        message: 'leaves out a source sentence here: "Badan Penanggulangan Bencana Daerah (BPBD) mengevakuasi 450…"',
      }],
    },
    {
      name: 'en: a dropped first sentence is shown on the words after the gap',
      lang: 'en',
      source: SOURCE,
      text: compose(EN, { drop: [0] }),
      errors: [{ span: 'Heavy rain pounded the city', sourceSpan: SOURCE.slice(0, SOURCE.indexOf(' Hujan')) }],
    },
    {
      name: 'en: two dropped sentences in a row are one omission',
      lang: 'en',
      source: SOURCE,
      text: compose(EN, { drop: [3, 4] }),
      errors: [{ span: 'to nearby mosques and schools', message: '2 source sentences' }],
    },
    {
      name: 'fr: a dropped last sentence',
      lang: 'fr',
      source: SOURCE,
      text: compose(FR, { drop: [5] }),
      errors: [{ span: '80 centimètres à certains endroits', sourceSpan: 'Wali kota meminta warga tetap waspada karena hujan diperkirakan berlanjut hingga Kamis.' }],
    },
    {
      name: 'zh: a dropped quote',
      lang: 'zh',
      source: SOURCE,
      text: compose(ZH, { drop: [3] }),
      errors: [{ span: '疏散到附近的清真寺和学校', severity: 'critical' }],
    },
    {
      name: 'ja: a dropped sentence',
      lang: 'ja',
      source: SOURCE,
      text: compose(JA, { drop: [4] }),
      errors: [{ span: 'ートを用意した」と述べた' }],
    },
    {
      name: 'ar: a dropped sentence',
      lang: 'ar',
      source: SOURCE,
      text: compose(AR, { drop: [1] }),
      errors: [{ span: 'سورابايا في جاوة الشرقية صباح الثلاثاء'.split(' ').slice(-5).join(' '), sourceSpan: 'Hujan deras mengguyur kota itu selama enam jam tanpa henti.' }],
    },
  ],
});

describe('content/omission in the report', () => {
  it('says so in the notes when a free translation is not judged', () => {
    const free = 'Floods hit Surabaya. Hundreds fled. The mayor urged calm and the rain went on, officials said on Tuesday after a long night.';
    const report = check({ source: { lang: 'id', text: SOURCE }, versions: [{ lang: 'en', text: free }] });
    expect(report.versions[0]!.issues.filter((i) => i.category === 'omission')).toEqual([]);
    expect(report.versions[0]!.notes.join(' ')).toMatch(/free translation/);
  });
});

ruleTester(omission, {
  valid: [
    {
      name: 'en: a sentence rendered shorter but whole is not an omission',
      lang: 'en',
      source: 'Produksi padi di kabupaten itu turun hampir separuh dibandingkan musim tanam sebelumnya. Dinas pertanian membagikan benih unggul kepada kelompok tani.',
      text: 'Rice output in the regency nearly halved from the previous season. The farm office handed out improved seed to farmer groups.',
    },
  ],
  invalid: [
    {
      name: 'en: a clause with a figure left out of a sentence',
      lang: 'en',
      source: 'Dinas pertanian mencatat 640 hektare sawah terendam sejak awal bulan. Produksi padi di kabupaten itu turun hampir separuh dibandingkan musim tanam sebelumnya, sementara sebelas desa di wilayah selatan dilaporkan gagal panen total. Dinas pertanian membagikan benih unggul kepada kelompok tani.',
      text: 'The farm office recorded 640 hectares of flooded rice fields since the start of the month. Rice output in the regency nearly halved compared with the previous planting season. The farm office handed out improved seed to farmer groups.',
      errors: [{ span: 'with the previous planting season', sourceSpan: 'sementara sebelas desa di wilayah selatan dilaporkan gagal panen total', severity: 'critical', message: 'leaves out part of its source' }],
    },
  ],
});

describe('content/omission on bad input', () => {
  const article = (text: string, source = SOURCE) => check({ source: { lang: 'id', text: source }, versions: [{ lang: 'en', text }] }).versions[0]!;

  it('a version with no words is one critical omission over the whole source', () => {
    const v = article('— … !!!');
    expect(v.issues.map((i) => [i.ruleId, i.severity, i.source])).toEqual([['content/omission', 'critical', { start: 0, end: SOURCE.length }]]);
    expect(v.issues[0]!.message).toMatch(/no words/);
  });

  it('a version that renders a sliver of a long source is one omission, not hundreds', () => {
    const v = article('Floods submerged houses in Surabaya.', SOURCE.repeat(100));
    expect(v.issues.filter((i) => i.category === 'omission')).toHaveLength(1);
    expect(v.issues[0]!.message).toMatch(/most of the article is missing/);
    expect(v.notes.join(' ')).not.toMatch(/free translation/);
  });
});
