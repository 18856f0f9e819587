import { describe, expect, it } from 'vitest';
import {
  extractNumbers,
  formatAmount,
  formatNumeral,
  hasNumberExpression,
  numberMentions,
  parseNumber,
  readNumeral,
  significantDigits,
  type MentionKind,
} from '../../src/text/numbers.js';

/** One expected mention: its raw text, kind, value, and what else the case cares about. */
interface Expected {
  raw: string;
  kind?: MentionKind;
  value?: number;
  scale?: string;
  unit?: string;
  decimal?: string;
  thousands?: string;
  convention?: 'native' | 'foreign';
}

/** Mentions as data: the text, and the mentions it must give, in order. */
const cases: { name: string; lang: string; text: string; mentions: Expected[] }[] = [
  // Indonesian
  { name: 'id: currency and scale word', lang: 'id', text: 'Proyek senilai Rp30 miliar itu molor.', mentions: [{ raw: 'Rp30 miliar', value: 30e9, scale: 'miliar', unit: 'IDR' }] },
  { name: 'id: dot groups thousands', lang: 'id', text: 'Kurs ditutup di Rp16.250 per dolar AS.', mentions: [{ raw: 'Rp16.250', value: 16250, thousands: '.', unit: 'IDR' }] },
  { name: 'id: decimal comma, scale and currency after', lang: 'id', text: 'Ekspor mencapai 140,4 miliar dolar AS.', mentions: [{ raw: '140,4 miliar dolar AS', value: 140.4e9, decimal: ',', unit: 'USD' }] },
  { name: 'id: a magnitude', lang: 'id', text: 'Gempa bermagnitudo 5,3 terasa di Sukabumi.', mentions: [{ raw: '5,3', value: 5.3, decimal: ',' }] },
  { name: 'id: a count', lang: 'id', text: 'Banjir berdampak pada 34.700 jiwa.', mentions: [{ raw: '34.700', value: 34700, kind: 'number' }] },
  { name: 'id: percent', lang: 'id', text: 'Kenaikan 100 persen dinilai wajar.', mentions: [{ raw: '100 persen', value: 100, unit: '%' }] },
  { name: 'id: "2.500" is 2500, "2,5" is 2.5', lang: 'id', text: 'Sebanyak 2.500 warga, naik 2,5 kali.', mentions: [{ raw: '2.500', value: 2500 }, { raw: '2,5', value: 2.5 }] },
  { name: 'id: millions grouped', lang: 'id', text: 'Penduduknya 1.234.567 orang.', mentions: [{ raw: '1.234.567', value: 1234567 }] },
  { name: 'id: "14.30" is a time, not 14.3', lang: 'id', text: 'Rapat dimulai pukul 14.30 WIB.', mentions: [{ raw: '14.30', kind: 'time' }] },
  { name: 'id: day/month parenthetical and year', lang: 'id', text: 'Hal itu disampaikan di Jakarta, Selasa (7/5/2024), dan tahun 2023.', mentions: [{ raw: '7', kind: 'date' }, { raw: '5', kind: 'date' }, { raw: '2024', kind: 'date' }, { raw: '2023', kind: 'year' }] },
  { name: 'id: short day/month parenthetical', lang: 'id', text: 'Kata dia, Selasa (7/5).', mentions: [{ raw: '7', kind: 'date' }, { raw: '5', kind: 'date' }] },
  { name: 'id: day before a month name', lang: 'id', text: 'Pemilu digelar 14 Februari 2024.', mentions: [{ raw: '14', kind: 'date' }, { raw: '2024', kind: 'year' }] },
  { name: 'id: codes are not amounts', lang: 'id', text: 'Pandemi COVID-19, KTT G20 dan jaringan 5G.', mentions: [{ raw: '19', kind: 'code' }, { raw: '20', kind: 'code' }, { raw: '5', kind: 'code' }] },
  { name: 'id: ordinal ke-', lang: 'id', text: 'Ini tahap ke-3.', mentions: [{ raw: '3', kind: 'ordinal' }] },
  { name: 'id: number words, with a scale word', lang: 'id', text: 'Tiga orang tewas dan dua juta warga terdampak.', mentions: [{ raw: 'Tiga', kind: 'word', value: 3 }, { raw: 'dua juta', kind: 'word', value: 2e6 }] },
  { name: 'id: teens', lang: 'id', text: 'Ada dua belas korban.', mentions: [{ raw: 'dua belas', kind: 'word', value: 12 }] },
  { name: 'id: "Rp." with a dot', lang: 'id', text: 'Harganya Rp.16.250.', mentions: [{ raw: 'Rp.16.250', value: 16250 }] },
  // English
  { name: 'en: comma groups', lang: 'en', text: 'About 2,500 people fled.', mentions: [{ raw: '2,500', value: 2500, thousands: ',' }] },
  { name: 'en: decimal and scale', lang: 'en', text: 'Some 1.5 million tonnes were shipped.', mentions: [{ raw: '1.5 million tonnes', value: 1.5e6, scale: 'million', unit: 't' }] },
  { name: 'en: US$', lang: 'en', text: 'A US$2 billion loan.', mentions: [{ raw: 'US$2 billion', value: 2e9, unit: 'USD' }] },
  { name: 'en: IDR with a space', lang: 'en', text: 'It costs IDR 15 trillion.', mentions: [{ raw: 'IDR 15 trillion', value: 15e12, unit: 'IDR' }] },
  { name: 'en: percent sign', lang: 'en', text: 'Turnout was 50%.', mentions: [{ raw: '50%', value: 50, unit: '%' }] },
  { name: 'en: an Indonesian decimal comma reads, as foreign', lang: 'en', text: 'It spent Rp4,75 billion.', mentions: [{ raw: 'Rp4,75 billion', value: 4.75e9, decimal: ',', convention: 'foreign' }] },
  { name: 'en: "2.500" is two and a half in English', lang: 'en', text: 'Only 2.500 came.', mentions: [{ raw: '2.500', value: 2.5, convention: 'native' }] },
  { name: 'en: dot groups are foreign', lang: 'en', text: 'It has 2.500.000 members.', mentions: [{ raw: '2.500.000', value: 2.5e6, thousands: '.', convention: 'foreign' }] },
  { name: 'en: a dotted time after "at"', lang: 'en', text: 'The meeting began at 14.30 local time.', mentions: [{ raw: '14.30', kind: 'time' }] },
  { name: 'en: "at" before a measure is no time', lang: 'en', text: 'Rain peaked at 0.21 millimetres.', mentions: [{ raw: '0.21 millimetres', kind: 'number', unit: 'mm' }] },
  { name: 'en: colon time, date, ordinal', lang: 'en', text: 'On May 7, 2024, at 14:30, the 3rd round began.', mentions: [{ raw: '7', kind: 'date' }, { raw: '2024', kind: 'year' }, { raw: '14:30', kind: 'time' }, { raw: '3rd', kind: 'ordinal' }] },
  { name: 'en: version numbers are codes', lang: 'en', text: 'Update to version 2.1.3 now.', mentions: [{ raw: '2.1.3', kind: 'code' }] },
  { name: 'en: phone numbers do not crash and are codes', lang: 'en', text: 'Call 0812-3456-7890 or +62 21 555.', mentions: [{ raw: '0812', kind: 'code' }, { raw: '3456', kind: 'code' }, { raw: '7890', kind: 'code' }, { raw: '62', kind: 'code' }, { raw: '21' }, { raw: '555' }] },
  { name: 'en: a range shares its scale word', lang: 'en', text: 'Between 2 and 3 million people.', mentions: [{ raw: '2', value: 2 }, { raw: '3 million', value: 3e6 }] },
  { name: 'en: attached scale after a currency sign', lang: 'en', text: 'A $2bn deal.', mentions: [{ raw: '$2bn', value: 2e9, unit: 'USD' }] },
  // French
  { name: 'fr: space groups (plain, no-break, narrow)', lang: 'fr', text: '2 500 et 2\u00A0500 et 2\u202F500 habitants.', mentions: [{ raw: '2 500', value: 2500 }, { raw: '2\u00A0500', value: 2500 }, { raw: '2\u202F500', value: 2500 }] },
  { name: 'fr: decimal comma and milliard', lang: 'fr', text: 'Un prêt de 1,5 milliard de dollars.', mentions: [{ raw: '1,5 milliard', value: 1.5e9, decimal: ',' }] },
  { name: 'fr: percent after a no-break space', lang: 'fr', text: 'Une hausse de 50\u00A0%.', mentions: [{ raw: '50\u00A0%', value: 50, unit: '%' }] },
  { name: 'fr: a year and a count are not one number', lang: 'fr', text: 'En 2024 500 personnes ont fui.', mentions: [{ raw: '2024', kind: 'year' }, { raw: '500', value: 500 }] },
  { name: 'fr: "14h30" is a time', lang: 'fr', text: 'La séance a repris à 14h30.', mentions: [{ raw: '14h30', kind: 'time' }] },
  { name: 'fr: a decimal point is foreign', lang: 'fr', text: 'Pour 2.5 milliards.', mentions: [{ raw: '2.5 milliards', value: 2.5e9, convention: 'foreign' }] },
  // Chinese
  { name: 'zh: 万, 亿, percent', lang: 'zh', text: '3万人，1.5亿元，增长10%。', mentions: [{ raw: '3万', value: 3e4, scale: '万' }, { raw: '1.5亿元', value: 1.5e8, unit: 'CNY' }, { raw: '10%', value: 10, unit: '%' }] },
  { name: 'zh: 百分之十 and numerals before classifiers', lang: 'zh', text: '百分之十的居民，三名警察。', mentions: [{ raw: '百分之十', kind: 'word', value: 10, unit: '%' }, { raw: '三', kind: 'word', value: 3 }] },
  { name: 'zh: dates and times', lang: 'zh', text: '2024年5月7日14时30分。', mentions: [{ raw: '2024', kind: 'year' }, { raw: '5', kind: 'date' }, { raw: '7', kind: 'date' }, { raw: '14', kind: 'time' }, { raw: '30', kind: 'time' }] },
  { name: 'zh: 万亿 chain', lang: 'zh', text: '1.5万亿印尼盾', mentions: [{ raw: '1.5万亿印尼盾', value: 1.5e12, unit: 'IDR' }] },
  // Japanese
  { name: 'ja: 3万人', lang: 'ja', text: '3万人が避難した。', mentions: [{ raw: '3万', value: 3e4 }] },
  { name: 'ja: compound 兆 and 億 with yen', lang: 'ja', text: '予算は1兆5000億円だ。', mentions: [{ raw: '1兆5000億円', value: 1.5e12, unit: 'JPY' }] },
  { name: 'ja: remainder after 万', lang: 'ja', text: '1ドル＝1万6400ルピア。', mentions: [{ raw: '1ドル', value: 1, unit: 'USD' }, { raw: '1万6400ルピア', value: 16400, unit: 'IDR' }] },
  { name: 'ja: hours as duration, o\'clock as time', lang: 'ja', text: '3時間後、午後2時に。', mentions: [{ raw: '3時間', value: 3, unit: 'h' }, { raw: '2', kind: 'time' }] },
  // Arabic
  { name: 'ar: Arabic-Indic digits', lang: 'ar', text: 'نحو ٢٥٠٠ شخص و٢٫٥ مليون دولار.', mentions: [{ raw: '٢٥٠٠', value: 2500 }, { raw: '٢٫٥ مليون دولار', value: 2.5e6, unit: 'USD', decimal: '\u066B' }] },
  { name: 'ar: Arabic thousands separator', lang: 'ar', text: 'حصة قدرها ٢٢١٬٠٠٠ حاج.', mentions: [{ raw: '٢٢١٬٠٠٠', value: 221000, thousands: '\u066C' }] },
  { name: 'ar: ألف as a scale word', lang: 'ar', text: 'نزح 241 ألف شخص.', mentions: [{ raw: '241 ألف', value: 241000, scale: 'ألف' }] },
  { name: 'ar: percent in words, tonnes with a case ending', lang: 'ar', text: 'نحو ٦٠ في المائة و51 طناً.', mentions: [{ raw: '٦٠ في المائة', value: 60, unit: '%' }, { raw: '51 طناً', value: 51, unit: 't' }] },
];

