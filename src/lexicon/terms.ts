import type { Severity } from '../types.js';
import type { PerLang } from './types.js';

/** The field of news a term belongs to. */
export type TermDomain = 'disaster' | 'health' | 'economy' | 'law' | 'politics' | 'sport' | 'religion' | 'police' | 'transport';

/**
 * An Indonesian domain term of news copy ("awan panas guguran") with the field's
 * established term in each target language ("pyroclastic flow") and the word-for-word
 * renderings machine translation writes instead ("hot cloud avalanche").
 */
export interface Term {
  /** Indonesian forms as they appear in news copy, lower case, with common affixed and abbreviated forms ("operasi tangkap tangan", "ott"). */
  forms: string[];
  domain: TermDomain;
  /** The established term per language, best first: the suggestions. */
  term: PerLang<string[]>;
  /** Word-for-word renderings to catch, per language, that are wrong wherever they stand ("hot cloud avalanche"). */
  literal: PerLang<string[]>;
  /**
   * Word-for-word renderings that are also ordinary phrases elsewhere ("net sales",
   * "quiet period", "refugee camp"): flagged only when the aligned source sentence has
   * the term, whatever `sourceOnly` says.
   */
  ambiguous?: PerLang<string[]>;
  /** Renderings established in a language that contain a literal one: never flagged ("hot tin roof"). */
  idiomatic?: PerLang<string[]>;
  /** Every rendering of the entry is also an ordinary phrase: flag only with the aligned source's backing. */
  sourceOnly?: boolean;
  /** Severity when it differs from the rule's default (major): minor for a clumsy but readable rendering, critical for one that says something else. */
  severity?: Severity;
}

/**
 * Indonesian domain terms of news (disasters and volcanology, health, economy and
 * markets, law and courts, politics and elections, sport, religion and the hajj, police,
 * transport) and the word-for-word renderings machine translation makes of them.
 *
 * Notes for editors:
 * - Matching works as in the idiom lexicon: case-insensitive, whole words in English,
 *   French and Indonesian, anywhere in Chinese and Japanese, to a word's end in Arabic.
 *   List the plural and the hyphenated spellings a machine writes.
 * - A rendering goes under `literal` only where it is wrong in that language whatever
 *   the context. One that is also an ordinary phrase ("net sales", "landlord", "fire
 *   point" in chemistry, "fast count" in boxing) goes under `ambiguous`: it is flagged
 *   only when the source sentence aligned with it has the Indonesian term.
 * - Chinese, Japanese and Arabic renderings are listed only where the wrong rendering is
 *   certain and the language has no such term of its own: Chinese "水痘" and Arabic
 *   "الجدري المائي" (water pox) are the right names of chickenpox; Chinese "跳远" (jump
 *   far) is the long jump; French "double mixte" is mixed doubles.
 * - Forms are narrowed where the Indonesian words are also ordinary ones: "status
 *   Waspada", not "waspada" (vigilant); "kereta anjlok" would be needed for derailments,
 *   since "harga anjlok" (prices plunged) is rendered right.
 * - Two entries may share forms: the source backs both.
 * - Left out: terms whose word-for-word rendering is the established term ("gempa
 *   tektonik", tectonic earthquake; "kotak hitam", black box; "politik uang", money
 *   politics, established in English writing on Indonesia), and "petahana" (incumbent),
 *   which machines render right.
 */
