import { describe } from 'vitest';
import { title } from '../../../src/rules/calque/title.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(title, {
  valid: [
    { name: 'a country owns its prime minister', lang: 'en', text: "Iraq's prime minister met the envoy on Monday.", source: 'Perdana Menteri Irak bertemu utusan itu pada Senin.' },
    { name: 'a country owns its PM, no source', lang: 'en', text: "Iraq's PM met the envoy on Monday." },
    { name: 'a demonym', lang: 'en', text: "Indonesia's Finance Minister spoke first, then Japan's Prime Minister." },
    { name: 'a province owns its governor', lang: 'en', text: "West Java's governor opened the new toll road." },
    { name: 'the office-holder is named after the title', lang: 'en', text: "Jokowi's Finance Minister Sri Mulyani defended the budget." },
    { name: 'an organisation', lang: 'en', text: "The KPK's chairman was questioned, and the Democratic Party's secretary general resigned." },
    { name: 'the title already before the name', lang: 'en', text: 'PM Sudani said a committee would be formed.', source: 'PM Sudani mengatakan sebuah komite akan dibentuk.' },
    { name: 'not a title', lang: 'en', text: "Sudani's statement was read by an aide." },
    { name: 'source has no title before that name', lang: 'en', text: "Biden's minister was not named.", source: 'Menteri dari kabinet Biden tidak disebutkan namanya.' },
    { name: "a leader's appointee, no source", lang: 'en', text: "Trump's Secretary of State flew to Jakarta, where Xi's foreign minister had arrived a day earlier." },
    { name: 'a lower-case title after a possessive is English usage, no source', lang: 'en', text: "Mr Lim's chief of staff and Mr Tan's spokesman declined to comment." },
    { name: 'a party owns its chairman even when the source puts the title first', lang: 'en', text: "Golkar's Chairman said the party would back the bill.", source: 'Ketua Umum Golkar mengatakan partainya akan mendukung RUU itu.' },
    { name: 'a headline capitalises every word, no source', lang: 'en', text: "Persija's Head Coach Says Team Will Fight Until The Final Whistle" },
    { name: 'a foreign party', lang: 'en', text: "Labour's Chancellor presented the budget on Wednesday." },
    { name: 'Japanese: the country owns its PM', lang: 'ja', text: '日本の首相は会見で述べた。', source: 'PM Jepang mengatakan dalam konferensi pers.' },
    { name: 'Chinese: the country owns its president', lang: 'zh', text: '美国的总统发表了讲话。', source: 'Presiden AS menyampaikan pidato.' },
  ],
  invalid: [
    {
      name: 'possessive with a possessed noun',
      lang: 'en',
      text: "Sudani's PM's office said a committee would be formed.",
      source: 'Kantor PM Sudani mengatakan sebuah komite akan dibentuk.',
      errors: [{ span: "Sudani's PM's office", suggestions: ["PM Sudani's office", "Prime Minister Sudani's office"], sourceSpan: 'PM Sudani', minConfidence: 0.9 }],
    },
    {
      name: 'possessive before a verb',
      lang: 'en',
      text: '"We want equal ties," Sudani\'s PM was quoted as saying.',
      source: '"Kami ingin hubungan setara," kata PM Sudani seperti dikutip.',
      errors: [{ span: "Sudani's PM", suggestion: 'PM Sudani', sourceSpan: 'PM Sudani' }],
    },
    {
      name: 'ministerial portfolio, two-word name',
      lang: 'en',
      text: "Sri Mulyani's Finance Minister said the deficit would stay below three percent.",
      source: 'Menkeu Sri Mulyani mengatakan defisit akan tetap di bawah tiga persen.',
      errors: [{ span: "Sri Mulyani's Finance Minister", suggestion: 'Finance Minister Sri Mulyani', sourceSpan: 'Menkeu Sri Mulyani' }],
    },
    {
      name: 'regional title with a place, turned around',
      lang: 'en',
      text: "Eri Cahyadi's Mayor of Surabaya inspected the flood gates.",
      source: 'Wali Kota Surabaya Eri Cahyadi meninjau pintu air.',
      errors: [{ span: "Eri Cahyadi's Mayor of Surabaya", suggestion: 'Surabaya Mayor Eri Cahyadi', sourceSpan: 'Wali Kota Surabaya Eri Cahyadi' }],
    },
    {
      name: 'spelling variation between source and version names',
      lang: 'en',
      text: "Muhammad al-Sudani's Prime Minister left for Washington.",
      source: 'Perdana Menteri Mohammed Shia al-Sudani bertolak ke Washington.',
      errors: [{ span: "Muhammad al-Sudani's Prime Minister", suggestion: 'Prime Minister Muhammad al-Sudani' }],
    },
    {
      name: 'target-only: lower confidence, no source words',
      lang: 'en',
      text: "Earlier, Sudani's PM met the envoy.",
      errors: [{ span: "Sudani's PM", suggestion: 'PM Sudani', maxConfidence: 0.9 }],
    },
    {
      name: "a leader's own rank is still a calque without a source",
      lang: 'en',
      text: "Albanese's PM rejected the proposal.",
      errors: [{ span: "Albanese's PM", suggestion: 'PM Albanese' }],
    },
    {
      name: 'a name after a day in the source',
      lang: 'en',
      text: "Ruto's President spoke in Nairobi on Monday.",
      source: 'Presiden Ruto Senin berbicara di Nairobi.',
      errors: [{ span: "Ruto's President", suggestion: 'President Ruto', sourceSpan: 'Presiden Ruto' }],
    },
    {
      name: 'Japanese: name の title',
      lang: 'ja',
      text: '岸田文雄の首相は会見で述べた。',
      source: 'PM Fumio Kishida mengatakan dalam konferensi pers.',
      errors: [{ span: '岸田文雄の首相', suggestion: '岸田文雄首相', sourceSpan: 'PM Fumio Kishida' }],
    },
    {
      name: 'Chinese: transliterated name 的 title',
      lang: 'zh',
      text: '据报道，斯里·穆利亚尼的财政部长表示赤字可控。',
      source: 'Menkeu Sri Mulyani menyatakan defisit terkendali.',
      errors: [{ span: '斯里·穆利亚尼的财政部长', suggestion: '财政部长斯里·穆利亚尼', sourceSpan: 'Menkeu Sri Mulyani' }],
    },
  ],
});

