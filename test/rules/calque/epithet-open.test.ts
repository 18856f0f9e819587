import { epithetOpen } from '../../../src/rules/calque/epithet-open.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Nicknames of our own invention, so that no lexicon can hold them: the rule must work from the pattern.
const SRC = 'Wisatawan asing kembali memadati Kota Payung Biru pada akhir pekan.';
const SRC_COUNTRY = 'Presiden menerima kunjungan Perdana Menteri dari Negeri Lembah Perak di Istana Bogor.';

ruleTester(epithetOpen, {
  valid: [
    { name: 'en: the nickname rendered by its referent', lang: 'en', source: SRC, text: 'Foreign tourists returned to Bogor at the weekend.' },
    { name: 'en: "Kota <name>" kept as a name', lang: 'en', source: 'Banjir merendam sebagian Kota Bandung pada Senin.', text: 'Floods submerged parts of Bandung City on Monday.' },
    { name: 'en: a place after the head ("Pulau Bali")', lang: 'en', source: 'Wisatawan memadati Pulau Bali.', text: 'Tourists crowded the island of Bali.' },
    { name: 'en: no source, nothing to compare', lang: 'en', text: 'Foreign tourists returned to Blue Umbrella City at the weekend.' },
    { name: 'en: "Kota Baru", a real regency, kept', lang: 'en', source: 'Banjir merendam Kota Baru, Kalimantan Selatan.', text: 'Floods submerged Kota Baru in South Kalimantan.' },
    { name: 'en: "Pulau Seribu" as the Thousand Islands', lang: 'en', source: 'Wisatawan memadati Pulau Seribu.', text: 'Tourists crowded the Thousand Islands.' },
    { name: 'en: "Tanah Abang", a Jakarta market district, kept', lang: 'en', source: 'Pedagang di Tanah Abang mengeluhkan sepinya pembeli.', text: 'Traders in Tanah Abang complained of a lack of buyers.' },
    { name: 'en: "Bumi Serpong Damai", a township, kept', lang: 'en', source: 'Proyek baru dibangun di Bumi Serpong Damai, Tangerang Selatan.', text: 'A new project is being built in Bumi Serpong Damai, South Tangerang.' },
    { name: 'fr: "Tanah Abang" kept', lang: 'fr', source: 'Pedagang di Tanah Abang mengeluhkan sepinya pembeli.', text: "Les commerçants de Tanah Abang se plaignent du manque d'acheteurs." },
    { name: 'en: a template phrase unrelated to any source nickname', lang: 'en', source: 'Harga beras naik di Jakarta.', text: 'Rice prices rose in Jakarta, the Capital City.' },
  ],
  invalid: [
    {
      name: 'en: "<words> City"',
      lang: 'en',
      source: SRC,
      text: 'Foreign tourists once again crowded Blue Umbrella City at the weekend.',
      errors: [{ span: 'Blue Umbrella City', sourceSpan: 'Kota Payung Biru', maxConfidence: 0.7, message: 'rendered word for word' }],
    },
    {
      name: 'en: "the Country of <words>"',
      lang: 'en',
      source: SRC_COUNTRY,
      text: 'The president received the prime minister from the Country of Silver Valley at the Bogor Palace.',
      errors: [{ span: 'the Country of Silver Valley', sourceSpan: 'Negeri Lembah Perak' }],
    },
    {
      name: 'fr: "la ville de <words>"',
      lang: 'fr',
      source: SRC,
      text: 'Les touristes étrangers ont de nouveau envahi la ville de parapluie bleu ce week-end.',
      errors: [{ span: 'la ville de parapluie bleu', sourceSpan: 'Kota Payung Biru' }],
    },
    {
      name: 'fr: "le pays de <words>"',
      lang: 'fr',
      source: SRC_COUNTRY,
      text: "Le président a reçu le Premier ministre du pays de la vallée d'argent au palais de Bogor.",
      errors: [{ span: "pays de la vallée d'argent", sourceSpan: 'Negeri Lembah Perak' }],
    },
    {
      name: 'zh: "<words>之国"',
      lang: 'zh',
      source: SRC_COUNTRY,
      text: '总统在茂物宫接见了来自银谷之国的总理。',
      errors: [{ span: '银谷之国', sourceSpan: 'Negeri Lembah Perak' }],
    },
  ],
});
