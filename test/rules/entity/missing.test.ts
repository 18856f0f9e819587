import { entityMissing } from '../../../src/rules/entity/missing.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const SRC = 'Banjir merendam 300 rumah di Bekasi. Kepala BPBD Kota Bekasi Rina Kartika Sari meminta warga mengungsi. "Air naik cepat," kata Dodi Prasetyo, warga setempat.';

ruleTester(entityMissing, {
  valid: [
    {
      name: 'en: every person named',
      lang: 'en',
      source: SRC,
      text: 'Floods submerged 300 houses in Bekasi. The head of the Bekasi disaster agency, Rina Kartika Sari, asked residents to evacuate. "The water rose fast," said Dodi Prasetyo, a local resident.',
    },
    {
      name: 'en: names spelled another way still count',
      lang: 'en',
      source: 'Juru bicara Kementerian Luar Negeri Muhammad Iqbal menyatakan hal itu.',
      text: 'Foreign Ministry spokesman Mohammed Iqbal said so.',
    },
    {
      name: 'en: a translated body is not a missing person',
      lang: 'en',
      source: 'Kepala Dinas Pemadam Kebakaran Makassar menyebut api berasal dari korsleting listrik.',
      text: 'The head of the Makassar Fire Department said the fire was caused by a short circuit.',
    },
    {
      name: 'fr: the person named, with a possessive elsewhere',
      lang: 'fr',
      source: '"Kami siap," kata Dodi Prasetyo di Bekasi.',
      text: '« Nous sommes prêts », a déclaré Dodi Prasetyo à Bekasi.',
    },
    { name: 'en: no source, nothing to compare', lang: 'en', text: 'The head of the Bekasi disaster agency asked residents to evacuate.' },
  ],
  invalid: [
    {
      name: 'en: a name left out after its office',
      lang: 'en',
      source: SRC,
      text: 'Floods submerged 300 houses in Bekasi. The head of the Bekasi disaster agency asked residents to evacuate. "The water rose fast," said Dodi Prasetyo, a local resident.',
      errors: [{ span: 'The head of the Bekasi', sourceSpan: 'Kepala BPBD Kota Bekasi Rina Kartika Sari', message: 'The source names Rina Kartika Sari here' }],
    },
    {
      name: 'fr: a speaker left out',
      lang: 'fr',
      source: SRC,
      text: "Des inondations ont submergé 300 maisons à Bekasi. La cheffe de l'agence de Bekasi, Rina Kartika Sari, a demandé aux habitants d'évacuer. « L'eau est montée vite », a déclaré un habitant.",
      errors: [{ span: "L'eau est montée vite », a", sourceSpan: 'Dodi Prasetyo' }],
    },
  ],
});
