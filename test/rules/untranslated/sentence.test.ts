import { untranslatedSentence } from '../../../src/rules/untranslated/sentence.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const SRC = 'Petugas pemadam kebakaran memadamkan api setelah tiga jam. "Kami sudah mengirim bantuan ke desa itu," kata Kepala Dinas Pemadam Kebakaran, Agus Salim. Jenazah korban rencananya dimakamkan di kampung halamannya di Kendari.';

ruleTester(untranslatedSentence, {
  valid: [
    { name: 'en: a fully translated paragraph', lang: 'en', source: SRC, text: 'Firefighters put out the blaze after three hours. "We have already sent aid to the village," said the head of the fire department, Agus Salim. The victim is to be buried in his home village in Kendari.' },
    { name: 'en: Indonesian names and institutions are not untranslated text', lang: 'en', text: 'Officers from the Polda Metro Jaya and Dinas Perhubungan DKI Jakarta met at Gedung Sate with Sri Mulyani Indrawati.' },
    { name: 'en: an Indonesian term glossed in italics is not a clause', lang: 'en', text: 'Millions joined the mudik, the annual exodus to home villages before Lebaran, officials said.' },
    { name: 'en: a whole Indonesian paragraph is language/wrong\'s', lang: 'en', text: 'Firefighters arrived quickly.\n\nPetugas pemadam kebakaran memadamkan api setelah tiga jam dan warga kembali ke rumah mereka pada malam hari.' },
    { name: 'fr: a translated sentence with a kept name', lang: 'fr', text: 'Le ministre a inauguré la gare de Tanjung Priok et le pont de Suramadu mardi.' },
    { name: 'zh: Latin-script names inside Chinese', lang: 'zh', text: '印尼总统佐科·维多多（Joko Widodo）周二在雅加达会见了PT Kereta Cepat Indonesia China的负责人。' },
    { name: 'ja: an English company name inside Japanese', lang: 'ja', text: '同社はBank Central Asiaと提携し、新しいサービスを始めると発表した。' },
  ],
  invalid: [
    {
      name: 'en: a sentence passed through in Indonesian, with the source',
      lang: 'en',
      source: SRC,
      text: 'Firefighters put out the blaze after three hours. "We have already sent aid to the village," said the head of the fire department, Agus Salim. Jenazah korban rencananya dimakamkan di kampung halamannya di Kendari.',
      errors: [{ span: 'Jenazah korban rencananya dimakamkan di kampung halamannya di Kendari.', sourceSpan: 'Jenazah korban rencananya dimakamkan di kampung halamannya di Kendari.', severity: 'critical', minConfidence: 0.9 }],
    },
    {
      name: 'en: a quotation left in Indonesian inside an English sentence',
      lang: 'en',
      source: SRC,
      text: 'Firefighters put out the blaze after three hours. "Kami sudah mengirim bantuan ke desa itu," said the head of the fire department, Agus Salim. The victim is to be buried in his home village in Kendari.',
      errors: [{ span: 'Kami sudah mengirim bantuan ke desa itu', sourceSpan: 'Kami sudah mengirim bantuan ke desa itu', severity: 'major' }],
    },
    {
      name: 'en: the same without a source, at lower confidence',
      lang: 'en',
      text: 'The fire was put out after three hours. "Kami sudah mengirim bantuan ke desa itu," the fire chief said.',
      errors: [{ span: 'Kami sudah mengirim bantuan ke desa itu', maxConfidence: 0.9 }],
    },
    {
      name: 'fr: an Indonesian sentence in a French paragraph',
      lang: 'fr',
      text: "Le gouvernement a annoncé une nouvelle taxe touristique. Para pemilik hotel khawatir pungutan baru itu akan membuat wisatawan memilih tujuan lain. « Cette taxe est raisonnable », a déclaré le ministre.",
      errors: [{ span: 'Para pemilik hotel khawatir pungutan baru itu akan membuat wisatawan memilih tujuan lain.' }],
    },
    {
      name: 'zh: an Indonesian sentence inside Chinese',
      lang: 'zh',
      text: '她预计今年经济增长率将保持在5.1%左右。Menteri meminta para bupati mempercepat pembangunan irigasi di daerah mereka masing-masing。他表示，印尼必须做好准备。',
      errors: [{ span: 'Menteri meminta para bupati mempercepat pembangunan irigasi di daerah mereka masing-masing。', severity: 'critical' }],
    },
    {
      name: 'ar: an Indonesian clause inside Arabic',
      lang: 'ar',
      text: 'وقال المسؤول إن الحجاج وصلوا بسلام. وأضاف: jemaah diminta tetap menjaga kesehatan selama di Mekkah. وأكد أن الخدمات متوفرة.',
      errors: [{ span: 'jemaah diminta tetap menjaga kesehatan selama di Mekkah' }],
    },
  ],
});
