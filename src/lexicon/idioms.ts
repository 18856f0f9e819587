import type { PerLang } from './types.js';

/** An Indonesian idiom and the word-for-word renderings machine translation makes of it. */
export interface Idiom {
  /** Indonesian forms as they appear in news copy, lower case, with common affixed forms ("kambing hitam", "dikambinghitamkan", "mengkambinghitamkan"). */
  forms: string[];
  /** What it means, per language, best first: the suggestions ("scapegoat"; "bouc émissaire"; "替罪羊"; "スケープゴート"; "كبش فداء"). */
  meaning: PerLang<string[]>;
  /** Word-for-word renderings to catch, per language, as a machine writes them (singular and plural, with and without article): en ["black goat", "black goats", "the black goat"]. */
  literal: PerLang<string[]>;
  /** True when a literal rendering is also an ordinary phrase in the target language (a real "green table", a real "black horse"): flag only when the Indonesian source has the idiom. */
  sourceOnly?: boolean;
}

/**
 * Indonesian idioms of news copy (politics, law and crime, economy, sport, society) and
 * the word-for-word renderings machine translation makes of them.
 *
 * Notes for editors:
 * - Matching is case-insensitive. English and French renderings match whole words, so
 *   "black goat" already catches "the black goat" and "a black goat"; list the plural and
 *   the verb forms a machine writes ("rolled up the mat", "rolling up the mats") instead.
 *   Chinese and Japanese renderings match anywhere, inside longer words too: keep them
 *   long enough not to sit inside an ordinary word ("虾脑" is a cooking ingredient,
 *   "虾脑子" is not). Arabic renderings must end at a word's end but may start inside a
 *   word, after a clitic or a verb prefix: "لف الحصيرة" also catches "يلف الحصيرة".
 * - Indonesian forms match whole words too: list the affixed forms ("diadu domba",
 *   "buah hatinya"); "adu domba" does not match inside "diadu domba".
 * - A rendering goes under `literal` only where it is wrong in that language. Where the
 *   target language has the same image as an idiom of its own, leave it out: Chinese
 *   "黑马" is "dark horse", French "vache à lait" is "cash cow", Arabic "برحابة صدر" is
 *   "with good grace", Japanese "石頭" is "stubborn".
 * - `sourceOnly` is for entries whose renderings are also ordinary phrases ("dark eyes",
 *   "top board", "dawn attack", "selective logging"): they are flagged only when the
 *   source has the idiom. Forms are narrowed where the Indonesian words are also used
 *   literally ("juru kunci klasemen", not "juru kunci", the keeper of Merapi; "bertangan
 *   dingin", not "tangan dingin", a symptom).
 * - Left out because the word-for-word rendering is an English idiom with the same
 *   meaning, so no error: lampu hijau (green light), lampu merah (red light), lampu kuning
 *   (an amber light), cuci tangan (wash one's hands), darah biru (blue blood), tangan kanan
 *   (right-hand man), bermain api (play with fire), ujung tombak (spearhead), tangan besi
 *   (iron hand), besar kepala (big-headed), anak tiri (treated like a stepchild), bertekuk
 *   lutut (bend the knee), gantung sepatu (hang up one's boots), macan ompong (toothless
 *   tiger), kursi panas (hot seat), mengail di air keruh (fish in troubled waters), jalan
 *   di tempat (running in place), duri dalam daging (thorn in the flesh), air mata buaya
 *   (crocodile tears), cuci otak (brainwash), darah dingin (cold blood), tong kosong
 *   nyaring bunyinya (empty vessels make the most noise), raja kecil (little kings),
 *   janji manis (sweet promises), omong kosong (empty talk), darah segar (fresh blood),
 *   bola salju (snowball), bom waktu (time bomb), akar rumput (grassroots).
 * - "anak emas" lists only renderings English does not use: "golden child" is itself an
 *   English idiom for a favourite. "sapi perah" (dairy cow, milked for money) and "jam
 *   terbang" (flying hours, experience) are left out: the source uses both as often in
 *   their plain sense, where the plain rendering is right.
 * - "Ibu Pertiwi" and "Tanah Air" are nicknames of Indonesia, in the epithet lexicon.
 */
