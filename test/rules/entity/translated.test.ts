import { entityTranslated } from '../../../src/rules/entity/translated.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(entityTranslated, {
  valid: [
    { name: 'en: the name kept', lang: 'en', source: 'Gempa terasa hingga Pulau Banyak di Aceh Singkil.', text: 'The quake was felt as far as the Banyak Islands in Aceh Singkil.' },
    { name: 'en: "Jawa Barat" is West Java (compass words are translated)', lang: 'en', source: 'Banjir melanda Kabupaten Bandung Barat pada Senin.', text: 'Floods hit West Bandung Regency on Monday.' },
    { name: 'en: an established exonym', lang: 'en', source: 'Wisatawan memadati Kepulauan Seribu saat libur panjang.', text: 'Tourists crowded the Thousand Islands over the long weekend.' },
    { name: 'en: a head with a name that is no common word', lang: 'en', source: 'Gunung Merapi kembali meluncurkan guguran lava.', text: 'Mount Merapi again spewed lava.' },
    { name: 'en: no source, a street named after a person', lang: 'en', text: 'Traffic was diverted from Jalan Sudirman to Jalan Thamrin.' },
    { name: 'en: no source, an English word that is not a gloss', lang: 'en', text: 'Police closed Jalan Raya Bogor after the crash.' },
    { name: 'fr: the name kept', lang: 'fr', source: 'Kebakaran terjadi di Kebon Jeruk, Jakarta Barat.', text: "L'incendie s'est déclaré à Kebon Jeruk, dans l'ouest de Jakarta." },
  ],
  invalid: [
    {
      name: 'en: "Pulau Banyak" rendered "many islands"',
      lang: 'en',
      source: 'Kapal wisata itu berlabuh di Sibolga sebelum berlayar ke Pulau Banyak.',
      text: 'The tourist boat docked in Sibolga before sailing to many islands.',
      errors: [{ span: 'many islands', sourceSpan: 'Pulau Banyak', suggestion: 'Pulau Banyak', severity: 'major' }],
    },
    {
      name: 'en: "Kebon Jeruk" rendered "Orange Garden"',
      lang: 'en',
      source: 'Kebakaran terjadi di Kebon Jeruk, Jakarta Barat, pada Selasa dini hari.',
      text: 'The fire broke out in Orange Garden, West Jakarta, early on Tuesday.',
      errors: [{ span: 'Orange Garden', sourceSpan: 'Kebon Jeruk' }],
    },
    {
      name: 'fr: "Jalan Mawar" rendered "rue des Roses"',
      lang: 'fr',
      source: 'Rumah itu berada di Jalan Mawar, Kecamatan Cempaka Putih.',
      text: 'La maison se trouve rue des Roses, dans le district de Cempaka Putih.',
      errors: [{ span: 'rue des Roses', sourceSpan: 'Jalan Mawar' }],
    },
    {
      name: 'en: no source, "Jalan Rose"',
      lang: 'en',
      text: 'The house is on Jalan Rose in Central Jakarta.',
      errors: [{ span: 'Jalan Rose', suggestion: 'Jalan Mawar', maxConfidence: 0.7 }],
    },
  ],
});
