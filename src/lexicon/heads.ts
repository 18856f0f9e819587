import type { PerLang } from './types.js';

/**
 * Indonesian head nouns of periphrastic nicknames ("Negeri …", "Kota …") and the
 * templates by which machine translation renders "<head> <modifier>" word for word.
 * `{g}` stands for the modifier's gloss; in French, `de {g}` contracts ("du", "des", "de l'").
 */
export interface NicknameHead {
  /** Indonesian forms of the head, capitalised. */
  forms: string[];
  /** What the head says the referent is. */
  kind: 'country' | 'city' | 'island' | 'land' | 'team' | 'porch' | 'realm';
  templates: PerLang<string[]>;
}

export const nicknameHeads: readonly NicknameHead[] = [
  {
    forms: ['Negeri', 'Negara'],
    kind: 'country',
    templates: {
      en: ["{g}'s country", "{g}'s Country", '{g} Country', 'the Country of {g}', 'the country of {g}', 'Country of {g}', 'the Land of {g}', 'Land of {g}', '{g} Nation', 'the Nation of {g}'],
      fr: ['le pays de {g}', 'pays de {g}', 'la nation de {g}', 'le pays {g}'],
      zh: ['{g}之国', '{g}的国家', '{g}国家', '{g}国度', '{g}之邦'],
      ja: ['{g}の国', '{g}国'],
      ar: ['بلاد {g}', 'دولة {g}', 'بلد {g}', 'أرض {g}'],
    },
  },
  {
    forms: ['Kota'],
    kind: 'city',
    templates: {
      en: ['{g} City', '{g} city', 'the City of {g}', 'City of {g}', 'the city of {g}', "{g}'s City", 'Town of {g}', '{g} Town'],
      fr: ['la ville de {g}', 'ville de {g}', 'la cité de {g}', 'la Ville de {g}'],
      zh: ['{g}之城', '{g}城', '{g}城市', '{g}之都'],
      ja: ['{g}の街', '{g}の都市', '{g}の町', '{g}都市'],
      ar: ['مدينة {g}'],
    },
  },
  {
    forms: ['Pulau'],
    kind: 'island',
    templates: {
      en: ['{g} Island', '{g} island', 'the Island of {g}', 'Island of {g}', 'the island of {g}', "{g}'s Island"],
      fr: ["l'île de {g}", 'île de {g}', "l'Île de {g}"],
      zh: ['{g}岛', '{g}之岛'],
      ja: ['{g}島', '{g}の島'],
      ar: ['جزيرة {g}'],
    },
  },
  {
    forms: ['Bumi', 'Tanah'],
    kind: 'land',
    templates: {
      en: ['the Land of {g}', 'Land of {g}', 'the land of {g}', '{g} Land', '{g} land', 'the Earth of {g}', '{g} Earth', 'Soil of {g}', "{g}'s Land"],
      fr: ['la terre de {g}', 'terre de {g}', 'la Terre de {g}', 'le sol de {g}'],
      zh: ['{g}之地', '{g}大地', '{g}之乡', '{g}土地'],
      ja: ['{g}の地', '{g}の大地', '{g}の土地'],
      ar: ['أرض {g}'],
    },
  },
  {
    forms: ['Skuad', 'Tim', 'Timnas', 'Pasukan'],
    kind: 'team',
    templates: {
      en: ['{g} Squad', '{g} squad', 'the {g} Squad', 'Squad {g}', '{g} Team', 'Team {g}', '{g} Troops', '{g} Army'],
      fr: ["l'escouade {g}", 'escouade {g}', "l'équipe {g}", 'équipe de {g}', 'la troupe {g}'],
      zh: ['{g}小队', '{g}队', '{g}军团', '{g}部队'],
      ja: ['{g}部隊', '{g}隊', '{g}チーム'],
      ar: ['فرقة {g}', 'فريق {g}', 'كتيبة {g}'],
    },
  },
  {
    forms: ['Serambi'],
    kind: 'porch',
    templates: {
      en: ['the Veranda of {g}', 'Veranda of {g}', 'the Porch of {g}', 'Porch of {g}', '{g} Porch', '{g} Veranda', 'the Terrace of {g}', "{g}'s Porch", "{g}'s Veranda"],
      fr: ['la véranda de {g}', 'le porche de {g}', 'la terrasse de {g}'],
      zh: ['{g}的门廊', '{g}走廊', '{g}门廊', '{g}阳台'],
      ja: ['{g}のベランダ', '{g}の玄関', '{g}のテラス'],
      ar: ['شرفة {g}', 'رواق {g}'],
    },
  },
  {
    forms: ['Ranah'],
    kind: 'realm',
    templates: {
      en: ['the Realm of {g}', 'Realm of {g}', '{g} Realm', 'the Domain of {g}'],
      fr: ['le royaume de {g}', 'le domaine de {g}'],
      zh: ['{g}之域', '{g}领域'],
      ja: ['{g}の領域'],
      ar: ['عالم {g}', 'مجال {g}'],
    },
  },
];
