import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../src/rules/number/mismatch.js';
import { ruleTester, runIssues } from '../../helpers/rule-tester.js';

const NNBSP = '\u202F';

ruleTester(numberMismatch, {
  valid: [
    // Scale words rewritten, value kept.
    { name: 'en: "2,5 juta" = "2.5 million"', lang: 'en', text: 'About 2.5 million residents lost power.', source: 'Sekitar 2,5 juta warga mengalami pemadaman listrik.' },
    { name: 'zh: "2,5 juta" = "250万"', lang: 'zh', text: '约250万居民遭遇停电。', source: 'Sekitar 2,5 juta warga mengalami pemadaman listrik.' },
    { name: 'fr: "2,5 juta" = "2,5 millions"', lang: 'fr', text: 'Environ 2,5 millions d\'habitants ont été privés d\'électricité.', source: 'Sekitar 2,5 juta warga mengalami pemadaman listrik.' },
    { name: 'ar: "2,5 juta" = "2.5 مليون"', lang: 'ar', text: 'انقطعت الكهرباء عن نحو 2.5 مليون من السكان.', source: 'Sekitar 2,5 juta warga mengalami pemadaman listrik.' },
    { name: 'ja: "2,5 juta" = "250万人"', lang: 'ja', text: '約250万人の住民が停電に見舞われた。', source: 'Sekitar 2,5 juta warga mengalami pemadaman listrik.' },
    // Currencies.
    { name: 'en: "Rp1,5 triliun" = "IDR 1.5 trillion"', lang: 'en', text: 'The ministry set aside IDR 1.5 trillion for the programme.', source: 'Kementerian menyisihkan Rp1,5 triliun untuk program tersebut.' },
    { name: 'en: "Rp1,5 triliun" = "Rp1.5 trillion"', lang: 'en', text: 'The ministry set aside Rp1.5 trillion for the programme.', source: 'Kementerian menyisihkan Rp1,5 triliun untuk program tersebut.' },
    {
      name: 'en: a conversion added in parentheses',
      lang: 'en',
      text: 'The ministry set aside 1.5 trillion rupiah (about US$96 million) for the programme.',
      source: 'Kementerian menyisihkan Rp1,5 triliun untuk program tersebut.',
    },
    { name: 'en: "Rp15.875" = "Rp15,875"', lang: 'en', text: 'The rupiah closed at Rp15,875 per US dollar on Friday.', source: 'Rupiah ditutup di level Rp15.875 per dolar AS pada Jumat.' },
    { name: 'zh: rupiah in 印尼盾 with 万', lang: 'zh', text: '经济舱票价仍为15万印尼盾。', source: 'Harga tiket kelas ekonomi tetap Rp150.000.' },
    { name: 'ja: compound 兆 and 億', lang: 'ja', text: '政府は1兆5000億ルピアを計上した。', source: 'Pemerintah menganggarkan Rp1,5 triliun.' },
    // Counts and words.
    { name: 'en: "tiga orang" = "three people"', lang: 'en', text: 'Three people were killed in the landslide.', source: 'Tiga orang tewas dalam tanah longsor itu.' },
    { name: 'en: a digit for a word', lang: 'en', text: 'The bus carried 3 passengers.', source: 'Bus itu membawa tiga penumpang.' },
    // Percentages.
    { name: 'en: "20 persen" = "20%"', lang: 'en', text: 'Prices rose 20% last year.', source: 'Harga naik 20 persen tahun lalu.' },
    { name: 'fr: "20 persen" = "20 %"', lang: 'fr', text: 'Les prix ont augmenté de 20\u00A0% l\'an dernier.', source: 'Harga naik 20 persen tahun lalu.' },
    { name: 'en: "20 persen" as "one fifth"', lang: 'en', text: 'Prices rose by one fifth last year.', source: 'Harga naik 20 persen tahun lalu.' },
    { name: 'ar: "60 persen" = "٦٠ في المائة"', lang: 'ar', text: 'ويغطي الصندوق نحو ٦٠ في المائة من التكلفة.', source: 'Dana itu menanggung sekitar 60 persen biaya.' },
    // French and Arabic thousands.
    { name: 'fr: "34.700" = "34 700"', lang: 'fr', text: 'Le séisme a touché 34 700 habitants.', source: 'Gempa itu berdampak pada 34.700 jiwa.' },
    { name: 'ar: "241.000" = "241 ألف"', lang: 'ar', text: 'نزح 241 ألف شخص بسبب الفيضانات.', source: 'Sebanyak 241.000 orang mengungsi akibat banjir.' },
    { name: 'ar: Arabic-Indic digits', lang: 'ar', text: 'وضم الفوج ٣٩٣ حاجاً، وتبلغ الحصة ٢٢١٬٠٠٠ حاج.', source: 'Kloter itu berisi 393 jemaah, dan kuotanya 221.000 jemaah.' },
    // Dates, times, years.
    { name: 'en: a time with a colon, a day in parentheses dropped', lang: 'en', text: 'The meeting started at 14:30 on Tuesday, May 7, 2024.', source: 'Rapat dimulai pukul 14.30 WIB pada Selasa (7/5/2024).' },
    { name: 'en: a year kept, a count rewritten', lang: 'en', text: 'In 2024, twelve districts were flooded.', source: 'Pada 2024, 12 kecamatan terendam banjir.' },
    { name: 'zh: dates are not amounts', lang: 'zh', text: '会议于2024年5月7日举行，50人出席。', source: 'Rapat digelar pada 7 Mei 2024 dan dihadiri 50 orang.' },
    // Rounding and ranges.
    { name: 'en: rounded', lang: 'en', text: 'Nearly 2.5 million people voted.', source: 'Hampir 2,48 juta orang memberikan suara.' },
    { name: 'en: a range', lang: 'en', text: 'Between 2 and 3 million tonnes are exported.', source: 'Sekitar 2-3 juta ton diekspor.' },
    // Alignment: one source sentence split in two.
    {
      name: 'en: numbers split across a 1-2 alignment',
      lang: 'en',
      text: 'The flood submerged 2,500 homes. It also forced 4,312 residents into 17 shelters.',
      source: 'Banjir merendam 2.500 rumah dan memaksa 4.312 warga mengungsi ke 17 posko.',
    },
    // No source: only unambiguous convention errors.
    { name: 'en, no source: a correct decimal', lang: 'en', text: 'The firm spent Rp4.75 billion on the event.' },
    { name: 'en, no source: "2.500" alone is ambiguous', lang: 'en', text: 'Only 2.500 was left in the account.' },
    { name: 'fr, no source: a correct decimal comma', lang: 'fr', text: 'Les exportations ont atteint 2,5 milliards de dollars.' },
    { name: 'en, no source: codes and versions', lang: 'en', text: 'COVID-19 cases fell as G20 ministers met; 5G rollout reached version 2.1.3.' },
  ],
  invalid: [
    {
      name: 'en: "2.500" rendered "2.5"',
      lang: 'en',
      text: 'About 2.5 people were evacuated after the flood.',
      source: 'Sekitar 2.500 orang dievakuasi setelah banjir.',
      errors: [{ span: '2.5', suggestion: '2,500', sourceSpan: '2.500', severity: 'critical', message: 'thousand times smaller' }],
    },
    {
      name: 'en: "Rp1,5 triliun" rendered "IDR 15 trillion"',
      lang: 'en',
      text: 'The government allocated IDR 15 trillion for the programme.',
      source: 'Pemerintah mengalokasikan Rp1,5 triliun untuk program itu.',
      errors: [{ span: '15', suggestion: '1.5', sourceSpan: 'Rp1,5 triliun', severity: 'critical', minConfidence: 0.85 }],
    },
    {
      name: 'en: "Rp4,75 miliar" rendered "Rp4,75 billion"',
      lang: 'en',
      text: 'The ministry spent Rp4,75 billion on the event.',
      source: 'Kementerian menghabiskan Rp4,75 miliar untuk acara itu.',
      errors: [{ span: 'Rp4,75 billion', suggestion: 'Rp4.75 billion', sourceSpan: 'Rp4,75 miliar', severity: 'critical', message: '475' }],
    },
    {
      name: 'en: "miliar" rendered "million"',
      lang: 'en',
      text: 'The project is worth Rp30 million, the minister said.',
      source: 'Proyek itu bernilai Rp30 miliar, kata menteri.',
      errors: [{ span: '30 million', suggestion: '30 billion', sourceSpan: 'Rp30 miliar', severity: 'critical', message: 'a billion' }],
    },
    {
      name: 'en: "triliun" rendered "billion"',
      lang: 'en',
      text: 'The energy subsidy swelled to Rp502.4 billion.',
      source: 'Subsidi energi membengkak menjadi Rp502,4 triliun.',
      errors: [{ span: '502.4 billion', suggestion: '502.4 trillion', severity: 'critical' }],
    },
    {
      name: 'fr: "34.700" read as a French decimal',
      lang: 'fr',
      text: 'Le séisme a touché 34,7 habitants de la région.',
      source: 'Gempa itu berdampak pada 34.700 jiwa di wilayah tersebut.',
      errors: [{ span: '34,7', suggestion: `34${NNBSP}700`, sourceSpan: '34.700', severity: 'critical' }],
    },
    {
      name: 'zh: 万 where the source has juta',
      lang: 'zh',
      text: '该地区有3万人受灾。',
      source: 'Sebanyak 3 juta warga di wilayah itu terdampak.',
      errors: [{ span: '3万', suggestion: '300万', sourceSpan: '3 juta', severity: 'critical' }],
    },
    {
      name: 'zh: plain digits, a misread thousands dot',
      lang: 'zh',
      text: '约有2.5名居民被疏散。',
      source: 'Sekitar 2.500 warga dievakuasi.',
      errors: [{ span: '2.5', suggestion: '2500', severity: 'critical' }],
    },
    {
      name: 'ja: 億 off by a step',
      lang: 'ja',
      text: '調達費用は2100万ルピアだった。',
      source: 'Pengadaan itu menelan biaya Rp210 miliar.',
      errors: [{ span: '2100万', suggestion: '2100億', severity: 'critical' }],
    },
    {
      name: 'ar: a thousands dot misread, the version writes ألف',
      lang: 'ar',
      text: 'نزح 241 شخصاً، وأصيب 12 ألف آخرون.',
      source: 'Sebanyak 241.000 orang mengungsi, dan 12 ribu lainnya terluka.',
      errors: [{ span: '241', suggestion: '241 ألف', sourceSpan: '241.000', severity: 'critical' }],
    },
    {
      name: 'ar: Arabic-Indic digits in the suggestion',
      lang: 'ar',
      text: 'وبلغت التكلفة ٩٣٫٤ ألف روبية للشخص.',
      source: 'Biayanya Rp93,4 juta per orang.',
      errors: [{ span: '٩٣٫٤ ألف', suggestion: '٩٣٫٤ مليون', severity: 'critical' }],
    },
    {
      name: 'en: the only number contradicts the source',
      lang: 'en',
      text: 'The police arrested 64 suspects in the raid.',
      source: 'Polisi menangkap 46 tersangka dalam penggerebekan itu.',
      errors: [{ span: '64', suggestion: '46', sourceSpan: '46', severity: 'major' }],
    },
    {
      name: 'en: the number dropped',
      lang: 'en',
      text: 'The police arrested several suspects in the raid.',
      source: 'Polisi menangkap 46 tersangka dalam penggerebekan itu.',
      errors: [{ span: 'The police arrested several', sourceSpan: '46', severity: 'major', suggestions: [], maxConfidence: 0.7 }],
    },
    {
      name: 'en, no source: an Indonesian decimal comma before a scale word',
      lang: 'en',
      text: 'The ministry spent Rp4,75 billion on the event.',
      errors: [{ span: 'Rp4,75 billion', suggestion: 'Rp4.75 billion', severity: 'major', maxConfidence: 0.9 }],
    },
    {
      name: 'en, no source: without a currency',
      lang: 'en',
      text: 'Exports reached 4,75 million tonnes.',
      errors: [{ span: '4,75 million', suggestion: '4.75 million', severity: 'major' }],
    },
    {
      name: 'en, no source: dots grouping thousands',
      lang: 'en',
      text: 'The fund reached 2.500.000 members.',
      errors: [{ span: '2.500.000', suggestion: '2,500,000', severity: 'major' }],
    },
    {
      name: 'fr, no source: a decimal point',
      lang: 'fr',
      text: 'Les exportations ont atteint 2.5 milliards de dollars.',
      errors: [{ span: '2.5 milliards', suggestion: '2,5 milliards', severity: 'minor' }],
    },
  ],
});

