import { describe, expect, it } from 'vitest';
import { dateFormat } from '../../../src/rules/date/format.js';
import { findDates, findNumericDates, formatDate, weekdayOf } from '../../../src/text/dates.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(dateFormat, {
  valid: [
    { name: 'round the clock, no date', lang: 'en', text: 'The clinic in Depok now serves patients 24/7 during the flood season.' },
    { name: 'an event named by its date', lang: 'en', text: 'The anniversary of 9/11 was marked with a minute of silence on Wednesday.' },
    { name: 'a fraction', lang: 'en', text: 'The amendment needs a 3/4 majority of the regional council.' },
    { name: 'a score', lang: 'en', text: 'Persib scored 2/1 in the return leg, the club said.' },
    { name: 'a ratio', lang: 'en', text: 'Regulators kept the 7/5 ratio unchanged on Tuesday.' },
    { name: 'a bracketed fraction with no day name, no source', lang: 'en', text: 'Only a small share of the land (3/4) was replanted.' },
    {
      name: 'a bracketed fraction in both texts',
      lang: 'en',
      text: 'A majority of members (3/4) backed the motion.',
      source: 'Mayoritas anggota (3/4) mendukung mosi tersebut.',
    },
    {
      name: 'a date already in English style',
      lang: 'en',
      text: 'The minister arrived in Ambon on Tuesday (May 7).',
      source: 'Menteri tiba di Ambon pada Selasa (7/5).',
    },
    { name: 'weekday and abbreviated month', lang: 'en', text: 'The vote took place on Friday, Jan. 12, in Makassar.' },
    { name: 'a time with a colon and local time', lang: 'en', text: 'The ferry left Merak at 14:30 local time.' },
    { name: 'a dotted time without a zone is accepted English', lang: 'en', text: 'The ferry left Merak at 14.30 local time.' },
    { name: 'WIB with its GMT conversion', lang: 'en', text: 'Polling stations close at 13:00 WIB (GMT+7).', source: 'TPS ditutup pukul 13.00 WIB.' },
    {
      name: 'WIB explained once, then bare',
      lang: 'en',
      text: 'Polls opened at 07:00 Western Indonesia Time (WIB). Counting began at 14:00 WIB in most districts.',
      source: 'Pemungutan suara dibuka pukul 07.00 WIB. Penghitungan dimulai pukul 14.00 WIB di sebagian besar distrik.',
    },
    { name: 'a decimal percentage', lang: 'en', text: 'Rice prices rose 14.30 percent in the year to March.' },
    { name: 'a decimal in millions', lang: 'en', text: 'The province recorded 14.30 million visitors last year.' },
    { name: 'letters that are not a zone, no source', lang: 'en', text: 'The contract went to WIT Holdings, a Singapore firm.' },
    {
      name: 'month-first order already, backed by the source',
      lang: 'en',
      text: 'The minister arrived in Ambon on Tuesday (5/7).',
      source: 'Menteri tiba di Ambon pada Selasa (7/5).',
    },
    { name: 'the calendar shows month-first order', lang: 'en', text: 'The minister arrived in Ambon on Tuesday (5/7/2024).' },
    { name: 'French decimals around à', lang: 'fr', text: "Le taux est passé de 12.50 à 14.30 % en un an." },
    { name: 'French with heure de Jakarta', lang: 'fr', text: "Le scrutin ferme à 13 h, heure de Jakarta (WIB)." },
    { name: 'Chinese date in Chinese style', lang: 'zh', text: '投票于5月7日（周二）举行。', source: 'Pemungutan suara digelar Selasa (7/5).' },
    { name: 'Chinese time with local time', lang: 'zh', text: '会议于当地时间14时30分（WIB）开始。' },
    { name: 'Japanese date in Japanese style', lang: 'ja', text: '投票は5月7日（火）に行われた。' },
    { name: 'Arabic date in Arabic style', lang: 'ar', text: 'أُجري التصويت يوم الثلاثاء (7 مايو) في جاكرتا.' },
    { name: 'Arabic with local time', lang: 'ar', text: 'بدأ الاجتماع الساعة 14:30 بالتوقيت المحلي (WIB).' },
  ],
  invalid: [
    {
      name: 'English: day/month copied, source-backed',
      lang: 'en',
      text: 'The minister arrived in Ambon on Tuesday (7/5) to inspect the port.',
      source: 'Menteri tiba di Ambon pada Selasa (7/5) untuk meninjau pelabuhan.',
      errors: [{ span: '(7/5)', suggestion: '(May 7)', sourceSpan: 'Selasa (7/5)', severity: 'major', minConfidence: 0.85, message: 'July 5' }],
    },
    {
      name: 'English: with a year',
      lang: 'en',
      text: 'The court ruled on Wednesday (20/3/2024) that the election stands.',
      source: 'Mahkamah memutuskan pada Rabu (20/3/2024) bahwa pemilu tetap sah.',
      errors: [{ span: '(20/3/2024)', suggestion: '(March 20, 2024)', sourceSpan: 'Rabu (20/3/2024)', severity: 'major' }],
    },
    {
      name: 'English, no source: lower confidence',
      lang: 'en',
      text: 'Floods hit North Jakarta on Thursday (23/5), officials said.',
      errors: [{ span: '(23/5)', suggestion: '(May 23)', severity: 'major', maxConfidence: 0.8, message: 'month in letters' }],
    },
    {
      name: 'English: a part of the day between the weekday and the date',
      lang: 'en',
      text: 'The eruption began on Sunday evening (12/5) and lasted an hour.',
      errors: [{ span: '(12/5)', suggestion: '(May 12)' }],
    },
    {
      name: 'English: the weekday was dropped, the source has it',
      lang: 'en',
      text: 'The governor visited the refugee camp (7/5) with aid workers.',
      source: 'Gubernur mengunjungi kamp pengungsi Selasa (7/5) bersama relawan.',
      errors: [{ span: '(7/5)', suggestion: '(May 7)', sourceSpan: 'Selasa (7/5)' }],
    },
    {
      name: 'French: day first is French order, only off-style',
      lang: 'fr',
      text: 'Le ministre est arrivé à Ambon mardi (7/5) pour inspecter le port.',
      source: 'Menteri tiba di Ambon pada Selasa (7/5) untuk meninjau pelabuhan.',
      errors: [{ span: '(7/5)', suggestion: '(7 mai)', sourceSpan: 'Selasa (7/5)', severity: 'minor' }],
    },
    {
      name: 'French: with a year, no source',
      lang: 'fr',
      text: 'La Cour a statué mercredi (20/3/2024) que le scrutin était valide.',
      errors: [{ span: '(20/3/2024)', suggestion: '(20 mars 2024)', severity: 'minor' }],
    },
    {
      name: 'French: the first of the month',
      lang: 'fr',
      text: 'Les syndicats ont défilé mercredi soir (1/5) à Jakarta.',
      errors: [{ span: '(1/5)', suggestion: '(1er mai)' }],
    },
    {
      name: 'Chinese: ASCII brackets kept',
      lang: 'zh',
      text: '部长周二(7/5)抵达安汶视察港口。',
      source: 'Menteri tiba di Ambon pada Selasa (7/5) untuk meninjau pelabuhan.',
      errors: [{ span: '(7/5)', suggestion: '(5月7日)', sourceSpan: 'Selasa (7/5)', severity: 'major' }],
    },
    {
      name: 'Chinese: full-width brackets and a year',
      lang: 'zh',
      text: '法院星期三（20/3/2024）裁定选举有效。',
      errors: [{ span: '（20/3/2024）', suggestion: '（2024年3月20日）', severity: 'major' }],
    },
    {
      name: 'Japanese: full-width brackets kept',
      lang: 'ja',
      text: '大臣は火曜日（7/5）にアンボンに到着した。',
      source: 'Menteri tiba di Ambon pada Selasa (7/5).',
      errors: [{ span: '（7/5）', suggestion: '（5月7日）', sourceSpan: 'Selasa (7/5)', severity: 'major' }],
    },
    {
      name: 'Arabic: minor, month in letters',
      lang: 'ar',
      text: 'وصل الوزير إلى أمبون يوم الثلاثاء (7/5) لتفقد الميناء.',
      source: 'Menteri tiba di Ambon pada Selasa (7/5) untuk meninjau pelabuhan.',
      errors: [{ span: '(7/5)', suggestion: '(7 مايو)', sourceSpan: 'Selasa (7/5)', severity: 'minor' }],
    },
    {
      name: 'Arabic: with a year',
      lang: 'ar',
      text: 'قضت المحكمة يوم الأربعاء (20/3/2024) بصحة الانتخابات.',
      errors: [{ span: '(20/3/2024)', suggestion: '(20 مارس 2024)', severity: 'minor' }],
    },
    {
      name: 'English: bare WIB after a colon time, source-backed',
      lang: 'en',
      text: 'The earthquake struck at 05:12 WIB, the agency said.',
      source: 'Gempa terjadi pukul 05.12 WIB, kata badan tersebut.',
      errors: [{ span: 'WIB', suggestion: 'Western Indonesia Time (WIB)', sourceSpan: 'pukul 05.12 WIB', severity: 'minor', minConfidence: 0.85 }],
    },
    {
      name: 'English: dotted time and zone, one issue (Decision 7)',
      lang: 'en',
      text: 'The earthquake struck at 05.12 WIB, the agency said.',
      source: 'Gempa terjadi pukul 05.12 WIB, kata badan tersebut.',
      errors: [
        { span: '05.12 WIB', suggestion: '05:12 Western Indonesia Time (WIB)', sourceSpan: 'pukul 05.12 WIB', severity: 'minor' },
      ],
    },
    {
      name: 'English: a range of dotted times before a zone',
      lang: 'en',
      text: 'Roads will be closed from 08.00 to 16.00 WITA.',
      errors: [
        { span: '08.00', suggestion: '08:00' },
        { span: '16.00 WITA', suggestion: '16:00 Central Indonesia Time (WITA)', maxConfidence: 0.8 },
      ],
    },
    {
      name: 'English: WIT, and a second sentence that does not explain it',
      lang: 'en',
      text: 'Voting in Jayapura began at 07:00 WIT. Results are due at 18:00 WIT.',
      errors: [
        { span: 'WIT', suggestion: 'Eastern Indonesia Time (WIT)' },
        { span: 'WIT', occurrence: 2, suggestion: 'Eastern Indonesia Time (WIT)' },
      ],
    },
    {
      name: 'French: dotted time and zone',
      lang: 'fr',
      text: 'Le séisme a frappé à 14.30 WIB, selon l’agence.',
      source: 'Gempa terjadi pukul 14.30 WIB, menurut badan tersebut.',
      errors: [
        { span: '14.30 WIB', suggestion: "14 h 30, heure de l'Ouest de l'Indonésie (WIB)", sourceSpan: 'pukul 14.30 WIB' },
      ],
    },
    {
      name: 'French: a dotted time after vers, on the hour',
      lang: 'fr',
      text: 'La réunion a commencé vers 08.00 au palais présidentiel.',
      errors: [{ span: '08.00', suggestion: '8 h' }],
    },
    {
      name: 'Chinese: Latin zone inside Chinese',
      lang: 'zh',
      text: '地震发生在14时30分WIB，该机构表示。',
      source: 'Gempa terjadi pukul 14.30 WIB, kata badan tersebut.',
      errors: [{ span: 'WIB', suggestion: '印尼西部时间', sourceSpan: 'pukul 14.30 WIB' }],
    },
    {
      name: 'Japanese: Latin zone inside Japanese',
      lang: 'ja',
      text: '地震は14時30分WITAに発生した。',
      errors: [{ span: 'WITA', suggestion: 'インドネシア中部時間' }],
    },
    {
      name: 'Arabic: Latin zone inside Arabic',
      lang: 'ar',
      text: 'وقع الزلزال في الساعة 14:30 WIB وفقا للوكالة.',
      errors: [{ span: 'WIB', suggestion: 'بتوقيت غرب إندونيسيا' }],
    },
    {
      name: 'date, time and zone in one sentence',
      lang: 'en',
      text: 'The rally ended on Saturday (4/5) at 17.45 WIB without incident.',
      source: 'Unjuk rasa berakhir pada Sabtu (4/5) pukul 17.45 WIB tanpa insiden.',
      errors: [
        { span: '(4/5)', suggestion: '(May 4)', sourceSpan: 'Sabtu (4/5)' },
        { span: '17.45 WIB', suggestion: '17:45 Western Indonesia Time (WIB)', sourceSpan: 'pukul 17.45 WIB' },
      ],
    },
    {
      name: 'two dates in two sentences, each with its own source words',
      lang: 'en',
      text: 'Talks opened on Monday (6/5).\n\nThey closed on Friday (10/5).',
      source: 'Perundingan dibuka Senin (6/5).\n\nPerundingan ditutup Jumat (10/5).',
      errors: [
        { span: '(6/5)', suggestion: '(May 6)', sourceSpan: 'Senin (6/5)' },
        { span: '(10/5)', suggestion: '(May 10)', sourceSpan: 'Jumat (10/5)' },
      ],
    },
  ],
});