describe('numberMentions', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = numberMentions(c.text, c.lang);
      expect(got.map((m) => m.raw)).toEqual(c.mentions.map((m) => m.raw));
      c.mentions.forEach((e, k) => {
        const m = got[k]!;
        expect(c.text.slice(m.start, m.end)).toBe(m.raw);
        expect(m.kind).toBe(e.kind ?? m.kind);
        if (e.value !== undefined) expect(m.value).toBeCloseTo(e.value, 9);
        if (e.scale !== undefined) expect(m.scale?.word).toBe(e.scale);
        if (e.unit !== undefined) expect(m.unit?.code).toBe(e.unit);
        if (e.decimal !== undefined) expect(m.decimal).toBe(e.decimal);
        if (e.thousands !== undefined) expect(m.thousands).toBe(e.thousands);
        if (e.convention !== undefined) expect(m.convention).toBe(e.convention);
      });
    });
  }

  it('gives the first end of a range the scaled reading too', () => {
    const [a] = numberMentions('Sekitar 2-3 juta orang.', 'id');
    expect(a!.readings).toEqual([2, 2e6]);
  });

  it('marks amounts in parentheses', () => {
    const ms = numberMentions('Rp1.5 trillion (about US$96 million)', 'en');
    expect(ms.map((m) => m.parenthetical)).toEqual([false, true]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '.', '1.', ',5', '٫', '1..2', '1,,2', '12:', '(/)', '+', '0', '万', '1兆兆兆', 'x'.repeat(1000) + '9'.repeat(400)]) {
      for (const lang of ['id', 'en', 'fr', 'zh', 'ja', 'ar', 'de']) expect(() => numberMentions(text, lang)).not.toThrow();
    }
  });
});

