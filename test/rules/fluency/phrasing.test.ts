import { phrasing } from '../../../src/rules/fluency/phrasing.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(phrasing, {
  valid: [
    { name: 'en: "his party" in politics, no source', lang: 'en', text: 'The senator said his party would vote against the bill.' },
    { name: 'en: "his party" with a source that has no "pihaknya"', lang: 'en', source: 'Ketua Golkar mengatakan partainya akan menolak RUU itu.', text: 'The Golkar chairman said his party would reject the bill.' },
    { name: 'en: "socialization" in a text on childcare, no source', lang: 'en', text: 'Early socialization helps children at school.' },
    { name: 'en: the idiomatic rendering', lang: 'en', source: 'Polisi menyebut pihaknya masih memburu pelaku.', text: 'Police said they were still hunting the perpetrator.' },
    { name: 'en: "named a suspect"', lang: 'en', text: 'The regent was named a suspect on Monday.' },
  ],
  invalid: [
    {
      name: 'en: "pihaknya" as "his party", with the source',
      lang: 'en',
      source: 'Kapolres mengatakan pihaknya masih memburu dua pelaku lain.',
      text: 'The police chief said his party was still hunting two other perpetrators.',
      errors: [{ span: 'his party', sourceSpan: 'pihaknya', suggestion: 'he', severity: 'minor', minConfidence: 0.8 }],
    },
    {
      name: 'en: "ditetapkan sebagai tersangka" without a source',
      lang: 'en',
      text: 'The regent was determined as a suspect in the bribery case.',
      errors: [{ span: 'determined as a suspect', suggestion: 'named a suspect', maxConfidence: 0.6 }],
    },
    {
      name: 'en: "korban jiwa" as "soul victims"',
      lang: 'en',
      text: 'The landslide caused no soul victims, officials said.',
      errors: [{ span: 'soul victims', suggestion: 'deaths' }],
    },
    {
      name: 'en: "hujan abu" as "ash rain", with the source',
      lang: 'en',
      source: 'Hujan abu melanda tiga kecamatan di lereng gunung.',
      text: 'Ash rain hit three districts on the slopes of the mountain.',
      errors: [{ span: 'Ash rain', sourceSpan: 'Hujan abu', suggestion: 'Ashfall' }],
    },
    {
      name: 'fr: "ditetapkan sebagai tersangka"',
      lang: 'fr',
      source: 'Bupati itu ditetapkan sebagai tersangka oleh KPK.',
      text: 'Le régent a été déterminé comme suspect par la KPK.',
      errors: [{ span: 'déterminé comme suspect', suggestion: 'désigné suspect' }],
    },
  ],
});
