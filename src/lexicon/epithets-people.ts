import type { Epithet } from './types.js';

/**
 * More nicknames of institutions, parties, groups of people and public figures. Merged
 * into `epithets` (epithets.ts), after its own entries; the notes for editors there apply
 * here too. Group nicknames ("kuli tinta", "kaum Hawa") are written in lower case in news
 * copy, and so are their renderings: without the source's backing, an all-lower-case
 * match is not flagged in English or French.
 */
export const peopleEpithets: readonly Epithet[] = [
  // ─────────────────────────── Parties ───────────────────────────
  {
    forms: ['Partai Beringin', 'Partai Pohon Beringin', 'Partai Berlambang Pohon Beringin'],
    kind: 'institution',
    referent: { en: 'Golkar', fr: 'le Golkar', zh: '专业集团党', ja: 'ゴルカル党', ar: 'حزب غولكار' },
    gloss: {},
    literal: {
      en: ['the Banyan Party', 'Banyan Party', 'the Banyan Tree Party', 'Banyan Tree Party', 'the Beringin Party', 'the Party of the Banyan Tree', 'the Banyan tree party'],
      fr: ['le parti du Banian', 'le Parti du banian', "le parti de l'arbre banian", 'le parti du banyan', 'le Parti Banian'],
      zh: ['榕树党', '榕树之党'],
      ja: ['ガジュマル党', 'ベンガルボダイジュ党', 'バニヤン党', 'バンヤン党'],
      ar: ['حزب شجرة البانيان', 'حزب البانيان', 'حزب شجرة التين البنغالي'],
    },
  },
  {
    forms: ['Partai Banteng', 'Partai Banteng Moncong Putih', 'Partai Moncong Putih', 'Partai Berlambang Banteng'],
    kind: 'institution',
    referent: { en: 'the PDI-P', fr: 'le PDI-P', zh: '印尼民主斗争党', ja: '闘争民主党', ar: 'الحزب الديمقراطي الإندونيسي للنضال' },
    gloss: {},
    literal: {
      en: [
        'the Bull Party', 'Bull Party', 'the Buffalo Party', 'the Wild Ox Party', 'the Banteng Party', 'the Wild Bull Party',
        'the White-Snouted Bull Party', 'the White Snouted Bull Party', 'the White Snout Bull Party', 'the White-Snout Party', 'the White Snout Party', 'the White Muzzle Party', 'the White-Muzzled Bull Party',
      ],
      fr: ['le parti du Taureau', 'le Parti du taureau', 'le parti du buffle', 'le parti Banteng', 'le parti du taureau au museau blanc'],
      zh: ['公牛党', '野牛党', '白嘴公牛党', '白鼻野牛党', '白口鼻公牛党'],
      ja: ['雄牛党', '野牛党', 'バンテン党', '白い鼻の雄牛党'],
      ar: ['حزب الثور', 'حزب الجاموس', 'حزب الثور ذي الخطم الأبيض', 'حزب الثور الأبيض الخطم'],
    },
  },
  {
    forms: ["Partai Ka'bah", 'Partai Kabah', 'Partai Kakbah', "Partai Berlambang Ka'bah"],
    kind: 'institution',
    referent: { en: 'the United Development Party (PPP)', fr: 'le Parti uni du développement (PPP)', zh: '建设团结党', ja: '開発統一党', ar: 'حزب التنمية المتحد' },
    gloss: {},
    literal: {
      en: ['the Kaaba Party', 'Kaaba Party', "the Ka'bah Party", "Ka'bah Party", 'the Kabah Party', 'the Kaabah Party', 'the Party of the Kaaba'],
      fr: ['le parti de la Kaaba', 'le Parti de la Kaaba', 'le parti Kaaba'],
      zh: ['克尔白党', '天房党'],
      ja: ['カーバ党', 'カアバ党', 'カアバ神殿党'],
      ar: ['حزب الكعبة'],
    },
  },
  {
    forms: ['Partai Mercy', 'Partai Mercedes', 'Partai Berlambang Mercy'],
    kind: 'institution',
    referent: { en: 'the Democratic Party', fr: 'le Parti démocrate', zh: '民主党', ja: '民主党', ar: 'الحزب الديمقراطي' },
    gloss: {},
    literal: {
      en: ['the Mercy Party', 'Mercy Party', 'the Mercedes Party', 'the Party of Mercy'],
      fr: ['le parti Mercy', 'le Parti de la Miséricorde', 'le parti Mercedes', 'le parti de la miséricorde'],
      zh: ['梅赛德斯党', '奔驰党', '仁慈党', '怜悯党'],
      ja: ['メルセデス党', 'ベンツ党', '慈悲党', 'マーシー党'],
      ar: ['حزب مرسيدس', 'حزب ميرسي', 'حزب الرحمة'],
    },
    // "The Mercy Party" and "حزب الرحمة" are names other parties could bear.
    sourceOnly: true,
  },

  // ───────────────────────── Corps and units ─────────────────────────
  {
    forms: ['Korps Baret Jingga', 'Korps Baret Oranye'],
    kind: 'institution',
    referent: { en: "the Air Force's special forces (Paskhas)", fr: "les forces spéciales de l'armée de l'air (Paskhas)", zh: '印尼空军特种部队', ja: 'インドネシア空軍特殊部隊', ar: 'القوات الخاصة للقوات الجوية الإندونيسية' },
    gloss: {},
    literal: {
      en: ['the Orange Beret Corps', 'Orange Beret Corps', 'the Orange Berets Corps', 'the Corps of Orange Berets', 'the Orange Berets'],
      fr: ['le corps des bérets orange', 'corps des bérets orange', 'les bérets orange'],
      zh: ['橙色贝雷帽军团', '橙贝雷帽军团', '橘色贝雷帽军团'],
      ja: ['オレンジのベレー帽軍団', 'オレンジベレー軍団', 'オレンジ色のベレー帽軍団'],
      ar: ['فيلق القبعات البرتقالية', 'سلك القبعات البرتقالية'],
    },
  },
  {
    forms: ['Pasukan Baret Merah', 'Satuan Baret Merah', 'Prajurit Baret Merah'],
    kind: 'institution',
    referent: { en: 'the Kopassus special forces', fr: 'les forces spéciales Kopassus', zh: '印尼陆军特种部队', ja: 'インドネシア陸軍特殊部隊', ar: 'القوات الخاصة الإندونيسية (كوباسوس)' },
    gloss: { en: ['Red Beret', 'Red Berets'] },
    literal: {
      fr: ['les troupes aux bérets rouges', 'la troupe des bérets rouges', "l'escouade des bérets rouges"],
      zh: ['红色贝雷帽部队', '红贝雷帽部队', '红色贝雷帽军'],
      ja: ['赤いベレー帽部隊', '赤ベレー部隊'],
      ar: ['قوات القبعات الحمراء', 'فرقة القبعات الحمراء'],
    },
    idiomatic: { en: ['the Red Berets'], fr: ['les Bérets rouges'] },
    // "Red beret troops" are any army's paratroopers.
    sourceOnly: true,
  },
  {
    forms: ['Pasukan Katak', 'Satuan Pasukan Katak'],
    kind: 'institution',
    referent: { en: "the Navy's frogman unit (Kopaska)", fr: 'les nageurs de combat de la marine (Kopaska)', zh: '印尼海军蛙人部队', ja: 'インドネシア海軍フロッグマン部隊', ar: 'وحدة الضفادع البشرية في البحرية الإندونيسية' },
    gloss: { en: ['Frog', 'Frogs'], fr: ['grenouille'] },
    literal: {
      fr: ['les troupes grenouilles', 'la troupe des grenouilles', "l'armée des grenouilles"],
      zh: ['青蛙部队', '青蛙队', '青蛙小队', '青蛙军团'],
      ja: ['カエル部隊', '蛙部隊', 'カエル隊'],
      ar: ['فرقة الضفدع', 'فريق الضفدع', 'جيش الضفادع', 'قوات الضفادع'],
    },
    idiomatic: {
      en: ['frogmen', 'the frogmen'],
      fr: ['les hommes-grenouilles', 'nageurs de combat'],
      zh: ['蛙人部队', '蛙人'],
      ja: ['フロッグマン', '潜水部隊'],
      ar: ['الضفادع البشرية'],
    },
  },
  {
    forms: ['Pasukan Kuning'],
    kind: 'institution',
    referent: { en: "Jakarta's street cleaners", fr: 'les agents de propreté de Jakarta', zh: '雅加达环卫工人', ja: 'ジャカルタの清掃作業員', ar: 'عمال النظافة في جاكرتا' },
    gloss: { en: ['Yellow'] },
    literal: {
      fr: ['les troupes jaunes', 'la troupe jaune', "l'armée jaune", 'les brigades jaunes'],
      zh: ['黄色部队', '黄衣部队', '黄色军团'],
      ja: ['黄色部隊', 'イエロー部隊'],
      ar: ['القوات الصفراء', 'الفرقة الصفراء'],
    },
    // "The Yellow Army" and "Team Yellow" are also supporters' and teams' names.
    sourceOnly: true,
  },
  {
    forms: ['Pasukan Biru'],
    kind: 'institution',
    referent: { en: "Jakarta's drainage maintenance crews", fr: "les équipes d'entretien des canaux de Jakarta", zh: '雅加达排水维护人员', ja: 'ジャカルタの排水路保守要員', ar: 'عمال صيانة الصرف في جاكرتا' },
    gloss: { en: ['Blue'] },
    literal: {
      fr: ['les troupes bleues', 'la troupe bleue', "l'armée bleue", 'les brigades bleues'],
      zh: ['蓝色部队', '蓝衣部队'],
      ja: ['青部隊', 'ブルー部隊', '青い部隊'],
      ar: ['القوات الزرقاء', 'الفرقة الزرقاء'],
    },
    // "The Blue Army" is a football crowd and a Catholic movement.
    sourceOnly: true,
  },
  {
    forms: ['Rumah Rakyat'],
    kind: 'institution',
    referent: { en: 'the House of Representatives (DPR)', fr: 'la Chambre des représentants (DPR)', zh: '印尼国会', ja: 'インドネシア国会', ar: 'مجلس النواب الإندونيسي' },
    gloss: {},
    literal: {
      en: ["the People's House", "the people's house", 'the House of the People', 'the People House', "the People's Home"],
      fr: ['la maison du peuple', 'la Maison du peuple', 'la maison des gens'],
      zh: ['人民之家', '人民的房子', '人民的家'],
      ja: ['国民の家', '人民の家', '民衆の家'],
      ar: ['بيت الشعب', 'منزل الشعب'],
    },
    // "The People's House" is also the White House's and the US Capitol's.
    sourceOnly: true,
  },

  // ───────────────────────── Groups of people ─────────────────────────
  {
    forms: ['kuli tinta', 'para kuli tinta', 'kuli-kuli tinta'],
    kind: 'person',
    referent: { en: 'journalists', fr: 'les journalistes', zh: '记者', ja: '記者', ar: 'الصحفيون' },
    gloss: {},
    literal: {
      en: ['ink coolies', 'ink coolie', 'the ink coolies', 'ink laborers', 'ink labourers', 'ink porters', 'ink workers', 'ink slaves', 'coolies of ink', 'laborers of ink', 'ink laborer', 'ink labourer'],
      fr: ["coolies de l'encre", "les coolies de l'encre", "ouvriers de l'encre", "les ouvriers de l'encre", "porteurs d'encre", "manœuvres de l'encre"],
      zh: ['墨水苦力', '墨水工人', '油墨苦力', '墨水劳工'],
      ja: ['インクの苦力', 'インク苦力', 'インク労働者', 'インクの人夫'],
      ar: ['عمال الحبر', 'حمالو الحبر', 'عتالو الحبر', 'حمالي الحبر'],
    },
  },
  {
    forms: ['pahlawan devisa', 'para pahlawan devisa'],
    kind: 'person',
    referent: { en: 'Indonesian migrant workers', fr: 'les travailleurs migrants indonésiens', zh: '印尼海外劳工', ja: 'インドネシア人出稼ぎ労働者', ar: 'العمال المهاجرون الإندونيسيون' },
    gloss: {},
    literal: {
      en: ['foreign exchange heroes', 'heroes of foreign exchange', 'foreign-exchange heroes', 'forex heroes', 'foreign currency heroes', 'heroes of foreign currency', 'foreign exchange hero', 'foreign-exchange hero', 'heroes of the foreign exchange'],
      fr: ['héros des devises', 'les héros des devises', 'héros de devises étrangères', 'héros du change', 'héros des devises étrangères'],
      zh: ['外汇英雄', '外汇的英雄'],
      ja: ['外貨の英雄', '外貨英雄', '外貨獲得の英雄'],
      ar: ['أبطال العملة الصعبة', 'أبطال النقد الأجنبي', 'أبطال العملات الأجنبية', 'أبطال الصرف الأجنبي'],
    },
  },
  {
    forms: ['pahlawan tanpa tanda jasa'],
    kind: 'person',
    referent: { en: 'teachers', fr: 'les enseignants', zh: '教师', ja: '教師', ar: 'المعلمون' },
    gloss: {},
    literal: {
      en: ['heroes without merit badges', 'heroes without medals', 'heroes without honours', 'heroes without honors', 'heroes without badges of merit', 'heroes without decorations', 'heroes without service medals', 'hero without a medal', 'heroes without a medal', 'heroes without merit', 'heroes without signs of merit'],
      fr: ['héros sans médailles', 'héros sans décorations', 'héros sans insignes', 'des héros sans médaille', 'héros sans distinctions'],
      zh: ['没有勋章的英雄', '无勋章的英雄', '没有功勋章的英雄'],
      ja: ['勲章のない英雄', '勲章なき英雄', '勲章を持たない英雄'],
      ar: ['أبطال بلا أوسمة', 'أبطال بدون أوسمة', 'أبطال بلا نياشين'],
    },
    idiomatic: {
      en: ['unsung heroes', 'unsung hero'],
      fr: ['héros méconnus', "héros de l'ombre"],
      zh: ['无名英雄'],
      ja: ['陰の英雄', '縁の下の力持ち'],
      ar: ['الأبطال المجهولون', 'جنود مجهولون', 'الجنود المجهولون'],
    },
  },
  {
    forms: ['kaum Hawa'],
    kind: 'person',
    referent: { en: 'women', fr: 'les femmes', zh: '女性', ja: '女性', ar: 'النساء' },
    gloss: {},
    literal: {
      en: ['the Eve people', 'Eve people', 'the people of Eve', 'the Eve clan', 'the Eve folk', 'the Hawa people', 'the Hawa clan', 'the Eve community', 'the Eve tribe', "Eve's people", 'the Eve group', 'the Eve class'],
      fr: ["le peuple d'Ève", "les gens d'Ève", "la communauté d'Ève", "le clan d'Ève", 'la tribu Ève'],
      zh: ['夏娃族', '夏娃一族', '夏娃群体', '夏娃们'],
      ja: ['イブ族', 'イヴの一族', 'エバの民', 'イブの民'],
      ar: ['قوم حواء', 'جماعة حواء'],
    },
    idiomatic: { ar: ['بنات حواء'] },
    // Eve is also a name, a game and a bible story.
    sourceOnly: true,
  },
  {
    forms: ['kaum Adam'],
    kind: 'person',
    referent: { en: 'men', fr: 'les hommes', zh: '男性', ja: '男性', ar: 'الرجال' },
    gloss: {},
    literal: {
      en: ['the Adam people', 'Adam people', 'the people of Adam', 'the Adam clan', 'the Adam folk', 'the Adam community', 'the Adam tribe', "Adam's people", 'the Adam group'],
      fr: ["le peuple d'Adam", "les gens d'Adam", "le clan d'Adam", "la communauté d'Adam"],
      zh: ['亚当族', '亚当一族', '亚当群体', '亚当们'],
      ja: ['アダム族', 'アダムの一族', 'アダムの民'],
      ar: ['قوم آدم', 'جماعة آدم'],
    },
    // "The people of Adam" is mankind in religious writing, and Adam is a common name.
    sourceOnly: true,
  },

  // ───────────────────────── Public figures ─────────────────────────
  {
    forms: ['Keluarga Cendana', 'Klan Cendana', 'trah Cendana'],
    kind: 'person',
    referent: { en: "Suharto's family", fr: 'la famille Suharto', zh: '苏哈托家族', ja: 'スハルト一族', ar: 'عائلة سوهارتو' },
    gloss: {},
    literal: {
      en: ['the Sandalwood family', 'Sandalwood family', 'the Sandalwood Family', 'the Sandalwood clan', 'the Sandalwood Clan', 'the sandalwood family'],
      fr: ['la famille Santal', 'la famille du santal', 'le clan du Santal', 'la famille du Santal'],
      zh: ['檀香家族', '檀香木家族', '檀香一家'],
      ja: ['白檀一家', '白檀家', '白檀ファミリー', '白檀一族'],
      ar: ['عائلة خشب الصندل', 'عائلة الصندل', 'أسرة الصندل'],
    },
    idiomatic: { en: ['the Cendana family', 'the Cendana clan'], fr: ['la famille Cendana', 'le clan Cendana'] },
  },
  {
    forms: ['Pak Harto'],
    kind: 'person',
    referent: { en: 'Suharto', fr: 'Suharto', zh: '苏哈托', ja: 'スハルト', ar: 'سوهارتو' },
    gloss: {},
    literal: {
      en: ['Father Harto', 'Mr Harto', 'Mr. Harto', 'Sir Harto', 'Papa Harto', 'Daddy Harto'],
      fr: ['Monsieur Harto', 'M. Harto', 'Père Harto', 'Papa Harto'],
      zh: ['哈托先生', '哈托爸爸', '哈托大爷'],
      // Not "ハルト氏": it ends "ゲルハルト氏".
      ja: ['ハルト父さん', 'ハルトおじさん'],
      ar: ['السيد هارتو', 'الأب هارتو', 'الأستاذ هارتو'],
    },
    // The literals sit inside renderings of his full name ("苏哈托先生", "スハルト"): those are fine.
    idiomatic: { zh: ['苏哈托先生', '苏哈托爸爸', '苏哈托大爷'], ja: ['スハルト父さん', 'スハルトおじさん'] },
  },
  {
    forms: ['Pak Beye'],
    kind: 'person',
    referent: { en: 'Susilo Bambang Yudhoyono', fr: 'Susilo Bambang Yudhoyono', zh: '苏西洛·班邦·尤多约诺', ja: 'スシロ・バンバン・ユドヨノ', ar: 'سوسيلو بامبانغ يودويونو' },
    gloss: {},
    literal: {
      en: ['Father Beye', 'Mr Beye', 'Mr. Beye', 'Sir Beye', 'Papa Beye'],
      fr: ['Monsieur Beye', 'M. Beye', 'Père Beye'],
      zh: ['贝耶先生', '贝耶爸爸'],
      ja: ['ベイエ父さん', 'ベイエ氏'],
      ar: ['السيد بيي', 'الأب بيي'],
    },
  },
  {
    forms: ['Bu Mega', 'Ibu Mega'],
    kind: 'person',
    referent: { en: 'Megawati Sukarnoputri', fr: 'Megawati Sukarnoputri', zh: '梅加瓦蒂', ja: 'メガワティ', ar: 'ميغاواتي سوكارنوبوتري' },
    gloss: {},
    literal: {
      en: ['Mother Mega', 'Mrs Mega', 'Mrs. Mega', 'Madam Mega', 'Ms Mega', 'Ms. Mega', 'Mama Mega'],
      fr: ['Madame Mega', 'Mme Mega', 'Mère Mega', 'Maman Mega'],
      zh: ['梅加女士', '梅加妈妈', '梅加夫人'],
      ja: ['メガ夫人', 'メガお母さん', 'メガ母さん'],
      ar: ['السيدة ميغا', 'الأم ميغا'],
    },
  },
  {
    forms: ['Kang Emil'],
    kind: 'person',
    referent: { en: 'Ridwan Kamil', fr: 'Ridwan Kamil', zh: '里德万·卡米尔', ja: 'リドワン・カミル', ar: 'رضوان كامل' },
    gloss: {},
    literal: {
      en: ['Brother Emil', 'Big Brother Emil', 'Bro Emil', 'Elder Brother Emil'],
      fr: ['Frère Emil', 'Grand frère Emil', 'Monsieur Emil'],
      zh: ['埃米尔大哥'],
      ja: ['エミル兄さん', 'エミルの兄貴'],
      ar: ['الأخ إميل', 'الأخ الأكبر إميل'],
    },
  },
  {
    forms: ['Cak Imin'],
    kind: 'person',
    referent: { en: 'Muhaimin Iskandar', fr: 'Muhaimin Iskandar', zh: '穆海敏·伊斯坎达尔', ja: 'ムハイミン・イスカンダル', ar: 'محيمين إسكندر' },
    gloss: {},
    literal: {
      en: ['Brother Imin', 'Big Brother Imin', 'Bro Imin', 'Mr Imin', 'Mr. Imin', 'Elder Brother Imin'],
      fr: ['Frère Imin', 'Grand frère Imin', 'Monsieur Imin'],
      zh: ['伊敏哥', '伊敏大哥', '伊敏兄'],
      ja: ['イミン兄さん', 'イミンの兄貴'],
      ar: ['الأخ إيمين', 'الأخ الأكبر إيمين'],
    },
  },
  {
    forms: ['Bung Kecil'],
    kind: 'person',
    referent: { en: 'Sutan Sjahrir', fr: 'Sutan Sjahrir', zh: '苏丹·夏赫里尔', ja: 'スタン・シャフリル', ar: 'سوتان شهرير' },
    gloss: {},
    literal: {
      en: ['Little Brother', 'the Little Brother', 'Brother Little', 'Little Comrade', 'the Little Comrade', 'Comrade Little', 'Small Brother', 'Brother Small'],
      fr: ['Petit Frère', 'le Petit Frère', 'Petit Camarade', 'le Petit Camarade', 'Camarade Petit'],
      zh: ['小兄弟', '小同志', '小老弟'],
      ja: ['小さな兄貴', '小さい同志', 'チビ兄さん'],
      ar: ['الأخ الصغير', 'الرفيق الصغير'],
    },
    // "Little brother" is an ordinary phrase everywhere.
    sourceOnly: true,
  },
  {
    forms: ['Bung Besar'],
    kind: 'person',
    referent: { en: 'Sukarno', fr: 'Soekarno', zh: '苏加诺', ja: 'スカルノ', ar: 'سوكارنو' },
    gloss: {},
    literal: {
      en: ['Big Brother', 'the Big Brother', 'Brother Big', 'Big Comrade', 'the Big Comrade', 'Comrade Big', 'the Great Comrade', 'Great Brother'],
      fr: ['Grand Frère', 'le Grand Frère', 'Grand Camarade', 'le Grand Camarade'],
      zh: ['大兄弟', '老大哥', '大同志'],
      ja: ['大兄貴', 'ビッグブラザー', '大同志'],
      ar: ['الأخ الأكبر', 'الرفيق الكبير'],
    },
    // Orwell's Big Brother and the television show.
    sourceOnly: true,
  },
];
