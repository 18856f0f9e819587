import { epithet } from '../../../src/rules/calque/epithet.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runIssues } from '../../helpers/rule-tester.js';

ruleTester(epithet, {
  valid: [
    { name: 'the referent by name', lang: 'en', text: 'The United States and China agreed to resume talks.', source: 'Negeri Paman Sam dan Negeri Tirai Bambu sepakat melanjutkan perundingan.' },
    { name: 'French idiom for the US is established usage', lang: 'fr', text: "Le pays de l'Oncle Sam a annoncé de nouvelles sanctions.", source: 'Negeri Paman Sam mengumumkan sanksi baru.' },
    { name: 'a real description in lower case, no source', lang: 'en', text: 'Bandung is often described as a city of flowers and cool air.' },
    { name: 'Uncle Sam alone is English usage', lang: 'en', text: 'Uncle Sam wants you to pay your taxes on time.' },
    { name: 'a country named, not nicknamed', lang: 'en', text: 'The country of origin must be printed on every label.' },
    { name: 'an established English phrase with another meaning, no source', lang: 'en', text: 'Pilgrims from Europe have visited the Holy Land since the Middle Ages.' },
    { name: 'an idiomatic English nickname with an article before it', lang: 'en', text: 'Thailand, the Land of the White Elephant, reopened its borders.', source: 'Negeri Gajah Putih kembali membuka perbatasannya.' },
    { name: 'Chinese referent', lang: 'zh', text: '美国宣布了新的制裁措施。', source: 'Negeri Paman Sam mengumumkan sanksi baru.' },
  ],
  invalid: [
    {
      name: 'possessive calque, source-backed',
      lang: 'en',
      text: 'Baghdad wants to end the mission of the coalition led by Uncle Sam\'s country in Iraq.',
      source: 'Baghdad ingin mengakhiri misi koalisi pimpinan Negeri Paman Sam di Irak.',
      errors: [{ span: "Uncle Sam's country", suggestion: 'the United States', sourceSpan: 'Negeri Paman Sam', minConfidence: 0.9, severity: 'major' }],
    },
    {
      name: 'compound calque with its article, capitalised at a sentence start',
      lang: 'en',
      text: 'The Bamboo Curtain Country reported growth of five percent.',
      source: 'Negeri Tirai Bambu melaporkan pertumbuhan lima persen.',
      errors: [{ span: 'The Bamboo Curtain Country', suggestion: 'China', sourceSpan: 'Negeri Tirai Bambu' }],
    },
    {
      name: 'target-only: flagged at lower confidence, without source words',
      lang: 'en',
      text: 'Tourists flocked to Uncle Sam\'s country last year.',
      errors: [{ span: "Uncle Sam's country", suggestion: 'the United States', maxConfidence: 0.9 }],
    },
    {
      name: 'an ordinary phrase is a calque when the source has the nickname',
      lang: 'en',
      text: 'The first group of pilgrims arrived in the Holy Land on Sunday.',
      source: 'Kloter pertama jemaah tiba di Tanah Suci pada Minggu.',
      errors: [{ span: 'the Holy Land', suggestion: 'Mecca and Medina', sourceSpan: 'Tanah Suci' }],
    },
    {
      name: 'Indonesian nouns have no number: singular and plural glosses both caught',
      lang: 'en',
      text: 'Tourists in Apple City bought fruit. The City of Apples is cool all year.',
      source: 'Wisatawan di Kota Apel membeli buah. Kota Apel sejuk sepanjang tahun.',
      errors: [{ span: 'Apple City', suggestion: 'Malang' }, { span: 'The City of Apples', suggestion: 'Malang' }],
    },
    {
      name: 'French calque with a contracted article',
      lang: 'fr',
      text: 'Le pays du rideau de bambou a annoncé une croissance de 5 %.',
      source: 'Negeri Tirai Bambu mengumumkan pertumbuhan 5 persen.',
      errors: [{ span: 'Le pays du rideau de bambou', suggestion: 'La Chine', sourceSpan: 'Negeri Tirai Bambu' }],
    },
    {
      name: 'Chinese literal rendering',
      lang: 'zh',
      text: '山姆大叔的国家宣布了新的制裁措施。',
      source: 'Negeri Paman Sam mengumumkan sanksi baru.',
      errors: [{ span: '山姆大叔的国家', suggestion: '美国', sourceSpan: 'Negeri Paman Sam' }],
    },
    {
      name: 'two occurrences, each with its own source words',
      lang: 'en',
      text: "Uncle Sam's country sent ships.\n\nLater, Uncle Sam's country sent planes.",
      source: 'Negeri Paman Sam mengirim kapal.\n\nKemudian, Negeri Paman Sam mengirim pesawat.',
      errors: [
        { span: "Uncle Sam's country", sourceSpan: 'Negeri Paman Sam', suggestion: 'The United States' },
        { span: "Uncle Sam's country", occurrence: 2, sourceSpan: 'Negeri Paman Sam', suggestion: 'the United States' },
      ],
    },
  ],
});

describe('calque/epithet source words', () => {
  it('points each occurrence at the nearest source occurrence', () => {
    const source = 'Negeri Paman Sam mengirim kapal.\n\nKemudian, Negeri Paman Sam mengirim pesawat.';
    const issues = runIssues(epithet, { lang: 'en', text: "Uncle Sam's country sent ships.\n\nLater, Uncle Sam's country sent planes.", source });
    expect(issues.map((i) => i.source!.start)).toEqual([0, source.lastIndexOf('Negeri Paman Sam')]);
  });
});