export const idioms: readonly Idiom[] = [
  // ─────────────────────────── Politics and government ───────────────────────────
  {
    forms: ['kambing hitam', 'dikambinghitamkan', 'mengkambinghitamkan', 'mengambinghitamkan', 'pengkambinghitaman', 'kambing hitamnya'],
    meaning: { en: ['scapegoat'], fr: ['bouc émissaire'], zh: ['替罪羊'], ja: ['スケープゴート', '身代わり'], ar: ['كبش فداء', 'كبش الفداء'] },
    literal: {
      en: ['black goat', 'black goats', 'the black goat'],
      fr: ['chèvre noire', 'chèvres noires', 'bouc noir', 'boucs noirs'],
      zh: ['黑山羊', '黑色山羊', '黑羊'],
      ja: ['黒いヤギ', '黒ヤギ', '黒い山羊', '黒山羊'],
      ar: ['الماعز الأسود', 'ماعز أسود', 'الماعز السوداء', 'عنزة سوداء', 'العنزة السوداء'],
    },
    // Goats, black ones included, are real news at Eid al-Adha: the source must have the idiom.
    sourceOnly: true,
  },
  {
    forms: ['kutu loncat', 'politikus kutu loncat', 'politisi kutu loncat'],
    meaning: { en: ['party hopper', 'turncoat'], fr: ['transfuge', 'girouette'], zh: ['跳槽政客', '变节者'], ja: ['政界の渡り鳥', '鞍替え政治家'], ar: ['متنقل بين الأحزاب'] },
    literal: {
      en: ['jumping flea', 'jumping fleas', 'hopping flea', 'hopping fleas', 'leaping flea', 'leaping fleas', 'jumping louse', 'jumping lice'],
      fr: ['puce sauteuse', 'puces sauteuses', 'pou sauteur', 'poux sauteurs'],
    },
  },
  {
    forms: ['dagang sapi', 'politik dagang sapi', 'berdagang sapi'],
    meaning: { en: ['horse-trading'], fr: ['marchandage', 'maquignonnage'], zh: ['政治交易', '讨价还价'], ja: ['裏取引', '政治的取引'], ar: ['المساومات السياسية', 'صفقات سياسية'] },
    literal: {
      en: ['cow trading', 'cow-trading', 'cattle trading', 'cattle-trading', 'cow trade', 'cattle trade', 'trading cows', 'trading cattle', 'cow politics'],
      fr: ['commerce de vaches', 'commerce de bétail', 'marchandage de vaches', 'commerce de bovins'],
    },
    sourceOnly: true,
  },
  {
    forms: ['pesta demokrasi'],
    meaning: { en: ['election', 'elections', 'polls'], fr: ['élections', 'scrutin'], zh: ['选举'], ja: ['選挙'], ar: ['الانتخابات'] },
    literal: {
      en: ['democracy party', 'democracy parties', 'party of democracy', 'democratic feast', 'feast of democracy', 'democracy feast', 'democracy fiesta', 'democratic fiesta'],
    },
    sourceOnly: true,
  },
  {
    forms: ['serangan fajar'],
    meaning: { en: ['vote-buying', 'eve-of-election vote-buying'], fr: ['achat de voix', 'achat de votes'], zh: ['贿选', '买票'], ja: ['票の買収', '買収'], ar: ['شراء الأصوات'] },
    literal: {
      en: ['dawn attack', 'dawn attacks', 'dawn strike', 'dawn strikes', 'dawn raid', 'dawn raids', 'attack at dawn', 'morning attack', 'morning attacks'],
      fr: ["attaque de l'aube", "attaque à l'aube", "attaques à l'aube", "attaques de l'aube"],
      zh: ['黎明袭击', '凌晨袭击', '黎明攻击', '拂晓攻击'],
      ja: ['夜明けの攻撃', '夜明けの襲撃', '早朝攻撃'],
      ar: ['هجوم الفجر', 'هجمات الفجر', 'هجوم فجر', 'غارة الفجر'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kampanye hitam'],
    meaning: { en: ['smear campaign', 'smear campaigns'], fr: ['campagne de dénigrement', 'campagne de diffamation'], zh: ['抹黑', '抹黑运动'], ja: ['中傷キャンペーン', 'ネガティブキャンペーン'], ar: ['حملة تشويه', 'حملة تشهير'] },
    literal: {
      en: ['black campaign', 'black campaigns', 'black campaigning'],
      fr: ['campagne noire', 'campagnes noires'],
      zh: ['黑色竞选'],
      ja: ['ブラックキャンペーン', '黒いキャンペーン'],
      ar: ['الحملة السوداء', 'حملة سوداء', 'حملات سوداء'],
    },
  },
  {
    forms: ['angin surga'],
    meaning: { en: ['empty promises', 'false hope'], fr: ['promesses creuses', "promesses en l'air"], zh: ['空头承诺', '画饼'], ja: ['空約束', '絵に描いた餅'], ar: ['وعود جوفاء', 'وعود وهمية'] },
    literal: {
      en: ['heavenly wind', 'heavenly winds', 'wind of heaven', 'winds of heaven', "heaven's wind", 'heaven wind', 'paradise wind', 'wind of paradise', 'winds of paradise', 'heavenly breeze'],
      fr: ['vent du paradis', 'vents du paradis', 'vent céleste'],
      zh: ['天堂之风', '天堂的风'],
      ja: ['天国の風'],
      ar: ['رياح الجنة', 'ريح الجنة', 'نسيم الجنة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['obral janji', 'mengobral janji', 'tebar janji', 'menebar janji', 'umbar janji', 'mengumbar janji'],
    meaning: { en: ['make lavish promises', 'promise the moon'], fr: ['multiplier les promesses', 'promettre monts et merveilles'], zh: ['大开空头支票', '乱许诺'], ja: ['空手形を乱発', '大風呂敷を広げる'], ar: ['الإفراط في الوعود', 'توزيع الوعود'] },
    literal: {
      en: ['promise sale', 'promise sales', 'sale of promises', 'promises on sale', 'clearance of promises', 'discount promises', 'scatter promises', 'scattering promises', 'scattered promises', 'sow promises', 'sowing promises'],
      fr: ['soldes de promesses', 'promesses en solde'],
    },
  },
  {
    forms: ['cek kosong'],
    meaning: { en: ['empty promise', 'bounced cheque'], fr: ['promesse creuse', 'chèque sans provision'], zh: ['空头支票'], ja: ['空手形'], ar: ['وعد أجوف', 'شيك بدون رصيد'] },
    literal: {
      en: ['empty check', 'empty checks', 'empty cheque', 'empty cheques'],
      fr: ['chèque vide', 'chèques vides'],
    },
  },
  {
    forms: ['pepesan kosong'],
    meaning: { en: ['hot air', 'empty words'], fr: ["paroles en l'air", 'du vent'], zh: ['空话', '空谈'], ja: ['空論', '口先だけ'], ar: ['كلام فارغ'] },
    literal: { en: ['empty pepes', 'empty pepesan'] },
  },
  {
    forms: ['koalisi gemuk', 'koalisi super gemuk'],
    meaning: { en: ['oversized coalition', 'bloated coalition'], fr: ['coalition pléthorique'], zh: ['庞大联盟', '超大联盟'], ja: ['巨大与党連合', '肥大化した連立'], ar: ['ائتلاف واسع', 'ائتلاف مترهل'] },
    literal: {
      en: ['fat coalition', 'fat coalitions', 'obese coalition'],
      fr: ['coalition grasse', 'coalition obèse'],
      zh: ['肥胖联盟', '胖联盟', '肥胖的联盟'],
      ja: ['太った連立', '太った連合'],
      ar: ['الائتلاف السمين', 'ائتلاف سمين'],
    },
  },
  {
    forms: ['partai gurem', 'partai-partai gurem', 'parpol gurem'],
    meaning: { en: ['minor party', 'fringe party', 'splinter party'], fr: ['petit parti', 'parti marginal'], zh: ['小党', '边缘小党'], ja: ['泡沫政党', 'ミニ政党'], ar: ['حزب صغير', 'حزب هامشي'] },
    literal: { en: ['gurem party', 'gurem parties', 'mite party', 'mite parties', 'lice party', 'louse party', 'flea party', 'flea parties'] },
  },
  {
    forms: ['lumbung suara', 'kantong suara', 'kantung suara'],
    meaning: { en: ['stronghold', 'voter base', 'vote bank'], fr: ['bastion électoral', 'réservoir de voix'], zh: ['票仓', '大票仓'], ja: ['票田', '地盤'], ar: ['معقل انتخابي', 'خزان انتخابي'] },
    literal: {
      en: ['vote barn', 'vote barns', 'vote granary', 'vote granaries', 'barn of votes', 'granary of votes', 'voice barn', 'voice barns', 'voice granary', 'vote pocket', 'vote pockets', 'voice pocket', 'voice pockets', 'pocket of voices', 'pockets of voices'],
      fr: ['grenier à voix', 'grenier de voix', 'grenier électoral', 'poche de voix', 'poches de voix'],
    },
  },
  {
    forms: ['cari muka', 'mencari muka', 'cari-cari muka'],
    meaning: { en: ['curry favour', 'suck up', 'ingratiate oneself'], fr: ['faire de la lèche', 'chercher à se faire bien voir'], zh: ['讨好', '拍马屁', '邀功'], ja: ['ご機嫌取り', 'ゴマすり', '点数稼ぎ'], ar: ['التملق', 'التزلف'] },
    literal: {
      en: ['looking for face', 'look for face', 'looks for face', 'looked for face', 'search for face', 'searching for face', 'face seeking', 'face-seeking'],
      fr: ['chercher le visage', 'cherche le visage', 'cherchent le visage', 'chercher la face'],
    },
    sourceOnly: true,
  },
  {
    forms: ['cari panggung', 'mencari panggung', 'cari-cari panggung'],
    meaning: { en: ['grandstanding', 'seek the limelight'], fr: ['chercher les projecteurs', 'chercher à se mettre en avant'], zh: ['作秀', '博出位'], ja: ['売名行為', '目立ちたがり'], ar: ['البحث عن الأضواء', 'الاستعراض'] },
    literal: {
      en: ['looking for a stage', 'look for a stage', 'looking for stage', 'looking for the stage', 'seeking a stage', 'seek a stage', 'searching for a stage', 'search for a stage', 'find a stage', 'finding a stage'],
      fr: ['chercher une scène', 'cherche une scène', 'chercher la scène'],
      zh: ['找舞台', '寻找舞台'],
      ja: ['舞台を探す', '舞台探し'],
      ar: ['البحث عن منصة', 'يبحث عن منصة', 'البحث عن مسرح'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tebar pesona', 'menebar pesona', 'tebar-tebar pesona'],
    meaning: { en: ['charm offensive', 'turn on the charm'], fr: ['opération séduction', 'offensive de charme'], zh: ['魅力攻势', '拉拢人心'], ja: ['愛嬌を振りまく', '好感度稼ぎ'], ar: ['حملة استمالة'] },
    literal: {
      en: ['scatter charm', 'scattering charm', 'scattered charm', 'scatters charm', 'sow charm', 'sowing charm', 'spread charm', 'spreading charm', 'spreads charm', 'charm scattering', 'charm spreading'],
      fr: ['semer le charme', 'sème le charme', 'disperser le charme', 'disperse le charme'],
    },
  },
  {
    forms: ['curi start', 'mencuri start', 'curi star', 'mencuri star', 'curi-curi start'],
    meaning: { en: ['jump the gun', 'campaign early'], fr: ['faire un faux départ', "partir avant l'heure"], zh: ['抢跑', '提前行动'], ja: ['フライング', '先走り'], ar: ['استباق الموعد', 'البدء قبل الأوان'] },
    literal: {
      en: ['steal start', 'steals start', 'stealing start', 'stole start', 'steal the start', 'stealing the start', 'stole the start', 'steal a start', 'stealing a start', 'stole a start', 'start theft'],
      fr: ['voler le départ', 'vole le départ', 'volé le départ', 'voler le start'],
      ja: ['スタートを盗'],
      ar: ['سرقة البداية', 'سرقة الانطلاقة', 'يسرق البداية'],
    },
  },
  {
    forms: ['turun gunung'],
    meaning: { en: ['step back into the fray', 'step in personally', 'come out of retirement'], fr: ['monter au créneau', 'reprendre du service'], zh: ['亲自出马', '出山'], ja: ['自ら乗り出す', '再登板'], ar: ['النزول إلى الميدان'] },
    literal: {
      en: ['come down the mountain', 'came down the mountain', 'coming down the mountain', 'comes down the mountain', 'descend the mountain', 'descended the mountain', 'descending the mountain', 'descends the mountain', 'go down the mountain', 'went down the mountain', 'going down the mountain'],
      fr: ['descendre de la montagne', 'descend de la montagne', 'descendu de la montagne', 'descendre la montagne'],
      ja: ['山を下り', '山を降り'],
      ar: ['نزل من الجبل', 'ينزل من الجبل', 'النزول من الجبل'],
    },
    sourceOnly: true,
  },
  {
    forms: ['pasang badan', 'memasang badan'],
    meaning: { en: ['stand up for', 'take the heat for', 'go to bat for'], fr: ['monter au créneau pour', 'faire bouclier'], zh: ['挺身而出', '力挺'], ja: ['矢面に立つ', '体を張る'], ar: ['الدفاع المستميت عن'] },
    literal: { en: ['put up body', 'putting up body', 'puts up body', 'put up the body', 'install body', 'installing body', 'installed body', 'installs body'] },
    sourceOnly: true,
  },
  {
    forms: ['angkat bicara', 'buka suara', 'membuka suara'],
    meaning: { en: ['spoke out', 'speak out', 'break their silence'], fr: ['prendre la parole', 'sortir de son silence', 'réagir'], zh: ['发声', '表态', '打破沉默'], ja: ['口を開く', '沈黙を破る'], ar: ['خرج عن صمته', 'كسر صمته', 'علّق'] },
    literal: { en: ['lift talk', 'lifted talk', 'lifts talk', 'lifting talk', 'lifted speech', 'lift speech', 'opened voice', 'opened his voice', 'opened her voice', 'opened their voice', 'opened their voices'] },
  },
  {
    forms: ['bola panas'],
    meaning: { en: ['hot potato', 'hot-button issue'], fr: ['patate chaude'], zh: ['烫手山芋'], ja: ['厄介な問題', '火種'], ar: ['قضية شائكة', 'قضية ساخنة'] },
    literal: {
      en: ['hot ball', 'hot balls'],
      fr: ['balle chaude', 'balles chaudes', 'boule chaude', 'ballon chaud'],
      ja: ['熱いボール', 'ホットボール'],
      ar: ['الكرة الساخنة', 'كرة ساخنة'],
    },
  },
  {
    forms: ['adu domba', 'mengadu domba', 'diadu domba', 'mengadudomba', 'diadudomba', 'politik adu domba', 'pengadu domba'],
    meaning: { en: ['divide and rule', 'pit against each other', 'sow discord'], fr: ['diviser pour régner', 'monter les uns contre les autres'], zh: ['挑拨离间', '分而治之'], ja: ['分断工作', '仲違いさせる'], ar: ['فرق تسد', 'الوقيعة', 'بث الفتنة'] },
    literal: {
      en: ['sheep fighting', 'sheep fight', 'sheep fights', 'sheep-fighting', 'pitting sheep', 'pit sheep', 'pitted sheep', 'sheep pitting', 'fighting sheep', 'fight sheep', 'sheep against sheep', 'ram fighting', 'pitting rams'],
      fr: ['combat de moutons', 'combats de moutons', 'combat de béliers', 'faire combattre les moutons'],
      zh: ['斗羊'],
      ja: ['羊の闘い', '羊の喧嘩', '闘羊'],
      ar: ['مناطحة الخراف', 'مصارعة الأغنام', 'مصارعة الخراف', 'تحريض الخراف'],
    },
    sourceOnly: true,
  },
  {
    forms: ['musuh dalam selimut'],
    meaning: { en: ['enemy within', 'traitor in the ranks', 'snake in the grass'], fr: ["ennemi de l'intérieur", 'traître'], zh: ['内奸', '内鬼'], ja: ['獅子身中の虫', '内部の敵'], ar: ['العدو من الداخل', 'الطابور الخامس'] },
    literal: {
      en: ['enemy in the blanket', 'enemies in the blanket', 'enemy in a blanket', 'enemy in the blankets', 'enemy under the blanket', 'enemies under the blanket', 'enemy under the blankets', 'enemy under a blanket', 'enemy inside the blanket', 'blanket enemy'],
      fr: ['ennemi dans la couverture', 'ennemis dans la couverture', 'ennemi sous la couverture', 'ennemi sous la couette', 'ennemi dans la couette'],
      zh: ['被子里的敌人', '毯子里的敌人', '毯子下的敌人', '被窝里的敌人'],
      ja: ['毛布の中の敵', '布団の中の敵'],
      ar: ['عدو في البطانية', 'العدو في البطانية', 'عدو تحت البطانية', 'العدو تحت البطانية', 'عدو داخل البطانية'],
    },
  },
  {
    forms: ['menggunting dalam lipatan', 'gunting dalam lipatan'],
    meaning: { en: ['betray from within', 'stab in the back'], fr: ["trahir de l'intérieur", 'poignarder dans le dos'], zh: ['背后捅刀', '暗中出卖'], ja: ['寝首をかく', '裏切る'], ar: ['الطعن في الظهر', 'الخيانة من الداخل'] },
    literal: {
      en: ['cutting in the fold', 'cut in the fold', 'cuts in the fold', 'cutting in the folds', 'cut in the folds', 'scissors in the fold', 'scissoring in the fold', 'cutting within the fold', 'cutting inside the fold'],
      fr: ['couper dans le pli', 'coupe dans le pli', 'couper dans les plis', 'ciseaux dans le pli'],
    },
  },
  {
    forms: ['lempar batu sembunyi tangan', 'melempar batu sembunyi tangan', 'lempar batu, sembunyi tangan'],
    meaning: { en: ['evade responsibility', "hide one's hand", 'shirk the blame'], fr: ['se défausser', 'fuir ses responsabilités'], zh: ['推卸责任', '嫁祸于人'], ja: ['責任逃れ', '知らん顔'], ar: ['التهرب من المسؤولية'] },
    literal: {
      en: ['throw stones and hide hands', 'throw stones hide hands', 'throw stones, hide hands', 'throwing stones and hiding hands', 'throwing stones, hiding hands', 'throws stones and hides hands', 'threw stones and hid hands', 'throw stones and hide their hands', 'throwing stones and hiding their hands', 'threw stones and hid their hands', 'throw a stone and hide the hand', 'throw a stone and hide your hand', 'throw the stone and hide the hand', 'throwing a stone and hiding the hand'],
    },
  },
  {
    forms: ['api dalam sekam', 'bara dalam sekam', 'bagai api dalam sekam', 'seperti api dalam sekam'],
    meaning: { en: ['smouldering conflict', 'hidden threat', 'a powder keg'], fr: ['feu qui couve', 'poudrière'], zh: ['隐患', '暗流涌动'], ja: ['くすぶる火種', '潜在的な危機'], ar: ['نار تحت الرماد'] },
    literal: {
      en: ['fire in the husk', 'fire in the husks', 'fire in husks', 'fire in the chaff', 'fire in chaff', 'fire in the rice husk', 'fire in rice husks', 'embers in the husk', 'embers in the husks', 'embers in the chaff', 'coals in the husk'],
      fr: ['feu dans la balle', 'feu dans les balles', 'feu dans la balle de riz', 'feu dans les balles de riz', 'braise dans la balle'],
      zh: ['糠中之火', '谷壳里的火', '稻壳里的火'],
      ja: ['もみ殻の中の火', '籾殻の中の火'],
      ar: ['النار في قشر الأرز', 'نار في قشور الأرز'],
    },
  },
  {
    forms: ['ada udang di balik batu', 'udang di balik batu', 'udang dibalik batu'],
    meaning: { en: ['ulterior motive', 'hidden agenda'], fr: ['anguille sous roche', 'arrière-pensée'], zh: ['别有用心', '另有所图'], ja: ['下心', '裏がある'], ar: ['وراء الأكمة ما وراءها', 'دوافع خفية'] },
    literal: {
      en: ['shrimp behind the stone', 'shrimp behind the rock', 'shrimp behind a stone', 'shrimp behind a rock', 'shrimps behind the stone', 'shrimps behind the rock', 'shrimp behind the stones', 'shrimp behind the rocks', 'prawn behind the stone', 'prawn behind the rock', 'shrimp under the rock', 'shrimp under the stone'],
      fr: ['crevette derrière la pierre', 'crevette derrière le rocher', 'crevettes derrière la pierre', 'crevette derrière le caillou', 'crevette sous la pierre', 'crevette sous le rocher'],
      zh: ['石头后面有虾', '石头后面的虾', '石头后有虾', '石头背后的虾', '石头后面藏着虾'],
      ja: ['石の後ろにエビ', '石の裏にエビ', '岩の後ろにエビ', '石の陰にエビ'],
      ar: ['جمبري خلف الحجر', 'روبيان خلف الحجر', 'جمبري وراء الحجر', 'روبيان وراء الصخرة', 'جمبري خلف الصخرة', 'الروبيان خلف الصخرة', 'الجمبري خلف الحجر'],
    },
  },
  {
    forms: ['buah simalakama', 'simalakama'],
    meaning: { en: ['dilemma', 'catch-22', "damned if you do, damned if you don't"], fr: ['dilemme', 'choix cornélien'], zh: ['两难', '进退两难'], ja: ['ジレンマ', '板挟み'], ar: ['معضلة', 'خياران أحلاهما مر'] },
    literal: {
      en: ['simalakama fruit', 'simalakama fruits', 'fruit of simalakama', 'malakama fruit'],
      fr: ['fruit simalakama', 'fruit de simalakama', 'fruit du simalakama'],
      ar: ['فاكهة سيمالاكاما', 'ثمرة سيمالاكاما'],
    },
  },
  {
    forms: ['senjata makan tuan', 'makan tuan'],
    meaning: { en: ['backfire', 'boomerang'], fr: ['se retourner contre lui', "l'arroseur arrosé", 'effet boomerang'], zh: ['搬起石头砸自己的脚', '适得其反', '自食其果'], ja: ['裏目に出る', '自業自得', '墓穴を掘る'], ar: ['انقلب السحر على الساحر'] },
    literal: {
      en: ['weapon eats its master', 'weapon eating its master', 'weapon ate its master', 'weapon that eats its master', 'weapons eat their masters', 'weapons eating their masters', 'weapon eats master', 'weapon eating master', 'weapon eats its owner', 'weapon eating its owner', 'weapon that eats its owner', 'eats its master', 'eat its master', 'ate its master', 'eating its master', 'eats the master', 'eat the master', 'eating the master'],
      fr: ["l'arme mange son maître", 'arme qui mange son maître', 'arme mange son maître', "l'arme a mangé son maître", 'mange son maître', 'mangé son maître', 'manger son maître'],
      zh: ['武器吃主人', '武器吃掉主人', '武器吞噬主人'],
      ja: ['武器が主人を食べる', '武器が主人を食う', '武器が持ち主を食べる', '主人を食べる武器'],
      ar: ['السلاح يأكل صاحبه', 'السلاح يأكل سيده', 'سلاح يأكل صاحبه'],
    },
  },
  {
    forms: ['musang berbulu domba'],
    meaning: { en: ["wolf in sheep's clothing"], fr: ['loup déguisé en agneau', 'loup déguisé en brebis'], zh: ['披着羊皮的狼'], ja: ['羊の皮をかぶった狼'], ar: ['ذئب في ثياب حمل', 'ذئب في ثوب حمل'] },
    literal: {
      en: ["civet in sheep's clothing", "civets in sheep's clothing", "civet cat in sheep's clothing", "weasel in sheep's clothing", "weasels in sheep's clothing", "mongoose in sheep's clothing", "ferret in sheep's clothing", "civet with sheep's fur", "civet in sheep's fur", "weasel with sheep's fur", "civet in sheep's wool", "civet wearing sheep's clothing", 'civet with sheep fur'],
      fr: ['civette déguisée en mouton', 'civette en peau de mouton', 'civette à fourrure de mouton', 'belette déguisée en mouton', 'civette déguisée en agneau'],
      zh: ['披着羊皮的果子狸', '披着羊皮的麝猫', '披着羊皮的黄鼠狼'],
      ja: ['羊の皮をかぶったジャコウネコ', '羊の毛皮を着たジャコウネコ', '羊の皮をかぶったイタチ'],
    },
  },
  {
    forms: ['asal bapak senang', 'asal bos senang'],
    meaning: { en: ['yes-man culture', 'telling the boss what he wants to hear'], fr: ['culture du béni-oui-oui', 'complaisance envers les chefs'], zh: ['报喜不报忧', '唯上是从'], ja: ['上司へのご機嫌取り', 'イエスマン体質'], ar: ['إرضاء الرؤساء', 'ثقافة التملق للمسؤولين'] },
    literal: {
      en: ['as long as father is happy', 'as long as the father is happy', 'so long as father is happy', "as long as father's happy", 'as long as dad is happy', 'as long as daddy is happy', 'as long as father is pleased', 'as long as the father is pleased', 'as long as sir is happy'],
      fr: ['tant que papa est content', 'pourvu que papa soit content', 'tant que le père est content', 'pourvu que le père soit content'],
      zh: ['只要爸爸高兴', '只要父亲高兴', '只要老爸高兴'],
      ja: ['父さんが喜べば', 'お父さんが喜べば', '父が喜べば'],
      ar: ['طالما الأب سعيد', 'ما دام الأب سعيدا', 'طالما كان الأب سعيدا'],
    },
  },
  {
    forms: ['kursi empuk'],
    meaning: { en: ['cushy post', 'plum job'], fr: ['poste confortable', 'fromage'], zh: ['肥缺', '美差'], ja: ['おいしいポスト', '楽な要職'], ar: ['منصب مريح', 'منصب مغرٍ'] },
    literal: {
      en: ['soft chair', 'soft chairs', 'soft seat', 'soft seats', 'comfy chair', 'cushy chair', 'cushy chairs', 'cushioned chair', 'cushioned seat', 'plush chair'],
      fr: ['chaise moelleuse', 'fauteuil moelleux', 'siège moelleux', 'chaise douce'],
      zh: ['软椅', '软座', '柔软的椅子'],
      ja: ['柔らかい椅子', 'ふかふかの椅子'],
      ar: ['الكرسي المريح', 'كرسي مريح', 'الكرسي الناعم', 'كرسي ناعم'],
    },
    sourceOnly: true,
  },
  {
    forms: ['lahan basah', 'posisi basah', 'jabatan basah'],
    meaning: { en: ['lucrative post', 'gravy train', 'cash cow'], fr: ['poste juteux', 'fromage'], zh: ['肥缺', '油水多的职位'], ja: ['うまみのあるポスト', '利権'], ar: ['منصب مربح', 'مصدر كسب غير مشروع'] },
    literal: {
      en: ['wet land', 'wet lands', 'wet field', 'wet fields', 'wet position', 'wet positions', 'wet post', 'wet posts', 'wet job', 'wet jobs'],
      fr: ['terrain mouillé', 'poste mouillé', 'position mouillée', 'poste humide'],
      ar: ['المنصب الرطب', 'منصب رطب', 'وظيفة رطبة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['proyek mercusuar', 'proyek-proyek mercusuar', 'politik mercusuar'],
    meaning: { en: ['vanity project', 'prestige project', 'white elephant'], fr: ['projet de prestige', 'projet vitrine', 'éléphant blanc'], zh: ['形象工程', '面子工程'], ja: ['ハコモノ', '見栄えだけの事業'], ar: ['مشروع للتفاخر', 'مشاريع استعراضية'] },
    literal: {
      en: ['lighthouse project', 'lighthouse projects', 'beacon project', 'beacon projects', 'lighthouse politics', 'beacon politics'],
      fr: ['projet phare', 'projets phares'],
      zh: ['灯塔项目', '灯塔工程'],
      ja: ['灯台プロジェクト', '灯台事業'],
      ar: ['مشروع المنارة', 'مشاريع المنارة', 'مشروع منارة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['rapor merah', 'raport merah', 'rapot merah', 'nilai merah'],
    meaning: { en: ['failing grade', 'poor marks', 'poor track record'], fr: ['mauvaise note', 'bulletin négatif'], zh: ['不及格', '成绩不佳'], ja: ['落第点', '不合格'], ar: ['تقييم سيئ', 'علامة رسوب'] },
    literal: {
      en: ['red report card', 'red report cards', 'red report', 'red reports', 'red raport', 'red rapor', 'red grades'],
      fr: ['bulletin rouge', 'bulletins rouges', 'carnet rouge', 'rapport rouge'],
      zh: ['红色成绩单', '红色报告卡'],
      ja: ['赤い通知表', '赤い成績表'],
      ar: ['بطاقة تقرير حمراء', 'التقرير الأحمر', 'تقرير أحمر'],
    },
  },
  {
    forms: ['angin segar'],
    meaning: { en: ['a breath of fresh air', 'welcome news', 'a boost'], fr: ["une bouffée d'oxygène", "un bol d'air"], zh: ['利好', '一剂强心针', '新气象'], ja: ['追い風', '朗報'], ar: ['بارقة أمل', 'دفعة إيجابية'] },
    literal: {
      en: ['fresh wind', 'fresh winds', 'fresh breeze', 'refreshing wind', 'refreshing winds'],
      fr: ['vent frais', 'vents frais'],
      zh: ['新鲜的风', '清新的风'],
      ja: ['新鮮な風', 'さわやかな風', '爽やかな風'],
      ar: ['رياح منعشة', 'ريح منعشة', 'نسيم منعش'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kebakaran jenggot', 'seperti kebakaran jenggot', 'bak kebakaran jenggot'],
    meaning: { en: ['in a panic', 'up in arms', 'flustered'], fr: ['pris de panique', 'dans tous ses états'], zh: ['惊慌失措', '乱了阵脚', '急得跳脚'], ja: ['大慌て', '慌てふためく'], ar: ['في حالة ذعر', 'في حالة هلع'] },
    literal: {
      en: ['beard on fire', 'beards on fire', 'burning beard', 'burning beards', 'beard burning', 'beard burned', 'burned beard', 'burnt beard', 'beard fire', 'beard caught fire', 'beards caught fire'],
      fr: ['barbe en feu', 'barbes en feu', 'barbe brûlée', 'barbe qui brûle', 'barbe qui prend feu', 'brûler la barbe'],
      zh: ['胡子着火', '胡须着火', '胡子烧着', '烧胡子', '胡须被烧'],
      ja: ['ひげが燃え', '髭が燃え', 'ヒゲが燃え', 'あごひげが燃え', 'ひげに火'],
      ar: ['احتراق اللحية', 'اللحية المحترقة', 'لحية محترقة', 'لحيته تحترق', 'اللحى المحترقة', 'اشتعال اللحية'],
    },
  },
  {
    forms: ['gayung bersambut', 'bagai gayung bersambut', 'gayung pun bersambut'],
    meaning: { en: ['the call was answered', 'it was reciprocated', 'the offer was taken up'], fr: ["l'appel a été entendu", "la réponse ne s'est pas fait attendre"], zh: ['一拍即合', '得到响应'], ja: ['呼応する', '呼びかけに応じる'], ar: ['لاقى تجاوبا', 'لقيت الدعوة استجابة'] },
    literal: {
      en: ['dipper welcomed', 'dipper is welcomed', 'dipper was welcomed', 'dipper is answered', 'dipper was answered', 'dipper received', 'dipper is received', 'dipper was received', 'dipper is reciprocated', 'dipper was reciprocated', 'scoop welcomed', 'scoop is welcomed', 'scoop was welcomed', 'ladle welcomed', 'ladle is welcomed', 'ladle was welcomed', 'bucket is welcomed', 'bucket was welcomed'],
    },
  },
  {
    forms: ['bertepuk sebelah tangan', 'tepuk sebelah tangan'],
    meaning: { en: ['one-sided', 'unrequited', 'went unanswered'], fr: ['à sens unique', 'sans retour', 'resté lettre morte'], zh: ['一厢情愿', '单相思'], ja: ['片思い', '一方通行'], ar: ['من طرف واحد', 'حب من طرف واحد'] },
    literal: {
      en: ['clapping with one hand', 'clap with one hand', 'clapped with one hand', 'claps with one hand', 'clapping one hand', 'clap one hand', 'one-handed clapping', 'one handed clapping', 'clapping one-handed', 'clap one-handed', 'clapping with half a hand', 'clapping half a hand', 'clapping with one side of the hand', 'clapping hands on one side'],
      fr: ["applaudir d'une seule main", "applaudir d'une main", "applaudit d'une seule main", "applaudissant d'une seule main"],
      zh: ['单手鼓掌', '一只手鼓掌', '一只手拍手', '单手拍手'],
      ja: ['片手で拍手', '片手拍手', '片手で手を叩'],
    },
  },
  {
    forms: ['di ujung tanduk', 'ujung tanduk', 'telur di ujung tanduk'],
    meaning: { en: ['on the brink', 'hanging by a thread', 'in jeopardy'], fr: ['sur la sellette', "ne tient qu'à un fil", 'au bord du gouffre'], zh: ['危在旦夕', '岌岌可危'], ja: ['風前の灯火', '崖っぷち'], ar: ['على المحك', 'على شفا الهاوية', 'في مهب الريح'] },
    literal: {
      en: ['at the tip of the horn', 'on the tip of the horn', 'at the tip of a horn', 'on the tip of a horn', 'at the end of the horn', 'on the end of the horn', 'at the end of a horn', 'on the end of a horn', 'at the edge of the horn', 'on the edge of the horn', "at the horn's tip", "on the horn's tip", 'at the horn tip', 'on the horn tip'],
      fr: ['au bout de la corne', 'sur le bout de la corne', 'à la pointe de la corne', 'sur la pointe de la corne', "à l'extrémité de la corne"],
      zh: ['在角尖上', '在牛角的尖端', '角的尖端上'],
    },
  },
  {
    forms: ['di atas angin', 'berada di atas angin'],
    meaning: { en: ['have the upper hand', 'in the ascendancy', 'on top'], fr: ["avoir l'avantage", 'en position de force'], zh: ['占上风', '处于优势'], ja: ['優位に立つ', '優勢'], ar: ['له اليد العليا', 'في موقع قوة'] },
    literal: {
      en: ['above the wind', 'over the wind', 'on top of the wind', 'upon the wind'],
      fr: ['au-dessus du vent', 'au dessus du vent'],
      ar: ['فوق الريح', 'فوق الرياح'],
    },
  },
  {
    forms: ['pandang sebelah mata', 'dipandang sebelah mata', 'memandang sebelah mata', 'dengan sebelah mata'],
    meaning: { en: ['underestimate', 'write off', 'look down on'], fr: ['sous-estimer', 'prendre de haut'], zh: ['小看', '轻视'], ja: ['軽視する', '侮る'], ar: ['الاستخفاف', 'التقليل من شأن'] },
    literal: {
      en: ['look with one eye', 'looked with one eye', 'looking with one eye', 'looks with one eye', 'looked at with one eye', 'looked upon with one eye', 'seen with one eye', 'viewed with one eye', 'see with one eye', 'sees with one eye', 'regarded with one eye'],
      fr: ["regarder d'un seul œil", "regardé d'un seul œil", "voir d'un seul œil", "vu d'un seul œil", "d'un seul œil"],
      zh: ['用一只眼睛看', '用一只眼看', '一只眼睛看待'],
      ja: ['片目で見', '片方の目で見'],
    },
    sourceOnly: true,
  },
  {
    forms: ['harga mati'],
    meaning: { en: ['non-negotiable', 'final', 'sacrosanct'], fr: ['non négociable', 'intangible'], zh: ['不容商量', '不可动摇'], ja: ['譲れない一線', '絶対条件'], ar: ['غير قابل للتفاوض', 'خط أحمر'] },
    literal: {
      en: ['dead price', 'dead prices', 'death price'],
      fr: ['prix mort', 'prix morts', 'prix de la mort'],
      ja: ['死んだ値段', '死の値段'],
      ar: ['سعر ميت', 'السعر الميت', 'ثمن ميت', 'سعر الموت'],
    },
  },
  {
    forms: ['pelanduk mati di tengah', 'pelanduk mati ditengah', 'gajah bertarung', 'gajah sama gajah bertarung'],
    meaning: { en: ['when elephants fight, the grass suffers'], fr: ['les petits paient pour les querelles des grands'], zh: ['城门失火，殃及池鱼'], ja: ['とばっちりを受ける', '巻き添えを食う'], ar: ['عندما تتصارع الفيلة فإن العشب هو الذي يعاني'] },
    literal: {
      en: ['mouse deer dies in the middle', 'mouse deer die in the middle', 'mouse deer died in the middle', 'mouse deer dying in the middle', 'mouse deer are killed in the middle', 'mouse-deer dies in the middle', 'mouse-deer die in the middle', 'mousedeer dies in the middle', 'mousedeer die in the middle', 'mouse deer dies in between', 'mouse deer die in between', 'chevrotain dies in the middle'],
      fr: ['le chevrotain meurt au milieu', 'chevrotain meurt au milieu', 'les chevrotains meurent au milieu', 'le cerf-souris meurt au milieu'],
      zh: ['鼷鹿死在中间', '小鼷鹿死在中间'],
      ja: ['マメジカが真ん中で死ぬ', 'マメジカは間で死ぬ'],
    },
  },
  {
    forms: ['anak ayam kehilangan induk', 'anak ayam kehilangan induknya', 'anak ayam tanpa induk'],
    meaning: { en: ['in disarray', 'leaderless', 'like sheep without a shepherd'], fr: ['désemparé', 'sans chef', 'comme des brebis sans berger'], zh: ['群龙无首', '一盘散沙'], ja: ['烏合の衆', '指導者を失った'], ar: ['بلا قيادة', 'في حالة تخبط'] },
    literal: {
      en: ['chicks that lost their mother', 'chicks who lost their mother', 'chicks that have lost their mother', 'chicks who have lost their mother', 'chicks losing their mother', 'chicks lost their mother', 'chicks without their mother', 'chicks without a mother', 'chicks that lost their mothers', 'chicks who lost their mothers', 'chicks that lost their parent', 'chicks who lost their parent', 'chicks losing their parent', 'chick that lost its mother', 'chicken that lost its mother', 'chickens that lost their mother', 'chickens who lost their mother', 'chickens losing their mother', 'chickens that lost their parent', 'chicks that have lost their hen'],
      fr: ['poussins qui ont perdu leur mère', 'poussins ayant perdu leur mère', 'poussin qui a perdu sa mère', 'poussins sans mère', 'poussins privés de leur mère'],
      zh: ['失去母鸡的小鸡', '小鸡失去了母亲', '失去妈妈的小鸡', '失去母亲的小鸡'],
      ja: ['母鶏を失ったひよこ', '親鳥を失ったひよこ', '母親を失ったひよこ', '親を失ったヒヨコ', '母鶏を失ったヒヨコ'],
      ar: ['الكتاكيت التي فقدت أمها', 'كتاكيت فقدت أمها', 'صيصان فقدت أمها'],
    },
  },
  {
    forms: ['kejar tayang'],
    meaning: { en: ['rushed', 'hastily done', 'slapdash'], fr: ['bâclé', 'fait à la va-vite'], zh: ['赶工', '仓促'], ja: ['突貫工事', '拙速'], ar: ['متسرع', 'على عجل'] },
    literal: { en: ['chasing broadcast', 'chase broadcast', 'chasing the broadcast', 'chase the broadcast', 'broadcast chase', 'broadcast chasing', 'chasing airing', 'chase airing', 'chasing the airing', 'chasing screening'] },
  },
  {
    forms: ['hangat-hangat tahi ayam', 'hangat hangat tahi ayam', 'panas-panas tahi ayam'],
    meaning: { en: ['short-lived enthusiasm', 'a flash in the pan'], fr: ['un feu de paille'], zh: ['三分钟热度', '虎头蛇尾'], ja: ['三日坊主', '熱しやすく冷めやすい'], ar: ['حماس مؤقت', 'فورة عابرة'] },
    literal: {
      en: ['warm chicken droppings', 'warm chicken dung', 'warm chicken shit', 'warm chicken poop', 'warm as chicken droppings', 'warm as chicken dung', 'warm as chicken shit', 'warm like chicken droppings', 'warm like chicken dung', 'warm like chicken shit', 'warm like chicken poop', 'hot chicken droppings', 'hot chicken shit', 'hot chicken dung', 'hot chicken poop', 'hot as chicken shit', 'hot like chicken shit', 'chicken shit warm', 'chicken poop warm', 'warmth of chicken droppings', 'warmth of chicken dung', 'warmth of chicken shit'],
      fr: ['chaud comme la fiente de poulet', 'chaud comme de la fiente de poulet', 'chaud comme la fiente de poule', 'chaud comme une crotte de poule', 'fiente de poulet chaude', 'fiente de poule chaude', 'crotte de poulet chaude'],
      zh: ['鸡屎热', '热鸡屎', '像鸡屎一样热'],
      ja: ['鶏の糞のように温か', '温かい鶏の糞', '鶏糞のように温か'],
      ar: ['دافئ مثل فضلات الدجاج', 'فضلات الدجاج الدافئة', 'روث الدجاج الدافئ'],
    },
  },
  {
    forms: ['pasang kuda-kuda', 'memasang kuda-kuda', 'pasang kuda kuda'],
    meaning: { en: ['brace for', 'get ready', 'gear up'], fr: ['se préparer', 'se mettre en ordre de bataille', 'fourbir ses armes'], zh: ['严阵以待', '摆好架势'], ja: ['身構える', '態勢を整える'], ar: ['الاستعداد', 'التأهب'] },
    literal: {
      en: ['set up horses', 'setting up horses', 'sets up horses', 'set up the horses', 'put up horses', 'putting up horses', 'put up the horses', 'install horses', 'installing horses', 'installed horses', 'installing the horses', 'horse-horses', 'horse horses'],
      fr: ['installer les chevaux', 'installe les chevaux', 'installent les chevaux'],
    },
  },
  {
    forms: ['katak dalam tempurung', 'katak di bawah tempurung', 'bagai katak dalam tempurung', 'seperti katak dalam tempurung'],
    meaning: { en: ['narrow-minded', 'parochial', 'insular'], fr: ['borné', 'avoir des œillères'], zh: ['井底之蛙'], ja: ['井の中の蛙'], ar: ['ضيق الأفق', 'كالضفدع في البئر'] },
    literal: {
      en: ['frog in a coconut shell', 'frogs in a coconut shell', 'frog in the coconut shell', 'frog in coconut shell', 'frog inside a coconut shell', 'frog under a coconut shell', 'frogs under a coconut shell', 'frog under the coconut shell', 'frog in a shell', 'frog under a shell', 'frog in a skull', 'frog under a skull'],
      fr: ['grenouille dans une noix de coco', 'grenouille sous une noix de coco', 'grenouille dans une coque de noix de coco', 'grenouille sous une coque de noix de coco', 'grenouille dans la coque'],
      zh: ['椰子壳里的青蛙', '椰壳里的青蛙', '椰壳下的青蛙', '椰子壳下的青蛙', '椰壳中的青蛙'],
      ja: ['ココナッツの殻の中のカエル', 'ココナッツの殻の下のカエル', '椰子の殻の中の蛙'],
      ar: ['ضفدع في قشرة جوز الهند', 'الضفدع في قشرة جوز الهند', 'ضفدع تحت قشرة جوز الهند', 'ضفدعة في قشرة جوز الهند'],
    },
  },
  {
    forms: ['jam karet', 'budaya jam karet'],
    meaning: { en: ['chronic lateness', 'poor punctuality'], fr: ['retards chroniques', 'le manque de ponctualité'], zh: ['不守时', '拖沓'], ja: ['時間にルーズ', '遅刻癖'], ar: ['عدم الالتزام بالمواعيد', 'التأخر المزمن'] },
    literal: {
      en: ['rubber time', 'rubber-time', 'rubber timing', 'rubber clock', 'rubber clocks', 'rubber hour', 'rubber hours'],
      fr: ['heure en caoutchouc', 'heures en caoutchouc', 'horloge en caoutchouc', 'temps en caoutchouc', 'heure élastique'],
      zh: ['橡皮时间', '橡胶时间', '橡胶钟', '橡皮钟'],
      ja: ['ゴムの時間', 'ゴム時間', 'ゴムの時計'],
    },
  },
  {
    forms: ['benang merah', 'benang merahnya'],
    meaning: { en: ['common thread', 'link', 'connecting thread'], fr: ['fil rouge', 'fil conducteur'], zh: ['主线', '共同点', '脉络'], ja: ['共通点', '一貫した筋'], ar: ['الخيط الرابط', 'القاسم المشترك'] },
    literal: {
      en: ['red thread', 'red threads', 'red string'],
      zh: ['红线', '红色的线', '红色线'],
      ja: ['赤い糸'],
      ar: ['الخيط الأحمر', 'خيط أحمر'],
    },
    sourceOnly: true,
  },
  {
    forms: ['angin lalu', 'dianggap angin lalu', 'bagai angin lalu'],
    meaning: { en: ['ignored', 'brushed aside', 'fell on deaf ears'], fr: ['ignoré', "balayé d'un revers de main", 'resté lettre morte'], zh: ['当作耳边风', '置若罔闻'], ja: ['聞き流す', '馬耳東風'], ar: ['ذهب أدراج الرياح', 'تجاهل'] },
    literal: {
      en: ['passing wind', 'passing winds', 'wind passing', 'wind that passes', 'past wind', 'passing breeze', 'wind in passing', 'the wind that passed', 'wind that has passed'],
      fr: ['vent qui passe', 'vent passager', 'vent passé'],
      zh: ['过路风', '路过的风'],
      ja: ['通り過ぎる風', '過ぎ去った風', '通りすがりの風'],
      ar: ['الريح العابرة', 'ريح عابرة', 'الرياح العابرة', 'رياح عابرة'],
    },
    sourceOnly: true,
  },

  // ───────────────────────────── Law, courts and crime ─────────────────────────────
  {
    forms: ['meja hijau', 'dimejahijaukan', 'memejahijaukan', 'ke meja hijau'],
    meaning: { en: ['court', 'trial', 'the courts'], fr: ['tribunal', 'justice', 'procès'], zh: ['法庭', '审判'], ja: ['法廷', '裁判'], ar: ['المحكمة', 'القضاء'] },
    literal: {
      en: ['green table', 'green tables', 'the green table'],
      fr: ['table verte', 'tables vertes'],
      zh: ['绿桌', '绿色桌子', '绿桌子', '绿色的桌子'],
      ja: ['緑のテーブル', '緑の机', '緑色のテーブル'],
      ar: ['الطاولة الخضراء', 'طاولة خضراء', 'المائدة الخضراء'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kursi pesakitan'],
    meaning: { en: ['the dock', "the defendant's chair"], fr: ['le banc des accusés'], zh: ['被告席'], ja: ['被告席'], ar: ['قفص الاتهام'] },
    literal: {
      en: ["patient's chair", "patients' chair", 'patient chair', "patient's seat", 'patient seat', 'sick chair', "sick person's chair", 'chair of the sick', "sufferer's chair"],
      fr: ['chaise du patient', 'siège du patient', 'chaise des malades', 'fauteuil du patient'],
      zh: ['病人椅', '病人的椅子', '病人座椅'],
      ja: ['患者の椅子', '病人の椅子'],
      ar: ['كرسي المريض', 'كرسي المرضى'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tikus berdasi', 'tikus-tikus berdasi'],
    meaning: { en: ['corrupt officials', 'white-collar crooks'], fr: ['fonctionnaires corrompus', 'escrocs en col blanc'], zh: ['贪官', '硕鼠'], ja: ['汚職官僚', '腐敗した役人'], ar: ['المسؤولون الفاسدون', 'الفاسدون ذوو الياقات البيضاء'] },
    literal: {
      en: ['rats in ties', 'rat in a tie', 'rats with ties', 'rat with a tie', 'rats wearing ties', 'rat wearing a tie', 'tie rats', 'tied rats', 'necktie rats', 'rats in neckties', 'tie-wearing rats', 'rats in suits and ties'],
      fr: ['rats en cravate', 'rat en cravate', 'rats à cravate', 'rats cravatés', 'rat cravaté', 'souris en cravate'],
      zh: ['打领带的老鼠', '系领带的老鼠', '戴领带的老鼠', '领带老鼠'],
      ja: ['ネクタイをしたネズミ', 'ネクタイを締めたネズミ', 'ネクタイのネズミ'],
      ar: ['الفئران ذات ربطات العنق', 'فئران بربطات عنق', 'الفئران بربطات العنق', 'جرذان بربطات عنق', 'فئران ترتدي ربطات العنق'],
    },
  },
  {
    forms: ['uang pelicin', 'dana pelicin', 'biaya pelicin'],
    meaning: { en: ['bribe', 'bribes', 'kickback'], fr: ['pot-de-vin', 'dessous-de-table'], zh: ['贿赂', '好处费'], ja: ['賄賂', '袖の下'], ar: ['رشوة', 'رشاوى'] },
    literal: {
      en: ['lubricant money', 'lubricating money', 'lubrication money', 'smoothing money', 'lubricant fund', 'lubricant funds', 'lubricant fee', 'lubricant fees', 'lubricating fee', 'lubricating fees', 'smoothing fee', 'smoothing fees'],
      fr: ['argent lubrifiant', 'argent de lubrification', 'frais de lubrification'],
      zh: ['润滑剂钱', '润滑钱'],
      ja: ['潤滑金', '潤滑油のお金'],
      ar: ['أموال التشحيم', 'مال التشحيم'],
    },
  },
  {
    forms: ['uang tutup mulut'],
    meaning: { en: ['hush money'], fr: ['prix du silence', 'argent pour acheter le silence'], zh: ['封口费'], ja: ['口止め料'], ar: ['أموال لشراء الصمت'] },
    literal: {
      en: ['mouth-shutting money', 'mouth shutting money', 'mouth-closing money', 'mouth closing money', 'shut-mouth money', 'shut mouth money', 'close-mouth money', 'close mouth money', 'closed mouth money', 'mouth shut money', 'mouth-shut money', 'money to shut the mouth', 'money to close the mouth', 'money to shut mouths', 'money to close mouths'],
      fr: ['argent pour fermer la bouche', 'argent de la bouche fermée', 'argent bouche fermée'],
      ar: ['أموال إغلاق الفم', 'مال إغلاق الفم', 'أموال لإغلاق الفم', 'أموال غلق الفم'],
    },
  },
  {
    forms: ['uang damai'],
    meaning: { en: ['a payoff', 'a bribe to settle', 'an on-the-spot bribe'], fr: ['pot-de-vin', 'bakchich'], zh: ['私了费', '私了钱'], ja: ['示談金', '袖の下'], ar: ['رشوة للتسوية'] },
    literal: {
      en: ['peace money', 'money of peace', 'peaceful money', 'peace fee', 'peace fees'],
      fr: ['argent de la paix', 'argent de paix'],
      zh: ['和平钱', '和平费'],
      ja: ['平和のお金', '平和金'],
    },
  },
  {
    forms: ['uang rokok', 'uang kopi'],
    meaning: { en: ['a tip', 'a small bribe', 'a kickback'], fr: ['un pourboire', 'un bakchich'], zh: ['好处费', '茶水费'], ja: ['心付け', '袖の下'], ar: ['بقشيش', 'إكرامية'] },
    literal: {
      en: ['cigarette money', 'cigarettes money', 'money for cigarettes', 'coffee money', 'money for coffee'],
      fr: ['argent des cigarettes', 'argent pour les cigarettes', 'argent de cigarette', 'argent du café', 'argent pour le café', 'argent de café'],
      ja: ['タバコ代', 'たばこ代', 'コーヒー代'],
      ar: ['مال السجائر', 'أموال السجائر'],
    },
    sourceOnly: true,
  },
  {
    forms: ['jatah preman', 'japrem'],
    meaning: { en: ['protection money', 'extortion money'], fr: ['racket', 'argent de la protection'], zh: ['保护费'], ja: ['みかじめ料', 'ショバ代'], ar: ['إتاوة', 'أموال الحماية'] },
    literal: {
      en: ['thug ration', 'thug rations', "thug's ration", "thugs' ration", "thugs' rations", 'thug allowance', "thug's allowance", 'thug quota', "thug's quota", 'thug share', "thug's share", "thugs' share", 'thug portion', "thug's portion", 'gangster ration', "gangster's ration", 'gangster quota', 'hoodlum ration', 'preman ration', 'preman quota'],
      fr: ['ration des voyous', 'ration de voyou', 'quota des voyous', 'ration des truands', 'part du voyou'],
      zh: ['流氓配额', '流氓份额', '流氓的份额', '混混配额'],
      ja: ['チンピラの割り当て', 'チンピラの取り分'],
      ar: ['حصة البلطجية', 'حصة البلطجي', 'نصيب البلطجية', 'حصة الأشقياء'],
    },
  },
  {
    forms: ['makan uang', 'memakan uang', 'makan duit', 'makan uang rakyat', 'memakan uang rakyat', 'makan uang negara'],
    meaning: { en: ['embezzle', 'pocket public money', 'line their pockets'], fr: ['détourner des fonds', "s'en mettre plein les poches"], zh: ['贪污', '侵吞公款'], ja: ['横領する', '着服する'], ar: ['اختلاس', 'نهب المال العام'] },
    literal: {
      en: ['eat money', 'eats money', 'eating money', 'ate money', 'eaten money', "eat the people's money", "eating the people's money", "ate the people's money", "eat people's money", "eating people's money", "ate people's money", 'eat state money', 'eating state money', 'ate state money', "eat the state's money", 'eat public money', 'eating public money'],
      fr: ["manger l'argent", "mange l'argent", "mangé l'argent", "mangent l'argent", "manger l'argent du peuple", "mangé l'argent du peuple"],
      zh: ['吃钱', '吃人民的钱', '吃国家的钱'],
      ja: ['金を食べ', 'お金を食べ', '国民の金を食べ'],
    },
    sourceOnly: true,
  },
  {
    forms: ['makan gaji buta', 'gaji buta', 'memakan gaji buta'],
    meaning: { en: ['paid for doing nothing', 'draw a salary for nothing', 'a sinecure'], fr: ['être payé à ne rien faire', 'emploi fictif', 'sinécure'], zh: ['白拿工资', '吃空饷', '尸位素餐'], ja: ['給料泥棒', '税金泥棒'], ar: ['يتقاضى راتبا دون عمل'] },
    literal: {
      en: ['blind salary', 'blind salaries', 'blind wage', 'blind wages', 'blind pay'],
      fr: ['salaire aveugle', 'salaires aveugles', 'paie aveugle'],
      ja: ['盲目の給料', '盲目の給与'],
      ar: ['الراتب الأعمى', 'راتب أعمى', 'الرواتب العمياء'],
    },
  },
  {
    forms: ['pencucian uang', 'cuci uang', 'mencuci uang', 'tindak pidana pencucian uang'],
    meaning: { en: ['money laundering', 'launder money'], fr: ["blanchiment d'argent", "blanchir de l'argent"], zh: ['洗钱'], ja: ['資金洗浄', 'マネーロンダリング'], ar: ['غسل الأموال', 'غسيل الأموال'] },
    literal: {
      en: ['money washing', 'money-washing', 'washing money', 'wash money', 'washed money', 'washes money', 'crime of money washing'],
      fr: ["lavage d'argent", "lavage de l'argent", 'lavage de fonds'],
    },
  },
  {
    forms: ['tangkap tangan', 'operasi tangkap tangan', 'tertangkap tangan', 'ditangkap tangan'],
    meaning: { en: ['sting operation', 'caught red-handed', 'caught in the act'], fr: ['flagrant délit', 'pris la main dans le sac', 'coup de filet'], zh: ['当场抓获', '现场抓获', '人赃并获'], ja: ['現行犯逮捕', '現行犯'], ar: ['القبض متلبسا', 'متلبسا'] },
    literal: {
      en: ['hand-catching operation', 'hand catching operation', 'hand-catch operation', 'hand catch operation', 'hand capture operation', 'hand-capture operation', 'hand arrest operation', 'hand-arrest operation', 'catch hand operation', 'catching hand operation', 'arrest hand operation', 'arrested by hand', 'hand arrest', 'hand arrests', 'hand-arrest'],
      fr: ['opération de capture de main', 'opération de capture à la main', 'arrestation à la main', 'arrêté à la main'],
      ar: ['عملية القبض باليد', 'القبض باليد'],
    },
  },
  {
    forms: ['hotel prodeo'],
    meaning: { en: ['prison', 'jail', 'behind bars'], fr: ['prison', 'derrière les barreaux'], zh: ['监狱', '牢房'], ja: ['刑務所', '塀の中'], ar: ['السجن', 'خلف القضبان'] },
    literal: {
      en: ['prodeo hotel', 'prodeo hotels', 'hotel prodeo', 'pro deo hotel'],
      fr: ['hôtel prodeo', 'hôtel pro deo'],
      zh: ['prodeo酒店', '普罗迪奥酒店'],
      ja: ['プロデオホテル', 'ホテル・プロデオ', 'ホテルプロデオ'],
      ar: ['فندق بروديو'],
    },
  },
  {
    forms: ['tebang pilih', 'tebang-pilih', 'hukum tebang pilih'],
    meaning: { en: ['selective enforcement', 'selective justice', 'double standards'], fr: ['justice à deux vitesses', 'application sélective de la loi'], zh: ['选择性执法', '双重标准'], ja: ['選択的な法執行', '二重基準'], ar: ['الانتقائية في تطبيق القانون', 'ازدواجية المعايير'] },
    literal: {
      en: ['selective logging', 'selective-logging', 'selective cutting', 'selective cut', 'selective felling', 'selective chopping', 'cut and choose', 'cut-and-choose', 'choose and cut', 'pick and cut', 'logging selectively', 'cutting selectively'],
      fr: ['coupe sélective', 'coupes sélectives', 'abattage sélectif', 'coupe et choix'],
      zh: ['择伐', '选择性砍伐', '选伐'],
      ja: ['択伐', '選択伐採'],
      ar: ['القطع الانتقائي', 'قطع انتقائي', 'القطع الاختياري'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tajam ke bawah tumpul ke atas', 'tajam ke bawah, tumpul ke atas', 'tajam ke bawah dan tumpul ke atas', 'tumpul ke atas tajam ke bawah', 'tumpul ke atas, tajam ke bawah'],
    meaning: { en: ['harsh on the weak, lenient on the powerful', 'one law for the rich and another for the poor'], fr: ['impitoyable avec les faibles, indulgente avec les puissants', 'deux poids, deux mesures'], zh: ['欺软怕硬', '只打苍蝇不打老虎'], ja: ['強者に甘く弱者に厳しい'], ar: ['قاسٍ على الضعفاء متساهل مع الأقوياء', 'الكيل بمكيالين'] },
    literal: {
      en: ['sharp downward, blunt upward', 'sharp downward and blunt upward', 'sharp downward but blunt upward', 'sharp downwards, blunt upwards', 'sharp downwards and blunt upwards', 'sharp downwards but blunt upwards', 'sharp down, blunt up', 'sharp down and blunt up', 'sharp below, blunt above', 'sharp below and blunt above', 'sharp to the bottom, blunt to the top', 'sharp to the bottom and blunt to the top', 'sharp to the bottom but blunt to the top', 'sharp at the bottom, blunt at the top', 'sharp at the bottom and blunt at the top', 'sharp to those below, blunt to those above', 'blunt upward, sharp downward', 'blunt upwards, sharp downwards', 'blunt to the top, sharp to the bottom', 'blunt above, sharp below', 'blunt up, sharp down', 'sharp downward, dull upward', 'sharp downwards, dull upwards', 'sharp down, dull up', 'sharp below, dull above', 'sharp to the bottom, dull to the top', 'dull upward, sharp downward', 'dull to the top, sharp to the bottom', 'dull above, sharp below'],
      fr: ['tranchant vers le bas, émoussé vers le haut', 'tranchante vers le bas, émoussée vers le haut', 'aiguisé vers le bas, émoussé vers le haut', 'tranchant en bas, émoussé en haut', 'tranchante en bas, émoussée en haut'],
      zh: ['对下锋利，对上迟钝', '向下锋利，向上迟钝'],
      ja: ['下に鋭く、上に鈍い', '下には鋭く、上には鈍い'],
    },
  },
  {
    forms: ['tanpa pandang bulu', 'tidak pandang bulu', 'tak pandang bulu', 'pandang bulu', 'tanpa memandang bulu', 'tidak memandang bulu'],
    meaning: { en: ['without fear or favour', 'impartially', 'regardless of rank'], fr: ['sans distinction', 'sans exception', 'sans favoritisme'], zh: ['一视同仁', '不分对象'], ja: ['分け隔てなく', '例外なく'], ar: ['دون تمييز', 'دون استثناء'] },
    literal: {
      en: ['without looking at fur', 'without looking at the fur', 'without seeing fur', 'without seeing the fur', 'without viewing fur', 'without considering fur', 'without choosing fur', 'regardless of fur', 'regardless of the fur', 'without regard to fur', 'without regard for fur', 'irrespective of fur', 'no matter the fur', 'not looking at fur', 'not seeing fur', 'does not look at fur', "doesn't look at fur", 'without looking at feathers', 'without looking at the feathers', 'without seeing feathers', 'regardless of feathers', 'regardless of the feathers', 'without regard to feathers', 'not looking at feathers'],
      fr: ['sans regarder la fourrure', 'sans regarder le poil', 'sans regarder les poils', 'sans regarder les plumes', 'sans égard à la fourrure', 'sans égard au poil', 'quelle que soit la fourrure', 'sans voir la fourrure', 'sans considération de fourrure'],
      zh: ['不看羽毛', '不看毛发'],
      ja: ['毛を見ずに', '毛並みを見ずに', '羽を見ずに', '毛を見ないで'],
      ar: ['دون النظر إلى الفرو', 'بغض النظر عن الفرو', 'دون النظر إلى الريش', 'بغض النظر عن الريش'],
    },
  },
  {
    forms: ['pagar makan tanaman', 'bagai pagar makan tanaman', 'seperti pagar makan tanaman'],
    meaning: { en: ['betrayal by those meant to protect', 'the guardians turned predators', 'the fox guarding the henhouse'], fr: ['le loup dans la bergerie', 'trahison de ceux qui devaient protéger'], zh: ['监守自盗', '知法犯法'], ja: ['番人が加害者になる', '監督者の背信'], ar: ['حاميها حراميها'] },
    literal: {
      en: ['fence eats the plants', 'fence eating the plants', 'fence that eats the plants', 'fence ate the plants', 'fence eats plants', 'fence eating plants', 'fences eat the plants', 'fences eating the plants', 'fence eats the plant', 'fence eating the plant', 'fence eats its plants', 'fence eats the crops', 'fence eats the crop', 'fence eating the crops', 'fence that eats the crops', 'fence eats crops', 'fence devours the plants', 'fence eats the garden'],
      fr: ['la clôture mange les plantes', 'clôture qui mange les plantes', 'clôture mange les plantes', 'la clôture mange la plante', 'la haie mange les plantes', 'clôture mange les cultures'],
      zh: ['篱笆吃庄稼', '篱笆吃植物', '篱笆吃掉庄稼', '篱笆吃掉植物', '围栏吃植物', '栅栏吃庄稼'],
      ja: ['柵が作物を食べる', '柵が植物を食べる', '垣根が作物を食べる', 'フェンスが植物を食べる'],
      ar: ['السياج يأكل النباتات', 'السياج يأكل الزرع', 'سياج يأكل النبات', 'السياج يأكل المزروعات'],
    },
  },
  {
    forms: ['main hakim sendiri', 'bermain hakim sendiri', 'aksi main hakim sendiri'],
    meaning: { en: ['vigilantism', 'take the law into their own hands', 'mob justice'], fr: ['se faire justice soi-même', 'justice expéditive'], zh: ['私刑', '私自执法'], ja: ['私刑', '私的制裁'], ar: ['أخذ القانون باليد', 'العدالة الشعبية'] },
    literal: {
      en: ['play judge themselves', 'playing judge themselves', 'played judge themselves', 'play the judge themselves', 'playing the judge themselves', 'played the judge themselves', 'play judge by themselves', 'playing judge by themselves', 'played judge by themselves', 'play judge on their own', 'playing judge on their own', 'played judge on their own', 'play judge alone', 'playing judge alone', 'played judge alone', 'play judge himself', 'play judge herself', 'play their own judge', 'playing their own judge', 'played their own judge', 'play own judge', 'playing own judge', 'playing own judges', 'play self judge', 'playing self judge', 'playing self-judge', 'act of playing judge', 'action of playing judge'],
      fr: ['jouer au juge eux-mêmes', 'jouent au juge eux-mêmes', 'jouer les juges eux-mêmes', 'jouer les juges soi-même', 'jouer au juge soi-même', 'jouer juge soi-même', 'jouer leur propre juge', 'jouer seul au juge'],
      zh: ['自己当法官', '自己扮演法官', '自行充当法官', '自己做法官'],
      ja: ['自分で裁判官を演じ', '自ら裁判官を演じ', '裁判官ごっこ'],
      ar: ['لعب دور القاضي بنفسه', 'يلعب دور القاضي بنفسه', 'لعب دور القاضي بأنفسهم', 'يلعبون دور القاضي بأنفسهم'],
    },
  },
  {
    forms: ['dihakimi massa', 'dihakimi warga', 'penghakiman massa'],
    meaning: { en: ['beaten by a mob', 'lynched', 'mob justice'], fr: ['lynché', 'passé à tabac par la foule'], zh: ['遭群众殴打', '被群殴'], ja: ['群衆に暴行され', 'リンチを受け'], ar: ['تعرض للضرب على يد حشد غاضب'] },
    literal: {
      en: ['judged by the masses', 'judged by the mass', 'judged by masses', 'judged by a mass', 'judged by residents', 'judged by the residents', 'judged by citizens', 'judged by the citizens', 'judged by mobs', 'tried by the masses', 'adjudicated by the masses'],
      fr: ['jugé par la masse', 'jugé par les masses', 'jugés par la masse', 'jugés par les masses', 'jugé par les habitants', 'jugé par la foule', 'jugés par la foule'],
      zh: ['被群众审判', '被大众审判', '遭群众审判', '被民众审判', '被居民审判'],
      ja: ['群衆に裁かれ', '大衆に裁かれ', '住民に裁かれ'],
      ar: ['حوكم من قبل الجماهير', 'حاكمته الجماهير', 'حاكمه الحشد', 'حوكم من قبل الحشود'],
    },
  },
  {
    forms: ['kaki tangan', 'kaki-tangan', 'kaki tangannya'],
    meaning: { en: ['accomplice', 'henchman', 'stooge'], fr: ['complice', 'homme de main'], zh: ['爪牙', '帮凶', '同伙'], ja: ['手先', '共犯者'], ar: ['شريك', 'أعوان', 'أذناب'] },
    literal: { en: ['foot hand', 'foot hands', 'foot-hand', 'foot-hands', 'feet hands', 'leg hand', 'leg hands'] },
  },
  {
    forms: ['panjang tangan', 'tangan panjang', 'berpanjang tangan', 'si panjang tangan'],
    meaning: { en: ['light-fingered', 'a thief', 'sticky-fingered'], fr: ['voleur', 'chapardeur'], zh: ['手脚不干净', '小偷小摸'], ja: ['手癖が悪い', '盗み癖'], ar: ['لص', 'سارق'] },
    literal: {
      en: ['long hands', 'long hand', 'long-handed', 'long handed'],
      fr: ['mains longues', 'longues mains', 'main longue', 'longue main'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tangan jahil', 'tangan-tangan jahil', 'tangan tangan jahil'],
    meaning: { en: ['vandals', 'pranksters', 'unknown culprits'], fr: ['vandales', 'des mains malveillantes'], zh: ['恶作剧者', '不法分子'], ja: ['いたずら者', '心ない者'], ar: ['أيادٍ عابثة', 'مخربون'] },
    literal: {
      en: ['naughty hands', 'naughty hand', 'mischievous hands', 'mischievous hand', 'ignorant hands', 'prankish hands', 'hands of mischief'],
      fr: ['mains espiègles', 'mains coquines', 'mains ignorantes', 'mains farceuses'],
      zh: ['顽皮的手', '调皮的手', '淘气的手'],
      ja: ['いたずらな手', 'いたずらの手'],
      ar: ['الأيدي المشاغبة', 'أيادٍ مشاغبة', 'الأيدي الجاهلة', 'أيد جاهلة'],
    },
  },
  {
    forms: ['lintah darat', 'lintah-lintah darat'],
    meaning: { en: ['loan shark', 'loan sharks'], fr: ['usurier', 'usuriers'], zh: ['高利贷者', '放高利贷的'], ja: ['高利貸し', '闇金業者'], ar: ['مرابٍ', 'المرابون'] },
    literal: {
      en: ['land leech', 'land leeches', 'land-leech', 'land-leeches', 'ground leech', 'ground leeches', 'leech of the land', 'leeches of the land'],
      fr: ['sangsue terrestre', 'sangsues terrestres', 'sangsue de terre', 'sangsues de terre'],
      zh: ['陆地水蛭', '陆地蚂蟥', '旱蚂蟥', '陆蛭'],
      ja: ['陸のヒル', '陸ヒル', '陸上のヒル', '陸生ヒル'],
      ar: ['علقة برية', 'العلقة البرية', 'علق بري', 'العلق البري', 'علقات برية'],
    },
  },
  {
    forms: ['jalan tikus', 'jalur tikus', 'jalan-jalan tikus'],
    meaning: { en: ['back road', 'shortcut', 'smuggling route', 'rat run'], fr: ['chemin détourné', 'raccourci', 'route clandestine'], zh: ['小路', '偷渡通道', '捷径'], ja: ['抜け道', '裏道', '密輸ルート'], ar: ['طريق خلفي', 'طرق التهريب', 'طريق مختصر'] },
    literal: {
      en: ['rat road', 'rat roads', 'rat path', 'rat paths', 'rat lane', 'rat lanes', 'rat trail', 'rat trails', 'rat route', 'rat routes', 'rat street', 'rat streets', 'road of rats', 'path of rats', 'mouse road', 'mouse roads', 'mouse path', 'mouse paths', 'mouse lane', 'mouse lanes', 'mouse trail', 'mouse trails', 'mouse route', 'mouse routes'],
      fr: ['chemin de rat', 'chemins de rats', 'chemin des rats', 'route des rats', 'routes de rats', 'route de rat', 'route de souris', 'chemin de souris', 'sentier des rats', 'sentier de rat', 'voie des rats'],
      zh: ['老鼠路', '老鼠道', '老鼠小道', '老鼠通道'],
      ja: ['ネズミの道', 'ねずみの道', '鼠の道', 'ネズミ道'],
      ar: ['طريق الفئران', 'طرق الفئران', 'طريق الجرذان', 'طرق الجرذان', 'ممر الفئران', 'ممرات الفئران'],
    },
  },
  {
    forms: ['kelas teri'],
    meaning: { en: ['small-time', 'petty', 'small fry'], fr: ['petite envergure', 'menu fretin'], zh: ['小角色', '小喽啰', '小鱼小虾'], ja: ['小物', '小者'], ar: ['صغير الشأن', 'من الصغار'] },
    literal: {
      en: ['anchovy class', 'anchovy-class', 'anchovy classes', 'anchovy level', 'anchovy-level', 'anchovy grade', 'anchovy-grade', 'anchovy-sized', 'anchovy-scale', 'anchovy category', 'class anchovy', 'teri class', 'teri-class'],
      fr: ['classe anchois', 'de classe anchois', 'catégorie anchois', 'niveau anchois', "classe d'anchois"],
      zh: ['凤尾鱼级', '鳀鱼级'],
      ja: ['カタクチイワシ級', 'アンチョビ級', 'イワシ級'],
      ar: ['فئة الأنشوجة', 'فئة الأنشوفة', 'من فئة الأنشوفة', 'درجة الأنشوجة'],
    },
  },
  {
    forms: ['kelas kakap'],
    meaning: { en: ['big-time', 'big fish', 'major'], fr: ['de haut vol', 'gros poisson', 'gros bonnet'], zh: ['大鱼', '大老虎'], ja: ['大物'], ar: ['من العيار الثقيل', 'كبار'] },
    literal: {
      en: ['snapper class', 'snapper-class', 'snapper level', 'snapper-level', 'snapper grade', 'snapper-grade', 'snapper category', 'class snapper', 'red snapper class', 'kakap class', 'kakap-class', 'grouper class', 'grouper-class', 'sea bass class', 'barramundi class', 'barramundi-class'],
      fr: ['classe vivaneau', 'catégorie vivaneau', 'niveau vivaneau', 'classe barramundi', 'classe mérou'],
      zh: ['鲷鱼级', '笛鲷级', '尖吻鲈级'],
      ja: ['フエダイ級', 'スナッパー級', 'バラマンディ級'],
      ar: ['فئة النهاش', 'فئة الهامور', 'درجة النهاش'],
    },
  },
  {
    forms: ['hidung belang', 'pria hidung belang', 'lelaki hidung belang', 'si hidung belang'],
    meaning: { en: ['womaniser', 'philanderer', "prostitutes' client"], fr: ['coureur de jupons', 'client de prostituées'], zh: ['好色之徒', '嫖客'], ja: ['女好き', '好色家', '買春客'], ar: ['زير نساء', 'زبون دعارة'] },
    literal: {
      en: ['striped nose', 'striped noses', 'striped-nose', 'striped-nosed', 'stripe-nosed', 'stripe nose', 'spotted nose', 'spotted noses', 'spotted-nosed', 'piebald nose', 'streaked nose'],
      fr: ['nez rayé', 'nez rayés', 'au nez rayé', 'nez tacheté', 'nez zébré'],
      zh: ['条纹鼻', '条纹鼻子'],
      ja: ['縞模様の鼻', 'しま模様の鼻', '縞鼻'],
      ar: ['الأنف المخطط', 'أنف مخطط', 'ذو الأنف المخطط', 'ذوو الأنوف المخططة'],
    },
  },
  {
    forms: ['kupu-kupu malam', 'kupu kupu malam', 'kupu-kupu malamnya'],
    meaning: { en: ['prostitute', 'sex worker', 'call girl'], fr: ['prostituée', 'belle de nuit'], zh: ['妓女', '风尘女子', '站街女'], ja: ['娼婦', '夜の女'], ar: ['بائعة هوى', 'فتاة ليل'] },
    literal: {
      en: ['night butterfly', 'night butterflies', 'butterfly of the night', 'butterflies of the night', 'nocturnal butterfly', 'nocturnal butterflies', 'night-time butterfly', 'night-time butterflies'],
      zh: ['夜蝴蝶', '夜晚的蝴蝶'],
    },
  },
  {
    forms: ['buaya darat', 'buaya-buaya darat'],
    meaning: { en: ['womaniser', 'playboy', 'philanderer'], fr: ['dragueur', 'coureur de jupons'], zh: ['花花公子', '情场浪子'], ja: ['女たらし', 'プレイボーイ'], ar: ['زير نساء', 'متلاعب بالنساء'] },
    literal: {
      en: ['land crocodile', 'land crocodiles', 'land-crocodile', 'land croc', 'land crocs', 'crocodile of the land', 'ground crocodile', 'dry-land crocodile'],
      fr: ['crocodile terrestre', 'crocodiles terrestres', 'crocodile de terre', 'crocodiles de terre'],
      zh: ['陆地鳄鱼', '陆鳄', '旱地鳄鱼'],
      ja: ['陸のワニ', '陸ワニ', '陸の鰐'],
      ar: ['تمساح بري', 'التمساح البري', 'تماسيح برية', 'تمساح اليابسة'],
    },
  },
  {
    forms: ['mata keranjang'],
    meaning: { en: ['womaniser', 'lecher', 'a roving eye'], fr: ['coureur de jupons', 'homme volage'], zh: ['好色', '色狼'], ja: ['浮気者', '女好き'], ar: ['زير نساء', 'عينه زائغة'] },
    literal: {
      en: ['basket eyes', 'basket eye', 'basket-eyed', 'basket eyed', 'basket-eye', 'eyes of a basket'],
      fr: ['yeux de panier', 'œil de panier', 'yeux en panier'],
      zh: ['篮子眼', '篮子眼睛'],
    },
  },
  {
    forms: ['gelap mata', 'mata gelap'],
    meaning: { en: ['blind with rage', 'lost control', 'went berserk'], fr: ['aveuglé par la colère', 'perdu tout contrôle'], zh: ['失去理智', '一时冲动', '红了眼'], ja: ['逆上して', '理性を失って'], ar: ['أعمى الغضب بصره', 'فقد السيطرة'] },
    literal: {
      en: ['dark eyes', 'dark eye', 'dark-eyed', 'dark eyed', 'darkened eyes', 'darkened eye', 'eyes darkened', 'eyes went dark', 'eye darkness', 'darkness of the eyes', 'dark of eye'],
      fr: ['yeux sombres', 'yeux noirs', 'œil sombre', 'yeux assombris', 'yeux obscurcis'],
      ar: ['العيون المظلمة', 'عيون مظلمة', 'أظلمت عيناه'],
    },
    sourceOnly: true,
  },
  {
    forms: ['ringan tangan', 'ringan tangannya'],
    meaning: { en: ['quick to lash out', 'violent', 'helpful'], fr: ['avoir la main leste', 'violent', 'serviable'], zh: ['动辄打人', '爱动手', '乐于助人'], ja: ['手が早い', '手を上げる', '親切な'], ar: ['سريع الضرب', 'يمد يده بالضرب', 'كريم'] },
    literal: {
      en: ['light hands', 'light hand', 'light-handed', 'light handed', 'light of hand'],
      fr: ['mains légères', 'main légère'],
      ar: ['خفيف اليد', 'خفة اليد', 'يد خفيفة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['langkah seribu', 'ambil langkah seribu', 'mengambil langkah seribu'],
    meaning: { en: ['fled', 'took to their heels', 'ran off'], fr: ['a pris la fuite', 'a pris ses jambes à son cou'], zh: ['拔腿就跑', '溜之大吉', '逃之夭夭'], ja: ['一目散に逃げた', '逃げ出した'], ar: ['لاذ بالفرار', 'أطلق ساقيه للريح'] },
    literal: {
      en: ['thousand steps', 'thousands of steps', 'thousand-step', 'one thousand steps'],
      fr: ['mille pas'],
      zh: ['千步'],
      ja: ['千歩'],
      ar: ['ألف خطوة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['meregang nyawa', 'regang nyawa', 'meregang nyawanya'],
    meaning: { en: ['died', 'lost their life', 'breathed their last'], fr: ['a perdu la vie', 'a rendu son dernier souffle'], zh: ['丧命', '断气'], ja: ['息絶えた', '命を落とした'], ar: ['لفظ أنفاسه الأخيرة', 'لقي حتفه'] },
    literal: {
      en: ['stretched his life', 'stretched her life', 'stretched their lives', 'stretched their life', 'stretching his life', 'stretching her life', 'stretching their lives', 'stretch his life', 'stretch her life', 'stretch their lives', 'stretching life', 'stretched life', 'stretching the soul', 'stretched the soul', 'stretched his soul', 'stretching his soul', 'stretched her soul', 'strained his life', 'straining his life'],
      fr: ['étiré sa vie', 'étirant sa vie', 'étirer sa vie', 'étire sa vie', 'étiré son âme'],
      zh: ['伸展生命', '拉伸生命'],
    },
  },
  {
    forms: ['tutup usia', 'menutup usia', 'tutup umur'],
    meaning: { en: ['passed away', 'died'], fr: ['est décédé', "s'est éteint"], zh: ['去世', '辞世'], ja: ['死去', '逝去'], ar: ['توفي', 'وافته المنية'] },
    literal: {
      en: ['closed age', 'closes age', 'closed the age', 'closed his age', 'closed her age', 'closed their age', 'closes his age', 'closes her age', 'close his age', 'close her age', 'closing his age', 'closing her age', 'closed his life age'],
      fr: ['fermé son âge', 'ferme son âge', 'fermer son âge', "fermé l'âge", 'âge fermé'],
      zh: ['关闭年龄', '关上了年龄'],
      ja: ['年齢を閉じ', '齢を閉じ'],
      ar: ['أغلق عمره', 'أغلقت عمرها', 'أغلق العمر', 'إغلاق العمر'],
    },
  },
  {
    forms: ['diam seribu bahasa', 'membisu seribu bahasa', 'bungkam seribu bahasa'],
    meaning: { en: ['remained silent', 'kept mum', 'tight-lipped'], fr: ['resté muet', 'garde le silence', 'muet comme une carpe'], zh: ['一言不发', '缄口不言', '沉默不语'], ja: ['黙りこくる', '沈黙を守る', 'だんまり'], ar: ['التزم الصمت', 'لاذ بالصمت'] },
    literal: {
      en: ['silent in a thousand languages', 'silent in thousand languages', 'silent a thousand languages', 'silent with a thousand languages', 'silence in a thousand languages', 'silence of a thousand languages', 'thousand languages of silence', 'mute in a thousand languages', 'quiet in a thousand languages', 'silent in a thousand tongues', 'silence of a thousand tongues', 'a thousand languages silent'],
      fr: ['silencieux en mille langues', 'silence en mille langues', 'muet en mille langues', 'silencieux dans mille langues', 'mille langues de silence', 'se taire en mille langues'],
      zh: ['沉默一千种语言', '千种语言的沉默', '用一千种语言沉默', '沉默千语'],
      ja: ['千の言語で沈黙', '千の言葉で沈黙', '千の言語の沈黙'],
      ar: ['صامت بألف لغة', 'الصمت بألف لغة', 'صمت بألف لغة', 'صامتا بألف لغة'],
    },
  },
  {
    forms: ['kabar burung'],
    meaning: { en: ['rumour', 'hearsay'], fr: ['rumeur', 'ouï-dire'], zh: ['小道消息', '传闻'], ja: ['噂', '流言'], ar: ['شائعة', 'إشاعة'] },
    literal: {
      en: ['bird news', "bird's news", "birds' news", 'bird rumour', 'bird rumours', 'bird rumor', 'bird rumors', 'bird message'],
      fr: ['nouvelles des oiseaux', "nouvelle d'oiseau", "nouvelles d'oiseaux", 'rumeur des oiseaux', 'nouvelle oiseau'],
      zh: ['鸟的消息', '鸟消息', '鸟儿的消息'],
      ja: ['鳥のニュース', '鳥の知らせ', '鳥の便り'],
      ar: ['أخبار الطيور', 'خبر الطيور', 'أخبار العصافير', 'خبر العصفور', 'أخبار العصفور'],
    },
  },
  {
    forms: ['kabar angin', 'kabar-kabar angin'],
    meaning: { en: ['rumour', 'hearsay', 'unconfirmed reports'], fr: ['rumeur', 'bruit de couloir'], zh: ['风言风语', '传闻', '风声'], ja: ['風の噂', '噂'], ar: ['شائعة', 'أقاويل'] },
    literal: {
      en: ['wind news', "wind's news", 'news from the wind', 'news carried by the wind', 'wind rumour', 'wind rumours', 'wind rumor', 'wind rumors'],
      fr: ['nouvelles du vent', 'nouvelle du vent', 'nouvelles de vent', 'rumeur du vent', 'nouvelles venteuses'],
      ar: ['خبر الريح', 'أخبار الريح'],
    },
  },
  {
    forms: ['main mata', 'bermain mata', 'main-main mata'],
    meaning: { en: ['collude', 'in cahoots', 'flirt'], fr: ['être de mèche', 'collusion', 'faire les yeux doux'], zh: ['勾结', '眉来眼去', '暗通款曲'], ja: ['結託する', 'ぐるになる', '色目を使う'], ar: ['التواطؤ', 'غمز'] },
    literal: {
      en: ['play eyes', 'playing eyes', 'played eyes', 'plays eyes', 'eye play', 'eye-play', 'eye playing', 'play with eyes', 'playing with eyes', 'played with eyes'],
      fr: ['jouer des yeux', 'joue des yeux', 'jouent des yeux', 'jouer les yeux', 'jouer aux yeux'],
      zh: ['玩眼睛', '眼睛游戏', '玩弄眼睛'],
      ja: ['目で遊ぶ', '目を遊ば', '目遊び'],
      ar: ['اللعب بالعيون', 'يلعب بالعيون', 'لعب العيون', 'اللعب بالعين'],
    },
  },

  // ────────────────────────── Disasters and the environment ──────────────────────────
  {
    forms: ['si jago merah', 'jago merah'],
    meaning: { en: ['the fire', 'the flames', 'the blaze'], fr: ['le feu', 'les flammes', "l'incendie"], zh: ['大火', '火魔', '火焰'], ja: ['火の手', '炎'], ar: ['النيران', 'ألسنة اللهب', 'الحريق'] },
    literal: {
      en: ['red rooster', 'red roosters', 'the red rooster', 'red cock', 'red cockerel', 'red champion', 'red jago', 'red fighting cock'],
      fr: ['coq rouge', 'champion rouge'],
      zh: ['红公鸡', '红色公鸡', '红色的公鸡', '红色斗鸡', '红鸡'],
      ja: ['赤い雄鶏', '赤いニワトリ', '赤い鶏', '赤いおんどり', '赤い軍鶏'],
      ar: ['الديك الأحمر', 'ديك أحمر', 'البطل الأحمر'],
    },
    sourceOnly: true,
  },
  {
    forms: ['banjir kiriman', 'air kiriman'],
    meaning: { en: ['floodwater from upstream', 'upstream flooding'], fr: ["crue venue de l'amont", "inondation venue de l'amont"], zh: ['上游来水', '客水'], ja: ['上流からの洪水', '上流からの増水'], ar: ['فيضانات قادمة من المنبع', 'سيول قادمة من المرتفعات'] },
    literal: {
      en: ['shipment flood', 'shipment floods', 'consignment flood', 'consignment floods', 'flood shipment', 'flood delivery', 'shipment water', 'remittance flood'],
      fr: ['inondation envoyée', 'inondations envoyées', "crue d'envoi", "inondation d'expédition", 'inondation expédiée', 'inondation livrée', 'inondation de livraison'],
      zh: ['送来的洪水', '寄来的洪水', '快递洪水'],
      ja: ['送られてきた洪水', '配達洪水', '送り洪水', '発送洪水'],
      ar: ['الفيضان المرسل', 'فيضانات مرسلة', 'فيضان مرسل', 'فيضان الشحنة'],
    },
  },
  {
    forms: ['fenomena gunung es', 'gunung es', 'puncak gunung es'],
    meaning: { en: ['the tip of the iceberg', 'iceberg'], fr: ["la partie émergée de l'iceberg", 'iceberg'], zh: ['冰山一角', '冰山'], ja: ['氷山の一角', '氷山'], ar: ['قمة جبل الجليد', 'جبل الجليد'] },
    literal: {
      en: ['ice mountain', 'ice mountains', 'ice-mountain', 'mountain of ice', 'mountains of ice', 'ice mountain phenomenon', 'peak of the ice mountain', 'tip of the ice mountain', 'top of the ice mountain'],
      fr: ['montagne de glace', 'montagnes de glace', 'mont de glace'],
    },
    sourceOnly: true,
  },

  // ─────────────────────────────── Economy and business ───────────────────────────────
  {
    forms: ['gulung tikar', 'menggulung tikar', 'bergulung tikar'],
    meaning: { en: ['go out of business', 'go bust', 'fold', 'close down'], fr: ['faire faillite', 'mettre la clé sous la porte', 'fermer boutique'], zh: ['倒闭', '关门大吉', '破产'], ja: ['倒産', '廃業', '店を畳む'], ar: ['الإفلاس', 'أغلق أبوابه', 'إغلاق الأبواب'] },
    literal: {
      en: ['roll up the mat', 'rolls up the mat', 'rolled up the mat', 'rolling up the mat', 'roll up the mats', 'rolled up the mats', 'rolling up the mats', 'roll up their mats', 'rolled up their mats', 'rolling up their mats', 'roll up its mat', 'rolled up its mat', 'rolling up its mat', 'roll up mats', 'rolled up mats', 'rolling up mats', 'roll the mat', 'rolled the mat', 'rolling the mat', 'roll up the carpet', 'rolled up the carpet', 'rolling up the carpet', 'roll up their carpets', 'rolled up their carpets'],
      fr: ['rouler le tapis', 'roule le tapis', 'roulé le tapis', 'roulent le tapis', 'enrouler le tapis', 'enroulé le tapis', 'rouler la natte', 'roule la natte', 'roulé la natte', 'rouler les nattes', 'enrouler la natte', 'enroulé la natte', 'rouler sa natte', 'roulé sa natte', 'enrouler leur natte'],
      zh: ['卷起席子', '卷起草席', '卷起垫子', '卷席子', '卷草席', '卷起了席子', '卷起地毯'],
      ja: ['ござを巻', 'ゴザを巻', '茣蓙を巻', 'マットを巻', '敷物を巻', 'むしろを巻'],
      ar: ['لف الحصيرة', 'لفت الحصيرة', 'طي الحصيرة', 'طوي الحصيرة', 'طوى الحصيرة', 'طوت الحصيرة', 'لف الحصير', 'طي الحصير', 'طوى الحصير', 'طوت الحصير'],
    },
  },
  {
    forms: ['besar pasak daripada tiang', 'lebih besar pasak daripada tiang', 'besar pasak dari tiang', 'besar pasak dari pada tiang', 'lebih besar pasak dari tiang', 'besar pasak ketimbang tiang'],
    meaning: { en: ['living beyond their means', 'spending more than they earn'], fr: ['vivre au-dessus de ses moyens'], zh: ['入不敷出', '寅吃卯粮'], ja: ['収入を上回る支出', '身の丈を超えた暮らし'], ar: ['العيش فوق الإمكانيات', 'الإنفاق أكثر من الدخل'] },
    literal: {
      en: ['peg is bigger than the pole', 'peg bigger than the pole', 'peg is bigger than the pillar', 'peg bigger than the pillar', 'peg is larger than the pole', 'peg larger than the pole', 'peg is larger than the pillar', 'peg larger than the pillar', 'peg is greater than the pole', 'peg is bigger than the post', 'peg bigger than the post', 'peg is bigger than the column', 'peg bigger than the column', 'pegs bigger than the pillars', 'pegs are bigger than the pillars', 'pegs larger than the pillars', 'bigger peg than pole', 'bigger peg than the pole', 'bigger peg than pillar', 'bigger peg than the pillar', 'larger peg than the pole', 'larger peg than the pillar', 'stake is bigger than the pole', 'stake bigger than the pole', 'pin is bigger than the pole', 'pin bigger than the pole'],
      fr: ['cheville plus grosse que le pilier', 'cheville est plus grosse que le pilier', 'cheville plus grande que le pilier', 'cheville est plus grande que le pilier', 'cheville plus grande que le poteau', 'cheville est plus grande que le poteau', 'cheville est plus grosse que le poteau', 'piquet plus grand que le poteau'],
      zh: ['桩比柱子大', '钉子比柱子大', '楔子比柱子大', '木桩比柱子还大'],
      ja: ['杭が柱より大きい', 'くさびが柱より大きい', '釘が柱より大きい'],
      ar: ['الوتد أكبر من العمود', 'الوتد أكبر من الدعامة'],
    },
  },
  {
    forms: ['gali lubang tutup lubang', 'gali lubang, tutup lubang', 'menggali lubang menutup lubang', 'gali lobang tutup lobang'],
    meaning: { en: ['rob Peter to pay Paul', 'borrowing to repay debts'], fr: ['déshabiller Pierre pour habiller Paul', "s'endetter pour rembourser ses dettes"], zh: ['拆东墙补西墙', '借新还旧'], ja: ['自転車操業', '借金で借金を返す'], ar: ['الاقتراض لسداد الديون', 'سد دين بدين'] },
    literal: {
      en: ['dig a hole to close a hole', 'dig a hole, close a hole', 'dig a hole close a hole', 'dig a hole and close a hole', 'dig a hole to cover a hole', 'dig a hole, cover a hole', 'dig a hole and cover a hole', 'dig a hole to fill a hole', 'dig a hole, fill a hole', 'dig a hole to plug a hole', 'digging a hole to close a hole', 'digging a hole to cover a hole', 'digging a hole to fill a hole', 'digging a hole to plug a hole', 'digging a hole and closing a hole', 'digging a hole and covering a hole', 'dig holes to close holes', 'dig holes to cover holes', 'dig holes to fill holes', 'dig holes to plug holes', 'dig holes, close holes', 'dig holes, cover holes', 'dig holes, fill holes', 'dig holes and close holes', 'dig holes and cover holes', 'digging holes to close holes', 'digging holes to cover holes', 'digging holes to fill holes', 'digging holes to plug holes', 'digging holes, covering holes', 'digging holes and covering holes', 'digging holes and closing holes', 'dig hole cover hole', 'dig hole close hole', 'dig a new hole to cover the old one', 'dig a new hole to close the old one', 'digging a new hole to cover the old one', 'digging new holes to cover old ones', 'digging new holes to close old ones'],
      ar: ['حفر حفرة لسد حفرة', 'حفر حفرة لردم حفرة', 'يحفر حفرة ليسد حفرة'],
    },
  },
  {
    forms: ['banting harga', 'membanting harga', 'banting-bantingan harga', 'perang banting harga'],
    meaning: { en: ['slash prices', 'price cuts', 'undercut'], fr: ['casser les prix', 'brader'], zh: ['降价', '大幅降价', '压价'], ja: ['値下げ', '安売り', '投げ売り'], ar: ['حرق الأسعار', 'تخفيض الأسعار'] },
    literal: {
      en: ['slam prices', 'slams prices', 'slammed prices', 'slamming prices', 'slam price', 'slammed price', 'slamming price', 'slam the price', 'slams the price', 'slammed the price', 'slamming the price', 'slam the prices', 'slammed the prices', 'slamming the prices', 'price slamming', 'price-slamming', 'bang prices', 'banging prices'],
      fr: ['claquer les prix', 'claque les prix', 'claqué les prix', 'jeter les prix', 'jeté les prix', 'balancer les prix'],
      zh: ['摔价格'],
      ja: ['価格を叩きつけ', '値段を叩きつけ', '価格を投げつけ'],
    },
  },
  {
    forms: ['banting setir', 'banting stir', 'membanting setir', 'membanting stir', 'banting kemudi', 'membanting kemudi'],
    meaning: { en: ['swerved', 'changed course', 'switched careers'], fr: ['a donné un coup de volant', 'changé de cap'], zh: ['急转方向', '转行', '改弦易辙'], ja: ['ハンドルを切る', '方向転換', '転身'], ar: ['انحرف', 'غيّر مساره'] },
    literal: {
      en: ['slam the steering wheel', 'slams the steering wheel', 'slammed the steering wheel', 'slamming the steering wheel', 'slam the steering', 'slammed the steering', 'slamming the steering', 'slam the wheel', 'slams the wheel', 'slammed the wheel', 'slamming the wheel', 'slam steering', 'slammed steering', 'slamming steering', 'steering slam', 'banged the steering wheel', 'threw the steering wheel', 'threw the steering', 'slam the rudder', 'slammed the rudder', 'slam the helm', 'slammed the helm'],
      fr: ['claquer le volant', 'claque le volant', 'claqué le volant', 'frapper le volant', 'jeter le volant', 'jeté le volant', 'balancer le volant'],
      zh: ['摔方向盘', '猛摔方向盘', '砸方向盘'],
      ja: ['ハンドルを叩きつけ', 'ハンドルを投げ'],
      ar: ['ضرب عجلة القيادة', 'رمي عجلة القيادة', 'صدم عجلة القيادة', 'ضرب المقود'],
    },
    sourceOnly: true,
  },
  {
    forms: ['harga miring', 'harga-harga miring'],
    meaning: { en: ['bargain prices', 'cut prices', 'discount prices'], fr: ['prix cassés', 'prix sacrifiés', 'prix bradés'], zh: ['低价', '优惠价', '折扣价'], ja: ['格安価格', '割安価格', '特価'], ar: ['أسعار مخفضة', 'أسعار زهيدة'] },
    literal: {
      en: ['slanted price', 'slanted prices', 'slanting price', 'slanting prices', 'slant price', 'slant prices', 'tilted price', 'tilted prices', 'tilting prices', 'sloping price', 'sloping prices', 'sloped price', 'sloped prices', 'oblique price', 'oblique prices', 'leaning price', 'leaning prices', 'lopsided price', 'lopsided prices', 'inclined price', 'inclined prices'],
      fr: ['prix penché', 'prix penchés', 'prix incliné', 'prix inclinés', 'prix oblique', 'prix obliques', 'prix en pente'],
      zh: ['倾斜价格', '倾斜的价格', '歪斜价格'],
      ja: ['斜めの価格', '傾いた価格', '傾いた値段', '斜め価格'],
      ar: ['أسعار مائلة', 'سعر مائل', 'الأسعار المائلة', 'أسعار منحرفة'],
    },
  },
  {
    forms: ['cuci gudang', 'cuci-cuci gudang'],
    meaning: { en: ['clearance sale', 'stock clearance'], fr: ['liquidation', 'déstockage'], zh: ['清仓', '清仓大甩卖'], ja: ['在庫一掃セール', '蔵払い'], ar: ['تصفية المخزون', 'تخفيضات التصفية'] },
    literal: {
      en: ['warehouse wash', 'warehouse washes', 'warehouse washing', 'warehouse-washing', 'warehouse laundry', 'warehouse wash sale', 'wash the warehouse', 'washing the warehouse', 'washed the warehouse', 'washes the warehouse', 'wash the warehouses', 'washing the warehouses', 'wash warehouse', 'wash warehouses', 'washing warehouses'],
      fr: ["lavage d'entrepôt", "lavage de l'entrepôt", 'lavage des entrepôts', "laver l'entrepôt", "lave l'entrepôt", 'laver les entrepôts'],
      zh: ['洗仓库', '仓库清洗', '清洗仓库'],
      ja: ['倉庫を洗', '倉庫洗い', '倉庫の洗浄'],
      ar: ['غسيل المستودع', 'غسل المستودع', 'غسيل المخزن', 'غسل المخزن', 'غسيل المستودعات'],
    },
  },
  {
    forms: ['kembang kempis', 'kembang-kempis', 'kembang kempisnya'],
    meaning: { en: ['struggling to stay afloat', 'barely surviving', 'gasping for breath'], fr: ['peine à survivre', "au bord de l'asphyxie"], zh: ['苟延残喘', '艰难维持', '奄奄一息'], ja: ['青息吐息', '虫の息'], ar: ['يصارع من أجل البقاء', 'بالكاد يصمد'] },
    literal: {
      en: ['inflating and deflating', 'inflate and deflate', 'inflates and deflates', 'inflated and deflated', 'deflating and inflating', 'deflate and inflate', 'expanding and deflating', 'expand and deflate', 'expanding and contracting', 'swelling and deflating', 'blooming and deflating', 'bloom and deflate', 'blooming and shrinking', 'bloom and shrink', 'flowering and deflating'],
      fr: ['gonfler et dégonfler', 'gonfle et dégonfle', 'se gonfle et se dégonfle', 'gonflement et dégonflement', 'fleurir et dégonfler', 'se dilater et se contracter'],
      zh: ['一鼓一瘪'],
      ja: ['膨らんだりしぼんだり', '膨らみしぼみ', '膨張と収縮'],
      ar: ['ينتفخ وينكمش', 'الانتفاخ والانكماش', 'يتمدد وينكمش', 'التمدد والانكماش'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tanggal tua', 'tanggal-tanggal tua'],
    meaning: { en: ['the end of the month', 'the lean days before payday'], fr: ['la fin du mois', 'les fins de mois difficiles'], zh: ['月底', '发薪日前'], ja: ['月末', '給料日前'], ar: ['نهاية الشهر', 'الأيام التي تسبق صرف الرواتب'] },
    literal: {
      en: ['old date', 'old dates', 'old-date', 'aged date', 'elderly date'],
      fr: ['vieille date', 'vieilles dates', 'date vieille', 'date âgée', 'dates âgées'],
      zh: ['老日期', '旧日期', '老日子'],
      ja: ['古い日付', '老いた日付', '年寄りの日付'],
      ar: ['التاريخ العجوز', 'تاريخ عجوز'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tanggal muda', 'tanggal-tanggal muda'],
    meaning: { en: ['just after payday', 'the start of the month'], fr: ['le début du mois', 'juste après la paie'], zh: ['月初', '发薪后'], ja: ['月初め', '給料日直後'], ar: ['بداية الشهر', 'بعد صرف الرواتب'] },
    literal: {
      en: ['young date', 'young dates', 'young-date'],
      fr: ['jeune date', 'jeunes dates', 'date jeune'],
      zh: ['年轻日期', '年轻的日期', '嫩日期'],
      ja: ['若い日付', '若日付'],
      ar: ['التاريخ الشاب', 'تاريخ شاب', 'التواريخ الشابة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['uang lelah'],
    meaning: { en: ['honorarium', 'a tip', 'a fee for their trouble'], fr: ['honoraires', 'dédommagement', 'un pourboire'], zh: ['辛苦费', '酬劳'], ja: ['謝礼', '心付け'], ar: ['أتعاب', 'مكافأة'] },
    literal: {
      en: ['tired money', 'tiredness money', 'fatigue money', 'weary money', 'exhaustion money', 'tired fee', 'fatigue fee'],
      fr: ['argent de fatigue', 'argent fatigué', 'argent de la fatigue'],
      ja: ['疲れ金', '疲労金', '疲れたお金'],
    },
  },
  {
    forms: ['uang muka'],
    meaning: { en: ['down payment', 'deposit', 'advance'], fr: ['acompte', 'apport', 'avance'], zh: ['首付', '预付款', '定金'], ja: ['頭金', '手付金', '前払金'], ar: ['دفعة مقدمة', 'عربون'] },
    literal: {
      en: ['face money', 'face fee'],
      fr: ['argent du visage', 'argent de visage', 'argent de la face'],
      ja: ['顔のお金'],
      ar: ['مال الوجه', 'أموال الوجه', 'نقود الوجه'],
    },
  },
  {
    forms: ['suku bunga', 'bunga bank', 'bunga pinjaman', 'bunga kredit', 'bunga deposito', 'bunga utang', 'bunga acuan'],
    meaning: { en: ['interest rate', 'interest'], fr: ["taux d'intérêt", 'intérêts'], zh: ['利率', '利息'], ja: ['金利', '利子'], ar: ['سعر الفائدة', 'الفائدة'] },
    literal: {
      en: ['flower rate', 'flower rates', 'flower tribe', 'flower tribes', 'bank flower', 'bank flowers', 'flower of the bank', 'flowers of the bank', 'loan flower', 'loan flowers', 'credit flower', 'credit flowers', 'deposit flower', 'deposit flowers', 'debt flower', 'debt flowers', 'benchmark flower', 'benchmark flowers', 'flower interest', 'interest flower', 'interest flowers'],
      fr: ['taux de fleur', 'taux de fleurs', 'tribu des fleurs', 'fleur bancaire', 'fleurs bancaires', 'fleur de la banque', 'fleurs de la banque', 'fleurs de prêt', 'fleurs de crédit', 'fleurs de dépôt'],
      zh: ['花部落'],
      ja: ['花の部族', '銀行の花'],
      ar: ['زهرة البنك', 'زهور البنك', 'معدل الزهور', 'قبيلة الزهور', 'زهور القروض', 'زهرة القرض'],
    },
  },
  {
    forms: ['mata rantai'],
    meaning: { en: ['chain', 'link'], fr: ['chaîne', 'maillon'], zh: ['链条', '环节', '传播链'], ja: ['連鎖', '輪'], ar: ['سلسلة', 'حلقة'] },
    literal: {
      en: ['chain eye', 'chain eyes', 'chain-eye', 'eye of the chain', 'eyes of the chain'],
      fr: ['œil de la chaîne', 'yeux de la chaîne', 'œil de chaîne'],
      zh: ['链眼', '链条眼', '链条之眼'],
      ja: ['鎖の目', 'チェーンの目'],
      ar: ['عين السلسلة', 'عيون السلسلة'],
    },
  },
  {
    forms: ['mata pencaharian', 'mata pencarian'],
    meaning: { en: ['livelihood', 'livelihoods', 'source of income'], fr: ['moyens de subsistance', 'gagne-pain'], zh: ['生计', '谋生手段'], ja: ['生計', '生業'], ar: ['مصدر رزق', 'سبل العيش'] },
    literal: {
      en: ['eye of livelihood', 'eyes of livelihood', 'eye of the livelihood', 'eyes of the livelihood', 'eyes of livelihoods', 'livelihood eye', 'livelihood eyes', 'eye of income', 'eye of earning', 'eyes of earning'],
      fr: ['œil de subsistance', 'yeux de subsistance', 'œil de gagne-pain', 'œil des moyens de subsistance'],
      zh: ['生计之眼', '谋生之眼', '生计眼'],
      ja: ['生計の目'],
      ar: ['عين الرزق', 'عين المعيشة', 'عيون الرزق'],
    },
  },
  {
    forms: ['anak buah', 'anak buahnya', 'anak-anak buah'],
    meaning: { en: ['subordinates', 'staff', 'men'], fr: ['subordonnés', 'hommes', 'troupes'], zh: ['部下', '手下', '下属'], ja: ['部下', '配下'], ar: ['المرؤوسون', 'رجاله', 'مرؤوسيه'] },
    literal: {
      en: ['fruit child', 'fruit children', 'fruit kid', 'fruit kids', 'child of fruit', 'children of fruit', 'fruit subordinates', 'buah children'],
      fr: ['enfant fruit', 'enfants fruits', 'enfants-fruits', 'enfant de fruit', 'enfants de fruits'],
      zh: ['水果孩子', '果子孩子', '水果儿童', '果实之子'],
      ja: ['果物の子', '果実の子', '果物の子供'],
      ar: ['أطفال الفاكهة', 'طفل الفاكهة', 'أبناء الفاكهة', 'ابن الفاكهة'],
    },
  },
  {
    forms: ['kantong tebal', 'berkantong tebal', 'kantung tebal', 'berkantung tebal', 'tebal kantong'],
    meaning: { en: ['deep-pocketed', 'wealthy', 'deep pockets'], fr: ['fortuné', 'aux poches pleines'], zh: ['财大气粗', '腰缠万贯'], ja: ['懐が温かい', '金持ち'], ar: ['ثري', 'ميسور'] },
    literal: {
      en: ['thick pocket', 'thick pockets', 'thick-pocketed', 'thick pocketed', 'thick-pocket'],
      fr: ['poche épaisse', 'poches épaisses'],
      zh: ['厚口袋', '口袋厚', '口袋很厚'],
      ja: ['厚いポケット', 'ポケットが厚い'],
      ar: ['الجيوب السميكة', 'جيوب سميكة', 'جيب سميك'],
    },
  },
  {
    forms: ['kejar setoran', 'mengejar setoran', 'kejar target setoran'],
    meaning: { en: ['chasing quotas', 'chasing daily targets'], fr: ['course aux quotas', 'course au rendement'], zh: ['赶指标', '冲业绩'], ja: ['ノルマに追われ', 'ノルマ稼ぎ'], ar: ['ملاحقة الحصص'] },
    literal: {
      en: ['chasing deposits', 'chase deposits', 'chased deposits', 'chasing deposit', 'chase deposit', 'deposit chasing', 'chasing the deposit', 'chasing the deposits', 'chasing remittances', 'chasing setoran', 'chasing installments', 'chasing instalments'],
      fr: ['courir après les dépôts', 'chasser les dépôts', 'chasse aux dépôts', 'poursuivre les dépôts', 'chasser le versement'],
      zh: ['追存款', '追赶存款', '追逐存款'],
      ja: ['預金を追', '預金追い', '入金を追'],
      ar: ['مطاردة الودائع', 'ملاحقة الودائع', 'مطاردة الإيداع'],
    },
    sourceOnly: true,
  },
  {
    forms: ['ayam mati di lumbung padi', 'ayam mati di lumbung', 'bagai ayam mati di lumbung padi', 'seperti ayam mati di lumbung padi', 'tikus mati di lumbung padi'],
    meaning: { en: ['poverty amid plenty', 'starving in the midst of plenty'], fr: ["la misère au milieu de l'abondance", "la pauvreté dans l'abondance"], zh: ['端着金饭碗讨饭', '守着金山要饭'], ja: ['宝の持ち腐れ', '豊かさの中の貧困'], ar: ['الفقر وسط الوفرة', 'كالعيس في البيداء يقتلها الظمأ'] },
    literal: {
      en: ['chicken dies in the rice barn', 'chicken dies in a rice barn', 'chickens die in the rice barn', 'chickens die in a rice barn', 'chicken dying in the rice barn', 'chicken dying in a rice barn', 'chickens dying in the rice barn', 'chickens dying in a rice barn', 'chicken died in the rice barn', 'chicken dead in the rice barn', 'chicken dies in the granary', 'chicken dies in a granary', 'chickens die in the granary', 'chickens die in a granary', 'chicken dying in the granary', 'chickens dying in the granary', 'chickens dying in a granary', 'chicken dead in the granary', 'chicken dies in the rice granary', 'chickens die in the rice granary', 'chicken dying in the rice granary', 'chicken dies in the paddy barn', 'chickens die in the paddy barn', 'chicken dies in a rice shed', 'chicken dying in the rice shed', 'rat dies in the rice barn', 'rats die in the rice barn', 'rats dying in the rice barn', 'rat dies in the granary', 'rats die in the granary', 'rat dying in the granary', 'rats dying in the granary', 'mouse dies in the rice barn', 'mice die in the rice barn', 'mice dying in the rice barn', 'mouse dies in the granary'],
      fr: ['poulet meurt dans le grenier à riz', 'poule meurt dans le grenier à riz', 'poulet qui meurt dans le grenier à riz', 'poulets meurent dans le grenier à riz', 'poulet mort dans le grenier à riz', 'poule qui meurt dans le grenier', 'poules meurent dans le grenier', 'poulet meurt dans la grange à riz', 'rat meurt dans le grenier à riz', 'rats meurent dans le grenier à riz'],
      zh: ['鸡死在粮仓里', '鸡饿死在粮仓里', '死在粮仓里的鸡', '饿死在粮仓里的鸡', '鸡死在米仓里', '鸡死在谷仓里', '老鼠死在粮仓里'],
      ja: ['米蔵で死ぬ鶏', '米倉で死ぬ鶏', '鶏が米蔵で死ぬ', '鶏が米倉で死ぬ', '穀物倉庫で死ぬ鶏', '米蔵で死ぬネズミ'],
      ar: ['دجاجة تموت في مخزن الأرز', 'الدجاجة التي تموت في مخزن الأرز', 'الدجاج يموت في مخزن الأرز', 'دجاجة تموت في مخزن الحبوب', 'فأر يموت في مخزن الأرز'],
    },
  },

  // ───────────────────────────────────── Sport ─────────────────────────────────────
  {
    forms: ['kuda hitam', 'kuda hitamnya'],
    meaning: { en: ['dark horse', 'dark horses'], fr: ['outsider', 'outsiders'], zh: ['黑马'], ja: ['ダークホース'], ar: ['الحصان الأسود'] },
    literal: {
      en: ['black horse', 'black horses', 'the black horse'],
      fr: ['cheval noir', 'chevaux noirs'],
      ja: ['黒い馬'],
    },
    sourceOnly: true,
  },
  {
    forms: ['anak bawang', 'tim anak bawang', 'anak-anak bawang'],
    meaning: { en: ['minnows', 'underdogs', 'novice', 'small fry'], fr: ['petit poucet', 'novice', 'petite équipe'], zh: ['弱旅', '新手', '菜鸟'], ja: ['格下', '新参者', '弱小チーム'], ar: ['الفريق المغمور', 'المبتدئ', 'الحلقة الأضعف'] },
    literal: {
      en: ['onion child', 'onion children', 'onion kid', 'onion kids', 'onion son', 'onion sons', 'child of onion', 'children of onion', 'shallot child', 'shallot children', 'shallot kid', 'shallot kids', 'garlic child', 'garlic children'],
      fr: ['enfant oignon', 'enfants oignons', "enfant d'oignon", "enfants d'oignon", "enfant de l'oignon", 'enfant échalote', 'enfants échalotes', 'enfant ail'],
      zh: ['洋葱孩子', '洋葱儿童', '洋葱小孩', '葱头孩子', '大蒜孩子'],
      ja: ['玉ねぎの子', 'タマネギの子', 'ネギの子', '玉ねぎっ子'],
      ar: ['طفل البصل', 'أطفال البصل', 'أبناء البصل', 'ابن البصل'],
    },
  },
  {
    forms: ['bertangan dingin', 'berkat tangan dingin', 'tangan dinginnya', 'tangan dingin pelatih', 'tangan dingin sang', 'sentuhan tangan dingin', 'si tangan dingin'],
    meaning: { en: ['golden touch', 'magic touch', 'a knack for success'], fr: ['la main heureuse', 'le don'], zh: ['点石成金', '妙手', '神奇之手'], ja: ['名伯楽', '手腕', '采配'], ar: ['اللمسة السحرية', 'لمسة ذهبية'] },
    literal: {
      en: ['cold hands', 'cold hand', 'cold-handed', 'cold handed', 'cold-handedness'],
      fr: ['mains froides', 'main froide'],
      zh: ['冷手', '冰冷的手', '冷冷的手'],
      ja: ['冷たい手'],
      ar: ['الأيدي الباردة', 'اليد الباردة', 'يد باردة', 'أيد باردة', 'يدين باردتين'],
    },
    sourceOnly: true,
  },
  {
    forms: ['gigit jari', 'menggigit jari'],
    meaning: { en: ['come away empty-handed', 'miss out', 'be left disappointed'], fr: ['repartir bredouille', 'rester sur sa faim'], zh: ['空手而归', '落空'], ja: ['指をくわえて見る', '手ぶらで帰る'], ar: ['عاد بخفي حنين', 'خرج خالي الوفاض'] },
    literal: {
      en: ['bite fingers', 'biting fingers', 'bit fingers', 'bite finger', 'biting finger', 'bite their fingers', 'biting their fingers', 'bit their fingers', 'bite their finger', 'bit their finger', 'bite his fingers', 'biting his fingers', 'bite her fingers', 'biting her fingers', "bite one's fingers", 'bite a finger', 'biting a finger', 'finger biting', 'finger-biting'],
      zh: ['咬手指'],
      ja: ['指を噛む', '指を噛ん'],
    },
  },
  {
    forms: ['jago kandang'],
    meaning: { en: ['only strong at home', 'flat-track bullies', 'home-track bullies'], fr: ['fort seulement à domicile', 'invincible à domicile seulement'], zh: ['主场龙客场虫', '窝里横'], ja: ['内弁慶'], ar: ['أسد في ملعبه', 'قوي على أرضه فقط'] },
    literal: {
      en: ['cage champion', 'cage champions', 'cage rooster', 'cage roosters', 'cage cock', 'cage cocks', 'cage hero', 'cage heroes', 'cage king', 'cage kings', 'coop champion', 'coop champions', 'coop rooster', 'pen champion', 'barn champion', 'stable champion', 'home rooster', 'home roosters'],
      fr: ['champion de cage', 'champions de cage', 'coq de cage', 'champion du poulailler', 'coq de poulailler'],
      zh: ['笼子冠军', '笼中冠军', '笼子里的公鸡', '鸡笼冠军', '家里的公鸡'],
      ja: ['檻のチャンピオン', 'ケージのチャンピオン', '鳥小屋の王者'],
      ar: ['بطل القفص', 'ديك القفص', 'أبطال القفص', 'بطل الحظيرة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['juru kunci klasemen', 'juru kunci grup', 'juru kunci liga', 'posisi juru kunci', 'tim juru kunci'],
    meaning: { en: ['bottom of the table', 'bottom club', 'wooden spoon'], fr: ['lanterne rouge', 'dernier du classement'], zh: ['垫底', '倒数第一'], ja: ['最下位'], ar: ['متذيل الترتيب', 'ذيل الترتيب'] },
    literal: {
      en: ['key keeper', 'key keepers', 'keeper of the keys', 'key holder', 'key holders', 'key-holder', 'key master', 'key bearer', 'key guard', 'key custodian'],
      fr: ['gardien des clés', 'gardien de la clé', 'détenteur des clés'],
      zh: ['钥匙保管员', '钥匙管理员', '掌钥匙的人'],
      ja: ['鍵番', '鍵の番人', '鍵守', '鍵の管理人'],
      ar: ['حارس المفتاح', 'حامل المفتاح', 'حارس المفاتيح', 'أمين المفاتيح'],
    },
    sourceOnly: true,
  },
  {
    forms: ['lumbung gol', 'lumbung golnya'],
    meaning: { en: ['whipping boys', 'punching bag', 'leaky defence'], fr: ['souffre-douleur', 'passoire'], zh: ['鱼腩', '送分童子'], ja: ['カモ', '格好の餌食'], ar: ['الحلقة الأضعف', 'صيد سهل'] },
    literal: {
      en: ['goal barn', 'goal barns', 'goals barn', 'barn of goals', 'barn for goals', 'goal granary', 'goal granaries', 'granary of goals', 'goal warehouse', 'warehouse of goals', 'goal storehouse', 'storehouse of goals', 'goal silo', 'goal shed'],
      fr: ['grenier à buts', 'grenier de buts', 'grenier des buts', 'grange à buts', 'grange de buts', 'entrepôt de buts'],
      zh: ['进球粮仓', '进球仓库', '球门粮仓', '进球谷仓'],
      ja: ['ゴールの穀倉', 'ゴール倉庫', 'ゴールの倉庫', '得点の倉庫'],
      ar: ['مخزن الأهداف', 'مستودع الأهداف', 'حظيرة الأهداف', 'مخزن للأهداف'],
    },
  },
  {
    forms: ['pesta gol', 'berpesta gol'],
    meaning: { en: ['goal fest', 'rout', 'goal glut'], fr: ['festival de buts', 'carton', 'avalanche de buts'], zh: ['进球盛宴', '进球大战', '大胜'], ja: ['ゴールラッシュ', '大量得点'], ar: ['مهرجان أهداف', 'سيل من الأهداف'] },
    literal: {
      en: ['goal party', 'goal parties', 'goals party', 'goal-party', 'party of goals'],
      fr: ['fête des buts', 'fête de buts', 'fête du but', 'soirée de buts'],
      zh: ['进球派对', '进球聚会'],
      ja: ['ゴールパーティー', 'ゴールのパーティー', 'ゴールパーティ'],
      ar: ['حفلة أهداف', 'حفلة الأهداف', 'حفل أهداف'],
    },
  },
  {
    forms: ['hujan gol', 'banjir gol'],
    meaning: { en: ['goal glut', 'a flurry of goals', 'goal-fest'], fr: ['avalanche de buts', 'festival de buts'], zh: ['进球如雨', '狂轰滥炸'], ja: ['ゴールラッシュ', '大量得点'], ar: ['سيل من الأهداف'] },
    literal: { en: ['goal rain', 'goals rain', 'rain of goals', 'goal flood', 'goals flood', 'goal shower'] },
  },
  {
    forms: ['ayam sayur', 'mental ayam sayur', 'tim ayam sayur'],
    meaning: { en: ['pushovers', 'soft touch', 'lightweights'], fr: ['équipe molle', 'sans caractère'], zh: ['软脚虾', '软柿子'], ja: ['弱腰', '軟弱'], ar: ['فريق هش', 'ضعاف الشخصية'] },
    literal: {
      en: ['vegetable chicken', 'vegetable chickens', 'vegetable-chicken', 'veggie chicken', 'veggie chickens', 'vegetable hen', 'vegetable hens', 'chicken vegetable', 'chicken vegetables', 'vegetable chicken mentality'],
      fr: ['poulet légume', 'poulets légumes', 'poulet aux légumes', 'poulet de légumes'],
      zh: ['蔬菜鸡'],
      ja: ['野菜チキン', '野菜の鶏', '野菜鶏'],
      ar: ['دجاج الخضار', 'دجاجة الخضار', 'دجاج بالخضار'],
    },
    sourceOnly: true,
  },
  {
    forms: ['main sabun', 'bermain sabun', 'permainan sabun'],
    meaning: { en: ['match-fixing', 'throwing games', 'deliberately losing'], fr: ['matchs truqués', 'arrangement de matchs'], zh: ['打假球', '踢假球', '放水'], ja: ['八百長'], ar: ['التلاعب بنتائج المباريات', 'ترتيب المباريات'] },
    literal: {
      en: ['playing soap', 'play soap', 'played soap', 'plays soap', 'soap play', 'soap playing', 'soap-playing', 'soap game', 'soap games', 'soap match', 'soap matches', 'soap football', 'soap soccer'],
      fr: ['jouer au savon', 'jouer du savon', 'jeu de savon', 'match de savon'],
      zh: ['玩肥皂', '肥皂比赛'],
      ja: ['石鹸遊び', '石けん遊び', 'せっけん遊び', '石鹸プレー'],
      ar: ['اللعب بالصابون', 'لعب الصابون', 'مباراة الصابون'],
    },
    sourceOnly: true,
  },
  {
    forms: ['sepak bola gajah', 'sepakbola gajah'],
    meaning: { en: ['deliberately losing', 'match-fixing', 'throwing the game'], fr: ['match arrangé', 'défaite volontaire'], zh: ['默契球', '故意输球'], ja: ['無気力試合', '八百長試合'], ar: ['مباراة مدبرة', 'التعمد في الخسارة'] },
    literal: {
      en: ['elephant football', 'elephant soccer', 'elephant-football', 'football elephant', 'soccer elephant'],
      fr: ['football éléphant', "football d'éléphant"],
      zh: ['大象足球', '象足球'],
      ja: ['象のサッカー', 'ゾウのサッカー', '象サッカー'],
      ar: ['كرة قدم الفيلة', 'كرة القدم الفيلة', 'كرة الفيل'],
    },
  },
  {
    forms: ['curi umur', 'mencuri umur', 'pencurian umur'],
    meaning: { en: ['age fraud', 'age cheating', 'falsifying ages'], fr: ["fraude sur l'âge", "tricherie sur l'âge"], zh: ['虚报年龄', '篡改年龄', '年龄造假'], ja: ['年齢詐称'], ar: ['التزوير في العمر', 'التلاعب بالأعمار'] },
    literal: {
      en: ['steal age', 'steals age', 'stealing age', 'stole age', 'steal ages', 'stealing ages', 'steal the age', 'stealing the age', 'stealing of age', 'age stealing', 'age-stealing', 'age theft', 'theft of age', 'age thief', 'age thieves', 'age stealer'],
      fr: ["voler l'âge", "vole l'âge", "volé l'âge", 'voler son âge', "vol d'âge", "vol de l'âge"],
      zh: ['偷年龄', '偷取年龄', '盗取年龄'],
      ja: ['年齢を盗', '年齢泥棒', '年齢窃盗'],
    },
  },
  {
    forms: ['si kulit bundar', 'kulit bundar'],
    meaning: { en: ['the ball', 'football'], fr: ['le ballon', 'le ballon rond'], zh: ['足球'], ja: ['ボール', 'サッカー'], ar: ['الساحرة المستديرة', 'كرة القدم'] },
    literal: {
      en: ['round leather', 'round leathers', 'round-leather', 'round skin', 'round-skinned', 'the round-skinned one'],
      fr: ['peau ronde'],
      zh: ['圆皮革', '圆形皮革'],
      ja: ['丸い皮', '丸い革'],
    },
  },
  {
    forms: ['papan atas'],
    meaning: { en: ['top of the table', 'top-flight', 'A-list'], fr: ['haut du tableau', 'de premier plan'], zh: ['积分榜前列', '顶级', '一线'], ja: ['上位', 'トップクラス', '一流'], ar: ['صدارة الترتيب', 'الصف الأول'] },
    literal: {
      en: ['top board', 'top boards', 'top-board', 'upper board', 'upper boards', 'upper-board'],
      fr: ['planche du haut', 'planche supérieure', 'planche haute', 'tableau supérieur'],
      ja: ['上の板', 'トップボード'],
      ar: ['اللوحة العليا', 'اللوح العلوي', 'لوحة علوية'],
    },
    sourceOnly: true,
  },
  {
    forms: ['papan bawah'],
    meaning: { en: ['bottom of the table', 'lower reaches of the table', 'bottom half'], fr: ['bas du tableau', 'bas de classement'], zh: ['积分榜下游', '中下游'], ja: ['下位'], ar: ['ذيل الترتيب', 'مؤخرة الترتيب'] },
    literal: {
      en: ['bottom board', 'bottom boards', 'bottom-board', 'lower board', 'lower boards', 'lower-board', 'under board'],
      fr: ['planche du bas', 'planche inférieure', 'planche basse', 'tableau inférieur'],
      ja: ['下の板', 'ボトムボード'],
      ar: ['اللوحة السفلى', 'اللوح السفلي', 'لوحة سفلية'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kasta tertinggi', 'kasta teratas'],
    meaning: { en: ['top flight', 'top tier', 'top division'], fr: ['élite', 'première division'], zh: ['顶级联赛', '最高级别'], ja: ['トップリーグ', '1部'], ar: ['دوري الأضواء', 'الدرجة الممتازة'] },
    literal: {
      en: ['highest caste', 'highest castes', 'top caste', 'top castes', 'uppermost caste'],
      fr: ['caste la plus élevée', 'caste la plus haute', 'plus haute caste', 'caste supérieure'],
      zh: ['最高种姓'],
      ja: ['最高カースト', '最上位カースト'],
      ar: ['الطبقة العليا', 'أعلى طبقة'],
    },
    sourceOnly: true,
  },
  {
    forms: ['laga kandang', 'partai kandang', 'pertandingan kandang', 'kandang sendiri', 'main di kandang', 'bermain di kandang'],
    meaning: { en: ['home game', 'home match', 'at home'], fr: ['match à domicile', 'à domicile'], zh: ['主场比赛', '主场'], ja: ['ホームゲーム', 'ホーム'], ar: ['مباراة على أرضه', 'على أرضه'] },
    literal: {
      en: ['cage match', 'cage matches', 'cage game', 'cage games', 'cage fixture', 'cage fixtures', 'pen match', 'barn match', 'own cage', 'their own cage', 'its own cage', 'in the cage', 'played in the cage', 'at their cage'],
      fr: ['match en cage', 'match de cage'],
      zh: ['笼子比赛', '笼中比赛', '笼子里比赛', '自己的笼子'],
      ja: ['ケージマッチ', '檻の試合', '自分の檻'],
      ar: ['مباراة القفص', 'مباراة قفص', 'قفصه الخاص', 'في قفصه'],
    },
    sourceOnly: true,
  },
  {
    forms: ['mencetak gol', 'cetak gol', 'mencetak dua gol', 'mencetak tiga gol', 'mencetak hattrick', 'mencetak hat-trick', 'mencetak hat trick', 'gol yang dicetak'],
    meaning: { en: ['scored', 'score'], fr: ['marquer', 'inscrire'], zh: ['进球', '打进'], ja: ['得点する', 'ゴールを決める'], ar: ['سجل', 'يسجل'] },
    literal: {
      en: ['printed a goal', 'printed goals', 'printed the goal', 'printed his goal', 'printed two goals', 'printed three goals', 'printed the winning goal', 'printed a brace', 'printed a hat-trick', 'printed a hattrick', 'print a goal', 'print goals', 'prints a goal', 'prints goals', 'printing a goal', 'printing goals'],
      fr: ['imprimé un but', 'imprimer un but', 'imprime un but', 'imprimé des buts', 'imprimer des buts', 'imprimé deux buts', 'imprimé le but'],
      zh: ['打印进球', '印刷进球', '打印了一个进球', '打印了进球', '印了一个进球'],
      ja: ['ゴールを印刷', '得点を印刷'],
      ar: ['طبع هدفا', 'يطبع هدفا', 'طبع الهدف', 'طبع هدفين', 'طباعة الأهداف'],
    },
  },
  {
    forms: ['angkat koper', 'mengangkat koper', 'angkat kopor'],
    meaning: { en: ['pack their bags', 'leave', 'be shown the door'], fr: ['faire ses valises', 'plier bagage'], zh: ['卷铺盖走人', '走人'], ja: ['荷物をまとめる', '去る'], ar: ['حزم حقائبه', 'الرحيل'] },
    literal: {
      en: ['lift the suitcase', 'lifted the suitcase', 'lifting the suitcase', 'lift the suitcases', 'lifted the suitcases', 'lift suitcase', 'lifted suitcase', 'lift suitcases', 'lifted suitcases', 'lifting suitcases', 'lift his suitcase', 'lifted his suitcase', 'lift their suitcases', 'lifted their suitcases', 'lifting their suitcases', 'raise the suitcase', 'raised the suitcase', 'raise suitcases', 'picked up his suitcase', 'picked up their suitcases', 'lift the luggage', 'lifted the luggage'],
      fr: ['soulever la valise', 'soulève la valise', 'soulevé la valise', 'soulever les valises', 'soulever sa valise', 'soulevé sa valise', 'lever la valise', 'levé la valise'],
      zh: ['提起行李箱', '拎起行李箱', '抬起行李箱', '提起箱子'],
      ja: ['スーツケースを持ち上げ', 'スーツケースを上げ'],
      ar: ['رفع الحقيبة', 'يرفع الحقيبة', 'رفع حقيبته', 'رفع الحقائب'],
    },
    sourceOnly: true,
  },

  // ─────────────────────────── Society, people and character ───────────────────────────
  {
    forms: ['naik daun', 'sedang naik daun', 'tengah naik daun'],
    meaning: { en: ['on the rise', 'increasingly popular', 'a rising star'], fr: ['a le vent en poupe', 'en vogue', 'en pleine ascension'], zh: ['走红', '当红', '人气上升'], ja: ['人気急上昇', '売れっ子', '注目の的'], ar: ['نجم صاعد', 'تزداد شعبيته', 'في أوج شهرته'] },
    literal: {
      en: ['rising leaves', 'rising leaf', 'rising on leaves', 'rising in leaves', 'rising to the leaves', 'rose to the leaves', 'risen to the leaves', 'going up the leaves', 'went up the leaves', 'going up the leaf', 'climbing the leaves', 'climbed the leaves', 'climb the leaves', 'go up leaves', 'goes up leaves', 'going up leaves', 'went up leaves', 'ascending leaves', 'leaf rising'],
      fr: ['monter les feuilles', 'monte les feuilles', 'monter sur les feuilles', 'monté sur les feuilles', 'monter dans les feuilles', 'monte dans les feuilles', 'feuilles montantes', 'feuille montante'],
      zh: ['爬上叶子', '上升的叶子', '叶子上升'],
      ja: ['葉に登', '葉っぱに登', '葉の上に登', '上昇する葉'],
    },
  },
  {
    forms: ['buah bibir', 'jadi buah bibir', 'menjadi buah bibir'],
    meaning: { en: ['talk of the town', 'the talk of'], fr: ['sur toutes les lèvres', 'le sujet de toutes les conversations'], zh: ['热门话题', '街谈巷议', '议论的焦点'], ja: ['話題の的', '評判'], ar: ['حديث الناس', 'حديث الساعة', 'على كل لسان'] },
    literal: {
      en: ['lip fruit', 'lip fruits', 'lips fruit', 'lip-fruit', 'fruit of the lips', 'fruits of the lips', 'fruit of the lip', 'fruit of lips', 'fruit of lip', 'fruit on the lips'],
      fr: ['fruit des lèvres', 'fruits des lèvres', 'fruit de lèvre', 'fruit de la lèvre'],
      zh: ['嘴唇的果实', '嘴唇果', '唇之果'],
      ja: ['唇の果実', '唇の実', 'くちびるの果実'],
      ar: ['ثمرة الشفاه', 'ثمرة الشفة', 'فاكهة الشفاه', 'ثمار الشفاه'],
    },
  },
  {
    forms: ['buah hati', 'buah hatinya', 'buah hatiku'],
    meaning: { en: ['child', 'beloved child', 'darling'], fr: ['enfant', 'petit trésor', 'chérubin'], zh: ['孩子', '心肝宝贝', '掌上明珠'], ja: ['我が子', '愛児', '最愛の子'], ar: ['فلذة كبده', 'طفله'] },
    literal: {
      en: ['fruit of the heart', 'fruits of the heart', 'fruit of heart', "heart's fruit", 'heart fruit', 'heart fruits', 'fruit of my heart', 'fruit of his heart', 'fruit of her heart', 'fruit of their heart', 'fruit of their hearts', 'fruit of the liver', 'liver fruit'],
      fr: ['fruit du cœur', 'fruits du cœur', 'fruit de son cœur', 'fruit de leur cœur', 'fruit de mon cœur'],
      zh: ['心之果', '心的果实', '心头果'],
      ja: ['心の果実', '心の実', 'ハートの実'],
    },
  },
  {
    forms: ['buah tangan', 'buah tangannya'],
    meaning: { en: ['souvenir', 'gift', 'keepsake'], fr: ['souvenir', 'petit cadeau'], zh: ['伴手礼', '手信', '礼物'], ja: ['手土産', 'お土産'], ar: ['هدية', 'تذكار'] },
    literal: {
      en: ['hand fruit', 'hand fruits', 'hand-fruit', 'fruit of the hand', 'fruits of the hand', 'fruit of hand', 'fruit of his hand', 'fruit of their hands', 'fruits of their hands'],
      fr: ['fruit de la main', 'fruits de la main', 'fruit des mains', 'fruit de main'],
      zh: ['手的果实', '手之果'],
      ja: ['手の果実', '手の実'],
      ar: ['ثمرة اليد', 'ثمار اليد', 'فاكهة اليد'],
    },
  },
  {
    forms: ['bunga tidur', 'hanya bunga tidur', 'sekadar bunga tidur'],
    meaning: { en: ['just a dream', 'a mere dream', 'a pipe dream'], fr: ['un simple rêve', 'une chimère'], zh: ['一场梦', '南柯一梦'], ja: ['ただの夢', '夢物語'], ar: ['أضغاث أحلام', 'مجرد حلم'] },
    literal: {
      en: ['flower of sleep', 'flowers of sleep', 'flower of slumber', 'sleep flower', 'sleep flowers'],
      fr: ['fleur de sommeil', 'fleurs de sommeil', 'fleur du sommeil', 'fleurs du sommeil'],
      zh: ['睡眠之花', '睡眠花'],
      ja: ['眠りの花', '睡眠の花'],
      ar: ['زهرة النوم', 'زهور النوم', 'وردة النوم'],
    },
  },
  {
    forms: ['anak emas', 'anak emasnya', 'dianakemaskan', 'menganakemaskan'],
    meaning: { en: ['favourite', 'favoured one', 'blue-eyed boy'], fr: ['chouchou', 'favori', 'protégé'], zh: ['宠儿', '红人', '亲儿子'], ja: ['お気に入り', '秘蔵っ子', '寵児'], ar: ['المدلل', 'الابن المدلل', 'المفضل'] },
    literal: {
      en: ['gold child', 'gold children', 'gold-child', 'gold kid', 'gold kids', 'child of gold', 'children of gold'],
      fr: ["enfant d'or", "enfants d'or"],
      zh: ['金孩子', '金色孩子', '黄金孩子', '金子孩子'],
      ja: ['黄金の子供'],
    },
  },
  {
    forms: ['anak kemarin sore', 'anak kemaren sore', 'anak baru kemarin sore', 'anak-anak kemarin sore'],
    meaning: { en: ['greenhorn', 'upstart', 'newcomer', 'wet behind the ears'], fr: ['blanc-bec', 'novice', 'débutant'], zh: ['毛头小子', '黄毛小子', '初出茅庐'], ja: ['青二才', 'ひよっこ', '新参者'], ar: ['حديث العهد', 'مبتدئ', 'غرّ'] },
    literal: {
      en: ["yesterday afternoon's child", "yesterday afternoon's children", 'yesterday afternoon newcomer', 'child of yesterday afternoon', 'children of yesterday afternoon', 'kid of yesterday afternoon', 'kids of yesterday afternoon', "yesterday evening's child", 'child of yesterday evening'],
      fr: ["enfant d'hier après-midi", "enfants d'hier après-midi", "gamin d'hier après-midi", "gamins d'hier après-midi", "gosse d'hier après-midi", "enfant d'hier soir"],
      zh: ['昨天下午的孩子', '昨天下午的小孩', '昨天傍晚的孩子', '昨天下午出生的孩子'],
      ja: ['昨日の午後の子', '昨日の夕方の子', '昨日の午後の子供'],
      ar: ['طفل الأمس بعد الظهر', 'أطفال الأمس بعد الظهر', 'طفل عصر الأمس', 'أطفال عصر الأمس', 'ابن عصر الأمس'],
    },
  },
  {
    forms: ['banting tulang', 'membanting tulang', 'banting-banting tulang'],
    meaning: { en: ['work hard', 'toil', 'slog', "work one's fingers to the bone"], fr: ['trimer', 'travailler dur', 'se tuer à la tâche'], zh: ['拼命工作', '辛勤劳作', '起早贪黑'], ja: ['身を粉にして働く', '骨身を惜しまず働く'], ar: ['الكدح', 'العمل الشاق'] },
    literal: {
      en: ['slam bones', 'slams bones', 'slammed bones', 'slamming bones', 'slam the bones', 'slammed the bones', 'slamming the bones', 'slam their bones', 'slammed their bones', 'slamming their bones', 'slam his bones', 'slamming his bones', 'slam her bones', 'slamming her bones', "slamming one's bones", 'bone slamming', 'bone-slamming', 'bang their bones', 'banging their bones'],
      fr: ['claquer les os', 'claque les os', 'claqué les os', 'claquant les os', 'claquer ses os', 'claquer leurs os', 'se claquer les os'],
      zh: ['摔骨头', '甩骨头'],
      ja: ['骨を叩きつけ', '骨を投げつけ', '骨を打ちつけ'],
    },
  },
  {
    forms: ['peras keringat', 'memeras keringat'],
    meaning: { en: ['toil', 'work hard', 'by the sweat of their brow'], fr: ['à la sueur de leur front', 'trimer'], zh: ['辛勤劳动', '流血流汗'], ja: ['汗水を流して働く', '汗水たらして働く'], ar: ['بعرق جبينه', 'الكد'] },
    literal: {
      en: ['squeeze sweat', 'squeezes sweat', 'squeezing sweat', 'squeezed sweat', 'squeeze the sweat', 'squeezing the sweat', 'squeezed the sweat', 'squeeze their sweat', 'squeezing their sweat', 'squeeze out sweat', 'squeezing out sweat', 'squeezed out sweat', 'wring sweat', 'wringing sweat', 'wrung sweat', 'wring out sweat', 'wringing out sweat', 'wringing their sweat', 'press sweat', 'pressing sweat'],
      fr: ['presser la sueur', 'pressant la sueur', 'pressé la sueur', 'presser sa sueur', 'essorer la sueur', 'essorant la sueur', 'tordre la sueur'],
      zh: ['挤汗水', '榨汗水'],
      ar: ['عصر العرق', 'يعصر العرق'],
    },
  },
  {
    forms: ['angkat kaki', 'mengangkat kaki'],
    meaning: { en: ['leave', 'get out', 'pull out'], fr: ['partir', 'plier bagage', 'quitter les lieux'], zh: ['离开', '走人', '滚蛋'], ja: ['立ち去る', '出て行く', '撤退する'], ar: ['الرحيل', 'المغادرة'] },
    literal: {
      en: ['lift the feet', 'lifted the feet', 'lift feet', 'lifting feet', 'lifted feet', 'lift their feet', 'lifted their feet', 'lifting their feet', 'lifts their feet', 'lift his feet', 'lifted his feet', 'lifting his feet', 'lift her feet', 'lifted her feet', 'lift your feet', 'lift its feet', 'lifted its feet', 'lift foot', 'lift legs', 'lift the legs', 'lifted the legs', 'lift their legs', 'lifted their legs', 'raise the feet', 'raise feet', 'raise their feet', 'raised their feet', 'raise legs', 'raise their legs', 'raised their legs'],
      fr: ['lever les pieds', 'lève les pieds', 'levé les pieds', 'lèvent les pieds', 'levez les pieds', 'lever les jambes', 'soulever les pieds', 'soulève les pieds'],
      zh: ['抬脚', '抬起脚', '抬起双脚', '抬腿', '抬起腿'],
      ja: ['足を上げ', '足を持ち上げ'],
      ar: ['رفع القدمين', 'رفع قدميه', 'يرفع قدميه', 'رفع الأقدام', 'رفع أقدامهم', 'رفعوا أقدامهم'],
    },
    sourceOnly: true,
  },
  {
    forms: ['makan hati', 'memakan hati', 'dibuat makan hati', 'bikin makan hati', 'makan hati berulam jantung'],
    meaning: { en: ['heartache', 'inner torment', 'vexation'], fr: ['se ronger les sangs', 'broyer du noir', 'dépit'], zh: ['伤心', '憋屈', '心里难受'], ja: ['心を痛める', '悔しい思い', 'やきもき'], ar: ['حسرة', 'قهر', 'الكمد'] },
    literal: {
      en: ['eat liver', 'eats liver', 'eating liver', 'ate liver', 'eaten liver', 'eat the liver', 'eating the liver', 'ate the liver', 'eat their liver', 'eating their liver', 'eat his liver', 'eating his liver', 'eat her liver', 'eating her liver'],
      fr: ['manger le foie', 'mange le foie', 'mangé le foie', 'mangent le foie', 'manger son foie', 'manger leur foie'],
      zh: ['吃肝', '吃肝脏'],
      ja: ['肝臓を食べ', 'レバーを食べ', '肝を食べ'],
      ar: ['أكل الكبد', 'يأكل الكبد', 'أكل كبده', 'يأكل كبده', 'تأكل كبدها'],
    },
    sourceOnly: true,
  },
  {
    forms: ['otak udang', 'berotak udang'],
    meaning: { en: ['dim-witted', 'stupid', 'bird-brained'], fr: ['stupide', 'cervelle de moineau'], zh: ['没脑子', '蠢货', '笨蛋'], ja: ['頭が悪い', '脳みそが足りない'], ar: ['غبي', 'عديم العقل'] },
    literal: {
      en: ['shrimp brain', 'shrimp brains', 'shrimp-brain', 'shrimp-brained', 'shrimp brained', "shrimp's brain", 'shrimp-sized brain', 'shrimp minded', 'brain of a shrimp', 'brains of a shrimp', 'prawn brain', 'prawn brains', 'prawn-brained'],
      fr: ['cerveau de crevette', 'cerveaux de crevette', 'cerveau de crevettes', 'cervelle de crevette'],
      zh: ['虾的脑子', '虾脑子'],
      ja: ['エビの脳', 'エビ脳', '海老の脳', 'えびの脳みそ', 'エビの脳みそ'],
      ar: ['عقل الروبيان', 'عقل الجمبري', 'عقل جمبري', 'دماغ الروبيان', 'مخ الجمبري'],
    },
  },
  {
    forms: ['otak encer', 'berotak encer'],
    meaning: { en: ['brilliant', 'bright', 'quick-witted', 'sharp'], fr: ['brillant', "vif d'esprit"], zh: ['头脑聪明', '脑子灵活', '聪明'], ja: ['頭が切れる', '頭がいい', '聡明'], ar: ['ذكي', 'نابغة'] },
    literal: {
      en: ['runny brain', 'runny brains', 'runny-brained', 'liquid brain', 'liquid brains', 'liquid-brained', 'watery brain', 'watery brains', 'diluted brain', 'diluted brains', 'dilute brain', 'brain is runny', 'brain is liquid', 'brain is watery'],
      fr: ['cerveau liquide', 'cerveau dilué', 'cervelle liquide', 'cerveau fluide', 'cerveau aqueux'],
      zh: ['液态大脑', '稀的脑子'],
      ja: ['液状の脳', '水っぽい脳'],
      ar: ['العقل السائل', 'عقل سائل', 'دماغ سائل', 'الدماغ السائل', 'عقل مخفف'],
    },
  },
  {
    forms: ['mata duitan', 'mata duit'],
    meaning: { en: ['money-grubbing', 'greedy', 'mercenary'], fr: ['cupide', 'vénal', 'âpre au gain'], zh: ['见钱眼开', '贪财', '财迷'], ja: ['金に汚い', '守銭奴', '金の亡者'], ar: ['جشع', 'عبد المال', 'طماع'] },
    literal: {
      en: ['money eyes', 'money eye', 'money-eyes', 'money-eye', 'money-eyed', 'money eyed', 'eyes of money', 'eye of money'],
      ja: ['お金の目'],
      ar: ['عيون المال', 'عيون النقود'],
    },
  },
  {
    forms: ['tebal muka', 'muka tebal', 'bermuka tebal', 'muka badak', 'bermuka badak'],
    meaning: { en: ['shameless', 'brazen', 'have the gall'], fr: ['effronté', 'culotté', 'sans vergogne'], zh: ['厚颜无耻', '不要脸'], ja: ['厚かましい', '面の皮が厚い', '恥知らず'], ar: ['وقح', 'صفيق الوجه', 'عديم الحياء'] },
    literal: {
      en: ['thick face', 'thick faces', 'thick-faced', 'thick faced', 'thick of face', 'face is thick', 'faces are thick', 'rhino face', 'rhino faces', 'rhino-face', 'rhino-faced', 'rhinoceros face', 'rhinoceros-faced', 'face of a rhino', 'face like a rhino'],
      fr: ['visage épais', 'face épaisse', 'visage de rhinocéros', 'face de rhinocéros'],
    },
  },
  {
    forms: ['muka tembok', 'bermuka tembok'],
    meaning: { en: ['shameless', 'brazen', 'have the gall'], fr: ['effronté', 'culotté', 'sans vergogne'], zh: ['厚颜无耻', '不要脸'], ja: ['厚かましい', '恥知らず'], ar: ['وقح', 'عديم الحياء'] },
    literal: {
      en: ['wall face', 'wall faces', 'wall-faced', 'wall faced', 'face of a wall', 'face like a wall'],
      fr: ['visage de mur', 'face de mur'],
      zh: ['墙脸', '墙面脸', '脸像墙'],
      ja: ['壁の顔', '壁顔'],
      ar: ['وجه الجدار', 'وجه الحائط'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kepala batu', 'berkepala batu'],
    meaning: { en: ['stubborn', 'pig-headed', 'obstinate'], fr: ['têtu', 'tête de mule', 'obstiné'], zh: ['顽固', '死脑筋', '冥顽不灵'], ja: ['頑固', '石頭'], ar: ['عنيد', 'متصلب الرأي'] },
    literal: {
      en: ['stone head', 'stone heads', 'stone-headed', 'stone headed', 'head of stone', 'rock head', 'rock heads', 'rock-headed', 'rock headed', 'head of rock'],
      fr: ['tête de pierre', 'têtes de pierre', 'tête en pierre', 'tête de roche'],
      zh: ['石头头', '石头脑袋', '石头脑子', '石头般的脑袋'],
      ar: ['رأس حجري', 'الرأس الحجري', 'رأس من حجر'],
    },
    sourceOnly: true,
  },
  {
    forms: ['kepala dingin', 'berkepala dingin', 'dengan kepala dingin'],
    meaning: { en: ['a cool head', 'calmly', 'level-headed'], fr: ['la tête froide', 'calmement', 'sang-froid'], zh: ['冷静', '头脑冷静'], ja: ['冷静に', '頭を冷やして'], ar: ['بهدوء', 'بأعصاب باردة', 'رباطة جأش'] },
    literal: { en: ['cold head', 'cold heads', 'cold-headed', 'cold headed', 'cold-headedness'] },
  },
  {
    forms: ['tinggi hati', 'ketinggian hati'],
    meaning: { en: ['arrogant', 'haughty', 'proud'], fr: ['orgueilleux', 'hautain', 'arrogant'], zh: ['傲慢', '心高气傲', '自大'], ja: ['傲慢', '高慢', 'お高くとまる'], ar: ['متكبر', 'مغرور'] },
    literal: {
      en: ['high heart', 'high hearts', 'high-hearted', 'high hearted', 'high of heart', 'tall heart', 'tall-hearted'],
      fr: ['cœur haut', 'au cœur haut'],
      ja: ['高い心', '心が高い'],
      ar: ['القلب العالي', 'قلب عالٍ', 'عالي القلب'],
    },
  },
  {
    forms: ['rendah hati', 'kerendahan hati', 'berendah hati'],
    meaning: { en: ['humble', 'humility', 'modest'], fr: ['humble', 'modeste', 'humilité'], zh: ['谦虚', '谦逊'], ja: ['謙虚', '謙遜'], ar: ['متواضع', 'التواضع'] },
    literal: {
      en: ['low-hearted', 'low hearted', 'lowness of heart', 'low of heart', 'low-heartedness'],
      fr: ['cœur bas', 'bas de cœur', 'au cœur bas', 'bassesse de cœur'],
      ja: ['低い心', '心が低い'],
      ar: ['القلب المنخفض', 'منخفض القلب', 'قلب منخفض'],
    },
  },
  {
    forms: ['murah hati', 'kemurahan hati', 'bermurah hati'],
    meaning: { en: ['generous', 'generosity', 'kind-hearted'], fr: ['généreux', 'générosité'], zh: ['慷慨', '大方', '宽宏大量'], ja: ['寛大', '気前がいい'], ar: ['كريم', 'سخي', 'الكرم'] },
    literal: {
      en: ['cheap heart', 'cheap hearts', 'cheap-hearted', 'cheap hearted', 'cheap-heartedness', 'cheapness of heart', 'cheap of heart', 'inexpensive heart'],
      fr: ['cœur bon marché', 'cœur pas cher', 'au cœur bon marché'],
      zh: ['便宜的心', '心便宜'],
      ar: ['القلب الرخيص', 'قلب رخيص', 'رخيص القلب'],
    },
  },
  {
    forms: ['lapang dada', 'berlapang dada', 'kelapangan dada', 'dengan lapang dada'],
    meaning: { en: ['gracefully', 'with good grace', 'magnanimously'], fr: ['avec sérénité', 'beau joueur', 'avec magnanimité'], zh: ['坦然', '心胸宽广', '宽宏大量'], ja: ['潔く', '寛大な心で', '素直に'], ar: ['بصدر رحب', 'برحابة صدر'] },
    literal: {
      en: ['wide chest', 'wide chests', 'wide-chested', 'spacious chest', 'spacious chests', 'roomy chest', 'broad chest', 'broad-chested', 'spaciousness of chest', 'spaciousness of the chest', 'spacious breast', 'wide breast', 'field chest'],
      fr: ['poitrine large', 'large poitrine', 'poitrine spacieuse'],
      ja: ['広い胸', '胸が広い', '広々とした胸'],
    },
    sourceOnly: true,
  },
  {
    forms: ['lidah tak bertulang', 'lidah tidak bertulang'],
    meaning: { en: ['talk is cheap', 'easier said than done', 'promises are easily broken'], fr: ["les paroles s'envolent", 'promettre ne coûte rien'], zh: ['说话不算数', '空口无凭', '信口开河'], ja: ['言うは易し', '口約束はあてにならない'], ar: ['الكلام سهل', 'الوعود لا تكلف شيئا'] },
    literal: {
      en: ['tongue has no bones', 'tongue has no bone', 'tongues have no bones', 'tongue is boneless', 'tongue without bones', 'tongues without bones', 'tongue does not have bones', "tongue doesn't have bones", 'tongue is not boned', 'unboned tongue'],
      fr: ["langue n'a pas d'os", 'langue sans os'],
      zh: ['舌头没有骨头', '舌头无骨', '舌头是没有骨头的'],
      ja: ['舌には骨がない', '舌に骨はない', '骨のない舌'],
    },
  },
  {
    forms: ['asam garam', 'makan asam garam', 'asam garam kehidupan', 'kenyang asam garam', 'segudang asam garam'],
    meaning: { en: ['seasoned', 'experienced', 'been around', 'ups and downs'], fr: ['aguerri', 'expérimenté', 'vieux routier'], zh: ['饱经风霜', '阅历丰富', '久经沙场'], ja: ['経験豊富', '百戦錬磨', '酸いも甘いも噛み分けた'], ar: ['محنك', 'خبير', 'صاحب تجربة'] },
    literal: {
      en: ['acid and salt', 'acids and salts', 'acid salt', 'acid-salt', 'sour and salt', 'sour salt', 'sour-salt', 'salt and acid', 'salt and sour', 'sour and salty', 'tamarind and salt', 'salt and tamarind', 'eaten a lot of salt', 'eaten acid and salt', 'eaten sour and salt'],
      fr: ['acide et sel', "l'acide et le sel", 'aigre et sel', 'sel et acide', 'tamarin et sel'],
      zh: ['酸和盐', '酸与盐', '吃过酸盐'],
      ja: ['酸と塩', '酸っぱいと塩'],
      ar: ['الحامض والملح', 'الحمض والملح', 'حامض وملح', 'التمر الهندي والملح'],
    },
    sourceOnly: true,
  },
  {
    forms: ['nasi sudah menjadi bubur', 'nasi telah menjadi bubur', 'nasi sudah jadi bubur', 'nasi telah jadi bubur'],
    meaning: { en: ["what's done is done", 'no use crying over spilt milk', 'too late'], fr: ['ce qui est fait est fait', 'les carottes sont cuites'], zh: ['木已成舟', '生米煮成熟饭', '覆水难收'], ja: ['覆水盆に返らず', '後の祭り'], ar: ['سبق السيف العذل', 'فات الأوان'] },
    literal: {
      en: ['rice has become porridge', 'rice has already become porridge', 'rice had become porridge', 'rice became porridge', 'rice has turned into porridge', 'rice has already turned into porridge', 'rice had turned into porridge', 'rice turned into porridge', 'rice has turned to porridge', 'rice is already porridge', 'rice is now porridge', 'rice has become mush', 'rice has turned to mush', 'rice has become gruel', 'rice has become congee'],
      fr: ['riz est devenu de la bouillie', 'riz est devenu bouillie', 'riz est déjà devenu de la bouillie', "riz s'est transformé en bouillie", 'riz est devenu du porridge', 'riz est devenu de la purée', 'riz a tourné en bouillie'],
      zh: ['米饭已经变成了粥', '饭已成粥', '米饭已经成了粥', '饭已经变成粥', '米饭变成了粥', '米已成粥', '饭已经成了粥'],
      ja: ['ご飯がお粥になった', 'ご飯はもうお粥になって', 'ご飯はお粥になった', 'ご飯はすでにお粥', 'ご飯が粥になった', '飯が粥になった'],
      ar: ['الأرز أصبح عصيدة', 'أصبح الأرز عصيدة', 'صار الأرز عصيدة', 'الأرز صار عصيدة', 'تحول الأرز إلى عصيدة', 'أصبح الأرز ثريدا'],
    },
  },
  {
    forms: ['pinang dibelah dua', 'bagai pinang dibelah dua', 'seperti pinang dibelah dua', 'bak pinang dibelah dua'],
    meaning: { en: ['like two peas in a pod', 'the spitting image', 'identical'], fr: ["comme deux gouttes d'eau"], zh: ['一模一样', '如出一辙'], ja: ['瓜二つ', 'うり二つ'], ar: ['نسخة طبق الأصل', 'كأنهما توأمان'] },
    literal: {
      en: ['areca nut split in two', 'areca nut split in half', 'areca nut cut in two', 'areca nut cut in half', 'areca nut divided in two', 'areca nuts split in two', 'areca split in two', 'areca palm split in two', 'betel nut split in two', 'betel nut split in half', 'betel nut cut in two', 'betel nut cut in half', 'betel nut divided in two', 'betel nuts split in two', 'pinang split in two', 'pinang split in half', 'split areca nut', 'halved areca nut', 'split betel nut', 'halved betel nut'],
      fr: ["noix d'arec coupée en deux", "noix d'arec fendue en deux", "noix d'arec partagée en deux", 'noix de bétel coupée en deux', 'noix de bétel fendue en deux', 'arec coupé en deux'],
      zh: ['槟榔切成两半', '劈成两半的槟榔', '一分为二的槟榔', '槟榔劈成两半', '槟榔一分为二', '切成两半的槟榔'],
      ja: ['二つに割ったビンロウ', '半分に割ったビンロウ', 'ビンロウを二つに割', 'ビンロウを半分に割', 'ビンロウジを二つに割'],
      ar: ['جوزة التنبول المقسومة', 'جوزة التنبول المشقوقة'],
    },
  },
  {
    forms: ['kacang lupa kulitnya', 'kacang lupa akan kulitnya', 'kacang lupa kulit', 'seperti kacang lupa kulitnya'],
    meaning: { en: ["forget one's roots", 'ungrateful', 'bite the hand that feeds'], fr: ['oublier ses racines', 'ingrat', 'cracher dans la soupe'], zh: ['忘本', '数典忘祖', '过河拆桥'], ja: ['恩知らず', '恩を仇で返す', '初心を忘れる'], ar: ['ناكر للجميل', 'نسي أصله'] },
    literal: {
      en: ['peanut forgets its shell', 'peanuts forget their shells', 'peanut forgets its skin', 'peanuts forget their skins', 'peanut that forgets its shell', 'peanut forgetting its shell', 'bean forgets its skin', 'beans forget their skins', 'bean forgets its shell', 'beans forget their shells', 'bean forgets its pod', 'bean that forgets its skin', 'bean that forgets its pod', 'bean forgetting its skin', 'nut forgets its shell', 'nuts forget their shells', 'nut that forgets its shell', 'nut forgetting its shell', 'forgets its shell', 'forgot its shell', 'forget its shell', 'forgetting its shell', 'forget their shells', 'forgot their shells', 'forgets its skin', 'forgot its skin', 'forget its skin', 'forgetting its skin'],
      fr: ['cacahuète oublie sa coque', 'cacahuète qui oublie sa coque', 'haricot oublie sa peau', 'haricot qui oublie sa peau', 'oublie sa coque', 'oublié sa coque', 'oublier sa coque', 'oublie sa cosse', 'oublier sa cosse', 'oublie son écorce'],
      zh: ['花生忘了壳', '花生忘记了外壳', '花生忘记壳', '豆子忘了皮', '豆子忘记了皮', '忘记了自己的壳', '忘了壳'],
      ja: ['殻を忘れ', '豆が皮を忘れ', 'ピーナッツが殻を忘れ', '皮を忘れた豆'],
      ar: ['الفول السوداني ينسى قشرته', 'ينسى قشرته', 'نسي قشرته', 'نسيت قشرتها', 'الفول ينسى قشره', 'ينسى قشره'],
    },
  },
  {
    forms: ['habis manis sepah dibuang', 'habis manis, sepah dibuang', 'sepah dibuang'],
    meaning: { en: ['used and discarded', 'dropped once no longer useful'], fr: ['jeté comme un citron pressé', 'utilisé puis jeté'], zh: ['过河拆桥', '卸磨杀驴', '用完就扔'], ja: ['用済みになれば捨てられる', '使い捨て'], ar: ['استُعمل ثم رُمي'] },
    literal: {
      en: ['sweetness is gone, the pulp is thrown away', 'pulp is thrown away', 'pulp thrown away', 'pulp is discarded', 'pulp discarded', 'dregs are thrown away', 'dregs thrown away', 'dregs are discarded', 'husk is thrown away', 'chaff is thrown away', 'bagasse is thrown away', 'sweetness is gone', 'sweet is gone'],
      fr: ['le marc est jeté', 'le marc jeté', 'la pulpe est jetée', 'une fois la douceur partie', 'la douceur partie', 'la douceur finie'],
      zh: ['甜完了渣就扔', '甜味没了就把渣扔掉', '渣被扔掉', '甜尽渣弃', '吃完甜的就扔掉渣'],
      ja: ['甘みがなくなればかすは捨てられる', 'かすは捨てられる', '搾りかすは捨てられる'],
    },
    sourceOnly: true,
  },
  {
    forms: ['nila setitik rusak susu sebelanga', 'nila setitik', 'karena nila setitik'],
    meaning: { en: ['one bad apple spoils the barrel', 'one bad apple'], fr: ['une brebis galeuse', 'un fruit pourri gâte tout le panier'], zh: ['一颗老鼠屎坏了一锅粥'], ja: ['腐ったミカンが箱全体を腐らせる', '一つの過ちが全てを台無しにする'], ar: ['تفاحة فاسدة واحدة تفسد الصندوق كله', 'خطأ واحد يفسد كل شيء'] },
    literal: {
      en: ['drop of indigo', 'drops of indigo', 'dot of indigo', 'speck of indigo', 'indigo drop', 'spoils a pot of milk', 'spoil a pot of milk', 'spoiled a pot of milk', 'spoils a whole pot of milk', 'ruins a pot of milk', 'ruin a pot of milk', 'ruined a pot of milk', 'ruins a whole pot of milk', 'ruins a jar of milk', 'damages a pot of milk', 'damage a pot of milk', 'damaged a pot of milk'],
      fr: ["goutte d'indigo", "gouttes d'indigo", 'gâte un pot de lait', 'ruine un pot de lait', 'abîme un pot de lait', 'gâche un pot de lait'],
      zh: ['一滴靛蓝', '一滴靛青', '一点靛蓝', '毁掉一锅牛奶', '毁了一锅牛奶', '毁了一罐牛奶', '坏了一锅牛奶'],
      ja: ['一滴の藍', '藍の一滴', '一滴のインディゴ', '壺一杯の牛乳を台無し', '鍋一杯の牛乳を台無し'],
      ar: ['قطرة من النيلة', 'قطرة نيلة', 'نقطة من النيلة', 'تفسد وعاء الحليب', 'يفسد قدرا من الحليب', 'تفسد جرة الحليب'],
    },
  },
  {
    forms: ['sudah jatuh tertimpa tangga', 'jatuh tertimpa tangga', 'sudah jatuh, tertimpa tangga', 'sudah jatuh ketiban tangga', 'jatuh ketiban tangga'],
    meaning: { en: ['adding insult to injury', 'when it rains, it pours', 'a double blow'], fr: ["un malheur n'arrive jamais seul", 'la double peine'], zh: ['祸不单行', '雪上加霜'], ja: ['泣きっ面に蜂', '踏んだり蹴ったり', '弱り目に祟り目'], ar: ['زاد الطين بلة', 'المصائب لا تأتي فرادى'] },
    literal: {
      en: ['hit by the ladder', 'hit by a ladder', 'hit by ladder', 'struck by the ladder', 'struck by a ladder', 'crushed by the ladder', 'crushed by a ladder', 'crushed by ladder', 'hit by the stairs', 'struck by the stairs', 'crushed by the stairs', 'ladder fell on', 'ladder falls on', 'fell and was hit by the ladder', 'fell and got hit by the ladder', 'fallen and hit by the ladder', 'fall and be hit by the ladder'],
      fr: ["frappé par l'échelle", 'frappé par une échelle', "écrasé par l'échelle", 'écrasé par une échelle', "heurté par l'échelle", "touché par l'échelle", "l'échelle tombe sur", "l'échelle est tombée sur"],
      zh: ['被梯子砸中', '被梯子砸', '梯子砸在', '又被梯子砸', '被梯子压'],
      ja: ['はしごが倒れてく', 'はしごに当たる', 'はしごの下敷き', '梯子に打たれ', 'はしごに打たれ', 'はしごが落ちてく'],
      ar: ['سقط عليه السلم', 'يسقط عليه السلم', 'ضربه السلم', 'أصابه السلم', 'سقطت عليه السلالم'],
    },
    sourceOnly: true,
  },
  {
    forms: ['menegakkan benang basah', 'menegakkan benang yang basah', 'bagai menegakkan benang basah', 'seperti menegakkan benang basah', 'benang basah'],
    meaning: { en: ['a futile effort', 'a lost cause', 'flogging a dead horse'], fr: ['peine perdue', "un combat perdu d'avance"], zh: ['徒劳无功', '白费力气'], ja: ['無駄骨', '徒労', '骨折り損'], ar: ['كمن يحرث في البحر', 'جهد ضائع'] },
    literal: {
      en: ['wet thread', 'wet threads', 'damp thread', 'wet yarn', 'wet string', 'wet strings'],
      fr: ['fil mouillé', 'fils mouillés', 'fil humide'],
      zh: ['湿线', '湿的线', '湿漉漉的线', '立起湿线'],
      ja: ['濡れた糸', '湿った糸'],
      ar: ['الخيط المبلل', 'خيط مبلل', 'الخيط الرطب', 'خيط رطب'],
    },
    sourceOnly: true,
  },
  {
    forms: ['berat sebelah'],
    meaning: { en: ['biased', 'one-sided', 'lopsided', 'partial'], fr: ['partial', 'biaisé', 'à sens unique'], zh: ['偏袒', '偏颇', '一边倒'], ja: ['偏った', '一方的な', '不公平な'], ar: ['منحاز', 'غير متوازن'] },
    literal: {
      en: ['heavy on one side', 'heavy to one side', 'heavy on one end', 'heavier on one side', 'heavy on the side', 'heavy one side', 'one-side heavy', 'one-sided heavy', 'heavy-sided', 'weighted on one side', 'heavy sideways', 'half heavy', 'heavy half'],
      fr: ["lourd d'un côté", "lourde d'un côté", "lourd sur un côté", "pesant d'un côté", "plus lourd d'un côté"],
      zh: ['一边重', '一侧重', '单边重', '偏重一边'],
      ja: ['片側が重い', '片方が重い', '片側に重い'],
      ar: ['ثقيل من جانب واحد', 'ثقيل على جانب واحد', 'ثقيلة من جانب واحد'],
    },
    sourceOnly: true,
  },
  {
    forms: ['jual mahal', 'menjual mahal', 'jual mahalnya'],
    meaning: { en: ['play hard to get', 'hold out', 'aloof'], fr: ['se faire désirer', 'faire la fine bouche'], zh: ['摆架子', '端架子', '拿乔'], ja: ['お高くとまる', 'もったいぶる'], ar: ['التمنع', 'التدلل'] },
    literal: {
      en: ['sell expensive', 'sells expensive', 'selling expensive', 'sold expensive', 'sell expensively', 'selling expensively', 'sold expensively', 'sell it expensive', 'sell themselves expensive', 'selling themselves expensive', 'sell himself expensive', 'sell herself expensive', 'sell pricey'],
      fr: ['vendre cher', 'vend cher', 'vendu cher', 'se vendre cher', 'se vend cher'],
      zh: ['卖得贵', '卖贵', '卖高价', '高价出售'],
      ja: ['高く売', '高値で売'],
      ar: ['البيع بسعر مرتفع', 'يبيع بسعر مرتفع', 'يبيع غاليا', 'بيع غال'],
    },
    sourceOnly: true,
  },
  {
    forms: ['berbuntut panjang', 'buntut panjang', 'buntutnya panjang'],
    meaning: { en: ['drag on', 'have lasting repercussions', 'have far-reaching consequences'], fr: ['avoir des suites', 'faire des vagues', 'traîner en longueur'], zh: ['后患无穷', '余波不断', '旷日持久'], ja: ['尾を引く'], ar: ['له ذيول', 'تداعيات طويلة'] },
    literal: {
      en: ['long tail', 'long tails', 'long-tailed', 'long tailed', 'tailed long', 'long buntut'],
      fr: ['longue queue', 'longues queues', 'à longue queue'],
      zh: ['长尾巴'],
    },
    sourceOnly: true,
  },
  {
    forms: ['lepas tangan', 'melepas tangan', 'sikap lepas tangan'],
    meaning: { en: ['wash their hands of it', 'shirk responsibility', 'disclaim responsibility'], fr: ["s'en laver les mains", 'se défausser'], zh: ['撒手不管', '推卸责任', '甩手不管'], ja: ['責任を放棄する', '手を引く'], ar: ['التنصل من المسؤولية', 'غسل يديه'] },
    literal: {
      en: ['let go of hands', 'let go hands', 'let go of their hands', 'let go of the hand', 'let go of his hand', 'let their hands go', 'release hands', 'released hands', 'releasing hands', 'release their hands', 'released their hands', 'releasing their hands', 'release the hand', 'released the hand', 'hands released', 'loosen hands', 'take off hands', 'took off hands', 'lift hands off', 'detach hands', 'hand-releasing'],
      fr: ['lâcher les mains', 'lâche les mains', 'lâché les mains', 'lâcher la main', 'relâcher les mains', 'libérer les mains'],
      ar: ['أفلت يده', 'إفلات اليد', 'ترك اليد'],
    },
    sourceOnly: true,
  },
  {
    forms: ['tambal sulam', 'tambal-sulam', 'kebijakan tambal sulam'],
    meaning: { en: ['piecemeal', 'patchwork', 'stopgap'], fr: ['rafistolage', 'au coup par coup', 'des rustines'], zh: ['修修补补', '头痛医头'], ja: ['その場しのぎ', '継ぎはぎ', '弥縫策'], ar: ['حلول ترقيعية', 'ترقيعي'] },
    literal: {
      en: ['patch and embroider', 'patch-and-embroider', 'patching and embroidering', 'patched and embroidered', 'patch and embroidery', 'patching and embroidery', 'patch-embroider'],
      fr: ['rapiécer et broder', 'rapiéçage et broderie', 'rapiécé et brodé', 'raccommoder et broder'],
      zh: ['补丁刺绣', '缝补刺绣'],
      ja: ['継ぎ当てと刺繍', 'パッチと刺繍', 'つぎはぎ刺繍'],
      ar: ['الترقيع والتطريز', 'ترقيع وتطريز'],
    },
  },
];
