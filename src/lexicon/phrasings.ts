/**
 * Indonesian news phrasings that machine translation renders word for word into
 * unidiomatic or misleading English and French: not idioms (their words mean what they
 * say in Indonesian), but fixed ways of saying things that the target language says
 * otherwise. "pihaknya" is "he" or "the police", not "his party"; "ditetapkan sebagai
 * tersangka" is "named a suspect", not "determined as a suspect".
 */
import type { PerLang } from './types.js';

export interface Phrasing {
  /** Indonesian forms, lower case. */
  forms: string[];
  /** What to write instead, per language, best first. */
  meaning: PerLang<string[]>;
  /** The word-for-word renderings to catch, per language. */
  literal: PerLang<string[]>;
  /** A literal rendering is also ordinary text elsewhere: flag only with the source's backing. */
  sourceOnly?: boolean;
}

export const phrasings: readonly Phrasing[] = [
  // People and sides
  {
    forms: ['pihaknya'],
    meaning: { en: ['he', 'she', 'they', 'his office', 'the company'], fr: ['il', 'elle', 'ses services'] },
    literal: { en: ['his party', 'her party', 'its party', 'their party', 'his side', 'her side'], fr: ['son parti', 'sa partie', 'leur parti'] },
    sourceOnly: true, // "his party" is everyday English in politics
  },
  {
    forms: ['pihak kepolisian', 'pihak polisi'],
    meaning: { en: ['the police'], fr: ['la police'] },
    literal: { en: ['the police party', 'police party', 'the police side'], fr: ['la partie policière', 'le parti de la police'] },
    sourceOnly: true,
  },
  {
    forms: ['pihak berwajib', 'pihak yang berwajib', 'pihak berwenang'],
    meaning: { en: ['the authorities'], fr: ['les autorités'] },
    literal: { en: ['the obligatory party', 'the obliged party', 'the authorized party', 'the authorised party', 'the competent party'], fr: ['la partie obligatoire', 'la partie compétente'] },
  },
  {
    forms: ['pelaku usaha', 'para pelaku usaha', 'pelaku bisnis'],
    meaning: { en: ['businesses', 'business people', 'business owners'], fr: ['entreprises', 'entrepreneurs'] },
    literal: { en: ['business players', 'business actors', 'business perpetrators', 'business doers', 'business culprits'], fr: ['auteurs d\'entreprises', 'auteurs commerciaux'] },
    sourceOnly: true,
  },
  {
    forms: ['aparat', 'aparat keamanan', 'aparat kepolisian', 'aparat penegak hukum'],
    meaning: { en: ['officers', 'security forces', 'law enforcement officers'], fr: ['forces de l\'ordre', 'agents'] },
    literal: { en: ['the apparatus', 'apparatuses', 'the apparatuses', 'law enforcement apparatus', 'police apparatus'], fr: ['l\'appareil', 'les appareils'] },
    sourceOnly: true, // "the state apparatus" is English
  },
  {
    forms: ['warga binaan', 'warga binaan pemasyarakatan'],
    meaning: { en: ['inmates', 'prisoners'], fr: ['détenus'] },
    literal: { en: ['fostered citizens', 'fostered residents', 'foster citizens', 'assisted residents', 'guided residents', 'built residents'], fr: ['citoyens encadrés', 'résidents encadrés'] },
  },
  // Police and courts
  {
    forms: ['ditetapkan sebagai tersangka', 'ditetapkan menjadi tersangka', 'ditetapkan tersangka', 'menetapkan tersangka', 'penetapan tersangka'],
    meaning: { en: ['named a suspect', 'named as a suspect', 'charged'], fr: ['désigné suspect', 'mis en examen'] },
    literal: {
      en: ['determined as a suspect', 'determined as suspects', 'established as a suspect', 'established as suspects', 'set as a suspect', 'set as suspects', 'stipulated as a suspect', 'designated as a suspect by determination'],
      fr: ['déterminé comme suspect', 'déterminés comme suspects', 'établi comme suspect', 'fixé comme suspect'],
    },
  },
  {
    forms: ['diamankan', 'berhasil diamankan', 'mengamankan'],
    meaning: { en: ['arrested', 'detained'], fr: ['arrêté', 'interpellé'] },
    literal: { en: ['successfully secured', 'secured by police', 'secured by officers'], fr: ['sécurisé par la police'] },
    sourceOnly: true, // an area or a building is "secured"
  },
  {
    forms: ['diciduk', 'menciduk'],
    meaning: { en: ['arrested by police', 'picked up by police'], fr: ['arrêté par la police'] },
    literal: { en: ['scooped up by police', 'scooped by police'], fr: ['ramassé par la police'] },
    sourceOnly: true,
  },
  {
    forms: ['menerjunkan', 'diterjunkan', 'menurunkan personel', 'menerjunkan personel'],
    meaning: { en: ['deployed personnel'], fr: ['déployé du personnel'] },
    literal: { en: ['plunged personnel', 'lowered personnel', 'dropped personnel'], fr: ['plongé du personnel', 'abaissé du personnel'] },
  },
  {
    forms: ['melakukan koordinasi', 'berkoordinasi'],
    meaning: { en: ['coordinated', 'worked with'], fr: ['s\'est coordonné'] },
    literal: { en: ['carried out coordination', 'conducted coordination', 'carry out coordination', 'conduct coordination', 'did coordination'], fr: ['effectué une coordination', 'mené une coordination'] },
  },
  // Disasters and accidents
  {
    forms: ['korban jiwa'],
    meaning: { en: ['deaths', 'fatalities', 'casualties'], fr: ['morts', 'victimes'] },
    literal: { en: ['soul victims', 'victims of souls', 'victims of life', 'life victims', 'soul casualties'], fr: ['victimes d\'âme', 'victimes de l\'âme'] },
  },
  // One entry per part of speech, so that the suggestion fits where the rendering stands.
  {
    forms: ['luka berat'],
    meaning: { en: ['seriously injured'], fr: ['grièvement blessé'] },
    literal: { en: ['heavily wounded', 'heavily injured'], fr: ['lourdement blessé'] },
  },
  {
    forms: ['luka berat'],
    meaning: { en: ['serious injuries'], fr: ['blessures graves'] },
    literal: { en: ['heavy wounds', 'heavy injuries'], fr: ['blessures lourdes'] },
  },
  {
    forms: ['luka ringan'],
    meaning: { en: ['minor injuries'], fr: ['blessures légères'] },
    literal: { en: ['light wounds'], fr: [] },
    sourceOnly: true,
  },
  {
    forms: ['mengalami luka', 'mengalami luka-luka', 'mengalami luka ringan', 'mengalami luka berat'],
    meaning: { en: ['suffered injuries'], fr: ['ont été blessés'] },
    literal: { en: ['experienced injuries', 'experienced wounds', 'experienced minor injuries', 'experienced serious injuries', 'experienced injury'], fr: ['ont connu des blessures', 'a connu des blessures'] },
    sourceOnly: true,
  },
  {
    forms: ['mengalami kerugian', 'menderita kerugian'],
    meaning: { en: ['suffered losses', 'lost'], fr: ['a subi des pertes'] },
    literal: { en: ['experienced losses', 'experienced a loss', 'experienced losses of'], fr: ['a connu des pertes'] },
    sourceOnly: true,
  },
  {
    forms: ['dilarikan ke rumah sakit', 'dilarikan ke puskesmas', 'dilarikan ke rs'],
    meaning: { en: ['rushed to hospital', 'rushed to the hospital'], fr: ['transporté d\'urgence à l\'hôpital'] },
    literal: { en: ['fled to the hospital', 'run to the hospital', 'escaped to the hospital'], fr: ['enfui à l\'hôpital', 'enfuis à l\'hôpital'] },
  },
  {
    forms: ['hujan abu', 'hujan abu vulkanik', 'hujan abu tipis'],
    meaning: { en: ['ashfall', 'ash fall'], fr: ['retombées de cendres', 'pluie de cendres'] },
    literal: { en: ['ash rain', 'rain of ash', 'volcanic ash rain'] },
    sourceOnly: true,
  },
  {
    forms: ['titik api', 'titik panas'],
    meaning: { en: ['hotspots', 'fire hotspots'], fr: ['foyers d\'incendie', 'points chauds'] },
    literal: { en: ['fire points', 'fire spots', 'fire dots', 'hot dots'], fr: ['points de feu'] },
    sourceOnly: true,
  },
  {
    forms: ['gangguan jiwa', 'orang dengan gangguan jiwa', 'orang dalam gangguan jiwa'],
    meaning: { en: ['mental illness', 'mental disorder', 'people with mental illness'], fr: ['troubles mentaux'] },
    literal: { en: ['soul disorder', 'soul disorders', 'soul disturbance', 'soul disturbances', 'people with soul disorders'], fr: ['troubles de l\'âme'] },
  },
  // Officials at work
  {
    forms: ['meninjau lokasi', 'meninjau langsung lokasi', 'meninjau ke lokasi', 'saat meninjau'],
    meaning: { en: ['inspecting the site', 'visiting the site'], fr: ['inspectant le site', 'visitant les lieux'] },
    literal: { en: ['reviewing the location', 'directly reviewing the location'], fr: ['examinant l\'emplacement', 'révisant l\'emplacement'] },
    sourceOnly: true,
  },
  {
    forms: ['meninjau lokasi', 'meninjau langsung lokasi', 'meninjau ke lokasi', 'meninjau'],
    meaning: { en: ['inspected the site', 'visited the site'], fr: ['a inspecté le site'] },
    literal: { en: ['reviewed the location', 'directly reviewed the location'], fr: [] },
    sourceOnly: true,
  },
  {
    forms: ['sosialisasi', 'menyosialisasikan', 'mensosialisasikan', 'disosialisasikan'],
    meaning: { en: ['public outreach', 'awareness campaign', 'informing the public'], fr: ['campagne d\'information', 'sensibilisation'] },
    literal: { en: ['socialization', 'socialisation'], fr: ['socialisation'] },
    sourceOnly: true, // "socialization" is a word of sociology and childcare
  },
  {
    forms: ['bahan bakar minyak'],
    meaning: { en: ['fuel'], fr: ['carburant'] },
    literal: { en: ['oil fuel', 'oil fuels', 'fuel oil (bbm)'], fr: ['carburant pétrolier'] },
    sourceOnly: true, // "fuel oil" is a product
  },
  {
    forms: ['harga eceran tertinggi'],
    meaning: { en: ['maximum retail price', 'retail price ceiling'], fr: ['prix de détail maximal'] },
    literal: { en: ['highest retail price', 'the highest retail price', 'top retail price'], fr: ['prix de détail le plus élevé'] },
    sourceOnly: true,
  },
];
