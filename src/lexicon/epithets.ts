import type { Epithet } from './types.js';

/** Indonesian journalistic nicknames of countries, cities, regions, teams and institutions. */
export const epithets: readonly Epithet[] = [
  {
    forms: ['Negeri Paman Sam', 'Negara Paman Sam'],
    kind: 'country',
    referent: { en: 'the United States', fr: 'les États-Unis', zh: '美国', ja: 'アメリカ', ar: 'الولايات المتحدة' },
    gloss: { en: ['Uncle Sam'], fr: ["l'Oncle Sam", 'Oncle Sam'], zh: ['山姆大叔'], ja: ['アンクル・サム', 'サムおじさん'], ar: ['العم سام'] },
    idiomatic: { en: ['Uncle Sam'], fr: ["le pays de l'Oncle Sam", "pays de l'Oncle Sam"], ar: ['بلاد العم سام'] },
  },
];