describe('readNumeral / parseNumber', () => {
  it('reads each language in its own conventions', () => {
    expect(parseNumber('2.500', 'id')).toBe(2500);
    expect(parseNumber('1,5', 'id')).toBe(1.5);
    expect(parseNumber('2,500', 'en')).toBe(2500);
    expect(parseNumber('1.5', 'en')).toBe(1.5);
    expect(parseNumber('2 500', 'fr')).toBe(2500);
    expect(parseNumber('1,5', 'fr')).toBe(1.5);
    expect(parseNumber('٢٬٥٠٠', 'ar')).toBe(2500);
    expect(parseNumber('١٫٥', 'ar')).toBe(1.5);
  });

  it('falls back to the other convention and says so', () => {
    expect(readNumeral('4,75', 'en')).toMatchObject({ value: 4.75, decimal: ',', convention: 'foreign' });
    expect(readNumeral('2.500', 'en')).toMatchObject({ value: 2.5, convention: 'native', otherValue: 2500 });
    expect(readNumeral('1.2.3', 'en')).toBeUndefined();
  });
});

describe('extractNumbers (the aligner\'s values)', () => {
  it('multiplies out scale words alike in every language', () => {
    expect(extractNumbers('2,5 juta', 'id')).toEqual([2.5e6]);
    expect(extractNumbers('2.5 million', 'en')).toEqual([2.5e6]);
    expect(extractNumbers('250万', 'zh')).toEqual([2.5e6]);
    expect(extractNumbers('2,5 millions', 'fr')).toEqual([2.5e6]);
    expect(extractNumbers('2.5 مليون', 'ar')).toEqual([2.5e6]);
  });
});