describe('date helpers', () => {
  it('knows the day of the week', () => {
    expect(weekdayOf({ day: 7, month: 5, year: 2024 })).toBe(2);
    expect(weekdayOf({ day: 1, month: 1, year: 2000 })).toBe(6);
    expect(weekdayOf({ day: 29, month: 2, year: 2024 })).toBe(4);
  });
  it('writes a date in each target style', () => {
    const d = { day: 20, month: 3, year: 2024 };
    expect(['en', 'fr', 'zh', 'ja', 'ar'].map((l) => formatDate(l, d))).toEqual(['March 20, 2024', '20 mars 2024', '2024年3月20日', '2024年3月20日', '20 مارس 2024']);
  });
  it('reads bracketed dates and leaves impossible ones', () => {
    expect(findNumericDates('(7/5) (32/1) (3/13) (٧/٥)').map((d) => [d.day, d.month])).toEqual([[7, 5], [7, 5]]);
  });
  it('reads Indonesian ranges and abbreviations', () => {
    const found = findDates('Pameran 23-24 Mei 2024 dan 17 Agt. 2023.', 'id');
    expect(found.map((d) => [d.day, d.month, d.year, d.otherDays])).toEqual([[24, 5, 2024, [23]], [17, 8, 2023, undefined]]);
  });
});