describe('number/mismatch', () => {
  it('flags nothing in a correct translation full of numbers', () => {
    const source = [
      'Pemerintah menaikkan harga Pertalite dari Rp7.650 menjadi Rp10.000 per liter mulai Sabtu (3/9) pukul 14.30 WIB.',
      'Anggaran subsidi energi membengkak menjadi Rp502,4 triliun, naik 20 persen dari 2021.',
      'Bantuan tunai disalurkan kepada 20,6 juta keluarga, masing-masing Rp600.000 selama empat bulan.',
    ].join(' ');
    const text = [
      'The government raised the price of Pertalite from Rp7,650 to Rp10,000 per litre from 14:30 on Saturday.',
      'The energy subsidy budget swelled to Rp502.4 trillion (about US$33.8 billion), up by a fifth from 2021.',
      'Cash aid goes to 20.6 million families, each receiving Rp600,000 over four months.',
    ].join(' ');
    expect(runIssues(numberMismatch, { lang: 'en', text, source })).toEqual([]);
  });

  it('reports the rule\'s documentation page', () => {
    const [issue] = runIssues(numberMismatch, { lang: 'en', text: 'It had 2.5 members.', source: 'Ada 2.500 anggota.' });
    expect(issue!.url).toBe('docs/rules/number-mismatch.md');
    expect(issue!.category).toBe('number');
  });
});
