import type { Epithet } from './types.js';

/**
 * More nicknames of places: countries, Indonesia itself, Indonesian cities, islands and
 * regions, and a few foreign cities. Merged into `epithets` (epithets.ts), after its own
 * entries; the notes for editors there apply here too.
 */
export const placeEpithets: readonly Epithet[] = [
  // ───────────────────────────── Countries ─────────────────────────────
  {
    forms: ['Negeri Panda', 'Negara Panda'],
    kind: 'country',
    referent: { en: 'China', fr: 'la Chine', zh: '中国', ja: '中国', ar: 'الصين' },
    gloss: { en: ['Panda', 'Pandas', 'the Pandas', 'the Giant Panda'], fr: ['les pandas', 'panda'], ar: ['الباندا'] },
    literal: { zh: ['熊猫之国', '熊猫的国家', '熊猫国度'], ja: ['パンダの国'] },
    // Travel writing calls China "the land of the panda": only with the source's backing.
    idiomatic: { en: ['the land of the panda', 'land of the panda', 'the land of the pandas', 'land of the pandas', 'the land of the giant panda'] },
    sourceOnly: true,
  },
  {
    forms: ['Negeri Tirai Besi', 'Negara Tirai Besi'],
    kind: 'country',
    referent: { en: 'Russia', fr: 'la Russie', zh: '俄罗斯', ja: 'ロシア', ar: 'روسيا' },
    gloss: { en: ['Iron Curtain', 'the Iron Curtain'], fr: ['le rideau de fer', 'rideau de fer'], zh: ['铁幕'], ja: ['鉄のカーテン'], ar: ['الستار الحديدي'] },
    // "Iron Curtain countries" are the whole Eastern bloc in English history writing.
    sourceOnly: true,
  },
  {
    forms: ['Negeri Samurai', 'Negara Samurai'],
    kind: 'country',
    referent: { en: 'Japan', fr: 'le Japon', zh: '日本', ja: '日本', ar: 'اليابان' },
    gloss: { en: ['Samurai', 'the Samurai'], fr: ['les samouraïs', 'samouraï'], ar: ['الساموراي'] },
    literal: { zh: ['武士的国家', '武士之邦'] },
    idiomatic: {
      en: ['the land of the samurai', 'land of the samurai', 'the land of samurai'],
      fr: ['le pays des samouraïs', 'pays des samouraïs'],
      ar: ['بلاد الساموراي', 'بلد الساموراي'],
    },
    sourceOnly: true,
  },
  {
    forms: ['Negeri Persia', 'Negara Persia'],
    kind: 'country',
    referent: { en: 'Iran', fr: "l'Iran", zh: '伊朗', ja: 'イラン', ar: 'إيران' },
    gloss: { en: ['Persia'], fr: ['la Perse', 'Perse'], zh: ['波斯'], ja: ['ペルシャ', 'ペルシア'], ar: ['فارس'] },
    // "The land of Persia" is ordinary history writing, and Arabic names Persia "بلاد فارس".
    idiomatic: { ar: ['بلاد فارس', 'أرض فارس'] },
    sourceOnly: true,
  },
  {
    forms: ['Negeri Menara Eiffel', 'Negara Menara Eiffel'],
    kind: 'country',
    referent: { en: 'France', fr: 'la France', zh: '法国', ja: 'フランス', ar: 'فرنسا' },
    gloss: {
      en: ['Eiffel Tower', 'the Eiffel Tower'],
      fr: ['la tour Eiffel', 'tour Eiffel'],
      zh: ['埃菲尔铁塔', '艾菲尔铁塔'],
      ja: ['エッフェル塔'],
      ar: ['برج إيفل'],
    },
  },
  {
    forms: ['Negeri Ayam Jantan', 'Negara Ayam Jantan'],
    kind: 'country',
    referent: { en: 'France', fr: 'la France', zh: '法国', ja: 'フランス', ar: 'فرنسا' },
    gloss: {
      en: ['Rooster', 'Roosters', 'the Rooster', 'Cockerel', 'the Cockerel', 'the Roosters'],
      fr: ['le coq', 'les coqs'],
      ja: ['雄鶏', 'オンドリ', 'おんどり'],
      ar: ['الديك'],
    },
    literal: { zh: ['公鸡之国', '公鸡的国家', '雄鸡之国', '公鸡国度'] },
    idiomatic: { fr: ['le pays du coq gaulois', 'pays du coq gaulois'], zh: ['高卢雄鸡', '高卢鸡'] },
  },
  {
    forms: ['Negeri Big Ben', 'Negara Big Ben'],
    kind: 'country',
    referent: { en: 'the United Kingdom', fr: 'le Royaume-Uni', zh: '英国', ja: 'イギリス', ar: 'المملكة المتحدة' },
    gloss: { en: ['Big Ben'], fr: ['Big Ben'], zh: ['大本钟'], ja: ['ビッグ・ベン', 'ビッグベン'], ar: ['بيغ بن', 'ساعة بيغ بن'] },
  },
  {
    forms: ['Negeri Unta', 'Negara Unta', 'Negeri Onta', 'Negara Onta'],
    kind: 'country',
    referent: { en: 'Saudi Arabia', fr: "l'Arabie saoudite", zh: '沙特阿拉伯', ja: 'サウジアラビア', ar: 'السعودية' },
    gloss: { en: ['Camel', 'Camels', 'the Camels'], fr: ['les chameaux', 'chameau', 'les dromadaires'], ar: ['الإبل', 'الجمل'] },
    literal: { zh: ['骆驼之国', '骆驼的国家', '骆驼国度'], ja: ['ラクダの国', '駱駝の国'] },
    // "Camel country" is what travel writing calls any desert.
    sourceOnly: true,
  },
  {
    forms: ['Negeri Kinanah', 'Negara Kinanah', 'Bumi Kinanah'],
    kind: 'country',
    referent: { en: 'Egypt', fr: "l'Égypte", zh: '埃及', ja: 'エジプト', ar: 'مصر' },
    gloss: { en: ['Kinanah', 'Kinana', 'al-Kinanah'], fr: ['Kinanah', 'Kinana'], zh: ['基纳纳'], ja: ['キナーナ', 'キナナ'] },
    idiomatic: { ar: ['أرض الكنانة', 'بلاد الكنانة', 'مصر الكنانة'] },
  },
  {
    forms: ['Negeri Firaun', 'Negara Firaun', "Negeri Fir'aun", 'Negeri Para Firaun'],
    kind: 'country',
    referent: { en: 'Egypt', fr: "l'Égypte", zh: '埃及', ja: 'エジプト', ar: 'مصر' },
    gloss: { en: ['Pharaoh', 'Pharaohs', 'the Pharaohs', 'the Pharaoh'], fr: ['les pharaons', 'pharaon'], ar: ['الفراعنة', 'فرعون'] },
    idiomatic: {
      en: ['the Land of the Pharaohs', 'Land of the Pharaohs', 'the land of pharaohs', 'land of pharaohs', 'the Land of the Pharaoh'],
      fr: ['le pays des pharaons', 'pays des pharaons', 'la terre des pharaons'],
      zh: ['法老之国', '法老的国度', '法老王国'],
      ja: ['ファラオの国'],
      ar: ['بلاد الفراعنة', 'أرض الفراعنة', 'بلد الفراعنة'],
    },
  },
  {
    forms: ['Negeri Tulip', 'Negara Tulip', 'Negeri Bunga Tulip', 'Negara Bunga Tulip'],
    kind: 'country',
    referent: { en: 'the Netherlands', fr: 'les Pays-Bas', zh: '荷兰', ja: 'オランダ', ar: 'هولندا' },
    gloss: { en: ['Tulip', 'Tulips', 'the Tulips', 'Tulip Flowers'], fr: ['les tulipes', 'tulipe'], ar: ['التوليب', 'الخزامى'] },
    idiomatic: {
      en: ['the land of tulips', 'land of tulips', 'the land of the tulip', 'the land of the tulips'],
      fr: ['le pays des tulipes', 'pays des tulipes'],
      zh: ['郁金香之国', '郁金香王国'],
      ja: ['チューリップの国'],
    },
    // "Tulip Country" is a tourist region's name in more than one place.
    sourceOnly: true,
  },
  {
    forms: ['Negeri Yahudi', 'Negara Yahudi'],
    kind: 'country',
    referent: { en: 'Israel', fr: 'Israël', zh: '以色列', ja: 'イスラエル', ar: 'إسرائيل' },
    gloss: {},
    literal: {
      en: ['the Jewish country', 'Jewish country', 'the country of the Jews', 'the Land of the Jews', 'the land of the Jews', 'the Jews country', "the Jews' country"],
      fr: ['le pays juif', 'le pays des Juifs', 'le pays des juifs'],
      ar: ['بلاد اليهود', 'بلد اليهود'],
    },
    idiomatic: {
      en: ['the Jewish state', 'the Jewish State'],
      fr: ["l'État juif", "l'État hébreu"],
      zh: ['犹太国家', '犹太人国家'],
      ja: ['ユダヤ人国家', 'ユダヤ国家'],
      ar: ['الدولة اليهودية', 'دولة اليهود', 'الدولة العبرية'],
    },
    // "The country of the Jews" reads as history, not as a name for Israel.
    sourceOnly: true,
  },

  // ─────────────────────────── Indonesia itself ───────────────────────────
  {
    forms: ['Negeri Seribu Pulau', 'Negara Seribu Pulau'],
    kind: 'country',
    referent: { en: 'Indonesia', fr: "l'Indonésie", zh: '印度尼西亚', ja: 'インドネシア', ar: 'إندونيسيا' },
    gloss: { en: ['a Thousand Islands', 'Thousand Islands', 'the Thousand Islands'], fr: ['mille îles', 'les mille îles'], ja: ['千の島', '千島'] },
    idiomatic: { zh: ['千岛之国'], fr: ['le pays aux mille îles'] },
    // The Thousand Islands are also on the St. Lawrence, and Kepulauan Seribu off Jakarta.
    sourceOnly: true,
  },
  {
    forms: ['Bumi Nusantara', 'Tanah Nusantara'],
    kind: 'country',
    referent: { en: 'Indonesia', fr: "l'Indonésie", zh: '印度尼西亚', ja: 'インドネシア', ar: 'إندونيسيا' },
    gloss: { en: ['Nusantara', 'the Archipelago'], fr: ['Nusantara', "l'archipel"], zh: ['努山塔拉'], ja: ['ヌサンタラ'], ar: ['نوسانتارا', 'الأرخبيل'] },
    // Nusantara is also the new capital: "Nusantara land" is land there.
    sourceOnly: true,
  },
  {
    forms: ['Bumi Pancasila'],
    kind: 'country',
    referent: { en: 'Indonesia', fr: "l'Indonésie", zh: '印度尼西亚', ja: 'インドネシア', ar: 'إندونيسيا' },
    gloss: { en: ['Pancasila', 'the Pancasila'], fr: ['Pancasila', 'la Pancasila'], zh: ['潘查希拉', '建国五原则'], ja: ['パンチャシラ'], ar: ['بانتشاسيلا', 'البانتشاسيلا'] },
  },

  // ─────────────────────────── Indonesian cities ───────────────────────────
  {
    forms: ['Kota Tapis Berseri'],
    kind: 'city',
    referent: { en: 'Bandar Lampung', fr: 'Bandar Lampung', zh: '班达楠榜', ja: 'バンダルランプン', ar: 'باندار لامبونغ' },
    gloss: { en: ['Tapis Berseri', 'Radiant Tapis', 'Shining Tapis'], fr: ['Tapis Berseri'], ja: ['タピス・ブルスリ'], ar: ['تابيس برسري'] },
  },
  {
    forms: ['Ambon Manise', 'Kota Ambon Manise'],
    kind: 'city',
    referent: { en: 'Ambon', fr: 'Ambon', zh: '安汶', ja: 'アンボン', ar: 'أمبون' },
    gloss: {},
    literal: {
      en: ['Sweet Ambon', 'Ambon the Sweet', 'Lovely Ambon', 'Sweet Ambon City', 'the Sweet City of Ambon'],
      fr: ['Ambon la douce', 'la douce Ambon', 'Ambon la sucrée'],
      zh: ['甜美的安汶', '甜蜜的安汶', '甜美安汶'],
      ja: ['甘いアンボン', '可愛いアンボン'],
      ar: ['أمبون الحلوة', 'أمبون الجميلة'],
    },
  },
  {
    forms: ['Kota Tahu'],
    kind: 'city',
    referent: { en: 'Kediri', fr: 'Kediri', zh: '谏义里', ja: 'クディリ', ar: 'كيديري' },
    gloss: { en: ['Tofu', 'Bean Curd'], fr: ['tofu', 'le tofu'], ar: ['التوفو'] },
    // zh/ja in full: "豆腐の町" and "豆腐之乡" are towns' boasts at home too.
    literal: { zh: ['豆腐之城', '豆腐城市'], ja: ['豆腐の都市', '豆腐都市'] },
  },
  {
    forms: ['Kota Tape', 'Kota Tapai'],
    kind: 'city',
    referent: { en: 'Bondowoso', fr: 'Bondowoso', zh: '邦多禾索', ja: 'ボンドウォソ', ar: 'بوندووسو' },
    gloss: { en: ['Tape', 'Tapai', 'Fermented Cassava'], fr: ['tapai', 'manioc fermenté'], zh: ['发酵木薯', '塔佩'], ja: ['タペ', 'タパイ'], ar: ['التابي', 'الكسافا المخمرة'] },
  },
  {
    forms: ['Kota Onde-Onde', 'Kota Onde Onde'],
    kind: 'city',
    referent: { en: 'Mojokerto', fr: 'Mojokerto', zh: '惹班', ja: 'モジョクルト', ar: 'موجوكرتو' },
    gloss: { en: ['Onde-Onde', 'Sesame Ball', 'Sesame Balls'], fr: ['onde-onde', 'boules de sésame'], zh: ['麻球', '芝麻球', '煎堆'], ja: ['オンデオンデ', 'ごま団子'], ar: ['أوندي أوندي', 'كرات السمسم'] },
  },
  {
    forms: ['Kota Tinutuan'],
    kind: 'city',
    referent: { en: 'Manado', fr: 'Manado', zh: '万鸦老', ja: 'マナド', ar: 'مانادو' },
    gloss: { en: ['Tinutuan', 'Manado Porridge'], fr: ['Tinutuan', 'la bouillie de Manado'], zh: ['蔬菜粥', '提努图安'], ja: ['ティヌトゥアン'], ar: ['تينوتوان'] },
  },
  {
    forms: ['Kota Cakalang'],
    kind: 'city',
    referent: { en: 'Bitung', fr: 'Bitung', zh: '比通', ja: 'ビトゥン', ar: 'بيتونغ' },
    gloss: { en: ['Skipjack', 'Skipjack Tuna', 'Cakalang'], fr: ['bonite', 'listao', 'la bonite'], ar: ['سمك البونيتو', 'التونة الوثابة'] },
    // Not "カツオの町": Japanese fishing towns call themselves that.
    literal: { zh: ['鲣鱼之城', '鲣鱼城市'], ja: ['カツオの都市', '鰹の都市'] },
  },
  {
    forms: ['Kota Mangga'],
    kind: 'city',
    referent: { en: 'Indramayu', fr: 'Indramayu', zh: '英德拉马尤', ja: 'インドラマユ', ar: 'إندرامايو' },
    gloss: { en: ['Mango', 'Mangoes', 'Mangos'], fr: ['mangues', 'les mangues'], ar: ['المانجو', 'المانغو'] },
    literal: { zh: ['芒果之城', '芒果城市'], ja: ['マンゴーの都市'] },
  },
  {
    forms: ['Kota Nanas'],
    kind: 'city',
    referent: { en: 'Subang', fr: 'Subang', zh: '苏邦', ja: 'スバン', ar: 'سوبانغ' },
    gloss: { en: ['Pineapple', 'Pineapples'], fr: ['ananas', "l'ananas", 'les ananas'], ar: ['الأناناس'] },
    literal: { zh: ['菠萝之城', '凤梨之城', '菠萝城市'], ja: ['パイナップルの都市'] },
  },
  {
    forms: ['Kota Bawang', 'Kota Bawang Merah'],
    kind: 'city',
    referent: { en: 'Brebes', fr: 'Brebes', zh: '布雷贝斯', ja: 'ブレベス', ar: 'بريبس' },
    gloss: { en: ['Onion', 'Onions', 'Shallot', 'Shallots', 'Red Onion', 'Red Onions'], fr: ['oignons', 'les oignons', 'échalotes', 'les échalotes'], ar: ['البصل', 'الكراث'] },
    // Not "玉ねぎの町": Awaji says that of itself.
    literal: { zh: ['洋葱之城', '红葱之城', '洋葱城市'], ja: ['玉ねぎの都市', 'タマネギの都市', 'エシャロットの街'] },
  },
  {
    forms: ['Kota Pisang'],
    kind: 'city',
    referent: { en: 'Lumajang', fr: 'Lumajang', zh: '卢马姜', ja: 'ルマジャン', ar: 'لوماجانغ' },
    gloss: { en: ['Banana', 'Bananas'], fr: ['bananes', 'les bananes'], ar: ['الموز'] },
    literal: { zh: ['香蕉之城', '香蕉城市'], ja: ['バナナの都市'] },
  },
  {
    forms: ['Kota Salak'],
    kind: 'city',
    referent: { en: 'Padang Sidempuan', fr: 'Padang Sidempuan', zh: '巴东实林泮', ja: 'パダン・シディンプアン', ar: 'بادانغ سيديمبوان' },
    gloss: { en: ['Salak', 'Snake Fruit', 'Snakefruit'], fr: ['salak', 'fruit du serpent', 'le fruit du serpent'], zh: ['蛇皮果'], ja: ['サラク', 'スネークフルーツ'], ar: ['فاكهة الأفعى', 'السالاك'] },
  },
  {
    forms: ['Kota Getuk', 'Kota Gethuk'],
    kind: 'city',
    referent: { en: 'Magelang', fr: 'Magelang', zh: '马格朗', ja: 'マゲラン', ar: 'ماغيلانغ' },
    gloss: { en: ['Getuk', 'Gethuk'], fr: ['getuk'], ja: ['グトゥック'], ar: ['غيتوك'] },
  },
  {
    forms: ['Kota Satria'],
    kind: 'city',
    referent: { en: 'Purwokerto', fr: 'Purwokerto', zh: '普禾格多', ja: 'プルウォクルト', ar: 'بورووكيرتو' },
    gloss: { en: ['Knight', 'Knights', 'Satria', 'Warrior', 'Warriors'], fr: ['chevaliers', 'les chevaliers', 'Satria'], ar: ['الفرسان'] },
    literal: { zh: ['骑士之城', '武士之城'], ja: ['騎士の都市', '戦士の都市'] },
  },
  {
    forms: ['Kota Gandrung'],
    kind: 'city',
    referent: { en: 'Banyuwangi', fr: 'Banyuwangi', zh: '外南梦', ja: 'バニュワンギ', ar: 'بانيوانغي' },
    gloss: { en: ['Gandrung'], fr: ['Gandrung', 'le gandrung'], zh: ['甘德隆'], ja: ['ガンドルン'], ar: ['غاندرونغ'] },
  },
  {
    forms: ['Kota Pudak'],
    kind: 'city',
    referent: { en: 'Gresik', fr: 'Gresik', zh: '锦石', ja: 'グレシック', ar: 'غريسيك' },
    gloss: { en: ['Pudak'], fr: ['Pudak', 'pudak'], ja: ['プダック'], ar: ['بوداك'] },
  },
  {
    forms: ['Kota Intan'],
    kind: 'city',
    referent: { en: 'Martapura', fr: 'Martapura', zh: '马塔普拉', ja: 'マルタプラ', ar: 'مارتابورا' },
    gloss: { en: ['Diamond', 'Diamonds', 'Gem', 'Gems'], fr: ['diamants', 'les diamants'], ja: ['ダイヤモンド'], ar: ['الماس'] },
    literal: { zh: ['钻石之城', '钻石城'] },
    // Kimberley is "Diamond City" in English too.
    sourceOnly: true,
  },
  {
    forms: ['Kota Cantik'],
    kind: 'city',
    referent: { en: 'Palangka Raya', fr: 'Palangka Raya', zh: '帕朗卡拉亚', ja: 'パランカラヤ', ar: 'بالانغكا رايا' },
    gloss: { en: ['Beauty'], fr: ['la beauté'] },
    literal: {
      en: ['the Beautiful City', 'Beautiful City', 'the Pretty City', 'Pretty City', 'the Lovely City'],
      fr: ['la Belle Ville', 'la ville belle', 'la Jolie Ville'],
      zh: ['美丽之城', '美丽的城市'],
      ja: ['美しい街', '美しい都市', 'きれいな街'],
      ar: ['المدينة الجميلة', 'مدينة الجمال'],
    },
    // "The beautiful city" is an ordinary phrase in every language.
    sourceOnly: true,
  },
  {
    forms: ['Kota Gurindam', 'Kota Gurindam Dua Belas'],
    kind: 'city',
    referent: { en: 'Tanjungpinang', fr: 'Tanjungpinang', zh: '丹戎槟榔', ja: 'タンジュンピナン', ar: 'تانجونغ بينانغ' },
    gloss: { en: ['Gurindam', 'the Gurindam', 'Gurindam Twelve'], fr: ['Gurindam', 'le gurindam'], zh: ['古林丹'], ja: ['グリンダム'], ar: ['غوريندام'] },
  },
  {
    forms: ['Kota Seribu Kelenteng', 'Kota Seribu Klenteng'],
    kind: 'city',
    referent: { en: 'Singkawang', fr: 'Singkawang', zh: '山口洋', ja: 'シンカワン', ar: 'سينغكاوانغ' },
    gloss: { en: ['a Thousand Temples', 'Thousand Temples', 'the Thousand Temples', 'a Thousand Chinese Temples'], fr: ['mille temples', 'les mille temples'], ja: ['千の寺院', '千の廟'], ar: ['الألف معبد', 'ألف معبد'] },
    idiomatic: { zh: ['千庙之城', '千庙之城山口洋'] },
    // English-language Indonesian press itself writes "the city of a thousand temples".
    sourceOnly: true,
  },
  {
    forms: ['Kota Bunga'],
    kind: 'city',
    referent: { en: 'Tomohon', fr: 'Tomohon', zh: '托莫洪', ja: 'トモホン', ar: 'توموهون' },
    gloss: { en: ['Flower', 'Flowers', 'the Flowers'], fr: ['fleurs', 'les fleurs'], ar: ['الزهور'] },
    literal: { zh: ['鲜花之城', '花卉之城'], ja: ['花の都市', '花々の街'] },
    // Kota Bunga is also a resort estate at Puncak; and Kota Kembang (Bandung) shares these renderings.
    sourceOnly: true,
  },
  {
    forms: ['Kota Melayu Deli'],
    kind: 'city',
    referent: { en: 'Medan', fr: 'Medan', zh: '棉兰', ja: 'メダン', ar: 'ميدان' },
    gloss: { en: ['Deli Malay', 'Malay Deli', 'the Deli Malays'], fr: ['Melayu Deli', 'Malais de Deli', 'les Malais de Deli'], zh: ['日里马来'], ja: ['デリ・マレー'], ar: ['ملايو ديلي'] },
  },
  {
    forms: ['Kota Tercinta', 'Padang Kota Tercinta'],
    kind: 'city',
    referent: { en: 'Padang', fr: 'Padang', zh: '巴东', ja: 'パダン', ar: 'بادانغ' },
    gloss: { en: ['Beloved', 'the Beloved'], fr: ['bien-aimée'] },
    literal: { en: ['the Beloved City', 'Beloved City', 'the Dearest City'], fr: ['la ville bien-aimée', 'la Ville bien-aimée'], zh: ['挚爱之城', '心爱的城市'], ja: ['愛する街', '最愛の街'], ar: ['المدينة الحبيبة', 'المدينة المحبوبة'] },
    // "The beloved city" is a common phrase, Jerusalem's among others.
    sourceOnly: true,
  },
  {
    forms: ['Kota Karang'],
    kind: 'city',
    referent: { en: 'Kupang', fr: 'Kupang', zh: '古邦', ja: 'クパン', ar: 'كوبانغ' },
    gloss: { en: ['Coral', 'Corals', 'Reef', 'Reefs'], fr: ['corail', 'le corail', 'coraux'], ar: ['المرجان', 'الشعاب المرجانية'] },
    literal: { zh: ['珊瑚之城', '珊瑚城市'], ja: ['サンゴの都市', '珊瑚の都市'] },
  },
  {
    forms: ['Kota Seribu Gua', 'Kota Seribu Satu Gua', 'Kota 1001 Gua', 'Kota Seribu Goa', 'Kota 1001 Goa'],
    kind: 'city',
    referent: { en: 'Pacitan', fr: 'Pacitan', zh: '巴知丹', ja: 'パチタン', ar: 'باتشيتان' },
    gloss: {
      en: ['a Thousand Caves', 'Thousand Caves', 'the Thousand Caves', '1001 Caves', 'a Thousand and One Caves'],
      fr: ['mille grottes', 'les mille grottes', 'mille et une grottes'],
      zh: ['千洞', '千座洞穴', '一千零一个洞穴'],
      ja: ['千の洞窟', '千一の洞窟'],
      ar: ['الألف كهف', 'ألف كهف', 'ألف كهف وكهف'],
    },
    literal: { fr: ['la ville aux mille grottes', 'la ville aux mille et une grottes'] },
  },
  {
    forms: ['Kota Gaplek'],
    kind: 'city',
    referent: { en: 'Wonogiri', fr: 'Wonogiri', zh: '沃诺吉里', ja: 'ウォノギリ', ar: 'وونوجيري' },
    gloss: { en: ['Gaplek', 'Dried Cassava'], fr: ['gaplek', 'manioc séché'], zh: ['木薯干'], ja: ['ガプレック', '干しキャッサバ'], ar: ['الكسافا المجففة', 'غابليك'] },
  },
  {
    forms: ['Kota Knalpot'],
    kind: 'city',
    referent: { en: 'Purbalingga', fr: 'Purbalingga', zh: '普巴林加', ja: 'プルバリンガ', ar: 'بوربالينغا' },
    gloss: {
      en: ['Exhaust', 'Exhausts', 'Exhaust Pipe', 'Exhaust Pipes', 'Muffler', 'Mufflers'],
      fr: ["pots d'échappement", "les pots d'échappement", "pot d'échappement"],
      zh: ['排气管', '消音器'],
      ja: ['排気管'],
      ar: ['العوادم', 'أنابيب العادم', 'كواتم الصوت'],
    },
  },
  {
    forms: ['Kota Sejuta Angkot', 'Kota Seribu Angkot'],
    kind: 'city',
    referent: { en: 'Bogor', fr: 'Bogor', zh: '茂物', ja: 'ボゴール', ar: 'بوغور' },
    gloss: {
      en: ['a Million Angkot', 'a Million Angkots', 'Million Angkots', 'a Million Minibuses', 'a Million Minivans', 'a Thousand Angkots'],
      fr: ['un million d’angkot', 'un million de minibus', 'mille minibus'],
      zh: ['百万小巴', '百万辆小巴', '千辆小巴'],
      ja: ['百万のアンコット', '百万のミニバス'],
      ar: ['المليون حافلة صغيرة', 'مليون حافلة صغيرة'],
    },
  },
  {
    forms: ['Kota Bahari'],
    kind: 'city',
    referent: { en: 'Tegal', fr: 'Tegal', zh: '直葛', ja: 'テガル', ar: 'تيغال' },
    gloss: { en: ['Bahari', 'Maritime', 'Seafaring', 'the Sea'], fr: ['maritime', 'la mer'], ar: ['البحر', 'البحرية'] },
    literal: { en: ['the Maritime City', 'Maritime City', 'the Seafaring City'], zh: ['海洋之城', '航海之城'], ja: ['海の街', '海洋都市'] },
    // "A maritime city" describes any port.
    sourceOnly: true,
  },

  // ─────────────────────────── Foreign cities ───────────────────────────
  {
    forms: ['Kota Nabi', 'Kota Rasul', 'Kota Nabi Madinah'],
    kind: 'city',
    referent: { en: 'Medina', fr: 'Médine', zh: '麦地那', ja: 'メディナ', ar: 'المدينة المنورة' },
    gloss: { en: ['Prophet'] },
    idiomatic: {
      en: ['the City of the Prophet', 'City of the Prophet', "the Prophet's City", "Prophet's City", "the Prophet's city", 'the City of the Prophets', 'the town of the Prophet'],
      fr: ['la ville du Prophète', 'la Ville du Prophète', 'la cité du Prophète'],
      zh: ['先知之城', '先知的城市'],
      ja: ['預言者の町', '預言者の街', '預言者の都市'],
      ar: ['مدينة النبي', 'المدينة النبوية', 'مدينة الرسول'],
    },
  },
  {
    forms: ['Kota Seribu Menara'],
    kind: 'city',
    referent: { en: 'Cairo', fr: 'Le Caire', zh: '开罗', ja: 'カイロ', ar: 'القاهرة' },
    gloss: { en: ['a Thousand Towers', 'Thousand Towers', 'the Thousand Towers'], fr: ['mille tours', 'les mille tours'], ja: ['千の塔'], ar: ['الألف برج', 'ألف برج'] },
    idiomatic: {
      en: ['the City of a Thousand Minarets', 'City of a Thousand Minarets', 'the city of 1,000 minarets', 'the City of Thousand Minarets'],
      fr: ['la ville aux mille minarets', 'la cité aux mille minarets'],
      zh: ['千塔之城'],
      ja: ['千の塔の都'],
      ar: ['مدينة الألف مئذنة'],
    },
    // Prague is "the City of a Hundred Spires" and sometimes "of a Thousand Towers".
    sourceOnly: true,
  },
  {
    forms: ['Kota Abadi'],
    kind: 'city',
    referent: { en: 'Rome', fr: 'Rome', zh: '罗马', ja: 'ローマ', ar: 'روما' },
    gloss: { en: ['Eternity'], fr: ["l'éternité"] },
    idiomatic: {
      en: ['the Eternal City', 'Eternal City'],
      fr: ['la Ville éternelle', 'Ville éternelle'],
      zh: ['永恒之城', '永恒之都'],
      ja: ['永遠の都', '永遠の都市'],
      ar: ['المدينة الخالدة', 'مدينة الخلود'],
    },
  },
  {
    forms: ['Kota Malaikat', 'Kota Para Malaikat'],
    kind: 'city',
    referent: { en: 'Los Angeles', fr: 'Los Angeles', zh: '洛杉矶', ja: 'ロサンゼルス', ar: 'لوس أنجلوس' },
    gloss: { en: ['Angel', 'Angels'] },
    idiomatic: {
      en: ['the City of Angels', 'City of Angels', 'the City of the Angels', 'City of the Angels'],
      fr: ['la Cité des anges', 'la cité des Anges', 'la ville des anges', 'la Ville des Anges'],
      zh: ['天使之城'],
      ja: ['天使の街', '天使の都'],
      ar: ['مدينة الملائكة'],
    },
    // "Angel City" is a Los Angeles football club's name.
    sourceOnly: true,
  },
  {
    forms: ['Kota Seribu Satu Malam', 'Kota 1001 Malam'],
    kind: 'city',
    referent: { en: 'Baghdad', fr: 'Bagdad', zh: '巴格达', ja: 'バグダッド', ar: 'بغداد' },
    gloss: {
      en: ['a Thousand and One Nights', 'Thousand and One Nights', 'the Thousand and One Nights', '1001 Nights', 'One Thousand and One Nights'],
      zh: ['一千零一夜'],
      ja: ['千夜一夜', '千一夜'],
    },
    idiomatic: {
      fr: ['la ville des Mille et Une Nuits', 'la ville des mille et une nuits', 'la cité des Mille et Une Nuits'],
      ar: ['مدينة ألف ليلة وليلة'],
    },
    // The stories' city, in English as in Arabic: flag only with the source's backing.
    sourceOnly: true,
  },
  {
    forms: ['Kota Singa'],
    kind: 'city',
    referent: { en: 'Singapore', fr: 'Singapour', zh: '新加坡', ja: 'シンガポール', ar: 'سنغافورة' },
    gloss: { en: ['Lion', 'Lions'], fr: ['les lions'], ja: ['ライオン'], ar: ['الأسود'] },
    literal: { zh: ['狮子之城', '狮子城'] },
    idiomatic: {
      en: ['the Lion City', 'Lion City'],
      fr: ['la Cité du Lion', 'la ville du Lion', 'la ville-lion'],
      zh: ['狮城'],
      ja: ['ライオンシティ', 'ライオン・シティ', '獅子の町'],
      ar: ['مدينة الأسد'],
    },
  },

  // ─────────────────────────────── Islands ───────────────────────────────
  {
    forms: ['Pulau Bunga', 'Nusa Bunga'],
    kind: 'island',
    referent: { en: 'Flores', fr: 'Florès', zh: '弗洛勒斯岛', ja: 'フローレス島', ar: 'جزيرة فلوريس' },
    gloss: { en: ['Flower', 'Flowers', 'the Flowers'], fr: ['fleurs', 'les fleurs'], ar: ['الزهور'] },
    literal: { en: ['the Island of Flowers', 'Island of Flowers', 'the Flower Island', 'Flower Island'], zh: ['鲜花之岛', '花之岛'], ja: ['花の島'] },
    // Madeira is "the island of flowers" too.
    sourceOnly: true,
  },
  {
    forms: ['Pulau Timah'],
    kind: 'island',
    referent: { en: 'Bangka', fr: 'Bangka', zh: '邦加岛', ja: 'バンカ島', ar: 'جزيرة بانكا' },
    gloss: { en: ['Tin'], fr: ['étain', "l'étain"], zh: ['锡'], ja: ['錫', 'スズ'], ar: ['القصدير'] },
  },

  // ─────────────────────── Regions and provinces ───────────────────────
  {
    forms: ['Tanah Betawi', 'Bumi Betawi'],
    kind: 'region',
    referent: { en: 'Jakarta', fr: 'Jakarta', zh: '雅加达', ja: 'ジャカルタ', ar: 'جاكرتا' },
    gloss: { en: ['Betawi', 'the Betawi'], fr: ['Betawi', 'les Betawi'], zh: ['贝塔维', '巴达维'], ja: ['ブタウィ', 'ベタウィ'], ar: ['بيتاوي'] },
  },
  {
    forms: ['Bumi Lambung Mangkurat'],
    kind: 'region',
    referent: { en: 'South Kalimantan', fr: 'Kalimantan du Sud', zh: '南加里曼丹', ja: '南カリマンタン', ar: 'كاليمانتان الجنوبية' },
    gloss: { en: ['Lambung Mangkurat'], fr: ['Lambung Mangkurat'], ja: ['ランブン・マンクラット'], ar: ['لامبونغ مانغكورات'] },
  },
  {
    forms: ['Bumi Benuanta'],
    kind: 'region',
    referent: { en: 'North Kalimantan', fr: 'Kalimantan du Nord', zh: '北加里曼丹', ja: '北カリマンタン', ar: 'كاليمانتان الشمالية' },
    gloss: { en: ['Benuanta'], fr: ['Benuanta'], ja: ['ブヌアンタ'], ar: ['بينوانتا'] },
  },
  {
    forms: ['Bumi Segantang Lada', 'Negeri Segantang Lada'],
    kind: 'region',
    referent: { en: 'the Riau Islands', fr: 'les îles Riau', zh: '廖内群岛', ja: 'リアウ諸島', ar: 'جزر رياو' },
    gloss: { en: ['Segantang Lada', 'a Measure of Pepper', 'a Gantang of Pepper'], fr: ['Segantang Lada'], ja: ['スガンタン・ラダ'], ar: ['سيغانتانغ لادا'] },
  },
  {
    forms: ['Negeri Serumpun Sebalai', 'Bumi Serumpun Sebalai'],
    kind: 'region',
    referent: { en: 'Bangka Belitung', fr: 'Bangka-Belitung', zh: '邦加-勿里洞', ja: 'バンカ・ブリトゥン', ar: 'بانغكا بليتونغ' },
    gloss: { en: ['Serumpun Sebalai'], fr: ['Serumpun Sebalai'], ja: ['スルンプン・スバライ'], ar: ['سيرومبون سيبالاي'] },
  },
  {
    forms: ['Negeri Laskar Pelangi', 'Bumi Laskar Pelangi', 'Tanah Laskar Pelangi'],
    kind: 'region',
    referent: { en: 'Belitung', fr: 'Belitung', zh: '勿里洞', ja: 'ブリトゥン島', ar: 'بيليتونغ' },
    gloss: {
      en: ['the Rainbow Troops', 'Rainbow Troops', 'Laskar Pelangi', 'the Rainbow Warriors', 'Rainbow Warriors'],
      fr: ['Laskar Pelangi', "l'armée de l'arc-en-ciel", 'les troupes arc-en-ciel'],
      zh: ['彩虹战队', '彩虹部队'],
      ja: ['虹の少年たち', '虹の戦士'],
      ar: ['جيش قوس قزح', 'محاربي قوس قزح'],
    },
  },
  {
    forms: ['Negeri Lancang Kuning', 'Tanah Lancang Kuning'],
    kind: 'region',
    referent: { en: 'Riau', fr: 'Riau', zh: '廖内', ja: 'リアウ', ar: 'رياو' },
    gloss: {
      en: ['Lancang Kuning', 'the Yellow Boat', 'Yellow Boat', 'the Yellow Ship'],
      fr: ['Lancang Kuning', 'la barque jaune', 'le bateau jaune'],
      zh: ['黄船'],
      ja: ['黄色い船'],
      ar: ['القارب الأصفر'],
    },
  },
  {
    forms: ['Bumi Kie Raha', 'Bumi Moloku Kie Raha', 'Tanah Kie Raha'],
    kind: 'region',
    referent: { en: 'North Maluku', fr: 'les Moluques du Nord', zh: '北马鲁古', ja: '北マルク', ar: 'مالوكو الشمالية' },
    gloss: { en: ['Kie Raha', 'Moloku Kie Raha', 'the Four Mountains', 'Four Mountains'], fr: ['Kie Raha', 'les quatre montagnes'], zh: ['四山'], ja: ['キエ・ラハ', '四つの山'], ar: ['كي راها', 'الجبال الأربعة'] },
  },
  {
    forms: ['Bumi Gora'],
    kind: 'region',
    referent: { en: 'West Nusa Tenggara', fr: 'les petites îles de la Sonde occidentales', zh: '西努沙登加拉', ja: '西ヌサ・トゥンガラ', ar: 'نوسا تنقارا الغربية' },
    gloss: { en: ['Gora'], fr: ['Gora'], ar: ['غورا'] },
    // No ja gloss: "ゴラの地" sits inside "アンゴラの地".
  },
  {
    forms: ['Bumi Majapahit', 'Tanah Majapahit'],
    kind: 'region',
    referent: { en: 'Mojokerto', fr: 'Mojokerto', zh: '惹班', ja: 'モジョクルト', ar: 'موجوكرتو' },
    gloss: { en: ['Majapahit'], fr: ['Majapahit'], zh: ['满者伯夷'], ja: ['マジャパヒト'], ar: ['ماجاباهيت'] },
    // "The land of Majapahit" is also the old kingdom in history writing.
    sourceOnly: true,
  },
  {
    forms: ['Bumi Wali', 'Bumi Para Wali'],
    kind: 'region',
    referent: { en: 'Tuban', fr: 'Tuban', zh: '图班', ja: 'トゥバン', ar: 'توبان' },
    gloss: { en: ['Wali', 'the Saints', 'Saints', 'the Walis'], fr: ['les saints', 'Wali'], zh: ['圣人', '瓦利'], ja: ['聖者', 'ワリ'], ar: ['الأولياء'] },
    // Ireland is "the land of saints and scholars"; Demak and Cirebon also claim the saints.
    sourceOnly: true,
  },
  {
    forms: ['Bumi Ronggolawe', 'Bumi Ranggalawe'],
    kind: 'region',
    referent: { en: 'Tuban', fr: 'Tuban', zh: '图班', ja: 'トゥバン', ar: 'توبان' },
    gloss: { en: ['Ronggolawe', 'Ranggalawe'], fr: ['Ronggolawe'], ja: ['ロンゴラウェ'], ar: ['رونغولاوي'] },
  },
  {
    forms: ['Bumi Sukowati'],
    kind: 'region',
    referent: { en: 'Sragen', fr: 'Sragen', zh: '斯拉根', ja: 'スラゲン', ar: 'سراغن' },
    gloss: { en: ['Sukowati'], fr: ['Sukowati'], ja: ['スコワティ'], ar: ['سوكواتي'] },
  },
  {
    forms: ['Bumi Angling Dharma', 'Bumi Angling Darma'],
    kind: 'region',
    referent: { en: 'Bojonegoro', fr: 'Bojonegoro', zh: '博约内戈罗', ja: 'ボジョネゴロ', ar: 'بوجونيغورو' },
    gloss: { en: ['Angling Dharma', 'Angling Darma'], fr: ['Angling Dharma'], ja: ['アンリン・ダルマ'], ar: ['أنغلينغ دارما'] },
  },
  {
    forms: ['Bumi Sepucuk Jambi Sembilan Lurah', 'Tanah Sepucuk Jambi Sembilan Lurah'],
    kind: 'region',
    referent: { en: 'Jambi', fr: 'Jambi', zh: '占碑', ja: 'ジャンビ', ar: 'جامبي' },
    gloss: { en: ['Sepucuk Jambi Sembilan Lurah'], fr: ['Sepucuk Jambi Sembilan Lurah'], ja: ['スプチュック・ジャンビ・スンビラン・ルラ'], ar: ['سيبوتشوك جامبي سيمبيلان لوراه'] },
  },
  {
    forms: ['Tanah Haram', 'Tanah Haramain', 'Bumi Haramain'],
    kind: 'region',
    referent: { en: 'Mecca and Medina', fr: 'La Mecque et Médine', zh: '麦加和麦地那', ja: 'メッカとメディナ', ar: 'مكة المكرمة والمدينة المنورة' },
    gloss: { en: ['Haram', 'Haramain', 'the Haram'], fr: ['Haram', 'Haramain'], zh: ['哈拉姆', '禁地'], ja: ['ハラーム', 'ハラマイン'] },
    literal: { en: ['the Forbidden Land', 'the Sacred Forbidden Land'], fr: ['la terre interdite', 'la Terre interdite'], zh: ['禁忌之地'], ja: ['禁断の地'], ar: ['أرض الحرام'] },
    idiomatic: { ar: ['الحرمين الشريفين', 'أرض الحرمين', 'بلاد الحرمين'] },
    // "The forbidden land" is Tibet's in English, and "haram" is a plain word.
    sourceOnly: true,
  },
  {
    forms: ['Bumi Syam', 'Tanah Syam', 'Bumi Syams'],
    kind: 'region',
    referent: { en: 'the Levant', fr: 'le Levant', zh: '黎凡特', ja: 'レバント', ar: 'بلاد الشام' },
    gloss: { en: ['Syam', 'Sham', 'Syams'], fr: ['Syam', 'Sham'], ja: ['シャーム'] },
    literal: { zh: ['沙姆之地', '沙姆大地'] },
    idiomatic: { ar: ['بلاد الشام', 'أرض الشام'] },
    // English Muslim writing says "the land of Sham" for the Levant.
    sourceOnly: true,
  },
];