export const terms: readonly Term[] = [
  // ─────────────────────────── Disasters and volcanology ───────────────────────────
  {
    forms: ['awan panas guguran', 'awan panas letusan', 'guguran awan panas', 'awan panas', 'awanpanas', 'awan panasnya'],
    domain: 'disaster',
    term: { en: ['pyroclastic flow', 'pyroclastic flows'], fr: ['coulée pyroclastique', 'coulées pyroclastiques', 'nuée ardente'], zh: ['火山碎屑流'], ja: ['火砕流'], ar: ['تدفق بركاني فتاتي', 'تدفقات بركانية فتاتية'] },
    literal: {
      en: ['hot cloud fall', 'hot cloud falls', 'hot cloud avalanche', 'hot cloud avalanches', 'hot clouds avalanche', 'avalanche hot cloud', 'avalanche hot clouds', 'hot avalanche cloud', 'hot avalanche clouds', 'hot cloud of avalanche', 'hot cloud eruption', 'hot cloud eruptions', 'hot cloud', 'hot clouds'],
      fr: ['nuage chaud', 'nuages chauds', 'nuage chaud d\'avalanche', 'nuages chauds d\'avalanche', 'avalanche de nuages chauds', 'avalanche de nuage chaud'],
      zh: ['热云崩落', '热云雪崩'],
      ja: ['熱い雲'],
      ar: ['السحابة الساخنة', 'سحابة ساخنة', 'السحب الساخنة', 'سحب ساخنة'],
    },
    idiomatic: { en: ['hot cloud storage', 'hot cloud computing'] },
  },
  {
    forms: ['guguran lava pijar', 'guguran lava', 'guguran batu pijar', 'guguran material pijar'],
    domain: 'disaster',
    term: { en: ['lava avalanche', 'lava avalanches', 'incandescent rockfall', 'incandescent rockfalls'], fr: ['avalanche de lave incandescente', 'avalanches de lave', 'éboulement incandescent'], zh: ['熔岩崩落', '炽热熔岩崩落'], ja: ['溶岩崩落'], ar: ['انهيارات الحمم'] },
    literal: {
      en: ['incandescent lava fall', 'incandescent lava falls', 'glowing lava fall', 'glowing lava falls', 'incandescent lava drop', 'incandescent lava drops', 'lava fall avalanche', 'lava fall avalanches'],
      fr: ['chute de lave incandescente', 'chutes de lave incandescente'],
    },
    ambiguous: { en: ['lava fall', 'lava falls'], fr: ['chutes de lave'] },
  },
  {
    forms: ['status siaga', 'berstatus siaga', 'siaga (level iii)', 'level iii (siaga)', 'siaga level iii', 'status level iii', 'level iii', 'menjadi siaga', 'status siaga iii'],
    domain: 'disaster',
    term: { en: ['Alert (Level III)', 'Level III alert'], fr: ["niveau d'alerte III", 'alerte de niveau 3'], zh: ['三级警戒', '第三级警戒'], ja: ['警戒レベル3'], ar: ['مستوى الإنذار الثالث'] },
    literal: {
      en: ['level iii (standby)', 'standby (level iii)', 'level 3 (standby)', 'standby (level 3)', 'standby level iii', 'standby level 3', 'standby alert status', 'alert standby status'],
    },
    // "standby status" is also an aircraft's, a reserve unit's.
    ambiguous: { en: ['standby status', 'standby level', 'status of standby', 'standby alert'], fr: ['statut de veille', "statut d'attente"], zh: ['待命状态'], ja: ['待機状態', 'スタンバイ状態'] },
  },
  {
    forms: ['status waspada', 'berstatus waspada', 'waspada (level ii)', 'level ii (waspada)', 'waspada level ii', 'status level ii', 'level ii', 'menjadi waspada'],
    domain: 'disaster',
    term: { en: ['Advisory (Level II)', 'Level II alert'], fr: ["niveau d'alerte II", 'alerte de niveau 2'], zh: ['二级警戒'], ja: ['警戒レベル2'], ar: ['مستوى الإنذار الثاني'] },
    literal: {
      en: ['vigilant status', 'vigilance status', 'vigilant level', 'vigilance level', 'level ii (vigilant)', 'vigilant (level ii)', 'level 2 (vigilant)', 'vigilant (level 2)', 'level ii (vigilance)', 'alert vigilant status'],
    },
    ambiguous: { en: ['caution status', 'cautious status'], zh: ['警惕状态'] },
  },
  {
    forms: ['status awas', 'berstatus awas', 'awas (level iv)', 'level iv (awas)', 'awas level iv', 'status level iv', 'level iv', 'menjadi awas'],
    domain: 'disaster',
    term: { en: ['Warning (Level IV)', 'the highest alert level'], fr: ["niveau d'alerte maximal", 'alerte de niveau 4'], zh: ['最高级警戒', '四级警戒'], ja: ['警戒レベル4'], ar: ['أعلى مستوى إنذار', 'مستوى الإنذار الرابع'] },
    literal: {
      en: ['beware status', 'beware level', 'level iv (beware)', 'beware (level iv)', 'level 4 (beware)', 'beware (level 4)', 'watch out status', 'look out status', 'lookout status'],
      zh: ['小心状态'],
    },
  },
  {
    forms: ['gempa susulan', 'gempa bumi susulan', 'gempa-gempa susulan', 'gempabumi susulan'],
    domain: 'disaster',
    term: { en: ['aftershock', 'aftershocks'], fr: ['réplique', 'répliques'], zh: ['余震'], ja: ['余震'], ar: ['هزة ارتدادية', 'هزات ارتدادية'] },
    literal: {
      en: ['follow-up earthquake', 'follow-up earthquakes', 'follow-up quake', 'follow-up quakes', 'follow up earthquake', 'follow up earthquakes', 'followup earthquake', 'followup earthquakes', 'follow-up tremor', 'follow-up tremors', 'continuation earthquake', 'continuation earthquakes'],
      fr: ['séisme de suivi', 'séismes de suivi', 'tremblement de terre de suivi', 'tremblements de terre de suivi', 'séisme de suite'],
    },
  },
  {
    forms: ['banjir rob', 'genangan rob', 'banjir pasang', 'banjir air pasang', 'banjir rob-nya'],
    domain: 'disaster',
    term: { en: ['tidal flooding', 'tidal flood', 'tidal floods'], fr: ['inondation due aux marées', 'submersion marine'], zh: ['潮汐洪水', '海水倒灌'], ja: ['高潮による浸水'], ar: ['فيضان المد', 'فيضانات المد البحري'] },
    literal: {
      en: ['rob flood', 'rob floods', 'rob flooding', 'flood rob', 'floods rob', 'rob inundation', 'rob puddle', 'rob puddles', 'robbery flood', 'robbery floods'],
      fr: ['inondation rob', 'inondations rob', 'crue rob', 'crues rob'],
    },
  },
  {
    forms: ['angin puting beliung', 'puting beliung', 'angin puting-beliung'],
    domain: 'disaster',
    term: { en: ['whirlwind', 'whirlwinds', 'tornado'], fr: ['tourbillon', 'tornade'], zh: ['龙卷风', '旋风'], ja: ['竜巻', 'つむじ風'], ar: ['زوبعة', 'إعصار'] },
    literal: {
      en: ['puting beliung wind', 'puting beliung winds', 'wind puting beliung', 'beliung wind', 'beliung winds', 'whirlwind wind', 'whirlwind winds', 'twisting wind', 'twisting winds', 'spinning top wind', 'spinning top winds'],
      fr: ['vent puting beliung', 'vents puting beliung', 'vent de puting beliung', 'vent tourbillon', 'vents tourbillons'],
    },
  },
  {
    forms: ['banjir bandang', 'banjir bandangnya', 'terjangan banjir bandang'],
    domain: 'disaster',
    term: { en: ['flash flood', 'flash floods', 'flash flooding'], fr: ['crue éclair', 'crues éclair', 'crue subite'], zh: ['山洪', '山洪暴发'], ja: ['鉄砲水'], ar: ['سيول جارفة', 'فيضان مفاجئ'] },
    literal: {
      en: ['bandang flood', 'bandang floods', 'bandang flooding', 'flood bandang', 'floods bandang', 'galloping flood', 'galloping floods'],
      fr: ['inondation bandang', 'inondations bandang', 'crue bandang'],
    },
  },
  {
    forms: ['banjir lahar dingin', 'lahar dingin', 'banjir lahar', 'aliran lahar dingin'],
    domain: 'disaster',
    term: { en: ['lahar', 'lahars', 'volcanic mudflow', 'volcanic mudflows'], fr: ['lahar', 'lahars', 'coulée de boue volcanique'], zh: ['火山泥流'], ja: ['火山泥流', 'ラハール'], ar: ['تدفق طيني بركاني', 'سيول طينية بركانية'] },
    literal: {
      en: ['cold lava', 'cold lava flood', 'cold lava floods', 'cold lava flooding', 'cold lava flow', 'cold lava flows', 'cold lahar', 'cold lahar flood', 'cold lahar floods', 'cold lahar flow', 'lahar flood', 'lahar floods'],
      fr: ['lave froide', 'laves froides', 'inondation de lave froide', 'inondations de lave froide', 'coulée de lave froide'],
      zh: ['冷熔岩', '冷岩浆'],
      ja: ['冷たい溶岩'],
      ar: ['الحمم الباردة', 'حمم باردة'],
    },
  },
  {
    forms: ['hujan abu', 'hujan abu vulkanik', 'hujan abu tipis', 'hujan abu tebal'],
    domain: 'disaster',
    term: { en: ['ashfall', 'volcanic ashfall'], fr: ['retombées de cendres', 'pluie de cendres'], zh: ['火山灰降落'], ja: ['降灰'], ar: ['تساقط الرماد البركاني'] },
    literal: {},
    // "ash rain" and "rain of ash" are ordinary English images, and often right.
    ambiguous: { en: ['ash rain', 'ash rains', 'volcanic ash rain', 'rain of ash'] },
    sourceOnly: true,
    severity: 'minor',
  },
  {
    forms: ['gunung api', 'gunungapi', 'gunung berapi', 'gunung-gunung api', 'gunung api aktif', 'gunung berapi aktif'],
    domain: 'disaster',
    term: { en: ['volcano', 'volcanoes'], fr: ['volcan', 'volcans'], zh: ['火山'], ja: ['火山'], ar: ['بركان', 'براكين'] },
    literal: {
      en: ['fire mountain', 'fire mountains', 'active fire mountain', 'active fire mountains', 'fire-mountain'],
      fr: ['montagne de feu', 'montagnes de feu', 'montagne à feu', 'montagne de feu active'],
    },
    // "Mountain of Fire" is a name (Jabal al-Nar at Nablus; churches in Nigeria).
    ambiguous: { en: ['mountain of fire', 'mountains of fire'], ja: ['火の山'], ar: ['جبل النار'] },
  },
  {
    forms: ['titik api', 'titik-titik api', 'sebaran titik api'],
    domain: 'disaster',
    term: { en: ['hotspot', 'hotspots'], fr: ['point chaud', 'points chauds', "foyer d'incendie", "foyers d'incendie"], zh: ['热点', '火点'], ja: ['ホットスポット'], ar: ['بؤرة ساخنة', 'بؤر ساخنة'] },
    literal: {},
    // A "fire point" is also a flammability threshold and a firefighting post.
    ambiguous: { en: ['fire point', 'fire points', 'fire spot', 'fire spots', 'fire dot', 'fire dots'], fr: ['point de feu', 'points de feu'] },
    sourceOnly: true,
  },
  {
    forms: ['posko pengungsian', 'tempat pengungsian', 'lokasi pengungsian', 'tenda pengungsian', 'pos pengungsian', 'titik pengungsian'],
    domain: 'disaster',
    term: { en: ['evacuation centre', 'evacuation centres', 'evacuation shelter', 'evacuation shelters'], fr: ["centre d'évacuation", "centres d'évacuation", "abri d'évacuation"], zh: ['安置点', '疏散中心'], ja: ['避難所'], ar: ['مركز إيواء', 'مراكز الإيواء'] },
    literal: {
      en: ['refugee post', 'refugee posts', 'refugee location', 'refugee locations', 'refugee place', 'refugee places', 'refuge post', 'refuge posts', 'refugee point', 'refugee points', 'evacuation post', 'evacuation posts'],
      fr: ['poste de réfugiés', 'postes de réfugiés', 'lieu de réfugiés'],
    },
    // Real refugees have real camps.
    ambiguous: { en: ['refugee camp', 'refugee camps', 'refugee tent', 'refugee tents', 'refugee shelter', 'refugee shelters'], fr: ['camp de réfugiés', 'camps de réfugiés'], zh: ['难民营'], ja: ['難民キャンプ'], ar: ['مخيم اللاجئين', 'مخيمات اللاجئين'] },
  },
  {
    forms: ['korban jiwa', 'korban jiwanya', 'menelan korban jiwa'],
    domain: 'disaster',
    term: { en: ['deaths', 'fatalities', 'casualties'], fr: ['morts', 'victimes', 'décès'], zh: ['死亡', '遇难者'], ja: ['死者'], ar: ['قتلى', 'خسائر في الأرواح'] },
    literal: {
      en: ['soul victim', 'soul victims', 'victims of souls', 'victim of soul', 'victims of soul', 'life victims', 'life victim', 'soul casualties', 'casualties of souls', 'victims of life', 'soul losses', 'spirit victims'],
      fr: ["victimes d'âmes", "victimes de l'âme", 'victimes âmes', 'victime âme'],
      zh: ['灵魂受害者', '灵魂伤亡'],
      ja: ['魂の犠牲者'],
    },
  },
  {
    forms: ['banjir kiriman', 'air kiriman', 'banjir kiriman dari hulu'],
    domain: 'disaster',
    term: { en: ['floodwater from upstream', 'upstream flooding', 'flooding from upstream'], fr: ["crue venue de l'amont", "eaux de crue venues de l'amont"], zh: ['上游来水', '上游洪水'], ja: ['上流からの洪水'], ar: ['فيضانات قادمة من المنبع'] },
    literal: {
      en: ['sent flood', 'sent floods', 'delivery flood', 'delivery floods', 'shipment flood', 'shipment floods', 'shipped flood', 'flood shipment', 'flood delivery', 'sending flood', 'sending floods', 'dispatched flood', 'consignment flood', 'delivered flood', 'delivered floods', 'sent water', 'shipment water'],
      fr: ['inondation envoyée', 'inondations envoyées', 'inondation de livraison', 'inondation expédiée', 'crue envoyée'],
    },
  },
  // ─────────────────────────── Health ───────────────────────────
  {
    forms: ['demam berdarah dengue', 'demam berdarah', 'dbd', 'penyakit demam berdarah', 'kasus demam berdarah', 'kasus dbd'],
    domain: 'health',
    term: { en: ['dengue hemorrhagic fever', 'dengue fever', 'dengue'], fr: ['dengue hémorragique', 'dengue'], zh: ['登革出血热', '登革热'], ja: ['デング出血熱', 'デング熱'], ar: ['حمى الضنك النزفية', 'حمى الضنك'] },
    literal: {
      en: ['dengue bloody fever', 'bloody dengue fever', 'bloody fever', 'bloody fevers', 'bleeding dengue fever', 'dengue bleeding fever', 'blood fever dengue', 'bloody fever dengue'],
      fr: ['fièvre sanglante', 'fièvres sanglantes', 'fièvre sanglante de la dengue', 'fièvre saignante', 'fièvre de sang'],
    },
    // "blood fever" and "bleeding fever" are looser old names, and a novel's.
    ambiguous: { en: ['blood fever', 'bleeding fever'] },
  },
  {
    forms: ['tenaga kesehatan', 'nakes', 'para tenaga kesehatan', 'para nakes', 'tenaga kesehatannya'],
    domain: 'health',
    term: { en: ['health workers', 'healthcare workers', 'health worker'], fr: ['personnel de santé', 'soignants', 'personnels soignants'], zh: ['医护人员', '卫生工作者'], ja: ['医療従事者'], ar: ['العاملون في القطاع الصحي', 'الكوادر الصحية'] },
    literal: {
      en: ['health energy', 'health energies', 'health power', 'health powers', 'healthcare energy', 'healthcare power', 'health personnel power', 'health manpower energy', 'health labor force'],
      fr: ['énergie de santé', 'énergies de santé', 'énergie sanitaire', 'puissance sanitaire', 'force de santé'],
    },
  },
  {
    forms: ['tenaga medis', 'tenaga paramedis', 'para tenaga medis', 'tenaga medisnya'],
    domain: 'health',
    term: { en: ['medical staff', 'medical personnel', 'medical workers'], fr: ['personnel médical', 'soignants'], zh: ['医务人员', '医护人员'], ja: ['医療スタッフ', '医療従事者'], ar: ['الطاقم الطبي', 'الكوادر الطبية'] },
    literal: {
      en: ['medical energy', 'medical energies', 'medical power', 'medical powers', 'paramedic energy', 'paramedical energy', 'paramedic power', 'medical force energy'],
      fr: ['énergie médicale', 'énergies médicales', 'puissance médicale'],
    },
  },
  {
    forms: ['gizi buruk', 'kasus gizi buruk', 'penderita gizi buruk', 'balita gizi buruk'],
    domain: 'health',
    term: { en: ['severe malnutrition', 'malnutrition'], fr: ['malnutrition sévère', 'malnutrition'], zh: ['严重营养不良'], ja: ['重度の栄養失調'], ar: ['سوء التغذية الحاد'] },
    literal: {},
    // "bad nutrition" is a plain phrase for a poor diet.
    ambiguous: { en: ['bad nutrition', 'bad nutritions', 'bad nutrients', 'bad nutritional'], fr: ['mauvaise nutrition'] },
    sourceOnly: true,
    severity: 'minor',
  },
  {
    forms: ['anak kerdil', 'balita kerdil', 'anak-anak kerdil', 'kekerdilan', 'kerdil'],
    domain: 'health',
    term: { en: ['stunted children', 'stunting', 'stunted'], fr: ["enfants souffrant d'un retard de croissance", 'retard de croissance'], zh: ['发育迟缓儿童', '发育迟缓'], ja: ['発育阻害'], ar: ['الأطفال المصابون بالتقزم', 'التقزم'] },
    literal: {
      en: ['dwarf children', 'dwarf child', 'dwarf toddlers', 'dwarf toddler', 'dwarf kids', 'dwarfed children', 'dwarfed toddlers', 'midget children'],
      fr: ['enfants nains', 'enfant nain', 'bambins nains'],
      zh: ['侏儒儿童', '侏儒幼儿'],
    },
    // Dwarfism is a condition of its own.
    ambiguous: { en: ['dwarfism'], fr: ['nanisme'], zh: ['侏儒症'] },
  },
  {
    forms: ['isolasi mandiri', 'isoman', 'menjalani isolasi mandiri', 'melakukan isolasi mandiri'],
    domain: 'health',
    term: { en: ['self-isolation', 'self-isolating', 'home isolation'], fr: ['auto-isolement', 'isolement à domicile'], zh: ['居家隔离', '自我隔离'], ja: ['自主隔離', '自宅療養'], ar: ['العزل الذاتي', 'العزل المنزلي'] },
    literal: {
      en: ['independent isolation', 'independent isolations', 'self-reliant isolation', 'autonomous isolation', 'independent self-isolation', 'isolation independently', 'isolating independently', 'independently isolating', 'independently isolated', 'self-sufficient isolation'],
      fr: ['isolement indépendant', 'isolement autonome', 'isolation indépendante', 'isolation autonome'],
      zh: ['独立隔离'],
      ja: ['独立隔離'],
      ar: ['العزل المستقل'],
    },
  },
  {
    forms: ['kejadian luar biasa', 'klb', 'status kejadian luar biasa', 'status klb'],
    domain: 'health',
    term: { en: ['outbreak', 'outbreak status', 'disease outbreak'], fr: ['épidémie', 'flambée épidémique'], zh: ['疫情暴发', '突发疫情'], ja: ['集団発生', 'アウトブレイク'], ar: ['تفشي المرض', 'تفش'] },
    literal: {},
    ambiguous: {
      en: ['extraordinary event', 'extraordinary events', 'extraordinary incident', 'extraordinary incidents', 'extraordinary occurrence', 'extraordinary occurrences', 'extraordinary case', 'extraordinary cases', 'extraordinary event status', 'extraordinary incident status'],
      fr: ['événement extraordinaire', 'événements extraordinaires', 'incident extraordinaire', 'incidents extraordinaires'],
      zh: ['非常事件', '特殊事件'],
      ar: ['حدث استثنائي', 'حدث غير عادي'],
    },
    sourceOnly: true,
  },
  {
    forms: ['penyakit mulut dan kuku', 'pmk', 'wabah pmk', 'wabah penyakit mulut dan kuku'],
    domain: 'health',
    term: { en: ['foot-and-mouth disease', 'FMD'], fr: ['fièvre aphteuse'], zh: ['口蹄疫'], ja: ['口蹄疫'], ar: ['الحمى القلاعية'] },
    literal: {
      // "hoof-and-mouth disease" is good American English: left out.
      en: ['mouth and nail disease', 'mouth and nails disease', 'mouth-and-nail disease', 'mouth and nail diseases', 'nail and mouth disease', 'mouth and hoof disease', 'mouth-and-hoof disease', 'mouth and claw disease', 'mouth and toenail disease'],
      fr: ['maladie de la bouche et des ongles', 'maladie de la bouche et des sabots', 'maladie bouche-ongles'],
      ar: ['مرض الفم والأظافر', 'مرض الفم والأظفار'],
    },
  },
  {
    forms: ['cacar air', 'penyakit cacar air'],
    domain: 'health',
    term: { en: ['chickenpox'], fr: ['varicelle'] },
    // Chinese 水痘, Japanese 水痘 and Arabic الجدري المائي (water pox) are the right names.
    literal: {
      en: ['water pox', 'water smallpox', 'water chickenpox', 'water-pox', 'water variola'],
      fr: ["variole d'eau", 'variole aquatique', "variole de l'eau", 'vérole d\'eau'],
    },
  },
  {
    forms: ['obat keras', 'obat-obatan keras', 'obat keras ilegal', 'obat keras daftar g', 'obat daftar g'],
    domain: 'health',
    term: { en: ['prescription drugs', 'prescription-only drugs', 'prescription medicine'], fr: ['médicaments sur ordonnance'], zh: ['处方药'], ja: ['処方薬'], ar: ['أدوية بوصفة طبية'] },
    literal: {
      en: ['hard medicine', 'hard medicines', 'hard medication', 'hard medications', 'hard pills'],
      fr: ['médicaments durs', 'médicament dur'],
    },
    // "Hard drugs" are heroin and cocaine: a different and graver charge.
    ambiguous: { en: ['hard drug', 'hard drugs'], fr: ['drogues dures', 'drogue dure'], zh: ['硬性毒品'], ja: ['ハードドラッグ'] },
    severity: 'critical',
  },
  // ─────────────────────────── Economy and markets ───────────────────────────
  {
    forms: ['aksi jual bersih', 'jual bersih', 'mencatatkan jual bersih', 'membukukan jual bersih', 'net sell'],
    domain: 'economy',
    term: { en: ['net selling', 'net sell', 'net sold'], fr: ['ventes nettes', 'vendeurs nets'], zh: ['净卖出', '净抛售'], ja: ['売り越し'], ar: ['صافي البيع', 'صافي مبيعات الأجانب'] },
    literal: {
      en: ['net sell action', 'net sell actions', 'net selling action', 'net selling actions', 'net sale action', 'net sales action', 'net sales actions', 'clean selling', 'clean sales', 'clean sell', 'net clean sales'],
      fr: ['action de vente nette', 'actions de vente nette', 'vente propre', 'ventes propres'],
    },
    // "net sales" is a company's turnover less returns: a plain accounting phrase.
    ambiguous: { en: ['net sales', 'net sale'], zh: ['净销售额', '净销售'], ja: ['純売上高', '純売上'] },
  },
  {
    forms: ['aksi beli bersih', 'beli bersih', 'mencatatkan beli bersih', 'membukukan beli bersih', 'net buy'],
    domain: 'economy',
    term: { en: ['net buying', 'net buy', 'net bought'], fr: ['achats nets', 'acheteurs nets'], zh: ['净买入'], ja: ['買い越し'], ar: ['صافي الشراء'] },
    literal: {
      en: ['net buy action', 'net buy actions', 'net buying action', 'net buying actions', 'net purchase action', 'net purchase actions', 'clean buying', 'clean purchase', 'clean purchases', 'clean buy'],
      fr: ["action d'achat net", "actions d'achat net", 'achat propre', 'achats propres'],
    },
    ambiguous: { en: ['net purchase', 'net purchases'] },
  },
  {
    forms: ['neraca perdagangan', 'neraca dagang', 'neraca perdagangannya', 'neraca perdagangan indonesia'],
    domain: 'economy',
    term: { en: ['trade balance', 'balance of trade'], fr: ['balance commerciale'], zh: ['贸易差额', '贸易收支'], ja: ['貿易収支'], ar: ['الميزان التجاري'] },
    literal: {
      en: ['trade scale', 'trade scales', 'trading scale', 'trading scales', 'trade balance sheet', 'trade balance sheets', 'trading balance sheet', 'balance sheet of trade', 'trade ledger balance', 'scale of trade'],
      fr: ['échelle commerciale', 'bilan des échanges commerciaux'],
      zh: ['贸易资产负债表'],
      ja: ['貿易バランスシート', '貿易貸借対照表'],
      ar: ['ميزانية التجارة العمومية', 'الميزانية العمومية التجارية'],
    },
  },
  {
    forms: ['saham lapis pertama', 'saham lapis satu', 'saham-saham lapis pertama', 'saham lapis satu (blue chip)'],
    domain: 'economy',
    term: { en: ['blue chips', 'blue-chip stocks', 'first-tier stocks'], fr: ['valeurs vedettes', 'valeurs de premier rang'], zh: ['蓝筹股', '一线股'], ja: ['主力株', '優良株'], ar: ['الأسهم القيادية'] },
    literal: {
      en: ['first layer stocks', 'first layer stock', 'first layer shares', 'first-layer stocks', 'first-layer shares', 'layer one stocks', 'layer one shares', 'layer-one stocks', 'first tier layer stocks'],
      fr: ['actions de première couche', 'actions de la première couche'],
      zh: ['第一层股票'],
    },
  },
  {
    forms: ['saham lapis kedua', 'saham lapis dua', 'saham-saham lapis kedua', 'saham lapis kedua dan ketiga', 'saham lapis dua dan tiga'],
    domain: 'economy',
    term: { en: ['second-tier stocks', 'second-liners', 'mid-cap stocks'], fr: ['valeurs de second rang', 'valeurs moyennes'], zh: ['二线股'], ja: ['中型株'], ar: ['أسهم الصف الثاني'] },
    literal: {
      en: ['second layer stocks', 'second layer stock', 'second layer shares', 'second-layer stocks', 'second-layer shares', 'layer two stocks', 'layer two shares', 'layer-two stocks', 'second and third layer stocks', 'second and third layer shares', 'second- and third-layer stocks'],
      fr: ['actions de deuxième couche', 'actions de seconde couche', 'actions de la deuxième couche'],
      zh: ['第二层股票'],
    },
  },
  {
    forms: ['saham lapis ketiga', 'saham lapis tiga', 'saham-saham lapis ketiga', 'saham gorengan lapis ketiga'],
    domain: 'economy',
    term: { en: ['third-tier stocks', 'small-cap stocks', 'penny stocks'], fr: ['valeurs de troisième rang', 'petites capitalisations'], zh: ['三线股'], ja: ['小型株'], ar: ['أسهم الصف الثالث'] },
    literal: {
      en: ['third layer stocks', 'third layer stock', 'third layer shares', 'third-layer stocks', 'third-layer shares', 'layer three stocks', 'layer three shares', 'layer-three stocks'],
      fr: ['actions de troisième couche', 'actions de la troisième couche'],
      zh: ['第三层股票'],
    },
  },
  {
    forms: ['harga eceran tertinggi', 'het', 'het beras', 'het minyak goreng', 'het elpiji'],
    domain: 'economy',
    term: { en: ['retail price ceiling', 'maximum retail price', 'price cap'], fr: ['prix de détail maximal', 'plafond des prix de détail'], zh: ['最高零售价'], ja: ['小売上限価格'], ar: ['الحد الأقصى لسعر التجزئة'] },
    literal: {},
    // "the highest retail price" is also a plain superlative: the record price.
    ambiguous: { en: ['highest retail price', 'highest retail prices', 'highest retail selling price'], fr: ['prix de détail le plus élevé', 'prix de détail les plus élevés'] },
    sourceOnly: true,
  },
  {
    forms: ['penyertaan modal negara', 'pmn', 'suntikan pmn', 'penyertaan modal pemerintah'],
    domain: 'economy',
    term: { en: ['state capital injection', 'state equity injection'], fr: ["injection de capital public", "apport en capital de l'État"], zh: ['国家注资'], ja: ['政府出資'], ar: ['ضخ رأس مال حكومي'] },
    literal: {
      en: ['state capital participation', 'state capital participations', 'participation of state capital', 'state capital inclusion', 'state capital investment participation', 'inclusion of state capital', 'government capital participation', 'state equity participation fund'],
      zh: ['国家资本参与'],
    },
  },
  {
    forms: ['kredit macet', 'pinjaman macet', 'kredit-kredit macet', 'rasio kredit macet'],
    domain: 'economy',
    term: { en: ['bad loans', 'non-performing loans', 'bad debt'], fr: ['créances douteuses', 'prêts non performants'], zh: ['不良贷款', '坏账'], ja: ['不良債権'], ar: ['القروض المتعثرة'] },
    literal: {
      en: ['stuck credit', 'stuck credits', 'stuck loan', 'stuck loans', 'jammed credit', 'jammed credits', 'jammed loans', 'congested credit', 'congested loans', 'clogged credit', 'clogged loans', 'stuck credit ratio', 'jammed loan'],
      fr: ['crédit coincé', 'crédits coincés', 'prêts coincés', 'crédit embouteillé'],
    },
    // A "stalled loan" may be a stalled negotiation; a "blocked" credit is a frozen one.
    ambiguous: { en: ['stalled credit', 'stalled credits', 'stalled loan', 'stalled loans'], fr: ['crédit bloqué', 'crédits bloqués', 'prêts bloqués'] },
  },
  {
    forms: ['dana pihak ketiga', 'dpk', 'penghimpunan dana pihak ketiga', 'penghimpunan dpk'],
    domain: 'economy',
    term: { en: ['customer deposits', 'deposits', 'deposit funds'], fr: ['dépôts de la clientèle', 'dépôts'], zh: ['存款', '客户存款'], ja: ['預金'], ar: ['ودائع العملاء', 'الودائع'] },
    literal: {},
    // Third-party funds are a plain thing in law and in fund management.
    ambiguous: { en: ['third party funds', 'third-party funds', 'third party fund', 'third-party fund'], fr: ['fonds de tiers', 'fonds des tiers'], zh: ['第三方资金'], ja: ['第三者資金'], ar: ['أموال الطرف الثالث', 'أموال أطراف ثالثة'] },
    sourceOnly: true,
    severity: 'minor',
  },
  {
    forms: ['surat utang negara', 'surat utang', 'surat-surat utang negara', 'penerbitan surat utang negara'],
    domain: 'economy',
    term: { en: ['government bonds', 'government securities', 'sovereign bonds'], fr: ["obligations d'État", "titres d'État"], zh: ['国债', '政府债券'], ja: ['国債'], ar: ['السندات الحكومية'] },
    literal: {
      en: ['state debt letter', 'state debt letters', 'state debt paper', 'state debt papers', 'state debt note letters', 'letters of state debt', 'debt letters of the state', 'state debt mail', 'government debt letters', 'government debt letter'],
      fr: ["lettre de dette de l'État", "lettres de dette de l'État", "lettres de créance de l'État", 'lettres de dette publique'],
      zh: ['国家债务信', '国家债务信函'],
    },
    // A "debt letter" is a collector's letter.
    ambiguous: { en: ['debt letter', 'debt letters', 'letter of debt', 'letters of debt'] },
  },
  {
    forms: ['surat berharga negara', 'sbn', 'surat-surat berharga negara', 'penerbitan sbn'],
    domain: 'economy',
    term: { en: ['government securities', 'government bonds'], fr: ["titres d'État", "obligations d'État"], zh: ['政府债券', '国债'], ja: ['国債'], ar: ['الأوراق المالية الحكومية'] },
    literal: {
      en: ['state valuable letters', 'state valuable letter', 'state valuable papers', 'state precious letters', 'state precious papers', 'valuable state letters', 'state securities letters', 'state valuable documents', 'state valuable paper'],
      fr: ["lettres de valeur de l'État", "papiers de valeur de l'État", 'lettres précieuses'],
      zh: ['国家贵重信件', '国家有价信件'],
    },
  },
  {
    forms: ['tunjangan hari raya', 'thr', 'thr keagamaan', 'tunjangan hari raya keagamaan', 'thr lebaran'],
    domain: 'economy',
    term: { en: ['religious holiday bonus', 'Lebaran bonus', 'holiday bonus'], fr: ['prime de fête religieuse', "prime de l'Aïd"], zh: ['开斋节奖金', '节日津贴'], ja: ['レバラン手当'], ar: ['مكافأة العيد', 'منحة العيد'] },
    literal: {
      en: ['big day allowance', 'big day allowances', 'big day benefit', 'big day benefits', 'feast day allowance', 'feast day allowances', 'great day allowance', 'great day allowances', 'holiday day allowance', 'religious big day allowance', 'grand day allowance', 'day allowance of the feast'],
      fr: ['indemnité de grand jour', 'allocation de grand jour', 'allocation du grand jour', 'indemnité du grand jour', 'allocation de jour férié religieux'],
      zh: ['大日子津贴', '大日津贴'],
    },
    severity: 'minor',
  },
  {
    forms: ['pemutusan hubungan kerja', 'phk', 'di-phk', 'terkena phk', 'kena phk', 'gelombang phk', 'phk massal', 'mem-phk'],
    domain: 'economy',
    term: { en: ['layoffs', 'layoff', 'job cuts', 'dismissals'], fr: ['licenciements', 'licenciement'], zh: ['裁员'], ja: ['解雇', '人員削減'], ar: ['تسريح العمال', 'تسريح'] },
    literal: {
      en: ['termination of working relationship', 'termination of working relationships', 'termination of work relationship', 'termination of work relationships', 'termination of work relations', 'termination of working relations', 'work relationship termination', 'working relationship termination', 'work relations termination', 'breaking of work relations', 'breaking of working relations', 'severance of work relations', 'severance of working relations', 'disconnection of work relations', 'disconnection of employment relations', 'work relationship disconnection'],
      fr: ['rupture des relations de travail', 'coupure des relations de travail', 'déconnexion des relations de travail'],
    },
    severity: 'minor',
  },
  {
    forms: ['sembako', 'sembilan bahan pokok', 'paket sembako', 'bantuan sembako', 'harga sembako'],
    domain: 'economy',
    term: { en: ['basic necessities', 'staple foods', 'basic food staples'], fr: ['produits de première nécessité', 'denrées de base'], zh: ['基本生活物资', '基本食品'], ja: ['生活必需品'], ar: ['المواد الغذائية الأساسية', 'السلع الأساسية'] },
    literal: {
      en: ['nine basic ingredients', 'nine staples', 'nine staple foods', 'nine basic necessities', 'nine basic commodities', 'nine basic materials', 'nine principal materials', 'nine main ingredients', 'nine basic needs', 'nine essential commodities', 'nine main commodities', 'nine basic foodstuffs', 'nine staple goods'],
      fr: ['neuf produits de base', 'neuf denrées de base', 'neuf ingrédients de base', 'neuf produits essentiels', 'neuf matières de base'],
      zh: ['九种基本食品', '九种基本物资', '九大基本物资', '九种基本必需品'],
    },
  },
  // ─────────────────────────── Law and courts ───────────────────────────
  {
    forms: ['uang pengganti', 'pidana uang pengganti', 'pidana tambahan uang pengganti', 'uang pengganti kerugian negara'],
    domain: 'law',
    term: { en: ['restitution', 'restitution to the state'], fr: ['restitution', "restitution à l'État"], zh: ['退赔', '赔偿金'], ja: ['追徴金'], ar: ['رد الأموال', 'تعويض'] },
    literal: {
      en: ['replacement money', 'replacement moneys', 'replacement monies', 'substitute money', 'substitution money', 'replacement fund', 'replacement funds', 'money replacement', 'replacement cash', 'substitute cash'],
      fr: ['argent de remplacement', 'argent de substitution', 'monnaie de remplacement', 'fonds de remplacement'],
      ar: ['الأموال البديلة', 'أموال بديلة', 'المال البديل', 'مال بديل'],
    },
  },
  {
    forms: ['vonis bebas', 'putusan bebas', 'divonis bebas', 'diputus bebas', 'memvonis bebas', 'vonis bebasnya', 'bebas murni'],
    domain: 'law',
    term: { en: ['acquittal', 'acquitted', 'acquittals'], fr: ['acquittement', 'acquitté', 'relaxe'], zh: ['无罪判决', '宣判无罪'], ja: ['無罪判決'], ar: ['حكم بالبراءة', 'البراءة'] },
    literal: {
      en: ['free verdict', 'free verdicts', 'verdict free', 'free sentence', 'free sentences', 'sentenced free', 'sentenced to be free', 'freedom verdict', 'free ruling', 'free rulings', 'purely free verdict', 'verdict of free', 'free decision verdict'],
      fr: ['verdict libre', 'verdicts libres', 'verdict de liberté', 'condamné libre', 'condamnée libre', 'condamnés libres', 'peine libre'],
      zh: ['自由判决'],
      ja: ['自由判決', '自由の判決'],
    },
  },
  {
    forms: ['pasal berlapis', 'dijerat pasal berlapis', 'dikenakan pasal berlapis', 'dikenai pasal berlapis', 'pasal-pasal berlapis', 'ancaman pasal berlapis'],
    domain: 'law',
    term: { en: ['multiple charges', 'several charges'], fr: ["plusieurs chefs d'accusation", "chefs d'accusation multiples"], zh: ['多项罪名', '数罪并罚'], ja: ['複数の罪状'], ar: ['تهم متعددة'] },
    literal: {
      en: ['layered articles', 'layered article', 'layered chapters', 'layered sections', 'layered paragraphs', 'multi-layered articles', 'multilayered articles', 'multiple layered articles', 'tiered articles', 'layered charges', 'layered laws', 'stacked articles', 'articles in layers'],
      fr: ['articles superposés', 'articles en couches', 'articles stratifiés', 'articles à plusieurs couches', 'articles multicouches'],
      zh: ['分层条款', '多层条款', '分层条文', '多层次条款'],
      ar: ['مواد متعددة الطبقات', 'مواد طبقية'],
    },
  },
  {
    forms: ['praperadilan', 'sidang praperadilan', 'gugatan praperadilan', 'permohonan praperadilan', 'mempraperadilankan', 'dipraperadilankan'],
    domain: 'law',
    term: { en: ['pretrial hearing', 'pretrial motion', 'pretrial challenge'], fr: ['recours préliminaire', 'audience préliminaire'], zh: ['审前听证', '庭前审查'], ja: ['公判前審理'], ar: ['جلسة ما قبل المحاكمة', 'طعن ما قبل المحاكمة'] },
    literal: {
      en: ['pre-justice', 'prejustice', 'pre justice', 'pre-judiciary', 'prejudiciary', 'pre-court', 'precourt', 'pre-judicial hearing', 'pre-judicial lawsuit', 'pre-judicial suit', 'pre-judicial request', 'pre-judicial session', 'pre-justice lawsuit', 'pre-justice session', 'pre-judicature'],
      fr: ['pré-justice', 'préjustice', 'pré-tribunal', 'pré-judiciaire'],
    },
  },
  {
    forms: ['saksi mahkota', 'sebagai saksi mahkota', 'saksi mahkota dalam perkara'],
    domain: 'law',
    term: { en: ['accomplice witness', 'co-defendant testifying as a witness'], fr: ['coaccusé témoin', 'témoin complice'], zh: ['同案被告证人', '共犯证人'], ja: ['共犯者証人'], ar: ['شاهد من المتهمين', 'متهم شاهد'] },
    literal: {},
    // A crown witness is a prosecution witness in Commonwealth courts; here it is an accused
    // who testifies against an accomplice.
    ambiguous: { en: ['crown witness', 'crown witnesses'], fr: ['témoin de la couronne', 'témoins de la couronne'], zh: ['皇冠证人', '王冠证人'] },
    sourceOnly: true,
  },
  {
    forms: ['hukuman badan', 'pidana badan', 'hukuman badan selama'],
    domain: 'law',
    term: { en: ['prison sentence', 'imprisonment', 'prison term'], fr: ['peine de prison', 'emprisonnement'], zh: ['监禁', '有期徒刑'], ja: ['懲役刑', '禁錮刑'], ar: ['عقوبة السجن', 'السجن'] },
    literal: {
      en: ['body punishment', 'body punishments', 'body sentence', 'body sentences', 'bodily sentence', 'body penalty', 'body penalties', 'body crime sentence', 'body criminal sentence'],
      fr: ['punition du corps', 'peine du corps', 'sanction corporelle de prison'],
      zh: ['身体刑罚', '身体惩罚'],
    },
    // Corporal punishment is caning, which Aceh does hand down.
    ambiguous: { en: ['corporal punishment', 'bodily punishment'], fr: ['peine corporelle', 'punition corporelle', 'châtiment corporel'], zh: ['体罚'] },
  },
  {
    forms: ['subsider', 'subsidair', 'subsidiair'],
    domain: 'law',
    term: { en: ['in lieu', 'or, failing payment,', 'failing which'], fr: ['ou, à défaut de paiement,', 'à défaut de paiement'] },
    literal: {},
    // "denda Rp 500 juta subsider enam bulan kurungan": a fine or, unpaid, six months in jail.
    ambiguous: { en: ['subsidiary', 'subsidiaries', 'subsider'] },
    sourceOnly: true,
  },
  {
    forms: ['kuasa hukum', 'kuasa hukumnya', 'tim kuasa hukum', 'selaku kuasa hukum', 'kuasa hukum terdakwa', 'kuasa hukum tersangka'],
    domain: 'law',
    term: { en: ['lawyer', 'lawyers', 'legal counsel', 'attorney'], fr: ['avocat', 'avocats', 'conseil'], zh: ['律师', '代理律师'], ja: ['弁護士', '代理人'], ar: ['محامي', 'المحامي', 'هيئة الدفاع'] },
    literal: {
      en: ['legal proxy team', 'legal power team', 'law power team', 'legal proxies team', 'law proxy', 'law proxies'],
      fr: ['équipe de pouvoir juridique', 'procuration juridique'],
    },
    // "legal power" and "legal proxy" are things a lawyer may hold, not lawyers.
    ambiguous: { en: ['legal power', 'legal powers', 'law power', 'law powers', 'legal proxy', 'legal proxies', 'power of law', 'legal attorney power'], fr: ['pouvoir juridique', 'pouvoir légal'], zh: ['法律权力', '法律代理权'], ar: ['السلطة القانونية'] },
  },
  {
    forms: ['gelar perkara', 'gelar perkara khusus', 'menggelar gelar perkara', 'hasil gelar perkara'],
    domain: 'law',
    term: { en: ['case review', 'case conference', 'case review meeting'], fr: ["examen du dossier", "réunion d'examen de l'affaire"], zh: ['案件审议会', '案情研讨'], ja: ['事件検討会'], ar: ['مراجعة القضية'] },
    literal: {
      en: ['case degree', 'case degrees', 'degree of the case', 'case title meeting', 'case title session', 'case holding session', 'special case title', 'case exposition meeting', 'case-title', 'case expose', 'case exposé', 'case display', 'case parade'],
      fr: ["titre de l'affaire spécial", "diplôme de l'affaire", "exposition de l'affaire"],
    },
    // A case title is the name of a case ("Smith v Jones").
    ambiguous: { en: ['case title', 'case titles', 'title of the case', 'case exposition'], fr: ["titre de l'affaire", 'titre du dossier'] },
  },
  {
    forms: ['dijerat pasal', 'dijerat dengan pasal', 'dijerat undang-undang', 'dijerat uu', 'dijerat', 'menjerat', 'dijerat pasal berlapis'],
    domain: 'law',
    term: { en: ['charged under Article', 'charged under'], fr: ["poursuivi en vertu de l'article", 'inculpé en vertu de'], zh: ['被控违反', '依据……被起诉'], ja: ['の容疑で', '違反の疑いで'], ar: ['وجهت إليه تهمة بموجب المادة'] },
    literal: {
      en: ['ensnared with article', 'ensnared with articles', 'ensnared by article', 'ensnared by articles', 'ensnared under article', 'ensnared under articles', 'ensnared with the article', 'ensnared with the articles', 'snared with article', 'snared with articles', 'snared by article', 'snared by articles', 'snared under article', 'trapped with article', 'trapped with articles', 'trapped by article', 'trapped by articles', 'entangled with article', 'entangled with articles', 'ensnared with law', 'ensnared with the law on', 'snared with the law on', 'ensnared with the criminal code'],
      fr: ["piégé par l'article", "piégés par l'article", "piégée par l'article", "piégé avec l'article", "piégés avec l'article", "piégé par les articles", "empêtré dans l'article"],
    },
    // "ensnared by the law" is also a figure of English.
    ambiguous: { en: ['ensnared by the law', 'snared by the law', 'trapped by the law'] },
  },
  // ─────────────────────────── Politics and elections ───────────────────────────
  {
    forms: ['hitung cepat', 'penghitungan cepat', 'perhitungan cepat', 'hasil hitung cepat', 'lembaga hitung cepat'],
    domain: 'politics',
    term: { en: ['quick count', 'quick counts', 'unofficial quick count'], fr: ['décompte rapide', 'décomptes rapides'], zh: ['快速计票'], ja: ['速報集計', 'クイックカウント'], ar: ['الفرز السريع', 'العد السريع'] },
    literal: {
      en: ['fast count survey', 'fast count surveys', 'fast count institution', 'fast count institutions', 'fast count institute', 'fast count results', 'fast count result', 'fast calculation results', 'fast calculation result', 'quick calculation results', 'quick calculation result', 'quick calculation institution'],
    },
    // A referee's "fast count" in boxing; a "quick calculation" anywhere.
    ambiguous: { en: ['fast count', 'fast counts', 'fast-count', 'fast counting', 'quick calculation', 'quick calculations', 'fast calculation', 'fast calculations', 'quick counting'] },
    severity: 'minor',
  },
  {
    forms: ['surat suara', 'kertas suara', 'surat suara sah', 'surat suara tidak sah', 'surat-surat suara', 'surat suaranya'],
    domain: 'politics',
    term: { en: ['ballot paper', 'ballot papers', 'ballot', 'ballots'], fr: ['bulletin de vote', 'bulletins de vote'], zh: ['选票'], ja: ['投票用紙'], ar: ['ورقة الاقتراع', 'أوراق الاقتراع', 'بطاقة الاقتراع'] },
    literal: {
      en: ['sound letter', 'sound letters', 'voice letter', 'voice letters', 'voice paper', 'voice papers', 'sound paper', 'sound papers', 'letter of voice', 'letters of voice', 'voice sheet', 'voice sheets'],
      fr: ['lettre sonore', 'lettres sonores', 'lettre de voix', 'lettres de voix', 'papier de voix', 'papiers de voix', 'lettre de son', 'lettres de son', 'papier sonore'],
      zh: ['声音信件', '声音信'],
      ja: ['音声の手紙', '声の手紙', '音の手紙'],
    },
    // A shareholder's "voting letter"; Chinese 语音信件 and Arabic رسالة صوتية are voice mail.
    ambiguous: { en: ['voting letter', 'voting letters', 'vote letter', 'vote letters', 'sound sheet', 'sound sheets'], fr: ['lettre vocale', 'lettres vocales'], zh: ['语音信件'], ar: ['رسالة صوتية', 'رسائل صوتية', 'الرسائل الصوتية'] },
  },
  {
    forms: ['masa tenang', 'masa tenang kampanye', 'masa tenang pemilu', 'masa tenang pilkada', 'hari tenang'],
    domain: 'politics',
    term: { en: ['cooling-off period', 'campaign silence period', 'campaign blackout'], fr: ['période de silence électoral', 'silence électoral'], zh: ['竞选静默期', '冷静期'], ja: ['選挙運動禁止期間'], ar: ['فترة الصمت الانتخابي'] },
    literal: {},
    // A quiet period on the market, in a company before its listing, a calm week at sea.
    ambiguous: {
      en: ['quiet period', 'quiet periods', 'calm period', 'calm periods', 'period of calm', 'calm time', 'quiet time', 'quiet phase', 'calm phase', 'tranquil period', 'quiet days', 'calm days', 'quiet day', 'calm day'],
      fr: ['période calme', 'périodes calmes', 'période de calme', 'période tranquille', 'jours calmes'],
      zh: ['平静期', '安静期'],
      ja: ['静かな期間', '平穏期間', '静穏期間'],
      ar: ['فترة الهدوء', 'الفترة الهادئة'],
    },
    sourceOnly: true,
    severity: 'minor',
  },
  {
    forms: ['daftar pemilih tetap', 'dpt', 'penetapan dpt', 'masuk dpt', 'daftar pemilih tetap (dpt)'],
    domain: 'politics',
    // "permanent voters list (DPT)" is what Indonesia's English-language press itself writes: not a calque.
    term: { en: ['final voter list', 'permanent voters list', 'voter roll', 'electoral roll'], fr: ['liste électorale définitive', 'listes électorales'], zh: ['最终选民名单', '选民名册'], ja: ['確定選挙人名簿', '選挙人名簿'], ar: ['القائمة النهائية للناخبين', 'سجل الناخبين'] },
    literal: {
      en: ['fixed voter list', 'fixed voters list', "fixed voters' list", 'fixed voter lists', 'fixed list of voters', 'fixed voter register', 'fixed voters register', 'fixed voter roll', 'fixed voter list (dpt)', 'fixed electoral list'],
      fr: ['liste fixe des électeurs', 'liste des électeurs fixes', 'liste électorale fixe', 'liste des électeurs permanents', 'liste permanente des électeurs'],
      zh: ['固定选民名单', '固定选民名册'],
      ja: ['固定有権者リスト', '固定選挙人名簿'],
      ar: ['قائمة الناخبين الثابتة', 'قائمة الناخبين الدائمة'],
    },
    severity: 'minor',
  },
  {
    forms: ['tempat pemungutan suara', 'tps', 'di tps', 'petugas tps', 'ke tps'],
    domain: 'politics',
    term: { en: ['polling station', 'polling stations', 'polling place'], fr: ['bureau de vote', 'bureaux de vote'], zh: ['投票站'], ja: ['投票所'], ar: ['مركز الاقتراع', 'مراكز الاقتراع'] },
    literal: {
      en: ['sound collection place', 'sound collection places', 'voice collection place', 'voice collection places', 'vote collection place', 'vote collection places', 'voting collection place', 'voting collection places', 'sound picking place', 'voice picking place', 'vote picking place', 'place of vote collection', 'place of sound collection', 'place of voice collection', 'sound polling place', 'vote-picking place', 'voice voting place', 'sound voting place'],
      fr: ['lieu de collecte des voix', 'lieu de collecte de voix', 'lieux de collecte des voix', 'lieu de collecte du son', 'lieu de collecte des sons', 'lieu de ramassage des voix'],
      zh: ['声音收集地点', '声音收集处', '收集声音的地方'],
      ja: ['音声収集場所', '音収集場所'],
    },
  },
  {
    forms: ['rekapitulasi suara', 'rekapitulasi penghitungan suara', 'rekapitulasi hasil penghitungan suara', 'rekapitulasi hasil pemilu', 'rekap suara'],
    domain: 'politics',
    term: { en: ['vote tally', 'official vote count', 'vote tabulation'], fr: ['décompte des voix', 'totalisation des voix'], zh: ['计票汇总', '计票'], ja: ['開票集計', '集計'], ar: ['فرز الأصوات', 'جدولة الأصوات'] },
    literal: {
      en: ['vote recapitulation', 'votes recapitulation', 'vote recapitulations', 'recapitulation of votes', 'recapitulation of the votes', 'recapitulation of vote counting', 'recapitulation of the vote count', 'recapitulation of vote count', 'recapitulation of the vote counting', 'recapitulation of votes counting', 'vote count recapitulation', 'vote counting recapitulation', 'recapitulation of vote results', 'recapitulation of the vote', 'vote recap', 'recapitulation of the results of the vote count', 'recapitulation of the results of vote counting'],
    },
    // "recapitulation" is a sonata's too.
    ambiguous: { en: ['sound recapitulation', 'voice recapitulation', 'recapitulation'] },
    severity: 'minor',
  },
  {
    forms: ['kampanye akbar', 'kampanye akbarnya', 'kampanye akbar terakhir'],
    domain: 'politics',
    term: { en: ['mass rally', 'campaign rally', 'grand rally'], fr: ['grand meeting', 'meeting de campagne'], zh: ['大型造势集会', '造势大会'], ja: ['大規模集会'], ar: ['تجمع انتخابي حاشد'] },
    literal: {},
    ambiguous: { en: ['grand campaign', 'grand campaigns', 'great campaign', 'great campaigns', 'big campaign', 'big campaigns', 'major campaign', 'massive campaign'], fr: ['grande campagne', 'grandes campagnes'], zh: ['大型竞选活动'], ar: ['الحملة الكبرى'] },
    sourceOnly: true,
    severity: 'minor',
  },
  {
    forms: ['pasangan calon', 'paslon', 'pasangan capres-cawapres', 'pasangan capres dan cawapres', 'pasangan calon presiden dan wakil presiden', 'pasangan calon kepala daerah', 'pasangan calon nomor urut'],
    domain: 'politics',
    term: { en: ['ticket', 'candidate pair', 'running mates'], fr: ['ticket', 'binôme', 'tandem'], zh: ['搭档', '候选人组合'], ja: ['候補者ペア', '正副候補'], ar: ['الثنائي المرشح'] },
    literal: {
      en: ['candidate couple', 'candidate couples', 'couple of candidates', 'couples of candidates', 'spouse candidate', 'spouse candidates', 'candidate spouses', 'couple candidate', 'couple candidates', 'candidates couple', 'candidate couple number', 'presidential candidate couple', 'presidential candidate couples', 'regional head candidate couple'],
      fr: ['couple candidat', 'couples candidats', 'couple de candidats présidentiels', 'époux candidats'],
    },
    // "the candidate couple" may be a candidate and a spouse; so may 候选人夫妇.
    ambiguous: { en: ['candidate spouse'], fr: ['couple de candidats', 'couples de candidats'], zh: ['候选人夫妇', '候选夫妇'], ja: ['候補者カップル', '候補夫婦'], ar: ['زوجان مرشحان', 'الزوجين المرشحين'] },
  },
  {
    forms: ['golput', 'golongan putih', 'angka golput', 'memilih golput', 'ber-golput'],
    domain: 'politics',
    term: { en: ['abstention', 'non-voters', 'abstainers'], fr: ['abstention', 'abstentionnistes'], zh: ['弃权', '弃权者'], ja: ['棄権', '棄権者'], ar: ['الامتناع عن التصويت', 'الممتنعون عن التصويت'] },
    literal: {
      en: ['white group voters', 'white group abstainers', 'white group rate', 'white class voters', 'white groupers'],
      fr: ['groupe blanc électoral'],
    },
    // "a white group" may be just that.
    ambiguous: { en: ['white group', 'white groups', 'white class', 'white faction', 'white camp'], fr: ['groupe blanc', 'groupes blancs'], zh: ['白色群体', '白色团体', '白人群体'], ja: ['白いグループ', 'ホワイトグループ'], ar: ['المجموعة البيضاء'] },
  },
  {
    forms: ['hak angket', 'panitia khusus hak angket', 'pansus hak angket', 'angket', 'pansus angket', 'penggunaan hak angket'],
    domain: 'politics',
    term: { en: ['right of inquiry', 'parliamentary inquiry'], fr: ["droit d'enquête", 'enquête parlementaire'], zh: ['调查权', '议会调查'], ja: ['国政調査権', '調査権'], ar: ['حق التحقيق', 'التحقيق البرلماني'] },
    literal: {
      en: ['questionnaire right', 'questionnaire rights', 'right of questionnaire', 'right to questionnaire', 'right of questionnaires', 'questionnaire committee', 'questionnaire special committee', 'special questionnaire committee', 'angket right', 'angket rights', 'right of angket', 'right to angket', 'inquiry questionnaire right'],
      fr: ['droit de questionnaire', 'droit au questionnaire', 'commission du questionnaire', "droit d'angket"],
      zh: ['问卷权', '问卷调查权', '问卷特别委员会'],
      ja: ['アンケート権', 'アンケート特別委員会'],
      ar: ['حق الاستبيان', 'لجنة الاستبيان'],
    },
  },
  {
    forms: ['rapat dengar pendapat', 'rdp', 'rapat dengar pendapat umum', 'rdpu', 'dalam rapat dengar pendapat'],
    domain: 'politics',
    term: { en: ['hearing', 'hearings', 'public hearing'], fr: ['audition', 'audience publique'], zh: ['听证会'], ja: ['公聴会'], ar: ['جلسة استماع', 'جلسات الاستماع'] },
    literal: {
      en: ['opinion hearing meeting', 'opinion hearing meetings', 'opinion listening meeting', 'opinion listening meetings', 'hearing opinion meeting', 'public opinion hearing meeting', 'hearing of opinion meeting', 'meeting to hear opinions', 'opinion hearing session', 'listening to opinions meeting', 'general opinion hearing meeting', 'hearing meeting of opinions'],
      fr: ["réunion d'audition d'opinion", "réunion d'écoute d'opinion", "réunion d'écoute des opinions", "réunion d'audition des opinions"],
    },
    ambiguous: { en: ['hearing meeting', 'hearing meetings', 'opinion hearing', 'opinion hearings'] },
    severity: 'minor',
  },
  {
    forms: ['pelaksana tugas', 'plt', 'plt gubernur', 'plt bupati', 'plt wali kota', 'plt ketua umum'],
    domain: 'politics',
    term: { en: ['acting', 'interim'], fr: ['par intérim', 'intérimaire'], zh: ['代理'], ja: ['代行'], ar: ['بالإنابة', 'القائم بالأعمال'] },
    literal: {
      en: ['task implementer', 'task implementers', 'duty executor', 'duty executors', 'executor of duties', 'executor of tasks', 'implementer of duties', 'implementer of tasks', 'duty implementer', 'duty implementers', 'task implementation officer', 'task performer', 'executing officer of tasks', 'task executive'],
      fr: ['exécutant des tâches', 'exécuteur des tâches', 'exécutant de tâches', 'exécuteur de tâches', 'responsable de l\'exécution des tâches'],
    },
    // A "task executor" is a piece of software.
    ambiguous: { en: ['task executor', 'task executors'], zh: ['任务执行者'], ja: ['任務遂行者'], ar: ['منفذ المهام'] },
  },
  {
    forms: ['pelaksana harian', 'plh', 'plh gubernur', 'plh bupati', 'plh wali kota', 'plh ketua'],
    domain: 'politics',
    term: { en: ['acting', 'caretaker', 'interim'], fr: ['par intérim', 'intérimaire'], zh: ['代理'], ja: ['代行', '職務代理'], ar: ['بالإنابة'] },
    literal: {
      en: ['daily executor', 'daily executors', 'daily implementer', 'daily implementers', 'daily implementing officer', 'daily executing officer', 'daily executive officer', 'daily task executor', 'daily performer', 'daily acting officer'],
      fr: ['exécutant quotidien', 'exécuteur quotidien', 'exécutif quotidien', 'responsable quotidien'],
      zh: ['日常执行者', '每日执行者'],
    },
    ambiguous: { en: ['daily executive'] },
  },
  // ─────────────────────────── Sport ───────────────────────────
  {
    forms: ['tunggal putra', 'sektor tunggal putra', 'pebulu tangkis tunggal putra', 'tunggal putra indonesia'],
    domain: 'sport',
    term: { en: ["men's singles"], fr: ['simple messieurs', 'simple hommes'], zh: ['男单', '男子单打'], ja: ['男子シングルス'], ar: ['فردي الرجال'] },
    literal: {
      en: ['son single', 'son singles', 'sons single', 'sons singles', 'single sons', "son's single", "son's singles", "sons' singles", 'singles son', 'single prince', 'single princes', 'single son sector', 'single men sector', 'single male sector'],
      fr: ['célibataire fils'],
    },
    // "They had a single son": plain English for an only son; "un simple fils de paysan", a mere son.
    ambiguous: { en: ['single son', 'male single'], fr: ['simple fils', 'simples fils', 'simple prince'] },
  },
  {
    forms: ['tunggal putri', 'sektor tunggal putri', 'pebulu tangkis tunggal putri', 'tunggal putri indonesia'],
    domain: 'sport',
    term: { en: ["women's singles"], fr: ['simple dames', 'simple femmes'], zh: ['女单', '女子单打'], ja: ['女子シングルス'], ar: ['فردي السيدات'] },
    literal: {
      en: ['daughter single', 'daughter singles', 'daughters single', 'daughters singles', "daughter's single", "daughter's singles", "daughters' singles", 'singles daughter', 'single princess', 'single princesses', 'single daughter sector', 'single women sector'],
      fr: ['célibataire fille'],
    },
    // "a single daughter" is an unmarried one, or an only one; "une simple fille", a mere girl.
    ambiguous: { en: ['single daughter', 'single daughters', 'female single'], fr: ['simple fille', 'simples filles', 'simple princesse'] },
  },
  {
    forms: ['ganda putra', 'sektor ganda putra', 'pasangan ganda putra', 'ganda putra indonesia'],
    domain: 'sport',
    term: { en: ["men's doubles"], fr: ['double messieurs', 'double hommes'], zh: ['男双', '男子双打'], ja: ['男子ダブルス'], ar: ['زوجي الرجال'] },
    literal: {
      en: ['son double', 'son doubles', 'sons double', 'sons doubles', 'double son', 'double sons', "son's double", "son's doubles", "sons' doubles", 'double prince', 'double princes', 'doubles son', 'doubles sons', 'son pair', 'sons pair'],
      fr: ['double fils', 'doubles fils', 'fils double', 'double prince'],
    },
  },
  {
    forms: ['ganda putri', 'sektor ganda putri', 'pasangan ganda putri', 'ganda putri indonesia'],
    domain: 'sport',
    term: { en: ["women's doubles"], fr: ['double dames', 'double femmes'], zh: ['女双', '女子双打'], ja: ['女子ダブルス'], ar: ['زوجي السيدات'] },
    literal: {
      en: ['daughter double', 'daughter doubles', 'daughters double', 'daughters doubles', 'double daughter', 'double daughters', "daughter's double", "daughter's doubles", "daughters' doubles", 'double princess', 'double princesses', 'doubles daughter', 'doubles daughters', 'daughter pair', 'daughters pair'],
      fr: ['double fille', 'double filles', 'doubles filles', 'filles double', 'double princesse'],
    },
  },
  {
    forms: ['ganda campuran', 'sektor ganda campuran', 'pasangan ganda campuran', 'ganda campuran indonesia'],
    domain: 'sport',
    // French "double mixte" is the established term: no French rendering to catch.
    term: { en: ['mixed doubles'], fr: ['double mixte'], zh: ['混双', '混合双打'], ja: ['混合ダブルス'], ar: ['الزوجي المختلط'] },
    literal: {
      en: ['mixed double', 'double mixed', 'doubles mixed', 'mixed multiple', 'mixed multiples', 'mixed duplicate', 'mixed duplicates', 'mixed twin', 'mixed twins', 'mixed double sector', 'mixed dual', 'mixed duals'],
    },
    // Sport writing speaks of mixed pairs in figure skating too.
    ambiguous: { en: ['mixed pair', 'mixed pairs'] },
  },
  {
    forms: ['juara bertahan', 'sang juara bertahan', 'status juara bertahan', 'juara bertahannya'],
    domain: 'sport',
    term: { en: ['defending champion', 'defending champions', 'title holder'], fr: ['tenant du titre', 'tenante du titre', 'champion en titre'], zh: ['卫冕冠军'], ja: ['前回王者', 'ディフェンディングチャンピオン'], ar: ['حامل اللقب', 'حاملة اللقب'] },
    literal: {
      en: ['survival champion', 'survival champions', 'staying champion', 'staying champions', 'enduring champion', 'enduring champions', 'defensive champion', 'defensive champions', 'defense champion', 'defence champion', 'persisting champion', 'persistent champion', 'holding champion', 'retained champion', 'survivor champion', 'survivor champions'],
      fr: ['champion survivant', 'champions survivants', 'championne survivante', 'champion défensif', 'champions défensifs', 'champion persistant', 'champion de survie'],
    },
    // "the last surviving champion of 1966" is plain English.
    ambiguous: { en: ['surviving champion', 'surviving champions'] },
  },
  {
    forms: ['adu penalti', 'adu tendangan penalti', 'drama adu penalti', 'babak adu penalti', 'adu penalty', 'adu pinalti'],
    domain: 'sport',
    term: { en: ['penalty shootout', 'penalty shoot-out', 'penalties'], fr: ['séance de tirs au but', 'tirs au but'], zh: ['点球大战'], ja: ['PK戦'], ar: ['ركلات الترجيح'] },
    literal: {
      en: ['penalty fight', 'penalty fights', 'penalty kick fight', 'penalty kick fights', 'penalty fighting', 'penalties fight', 'fight of penalties', 'penalty kick battle', 'penalty kicks battle', 'penalty kick duel', 'penalty pitting', 'pitting of penalties', 'penalty clash', 'penalty kick contest', 'penalty match-up'],
      fr: ['combat de penalty', 'combat de penaltys', 'combat de pénaltys', 'combat de penalties', 'bataille de penalty', 'bataille de penaltys', 'bataille de pénaltys', 'combat de tirs au but', 'lutte de penalty', 'lutte de penaltys'],
    },
    // English writers do win "the penalty battle" or "duel".
    ambiguous: { en: ['penalty battle', 'penalty battles', 'penalty duel', 'penalty duels', 'penalty contest', 'penalty contests'], fr: ['duel de penalty', 'duel de penaltys'], ar: ['معركة ركلات الجزاء'] },
  },
  {
    forms: ['tuan rumah', 'menjadi tuan rumah', 'sebagai tuan rumah', 'tim tuan rumah', 'negara tuan rumah', 'status tuan rumah'],
    domain: 'sport',
    term: { en: ['host', 'hosts', 'host nation'], fr: ['hôte', 'pays hôte', 'organisateur'], zh: ['东道主', '主办方'], ja: ['開催国', 'ホスト'], ar: ['المضيف', 'البلد المضيف'] },
    literal: {
      en: ['master of the house team', 'landlord team', 'landlord country', 'landlord nation', 'house master team', 'master of the house status', 'landlord status'],
      fr: ['équipe propriétaire', 'pays propriétaire'],
      zh: ['房东队', '房东国'],
    },
    // Real landlords, masters of the house and house masters appear in the news too.
    ambiguous: { en: ['landlord', 'landlords', 'house master', 'house masters', 'master of the house', 'lord of the house', 'host master', 'host masters', 'home master', 'home masters'], fr: ['maître de maison', 'maîtres de maison', 'maître de la maison'], zh: ['房东', '主人家'], ja: ['家主'], ar: ['صاحب البيت', 'صاحب المنزل', 'رب البيت'] },
  },
  {
    forms: ['babak gugur', 'fase gugur', 'sistem gugur', 'babak sistem gugur', 'laga sistem gugur'],
    domain: 'sport',
    term: { en: ['knockout stage', 'knockout round', 'knockout phase'], fr: ['phase à élimination directe', 'phase finale'], zh: ['淘汰赛', '淘汰赛阶段'], ja: ['決勝トーナメント', 'ノックアウトステージ'], ar: ['الأدوار الإقصائية', 'الدور الإقصائي'] },
    literal: {
      en: ['fallen round', 'fallen rounds', 'falling round', 'falling rounds', 'fallen stage', 'falling stage', 'fallen phase', 'falling phase', 'fall-out round', 'fall-off round', 'round of the fall', 'fall round system'],
      fr: ['tour de chute', 'tours de chute', 'phase de chute', 'système de chute', 'tour tombé', 'phase tombée'],
    },
    // An autumn round of talks, the fall phase of a programme.
    ambiguous: { en: ['fall round', 'fall rounds', 'fall stage', 'fall phase', 'fall system', 'dropping round', 'dropped round'] },
  },
  {
    forms: ['gol bunuh diri', 'gol bunuh dirinya', 'gol bunuh diri dari', 'mencetak gol bunuh diri', 'gol bunuh diri pemain'],
    domain: 'sport',
    term: { en: ['own goal', 'own goals'], fr: ['but contre son camp', 'buts contre son camp'], zh: ['乌龙球'], ja: ['オウンゴール'], ar: ['هدف عكسي', 'هدف في مرماه'] },
    literal: {
      en: ['suicide goal', 'suicide goals', 'self-kill goal', 'self-killing goal', 'suicidal goal', 'suicidal goals', 'goal of suicide'],
      fr: ['but suicide', 'buts suicides', 'but de suicide', 'buts de suicide', 'but suicidaire', 'buts suicidaires'],
      zh: ['自杀进球'],
    },
    // A suicide bomber's "target" is also هدف.
    ambiguous: { ar: ['هدف انتحاري'] },
  },
  {
    forms: ['sundulan', 'sundulan kepala', 'menyundul', 'disundul', 'sundulannya', 'lewat sundulan', 'melalui sundulan'],
    domain: 'sport',
    term: { en: ['header', 'headed'], fr: ['tête', 'coup de tête'], zh: ['头球'], ja: ['ヘディング', 'ヘディングシュート'], ar: ['ضربة رأس', 'رأسية'] },
    literal: {
      en: ['headbutt goal', 'headbutt shot', 'head butt goal', 'head-butt goal', 'headbutt shots', 'headbutt goals'],
    },
    // A headbutt is a foul, and a real one is news too.
    ambiguous: { en: ['headbutt', 'headbutts', 'head butt', 'head butts', 'head-butt', 'head-butts', 'headbutted', 'head-butted', 'headbutting'] },
  },
  {
    forms: ['lari gawang', 'lari gawang 110 meter', 'lari gawang 100 meter', 'lari gawang 400 meter', 'nomor lari gawang'],
    domain: 'sport',
    term: { en: ['hurdles'], fr: ['haies', 'course de haies'], zh: ['跨栏'], ja: ['ハードル走'], ar: ['سباق الحواجز'] },
    literal: {
      en: ['goal running', 'goalpost running', 'goalpost run', 'goalpost race', 'gate running', 'goal-run', 'meter goal run', 'metre goal run', 'metres goal run', 'meters goal run', 'meter goal running', 'metre goal running'],
      fr: ['course de but', 'course aux buts', 'course de buts', 'course de poteaux'],
      zh: ['球门跑', '球门赛跑'],
    },
    // A striker's "goal run" is a scoring streak.
    ambiguous: { en: ['goal run', 'goal runs', 'gate run', 'goal race', 'goal races', 'gate race', 'wicket running'] },
  },
  {
    forms: ['lompat jauh', 'nomor lompat jauh', 'atlet lompat jauh'],
    domain: 'sport',
    // Chinese 跳远 (jump far) is the name of the long jump.
    term: { en: ['long jump'], fr: ['saut en longueur'], ja: ['走り幅跳び'], ar: ['الوثب الطويل'] },
    literal: {
      en: ['far jump', 'far jumps', 'far jumping', 'far jumper', 'far jumpers', 'distance jump', 'jump far event'],
      fr: ['saut loin', 'saut lointain', 'saut de loin', 'saut au loin'],
    },
  },
  {
    forms: ['tolak peluru', 'nomor tolak peluru', 'atlet tolak peluru'],
    domain: 'sport',
    term: { en: ['shot put'], fr: ['lancer du poids'], zh: ['铅球'], ja: ['砲丸投げ'], ar: ['دفع الجلة'] },
    literal: {
      en: ['bullet push', 'bullet pushing', 'push bullet', 'bullet repulsion', 'bullet rejection', 'reject bullet', 'reject bullets', 'rejecting bullets', 'bullet put', 'bullet putting', 'bullet refusal', 'refuse bullet', 'bullet repellent'],
      fr: ['poussée de balle', 'rejet de balle', 'rejet de balles', 'refus de balle', 'poussée de la balle', 'refuser la balle'],
    },
  },
  {
    forms: ['lempar lembing', 'nomor lempar lembing', 'atlet lempar lembing', 'lontar lembing'],
    domain: 'sport',
    // Arabic رمي الرمح (spear throwing) is the name of the javelin.
    term: { en: ['javelin', 'javelin throw'], fr: ['lancer du javelot'], zh: ['标枪'], ja: ['やり投げ'], ar: ['رمي الرمح'] },
    literal: {
      en: ['spear throw event', 'lance throw', 'lance throwing', 'lance thrower', 'spear-throw event', 'spear throwing event'],
      fr: ['lancer de lance', 'lancer de la lance', 'jet de lance'],
    },
    // Spears are thrown in hunting and history as well.
    ambiguous: { en: ['spear throw', 'spear throwing', 'spear thrower', 'spear throwers'] },
  },
  {
    forms: ['bulu tangkis', 'bulutangkis', 'cabang bulu tangkis', 'pebulu tangkis', 'pebulutangkis'],
    domain: 'sport',
    term: { en: ['badminton', 'badminton player'], fr: ['badminton', 'joueur de badminton'], zh: ['羽毛球'], ja: ['バドミントン'], ar: ['كرة الريشة', 'الريشة الطائرة'] },
    literal: {
      en: ['feather catch', 'feather catching', 'feather-catch', 'feather catcher', 'feather catchers', 'catch feathers', 'catching feathers', 'feather-catcher', 'feather-catching', 'feather grabbing', 'fur catch', 'fur catcher', 'feather catch player', 'feather catch players'],
      fr: ['attrape-plume', 'attrape-plumes', 'attrapeur de plumes', 'attraper la plume', 'capture de plumes', 'prise de plumes'],
    },
  },
  {
    forms: ['laga persahabatan', 'pertandingan persahabatan', 'laga uji coba persahabatan', 'partai persahabatan'],
    domain: 'sport',
    term: { en: ['friendly', 'friendly match', 'friendlies'], fr: ['match amical', 'matchs amicaux'], zh: ['友谊赛'], ja: ['親善試合'], ar: ['مباراة ودية'] },
    literal: {
      en: ['friendship fixture', 'friendship fixtures', 'friendship clash', 'friendship bout', 'friendship encounter', 'friendship party', 'friendship contest'],
      fr: ["rencontre d'amitié", "rencontres d'amitié", "partie d'amitié"],
    },
    // "friendship match" is used in exhibitions between nations, and is readable.
    ambiguous: { en: ['friendship match', 'friendship matches', 'friendship game', 'friendship games', 'friendship duel'], fr: ["match d'amitié", "matchs d'amitié"] },
    severity: 'minor',
  },
  {
    forms: ['pemain bertahan', 'lini pertahanan', 'bek', 'palang pintu', 'pemain belakang', 'pemain bertahannya'],
    domain: 'sport',
    term: { en: ['defender', 'defenders'], fr: ['défenseur', 'défenseurs'], zh: ['后卫'], ja: ['ディフェンダー'], ar: ['مدافع', 'المدافعون'] },
    literal: {
      en: ['staying player', 'staying players', 'persisting player', 'persisting players', 'survival player', 'survival players'],
      fr: ['joueur survivant', 'joueurs survivants', 'joueur persistant'],
    },
    // "the surviving players" of a club's tragedy; "back player" in other sports.
    ambiguous: { en: ['surviving player', 'surviving players', 'back player', 'back players', 'surviving defender', 'surviving defenders'] },
  },
  // ─────────────────────────── Religion and the hajj ───────────────────────────
  {
    forms: ['jemaah haji', 'jamaah haji', 'calon jemaah haji', 'calon jamaah haji', 'jemaah calon haji', 'jemaah haji indonesia', 'para jemaah haji'],
    domain: 'religion',
    term: { en: ['hajj pilgrims', 'pilgrims'], fr: ['pèlerins du hajj', 'pèlerins'], zh: ['朝觐者'], ja: ['巡礼者', 'ハッジ巡礼者'], ar: ['الحجاج', 'حجاج'] },
    literal: {
      en: ['hajj congregation', 'hajj congregations', 'haj congregation', 'haj congregations', 'hajj congregants', 'hajj congregant', 'haj congregants', 'congregation of hajj', 'congregations of hajj', 'hajj pilgrims congregation', 'hajj jamaah', 'hajj jemaah', 'hajj worshipers congregation', 'prospective hajj congregation', 'hajj assembly'],
      fr: ['congrégation du hajj', 'congrégations du hajj', 'congrégation de hajj', 'fidèles du hajj congrégation', 'assemblée du hajj'],
      ar: ['جماعة الحج', 'جماعات الحج'],
    },
    severity: 'minor',
  },
  {
    forms: ['jemaah umrah', 'jamaah umrah', 'jemaah umroh', 'jamaah umroh', 'calon jemaah umrah'],
    domain: 'religion',
    term: { en: ['umrah pilgrims', 'pilgrims'], fr: ["pèlerins de l'omra", 'pèlerins'], zh: ['副朝者', '朝觐者'], ja: ['ウムラ巡礼者'], ar: ['المعتمرون', 'المعتمرين'] },
    literal: {
      en: ['umrah congregation', 'umrah congregations', 'umroh congregation', 'umroh congregations', 'umrah congregants', 'umroh congregants', 'umrah jamaah', 'umrah jemaah', 'congregation of umrah'],
      fr: ["congrégation de l'omra", 'congrégation umrah', 'congrégations umrah'],
      ar: ['جماعة العمرة'],
    },
    severity: 'minor',
  },
  {
    forms: ['lempar jumrah', 'melempar jumrah', 'lontar jumrah', 'melontar jumrah', 'ritual lempar jumrah', 'prosesi lempar jumrah', 'lempar jumroh'],
    domain: 'religion',
    term: { en: ['stoning of the devil', 'stoning of the Jamarat', 'stoning ritual'], fr: ['lapidation des stèles', 'lapidation de Satan'], zh: ['投石打鬼', '投石驱魔'], ja: ['石投げの儀式', '悪魔への石投げ'], ar: ['رمي الجمرات'] },
    literal: {
      en: ['jumrah throwing', 'throwing jumrah', 'throw jumrah', 'throwing the jumrah', 'jumrah throw', 'jumrah throws', 'jumroh throwing', 'throwing jumroh', 'jumrah throwing ritual', 'jumrah pelting', 'pelting jumrah', 'jumrah hurling', 'throwing of jumrah', 'jumrah casting', 'casting jumrah'],
      fr: ['lancer de jumrah', 'lancer du jumrah', 'jet de jumrah', 'lancer la jumrah', 'lancer de la jumrah', 'jet du jumrah'],
    },
    severity: 'minor',
  },
  {
    forms: ['ibadah haji', 'menunaikan ibadah haji', 'ibadah umrah', 'ibadah umroh', 'menunaikan ibadah umrah', 'pelaksanaan ibadah haji', 'penyelenggaraan ibadah haji'],
    domain: 'religion',
    term: { en: ['the hajj', 'hajj pilgrimage', 'umrah pilgrimage'], fr: ['pèlerinage du hajj', "pèlerinage de l'omra"], zh: ['朝觐'], ja: ['ハッジ', '大巡礼'], ar: ['فريضة الحج', 'أداء الحج'] },
    literal: {
      en: ['hajj worship', 'haj worship', 'hajj worships', 'worship of hajj', 'umrah worship', 'umroh worship', 'umrah worships', 'worship of umrah', 'hajj worship service', 'hajj worship services', 'hajj worship implementation', 'implementation of hajj worship', 'organization of hajj worship', 'organisation of hajj worship', 'hajj worship organizer', 'hajj worship organizers'],
      fr: ['culte du hajj', 'adoration du hajj', 'culte de la omra', 'culte de l\'omra', 'adoration de la omra', 'culte hajj'],
    },
    severity: 'minor',
  },
  {
    forms: ['sidang isbat', 'sidang itsbat', 'sidang isbat awal ramadan', 'sidang isbat 1 syawal'],
    domain: 'religion',
    term: { en: ['isbat meeting', 'moon-sighting meeting', 'isbat session'], fr: ["réunion d'isbat", "réunion d'observation de la lune"], zh: ['伊斯巴特会议', '新月观测会议'], ja: ['イスバット会議'], ar: ['جلسة الإثبات', 'جلسة رؤية الهلال'] },
    literal: {
      en: ['isbat trial', 'isbat trials', 'itsbat trial', 'itsbat trials', 'trial of isbat', 'isbat court', 'isbat court session', 'itsbat court', 'isbat hearing', 'itsbat hearing', 'isbat sitting trial'],
      fr: ['procès isbat', "procès d'isbat", "procès de l'isbat", 'procès itsbat', 'audience isbat', "tribunal d'isbat"],
    },
  },
  {
    forms: ['pondok pesantren', 'ponpes', 'pondok pesantrennya', 'pengasuh pondok pesantren', 'santri pondok pesantren'],
    domain: 'religion',
    term: { en: ['Islamic boarding school', 'Islamic boarding schools', 'pesantren'], fr: ['internat islamique', 'pensionnat islamique', 'pesantren'], zh: ['伊斯兰寄宿学校'], ja: ['イスラム寄宿学校', 'プサントレン'], ar: ['مدرسة إسلامية داخلية', 'معهد إسلامي'] },
    literal: {
      en: ['cottage boarding school', 'cottage boarding schools', 'cottage pesantren', 'cottage islamic boarding school', 'cottage islamic boarding schools', 'hut boarding school', 'hut boarding schools', 'hut pesantren', 'pesantren cottage', 'pesantren cottages', 'boarding cottage school', 'lodge boarding school', 'lodge pesantren', 'islamic cottage', 'islamic cottages', 'pondok boarding school', 'boarding school cottage', 'cottage of the boarding school', 'boarding school hut'],
      fr: ['pensionnat cottage', 'internat cottage', 'cabane pesantren', 'chalet pesantren', 'pesantren cabane', 'internat de la cabane', 'pensionnat de cabane', 'cottage islamique'],
    },
    // A "cottage school" is an English village school.
    ambiguous: { en: ['cottage school', 'cottage schools'] },
  },
  // ─────────────────────────── Police ───────────────────────────
  {
    forms: ['operasi tangkap tangan', 'ott', 'operasi tangkap tangan (ott)', 'terjaring ott', 'terjaring operasi tangkap tangan', 'ott kpk', 'di-ott', 'kena ott'],
    domain: 'police',
    term: { en: ['sting operation', 'sting', 'arrest in the act'], fr: ['opération de flagrant délit', 'coup de filet'], zh: ['现场抓捕行动', '当场抓获行动'], ja: ['現行犯逮捕'], ar: ['عملية ضبط متلبس', 'عملية القبض متلبسا'] },
    literal: {
      en: ['hand-catching operation', 'hand-catching operations', 'hand catching operation', 'hand catching operations', 'hand catch operation', 'hand catch operations', 'hand-catch operation', 'hand-catch operations', 'hand arrest operation', 'hand-arrest operation', 'hand arrest operations', 'catch-hand operation', 'catch hand operation', 'catching hand operation', 'red-handed catch operation', 'red-handed catch operations', 'red-handed catching operation', 'red-handed arrest operation', 'red-handed operation', 'red-handed operations', 'caught-hand operation', 'capture hand operation', 'hand capture operation', 'hand capture operations', 'arrest hand operation', 'hand-catching raid', 'hand catching raid', 'operation of catching hands', 'operation catch hands', 'hand-grabbing operation'],
      fr: ['opération de capture à la main', 'opération de capture de main', 'opération de capture des mains', 'opération attrape-main', 'opération de prise de main', 'opération main attrapée'],
    },
  },
  {
    forms: ['daftar pencarian orang', 'dpo', 'masuk dpo', 'masuk daftar pencarian orang', 'ditetapkan sebagai dpo', 'berstatus dpo', 'buronan dpo'],
    domain: 'police',
    term: { en: ['wanted list', 'most-wanted list', 'fugitive list'], fr: ['liste des personnes recherchées', 'avis de recherche'], zh: ['通缉名单', '通缉令'], ja: ['指名手配'], ar: ['قائمة المطلوبين'] },
    literal: {
      en: ['people search list', 'people search lists', 'person search list', 'person search lists', 'people searching list', 'people-search list', 'people-searching list', 'search list of people', 'list of people search', 'list of people searching', 'people finder list', 'person search register', 'people search register', 'search people list', 'searching people list', 'list of searching people', 'people search list (dpo)', "people's search list", 'wanted people search list'],
      fr: ['liste de recherche de personnes', 'liste de recherche des personnes', 'liste de recherche de personne', 'listes de recherche de personnes'],
    },
    // A list of missing people is searched for too.
    ambiguous: { zh: ['人员搜索名单', '寻人名单', '人员搜寻名单'], ja: ['人物検索リスト', '人探しリスト', '人物捜索リスト'], ar: ['قائمة البحث عن الأشخاص', 'قائمة البحث عن الناس'] },
  },
  {
    forms: ['dilumpuhkan', 'melumpuhkan', 'dilumpuhkan dengan timah panas', 'dilumpuhkan petugas', 'dilumpuhkan polisi', 'terpaksa dilumpuhkan', 'tindakan tegas terukur'],
    domain: 'police',
    term: { en: ['shot in the leg', 'incapacitated', 'subdued'], fr: ['neutralisé', 'blessé par balle à la jambe'], zh: ['腿部中枪', '被制服'], ja: ['足を撃たれ', '制圧された'], ar: ['أصيب برصاصة في ساقه', 'شل حركته'] },
    literal: {
      en: ['paralyzed by police', 'paralysed by police', 'paralyzed by officers', 'paralysed by officers', 'paralyzed with hot lead', 'paralysed with hot lead', 'paralyzed with hot tin', 'paralysed with hot tin', 'was paralyzed by the police', 'was paralysed by the police', 'paralyzed by the police', 'paralysed by the police', 'paralyzed by the officers', 'paralysed by the officers', 'paralyzed by officer', 'forced to be paralyzed', 'forced to be paralysed', 'had to be paralyzed', 'had to be paralysed'],
      fr: ['paralysé par la police', 'paralysés par la police', 'paralysée par la police', 'paralysé par les policiers', 'paralysés par les policiers', 'paralysé par les agents', 'paralysés par les agents'],
    },
    // Police jargon: the suspect was shot in the leg, not paralysed for life.
    ambiguous: { en: ['paralyzed', 'paralysed', 'crippled'], fr: ['paralysé', 'paralysée', 'paralysés', 'paralysées'], zh: ['瘫痪'], ja: ['麻痺させ', '麻痺した'], ar: ['أصيب بالشلل'] },
    severity: 'critical',
  },
  {
    forms: ['timah panas', 'hadiah timah panas', 'dihadiahi timah panas', 'diberi hadiah timah panas', 'dilumpuhkan dengan timah panas', 'dengan timah panas'],
    domain: 'police',
    term: { en: ['bullet', 'bullets', 'a gunshot'], fr: ['balle', 'balles'], zh: ['子弹'], ja: ['銃弾'], ar: ['رصاصة', 'رصاص'] },
    literal: {
      en: ['gift of hot tin', 'hot tin gift', 'hot tin present', 'gifted hot tin', 'presented with hot tin', 'rewarded with hot tin', 'given hot tin', 'hot tin prize', 'with hot tin', 'hot tin bullet', 'hot tin bullets'],
      fr: ['cadeau d\'étain chaud', 'étain chaud', 'étains chauds'],
      zh: ['热锡', '热锡礼物'],
      ja: ['熱い錫'],
      ar: ['القصدير الساخن', 'قصدير ساخن'],
    },
    idiomatic: { en: ['hot tin roof', 'hot tin roofs', 'with hot tin roof', 'with hot tin roofs'] },
    // A "hot tin" also comes out of the oven.
    ambiguous: { en: ['hot tin', 'hot tins'] },
  },
  {
    forms: ['bandar narkoba', 'bandar narkotika', 'bandar sabu', 'bandar besar narkoba', 'bandar ganja', 'bandar narkoba internasional'],
    domain: 'police',
    term: { en: ['drug lord', 'drug dealer', 'drug kingpin', 'drug trafficker'], fr: ['baron de la drogue', 'trafiquant de drogue'], zh: ['毒枭', '毒贩'], ja: ['麻薬密売人', '麻薬王'], ar: ['تاجر مخدرات', 'بارون المخدرات'] },
    literal: {
      en: ['drug bookie', 'drug bookies', 'narcotics bookie', 'narcotics bookies', 'meth bookie', 'shabu bookie', 'drugs bookie', 'drug bandar', 'narcotics bandar', 'drug dealer port', 'drug city dealer', 'marijuana bookie', 'big drug bookie'],
      fr: ['bookmaker de drogue', 'bookmakers de drogue', 'bookmaker de la drogue', 'bandar de drogue'],
    },
    // A port or a city may be a real hub of the drug trade.
    ambiguous: { en: ['drug port', 'drug ports', 'drugs port', 'narcotics port', 'drug city', 'drug harbor', 'drug harbour'], fr: ['port de la drogue'], zh: ['毒品港口'], ar: ['ميناء المخدرات'] },
  },
  {
    forms: ['tempat kejadian perkara', 'tkp', 'olah tkp', 'olah tempat kejadian perkara', 'lokasi tkp', 'di tkp'],
    domain: 'police',
    term: { en: ['crime scene', 'scene of the crime', 'the scene'], fr: ['scène de crime', 'lieu du crime', 'lieux'], zh: ['犯罪现场', '案发现场'], ja: ['犯行現場', '事件現場'], ar: ['مسرح الجريمة'] },
    literal: {
      en: ['place of the incident of the case', 'place of incident of the case', 'place of the case incident', 'case incident place', 'case event place', 'place of the case event', 'place of occurrence of the case', 'place of case occurrence', 'case occurrence place', 'case location place', 'place of the case incident (tkp)', 'incident place of the case', 'scene of the case incident', 'tkp processing', 'processing of the tkp', 'case incident location', 'tkp process'],
      fr: ["lieu de l'incident de l'affaire", "lieu de l'événement de l'affaire", "lieu de survenance de l'affaire", "lieu de l'incident du dossier"],
    },
    ambiguous: { en: ['scene of the case', 'place of the case'] },
  },
  // ─────────────────────────── Transport ───────────────────────────
  {
    forms: ['mudik', 'pemudik', 'arus mudik', 'musim mudik', 'mudik lebaran', 'para pemudik', 'tradisi mudik', 'jalur mudik'],
    domain: 'transport',
    term: { en: ['exodus', 'homecoming exodus', 'homebound travellers', 'going home for Lebaran'], fr: ['exode', 'grand retour au village', "exode de l'Aïd"], zh: ['返乡潮', '返乡'], ja: ['帰省', '帰省ラッシュ'], ar: ['العودة إلى مسقط الرأس'] },
    literal: {
      en: ['upstream travelers', 'upstream travellers', 'upstream traveler', 'upstream traveller', 'upstreamers', 'upstream flow of travelers', 'upstream homecoming', 'homecoming upstream', 'going upstream for eid', 'upstream tradition', 'upstream exodus', 'upstream travel flow', 'mudik upstream'],
      fr: ['voyageurs en amont', 'tradition de remonter le fleuve'],
    },
    // "upstream" is a river's and an industry's word.
    ambiguous: { en: ['going upstream', 'go upstream', 'went upstream', 'upstream flow', 'upstream flows', 'upstream travel', 'upstream current', 'upstream trip', 'upstream trips', 'upstream season', 'upstream route', 'upstream routes'], fr: ['remonter en amont', 'remontée en amont', 'flux en amont'], zh: ['逆流而上'], ja: ['上流へ'] },
  },
  {
    forms: ['arus balik', 'arus balik lebaran', 'arus balik mudik', 'puncak arus balik', 'arus balik libur'],
    domain: 'transport',
    term: { en: ['return traffic', 'return journey', 'return trip'], fr: ['flux de retour', 'retour des vacanciers'], zh: ['返程高峰', '返程潮'], ja: ['Uターンラッシュ'], ar: ['حركة العودة'] },
    literal: {
      en: ['backflow peak', 'peak backflow', 'peak of the backflow', 'peak of backflow', 'reverse flow peak', 'peak reverse flow', 'peak of reverse flow', 'peak of the reverse flow', 'lebaran backflow', 'lebaran reverse flow', 'eid backflow', 'homecoming backflow', 'mudik backflow', 'reverse current of homecoming'],
      fr: ['reflux de lebaran', 'contre-courant de lebaran', 'courant inverse de lebaran'],
    },
    ambiguous: { en: ['reverse flow', 'reverse flows', 'back flow', 'back flows', 'backflow', 'backflows', 'reverse current', 'reverse currents', 'return current', 'back current', 'reflux'], fr: ['contre-courant', 'flux inverse', 'courant inverse', 'reflux', 'courant de retour'], zh: ['逆流', '回流'], ja: ['逆流'], ar: ['التدفق العكسي', 'التيار العكسي'] },
    severity: 'minor',
  },
  {
    forms: ['rekayasa lalu lintas', 'rekayasa arus lalu lintas', 'rekayasa lalin', 'rekayasa arus lalin'],
    domain: 'transport',
    term: { en: ['traffic management', 'traffic diversion', 'traffic control measures'], fr: ['gestion du trafic', 'déviation', 'plan de circulation'], zh: ['交通管制', '交通疏导'], ja: ['交通規制'], ar: ['تنظيم حركة المرور', 'تحويلات مرورية'] },
    literal: {
      en: ['traffic flow engineering', 'traffic engineering was implemented', 'traffic engineering will be implemented', 'lalin engineering'],
      fr: ['ingénierie du flux de circulation', "ingénierie des flux de trafic"],
    },
    // Traffic engineering is a branch of civil engineering.
    ambiguous: { en: ['traffic engineering', 'traffic engineerings', 'traffic engineering scheme', 'traffic engineering schemes', 'traffic engineering measures'], fr: ['ingénierie de la circulation', 'ingénierie du trafic'], zh: ['交通工程'], ja: ['交通工学'], ar: ['هندسة المرور'] },
    severity: 'minor',
  },
  {
    forms: ['tergelincir', 'tergelincir di landasan', 'tergelincir dari landasan', 'tergelincir keluar landasan', 'pesawat tergelincir', 'tergelincir saat mendarat', 'tergelincirnya pesawat'],
    domain: 'transport',
    term: { en: ['skidded off the runway', 'overran the runway'], fr: ['a fait une sortie de piste', 'sortie de piste'], zh: ['冲出跑道', '滑出跑道'], ja: ['オーバーラン', '滑走路から逸脱'], ar: ['انزلقت عن المدرج'] },
    literal: {
      en: ['slipped off the runway', 'slipped from the runway', 'slipped out of the runway', 'slipped on the runway', 'slipping off the runway', 'slips off the runway', 'slip off the runway', 'slipped off runway', 'slipped out of runway', 'slipped from runway', 'slipped at the runway', 'slipped off the landing strip', 'slipped out of the landing strip', 'slipped off the airstrip'],
    },
    severity: 'minor',
  },
  {
    forms: ['pelabuhan penyeberangan', 'pelabuhan penyeberangan ferry', 'pelabuhan penyeberangan merak', 'pelabuhan penyeberangan ketapang', 'pelabuhan penyeberangan bakauheni'],
    domain: 'transport',
    term: { en: ['ferry port', 'ferry terminal'], fr: ['port de ferry', 'gare maritime'], zh: ['轮渡码头', '渡口'], ja: ['フェリー港', 'フェリーターミナル'], ar: ['ميناء العبارات'] },
    literal: {
      en: ['crossing harbor', 'crossing harbors', 'crossing harbour', 'crossing harbours', 'crossing seaport', 'crossing seaports', 'crossings port', 'port of crossing', 'crossing pier'],
    },
    // A border "crossing port" is a land one.
    ambiguous: { en: ['crossing port', 'crossing ports'] },
    severity: 'minor',
  },
];