describe('calque/title in French', () => {
  ruleTester(title, {
    valid: [
      { name: 'fr: the title before the name', lang: 'fr', source: 'PM Sudani mengatakan pasukan asing akan ditarik.', text: 'Le Premier ministre Sudani a déclaré que les troupes étrangères seraient retirées.' },
      { name: 'fr: "de" before a country is good French', lang: 'fr', source: 'PM Irak Mohammed Shia al-Sudani bertemu Menlu AS.', text: "Le Premier ministre d'Irak, Mohammed Shia al-Sudani, a rencontré le secrétaire d'État américain." },
      { name: 'fr: a ministry\'s name after "de"', lang: 'fr', source: 'Menkes Budi Gunadi Sadikin meninjau rumah sakit.', text: 'Le ministre de la Santé Budi Gunadi Sadikin a visité l\'hôpital.' },
      { name: 'fr: no source, "le conseiller de Macron" is good French', lang: 'fr', text: 'Le conseiller de Macron a démissionné mardi.' },
    ],
    invalid: [
      {
        name: 'fr: "le Premier ministre de Sudani"',
        lang: 'fr',
        source: '"Kami ingin hubungan yang setara," kata PM Sudani di Baghdad.',
        text: '« Nous voulons des relations égales », a déclaré le Premier ministre de Sudani à Bagdad.',
        errors: [{ span: 'le Premier ministre de Sudani', suggestion: 'le Premier ministre Sudani', sourceSpan: 'PM Sudani' }],
      },
      {
        name: 'fr: "la ministre des Finances de Sri Mulyani"',
        lang: 'fr',
        source: 'Menkeu Sri Mulyani memangkas anggaran perjalanan dinas.',
        text: 'La ministre des Finances de Sri Mulyani a réduit les frais de mission.',
        errors: [{ span: 'La ministre des Finances de Sri Mulyani', sourceSpan: 'Menkeu Sri Mulyani' }],
      },
    ],
  });
});
