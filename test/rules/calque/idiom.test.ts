import { idiom } from '../../../src/rules/calque/idiom.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(idiom, {
  valid: [
    { name: 'a real goat, no source: the rendering needs the source behind it', lang: 'en', text: 'A black goat fetched twice the usual price at the market before Eid.' },
    { name: 'the idiom translated by its meaning', lang: 'en', text: 'Residents made the driver a scapegoat for the accident.', source: 'Warga menjadikan sopir itu kambing hitam atas kecelakaan tersebut.' },
    { name: 'an English idiom with the same meaning is no calque', lang: 'en', text: 'The minister gave the green light to the new toll road.', source: 'Menteri memberi lampu hijau untuk jalan tol baru itu.' },
    { name: 'no idiom in the source, and the rendering is not capitalised: no calque claimed', lang: 'fr', text: 'Le ministre a donné son feu vert au projet.', source: 'Menteri memberi lampu hijau untuk proyek itu.' },
  ],
  invalid: [
    {
      name: 'source-backed calque, the article left out of the flagged words',
      lang: 'en',
      text: 'Residents made the driver the black goat for the accident.',
      source: 'Warga menjadikan sopir itu kambing hitam atas kecelakaan tersebut.',
      errors: [{ span: 'black goat', suggestion: 'scapegoat', sourceSpan: 'kambing hitam', minConfidence: 0.85 }],
    },
    {
      name: 'affixed Indonesian form in the source',
      lang: 'en',
      text: 'He felt he had been made a black goat by his party.',
      source: 'Ia merasa dikambinghitamkan oleh partainya.',
      errors: [{ span: 'black goat', suggestion: 'scapegoat', sourceSpan: 'dikambinghitamkan' }],
    },
    {
      name: 'target-only, lower confidence',
      lang: 'en',
      text: 'Protesters demanded that the rats in ties be jailed.',
      errors: [{ span: 'rats in ties', suggestion: 'corrupt officials', maxConfidence: 0.7 }],
    },
  ],
});