describe('writing numbers', () => {
  it('formats in each language\'s conventions', () => {
    expect(formatNumeral(2500, 'en')).toBe('2,500');
    expect(formatNumeral(34700, 'fr')).toBe('34\u202F700');
    expect(formatNumeral(1.5, 'fr')).toBe('1,5');
    expect(formatNumeral(2500, 'zh')).toBe('2500');
    expect(formatNumeral(2.5, 'ar', { arabicDigits: true })).toBe('٢٫٥');
    expect(formatNumeral(3e13, 'en')).toBe('30,000,000,000,000');
  });

  it('uses scale words when asked and the value allows', () => {
    expect(formatAmount(3e10, 'en', { scaleWords: true })).toBe('30 billion');
    expect(formatAmount(2.5e9, 'fr', { scaleWords: true })).toBe('2,5 milliards');
    expect(formatAmount(3e6, 'zh', { scaleWords: true })).toBe('300万');
    expect(formatAmount(1.5e12, 'ja', { scaleWords: true })).toBe('1.5兆');
    expect(formatAmount(241000, 'ar', { scaleWords: true, minScale: 1e3 })).toBe('241 ألف');
    expect(formatAmount(1234567, 'en', { scaleWords: true })).toBe('1,234,567');
  });

  it('compares significant digits', () => {
    expect(significantDigits(2.5)).toBe('25');
    expect(significantDigits(2500)).toBe('25');
    expect(significantDigits(15e12)).toBe('15');
  });
});

describe('hasNumberExpression', () => {
  it('finds digits, numerals and number words', () => {
    expect(hasNumberExpression('One fifth of the budget', 'en')).toBe(true);
    expect(hasNumberExpression('Prices doubled', 'en')).toBe(true);
    expect(hasNumberExpression('预算的五分之一', 'zh')).toBe(true);
    expect(hasNumberExpression('La moitié du budget', 'fr')).toBe(true);
    expect(hasNumberExpression('The police arrested several suspects.', 'en')).toBe(false);
  });
});
