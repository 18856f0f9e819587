/**
 * A synthetic corpus for the benchmark: Indonesian flood-and-relief news stories with
 * English, French, Chinese, Japanese and Arabic versions, written from parallel
 * templates so that the aligner has real sentence correspondences to find. Everything
 * is drawn from a seeded PRNG: the same seed gives the same corpus, byte for byte.
 *
 * The stories carry what real copy carries and what calque looks at: numbers in each
 * locale's notation ("2.500", "2,500", "2 500", "٢٬٥٠٠"), datelines, "Senin (7/5)",
 * "pukul 14.30 WIB", quotes, acronyms, titles before names ("Menkeu Agus Setiawan"),
 * journalistic nicknames ("Negeri Paman Sam", "Kota Kembang") and idioms ("kambing
 * hitam"). Versions render some nicknames, titles and idioms word for word ("Uncle
 * Sam's country", "Setiawan's Finance Minister", "black goat"), and now and then drop
 * a sentence, add one, or leave one in Indonesian.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/index.js';

export const TARGETS = ['en', 'fr', 'zh', 'ja', 'ar'] as const;
export type Target = (typeof TARGETS)[number];
type Lang = 'id' | Target;
type Texts = Record<Lang, string>;

export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG with a 2³² period; plenty for test data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** French "de" before a noun phrase: "du Japon", "des États-Unis", "de la Chine", "de l'Australie". */
const deFr = (s: string): string => (s.startsWith('le ') ? `du ${s.slice(3)}` : s.startsWith('les ') ? `des ${s.slice(4)}` : `de ${s}`);

// ─────────────────────────────── Slot values ───────────────────────────────

interface Person { id: string; short: string; zh: string; zhShort: string; ja: string; jaShort: string; ar: string; arShort: string }
const PEOPLE: readonly Person[] = [
  { id: 'Hendra Wijaya', short: 'Hendra', zh: '亨德拉·维贾亚', zhShort: '亨德拉', ja: 'ヘンドラ・ウィジャヤ', jaShort: 'ヘンドラ', ar: 'هندرا ويجايا', arShort: 'هندرا' },
  { id: 'Siti Rahmawati', short: 'Siti', zh: '西蒂·拉赫玛瓦蒂', zhShort: '西蒂', ja: 'シティ・ラフマワティ', jaShort: 'シティ', ar: 'سيتي رحماواتي', arShort: 'سيتي' },
  { id: 'Agus Setiawan', short: 'Agus', zh: '阿古斯·塞蒂亚万', zhShort: '阿古斯', ja: 'アグス・スティアワン', jaShort: 'アグス', ar: 'أغوس سيتياوان', arShort: 'أغوس' },
  { id: 'Dewi Anggraini', short: 'Dewi', zh: '德维·安格拉伊尼', zhShort: '德维', ja: 'デウィ・アングライニ', jaShort: 'デウィ', ar: 'ديوي أنغرايني', arShort: 'ديوي' },
  { id: 'Bambang Sutrisno', short: 'Bambang', zh: '班邦·苏特里斯诺', zhShort: '班邦', ja: 'バンバン・ストリスノ', jaShort: 'バンバン', ar: 'بامبانغ سوتريسنو', arShort: 'بامبانغ' },
  { id: 'Rina Kusumawati', short: 'Rina', zh: '丽娜·库苏玛瓦蒂', zhShort: '丽娜', ja: 'リナ・クスマワティ', jaShort: 'リナ', ar: 'رينا كوسوماواتي', arShort: 'رينا' },
  { id: 'Yusuf Hidayat', short: 'Yusuf', zh: '优素福·希达亚特', zhShort: '优素福', ja: 'ユスフ・ヒダヤット', jaShort: 'ユスフ', ar: 'يوسف هداية', arShort: 'يوسف' },
  { id: 'Fajar Nugroho', short: 'Fajar', zh: '法贾尔·努格罗霍', zhShort: '法贾尔', ja: 'ファジャル・ヌグロホ', jaShort: 'ファジャル', ar: 'فجر نوغروهو', arShort: 'فجر' },
];

type Named = Texts;
const CITIES: readonly Named[] = [
  { id: 'Jakarta', en: 'Jakarta', fr: 'Jakarta', zh: '雅加达', ja: 'ジャカルタ', ar: 'جاكرتا' },
  { id: 'Medan', en: 'Medan', fr: 'Medan', zh: '棉兰', ja: 'メダン', ar: 'ميدان' },
  { id: 'Semarang', en: 'Semarang', fr: 'Semarang', zh: '三宝垄', ja: 'スマラン', ar: 'سيمارانغ' },
  { id: 'Makassar', en: 'Makassar', fr: 'Makassar', zh: '望加锡', ja: 'マカッサル', ar: 'ماكاسار' },
  { id: 'Palembang', en: 'Palembang', fr: 'Palembang', zh: '巨港', ja: 'パレンバン', ar: 'باليمبانغ' },
  { id: 'Pontianak', en: 'Pontianak', fr: 'Pontianak', zh: '坤甸', ja: 'ポンティアナック', ar: 'بونتياناك' },
];

/** A nickname: its Indonesian form, the plain rendering per language, and a word-for-word one. */
interface Nickname { id: string; plain: Record<Target, string>; literal: Record<Target, string> }
const COUNTRY_NICKNAMES: readonly Nickname[] = [
  {
    id: 'Negeri Paman Sam',
    plain: { en: 'the United States', fr: 'les États-Unis', zh: '美国', ja: '米国', ar: 'الولايات المتحدة' },
    literal: { en: "Uncle Sam's country", fr: "le pays de l'Oncle Sam", zh: '山姆大叔之国', ja: 'サムおじさんの国', ar: 'بلاد العم سام' },
  },
  {
    id: 'Negeri Tirai Bambu',
    plain: { en: 'China', fr: 'la Chine', zh: '中国', ja: '中国', ar: 'الصين' },
    literal: { en: 'the Bamboo Curtain Country', fr: 'le pays du rideau de bambou', zh: '竹幕之国', ja: '竹のカーテンの国', ar: 'بلاد الستار الخيزراني' },
  },
  {
    id: 'Negeri Sakura',
    plain: { en: 'Japan', fr: 'le Japon', zh: '日本', ja: '日本', ar: 'اليابان' },
    literal: { en: 'the Cherry Blossom Country', fr: 'le pays de sakura', zh: '樱花之国', ja: '桜の国', ar: 'بلاد أزهار الكرز' },
  },
  {
    id: 'Negeri Kanguru',
    plain: { en: 'Australia', fr: "l'Australie", zh: '澳大利亚', ja: 'オーストラリア', ar: 'أستراليا' },
    literal: { en: 'Kangaroo Country', fr: 'le pays des kangourous', zh: '袋鼠之国', ja: 'カンガルーの国', ar: 'بلاد الكنغر' },
  },
  {
    id: 'Negeri Jiran',
    plain: { en: 'Malaysia', fr: 'la Malaisie', zh: '马来西亚', ja: 'マレーシア', ar: 'ماليزيا' },
    literal: { en: 'the neighbouring country', fr: 'le pays voisin', zh: '邻居之国', ja: '隣人の国', ar: 'بلاد الجيران' },
  },
];
const CITY_NICKNAMES: readonly Nickname[] = [
  {
    id: 'Kota Kembang',
    plain: { en: 'Bandung', fr: 'Bandung', zh: '万隆', ja: 'バンドン', ar: 'باندونغ' },
    literal: { en: 'the City of Flowers', fr: 'la ville des fleurs', zh: '花之城', ja: '花の都市', ar: 'مدينة الزهور' },
  },
  {
    id: 'Kota Pahlawan',
    plain: { en: 'Surabaya', fr: 'Surabaya', zh: '泗水', ja: 'スラバヤ', ar: 'سورابايا' },
    literal: { en: 'the City of Heroes', fr: 'la ville des héros', zh: '英雄之城', ja: '英雄の街', ar: 'مدينة الأبطال' },
  },
];

const INSTITUTIONS: readonly Named[] = [
  { id: 'Badan Penanggulangan Bencana Daerah (BPBD)', en: 'the Regional Disaster Management Agency (BPBD)', fr: "l'Agence régionale de gestion des catastrophes (BPBD)", zh: '地区灾害管理局（BPBD）', ja: '地域防災局（BPBD）', ar: 'الوكالة الإقليمية لإدارة الكوارث (BPBD)' },
  { id: 'Kementerian Sosial', en: 'the Social Affairs Ministry', fr: 'le ministère des Affaires sociales', zh: '社会事务部', ja: '社会省', ar: 'وزارة الشؤون الاجتماعية' },
  { id: 'Badan Pusat Statistik (BPS)', en: 'Statistics Indonesia (BPS)', fr: "l'Office central des statistiques (BPS)", zh: '中央统计局（BPS）', ja: '中央統計局（BPS）', ar: 'هيئة الإحصاء المركزية (BPS)' },
  { id: 'Pemerintah Provinsi', en: 'the provincial government', fr: 'le gouvernement provincial', zh: '省政府', ja: '州政府', ar: 'حكومة الإقليم' },
];

/** A title that Indonesian writes before a name: "Menkeu Agus Setiawan". */
const TITLES: readonly Named[] = [
  { id: 'Menkeu', en: 'Finance Minister', fr: 'ministre des Finances', zh: '财政部长', ja: '財務相', ar: 'وزير المالية' },
  { id: 'Mensos', en: 'Social Affairs Minister', fr: 'ministre des Affaires sociales', zh: '社会事务部长', ja: '社会相', ar: 'وزير الشؤون الاجتماعية' },
  { id: 'Gubernur', en: 'Governor', fr: 'gouverneur', zh: '省长', ja: '州知事', ar: 'المحافظ' },
  { id: 'Kapolda', en: 'Regional Police Chief', fr: 'chef de la police régionale', zh: '地区警察局长', ja: '州警察本部長', ar: 'قائد الشرطة الإقليمية' },
];

interface Day { id: string; en: string; fr: string; zh: string; ja: string; jaShort: string; ar: string }
const DAYS: readonly Day[] = [
  { id: 'Senin', en: 'Monday', fr: 'lundi', zh: '周一', ja: '月曜日', jaShort: '月', ar: 'الاثنين' },
  { id: 'Selasa', en: 'Tuesday', fr: 'mardi', zh: '周二', ja: '火曜日', jaShort: '火', ar: 'الثلاثاء' },
  { id: 'Rabu', en: 'Wednesday', fr: 'mercredi', zh: '周三', ja: '水曜日', jaShort: '水', ar: 'الأربعاء' },
  { id: 'Kamis', en: 'Thursday', fr: 'jeudi', zh: '周四', ja: '木曜日', jaShort: '木', ar: 'الخميس' },
  { id: 'Jumat', en: 'Friday', fr: 'vendredi', zh: '周五', ja: '金曜日', jaShort: '金', ar: 'الجمعة' },
  { id: 'Sabtu', en: 'Saturday', fr: 'samedi', zh: '周六', ja: '土曜日', jaShort: '土', ar: 'السبت' },
  { id: 'Minggu', en: 'Sunday', fr: 'dimanche', zh: '周日', ja: '日曜日', jaShort: '日', ar: 'الأحد' },
];

const PARTIES = ['Nusantara', 'Karya Bangsa', 'Rakyat Bersatu', 'Harapan Baru'] as const;

// ─────────────────────────────── Numbers ───────────────────────────────

/** Digits grouped by `group` and with `decimal` as the decimal mark. */
function format(value: number, decimals: number, group: string, decimal: string): string {
  const [whole, fraction] = value.toFixed(decimals).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? grouped + decimal + fraction : grouped;
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
type Fmt = (value: number, decimals?: number) => string;

/** One version's number style: mostly its locale's, sometimes (as machine output does) the source's. */
function numberStyles(rng: Rng): Record<Lang, Fmt> {
  const id: Fmt = (v, d = 0) => format(v, d, '.', ',');
  const copiesSource = rng() < 0.05; // an English version that keeps "2.500" from the source
  const frSpace = rng() < 0.5 ? '\u202f' : ' ';
  const eastern = rng() < 0.3;
  return {
    id,
    en: copiesSource ? id : (v, d = 0) => format(v, d, ',', '.'),
    fr: (v, d = 0) => format(v, d, frSpace, ','),
    zh: (v, d = 0) => format(v, d, v >= 10000 ? ',' : '', '.'),
    ja: (v, d = 0) => format(v, d, ',', '.'),
    ar: eastern
      ? (v, d = 0) => format(v, d, '٬', '٫').replace(/\d/g, (c) => EASTERN[Number(c)]!)
      : (v, d = 0) => format(v, d, ',', '.'),
  };
}

// ─────────────────────────────── Templates ───────────────────────────────

/** Everything one sentence may mention, drawn once per sentence (persons and city once per article). */
interface Slots {
  city: Named; cityUpper: string;
  p: Person; q: Person;
  inst: Named; title: Named;
  country: Nickname; cityNick: Nickname;
  day: Day; dd: number; mm: number;
  n: number; k: number; pct: number; money: number; rain: number; avg: number; year: number; hh: number; min: number; cm: number;
  party: string;
  /** Per version: does this sentence render its nickname, title or idiom word for word? */
  literal: Record<Target, boolean>;
  f: Record<Lang, Fmt>;
}

type Template = (s: Slots) => Texts;

const nick = (s: Slots, t: Target, n: Nickname) => (s.literal[t] ? n.literal[t] : n.plain[t]);
const pad = (n: number) => String(n).padStart(2, '0');

/** The lead: the dateline and the news. Always the first sentence. */
const LEAD: Template = (s) => ({
  id: `${s.cityUpper} - ${s.inst.id} mencatat sedikitnya ${s.f.id(s.n)} warga terdampak banjir yang melanda ${s.k} kecamatan di ${s.city.id} sejak ${s.day.id} (${s.dd}/${s.mm}).`,
  en: `${s.cityUpper} - ${cap(s.inst.en)} recorded at least ${s.f.en(s.n)} residents affected by the floods that have hit ${s.k} districts in ${s.city.en} since ${s.day.en}${s.literal.en ? ` (${s.dd}/${s.mm})` : ''}.`,
  fr: `${s.cityUpper} - ${cap(s.inst.fr)} a recensé au moins ${s.f.fr(s.n)} habitants touchés par les inondations qui frappent ${s.k} districts de ${s.city.fr} depuis ${s.day.fr}.`,
  zh: `${s.city.zh}消息——${s.inst.zh}统计，自${s.mm}月${s.dd}日（${s.day.zh}）以来，${s.city.zh}${s.k}个区遭遇洪灾，至少${s.f.zh(s.n)}名居民受到影响。`,
  ja: `【${s.city.ja}】${s.inst.ja}によると、${s.mm}月${s.dd}日（${s.day.jaShort}）から${s.city.ja}の${s.k}地区を襲っている洪水で、少なくとも${s.f.ja(s.n)}人の住民が被害を受けた。`,
  ar: `${s.city.ar} - سجلت ${s.inst.ar} تضرر ما لا يقل عن ${s.f.ar(s.n)} من السكان جراء الفيضانات التي تضرب ${s.f.ar(s.k)} مناطق في ${s.city.ar} منذ يوم ${s.day.ar}.`,
});

const BODY: readonly Template[] = [
  (s) => ({
    id: `"Kami akan terus memantau situasi di lapangan dan memastikan bantuan tersalurkan dengan baik," kata ${s.p.short} di ${s.city.id}, ${s.day.id} (${s.dd}/${s.mm}).`,
    en: `"We will keep monitoring the situation on the ground and make sure the aid is properly delivered," ${s.p.short} said in ${s.city.en} on ${s.day.en}${s.literal.en ? ` (${s.dd}/${s.mm})` : ''}.`,
    fr: `« Nous continuerons à suivre la situation sur le terrain et à veiller à ce que l'aide soit bien distribuée », a déclaré ${s.p.short} ${s.day.fr} à ${s.city.fr}.`,
    zh: `${s.p.zhShort}${s.day.zh}在${s.city.zh}表示：“我们将继续关注现场情况，确保援助物资顺利送达。”`,
    ja: `${s.p.jaShort}氏は${s.day.ja}、${s.city.ja}で「現地の状況を引き続き注視し、支援が確実に届くようにする」と述べた。`,
    ar: `وقال ${s.p.arShort} في ${s.city.ar} يوم ${s.day.ar}: "سنواصل متابعة الوضع على الأرض والتأكد من وصول المساعدات بشكل سليم".`,
  }),
  (s) => ({
    id: `Pemerintah juga menjajaki kerja sama dengan ${s.country.id} untuk memperkuat sistem peringatan dini bencana di daerah rawan banjir.`,
    en: `The government is also exploring cooperation with ${nick(s, 'en', s.country)} to strengthen the disaster early-warning system in flood-prone areas.`,
    fr: `Le gouvernement étudie aussi une coopération avec ${nick(s, 'fr', s.country)} pour renforcer le système d'alerte précoce dans les zones inondables.`,
    zh: `政府还在探讨与${nick(s, 'zh', s.country)}合作，以加强洪水易发地区的灾害预警系统。`,
    ja: `政府はまた、洪水が起きやすい地域の早期警報システムを強化するため、${nick(s, 'ja', s.country)}との協力を検討している。`,
    ar: `وتدرس الحكومة أيضا التعاون مع ${nick(s, 'ar', s.country)} لتعزيز نظام الإنذار المبكر بالكوارث في المناطق المعرضة للفيضانات.`,
  }),
  (s) => ({
    id: `Anggaran penanganan bencana tahun ini mencapai Rp ${s.f.id(s.money, 1)} triliun, naik ${s.f.id(s.pct, 1)} persen dibandingkan tahun lalu.`,
    en: `This year's disaster-management budget reached Rp ${s.f.en(s.money, 1)} trillion, up ${s.f.en(s.pct, 1)} percent from last year.`,
    fr: `Le budget de gestion des catastrophes atteint cette année ${s.f.fr(s.money, 1)} billions de roupies, en hausse de ${s.f.fr(s.pct, 1)} % sur un an.`,
    zh: `今年的救灾预算达到${s.f.zh(s.money, 1)}万亿印尼盾，比去年增长${s.f.zh(s.pct, 1)}%。`,
    ja: `今年の災害対策予算は${s.f.ja(s.money, 1)}兆ルピアに達し、前年比${s.f.ja(s.pct, 1)}％増となった。`,
    ar: `وبلغت ميزانية إدارة الكوارث هذا العام ${s.f.ar(s.money, 1)} تريليون روبية، بزيادة ${s.f.ar(s.pct, 1)} بالمئة عن العام الماضي.`,
  }),
  (s) => ({
    id: `${s.title.id} ${s.q.id} meminta pemerintah daerah segera menyiapkan lokasi pengungsian yang layak bagi warga.`,
    en: s.literal.en
      ? `${s.q.id}'s ${s.title.en} asked local governments to prepare proper evacuation sites for residents without delay.`
      : `${s.title.en} ${s.q.id} asked local governments to prepare proper evacuation sites for residents without delay.`,
    fr: `Le ${s.title.fr} ${s.q.id} a demandé aux autorités locales de préparer sans tarder des sites d'évacuation adaptés.`,
    zh: s.literal.zh
      ? `${s.q.zh}的${s.title.zh}要求地方政府尽快为居民准备合适的疏散地点。`
      : `${s.title.zh}${s.q.zh}要求地方政府尽快为居民准备合适的疏散地点。`,
    ja: `${s.q.ja}${s.title.ja}は、地方自治体に対し住民のための適切な避難場所を早急に用意するよう求めた。`,
    ar: `وطالب ${s.title.ar} ${s.q.ar} الحكومات المحلية بتجهيز مواقع إيواء مناسبة للسكان دون تأخير.`,
  }),
  (s) => ({
    id: `Sejumlah pengamat menilai warga bantaran sungai kerap dijadikan kambing hitam atas banjir yang datang setiap tahun.`,
    en: `Several observers say riverbank residents are often made ${s.literal.en ? 'the black goat' : 'the scapegoat'} for the floods that come every year.`,
    fr: `Plusieurs observateurs estiment que les riverains servent souvent de ${s.literal.fr ? 'chèvre noire' : 'bouc émissaire'} pour les inondations qui reviennent chaque année.`,
    zh: `一些观察人士认为，河岸居民常常被当作每年洪水的${s.literal.zh ? '黑山羊' : '替罪羊'}。`,
    ja: `毎年の洪水について、河岸の住民が${s.literal.ja ? '黒いヤギ' : 'スケープゴート'}にされがちだと指摘する専門家もいる。`,
    ar: `ويرى عدد من المراقبين أن سكان ضفاف الأنهار كثيرا ما يُجعلون ${s.literal.ar ? 'الماعز الأسود' : 'كبش فداء'} للفيضانات التي تتكرر كل عام.`,
  }),
  (s) => ({
    id: `Curah hujan di wilayah itu tercatat ${s.f.id(s.rain, 1)} milimeter per hari, jauh di atas rata-rata ${s.f.id(s.avg, 1)} milimeter.`,
    en: `Rainfall in the area was recorded at ${s.f.en(s.rain, 1)} millimetres a day, well above the average of ${s.f.en(s.avg, 1)} millimetres.`,
    fr: `Les précipitations dans la région ont atteint ${s.f.fr(s.rain, 1)} millimètres par jour, bien au-dessus de la moyenne de ${s.f.fr(s.avg, 1)} millimètres.`,
    zh: `该地区的降雨量达到每天${s.f.zh(s.rain, 1)}毫米，远高于${s.f.zh(s.avg, 1)}毫米的平均水平。`,
    ja: `同地域の降水量は1日${s.f.ja(s.rain, 1)}ミリに達し、平均の${s.f.ja(s.avg, 1)}ミリを大きく上回った。`,
    ar: `وبلغ معدل هطول الأمطار في المنطقة ${s.f.ar(s.rain, 1)} ملم يوميا، وهو أعلى بكثير من المتوسط البالغ ${s.f.ar(s.avg, 1)} ملم.`,
  }),
  (s) => ({
    id: `Hujan deras mulai turun sekitar pukul ${pad(s.hh)}.${pad(s.min)} WIB dan baru reda menjelang dini hari.`,
    en: s.literal.en
      ? `Heavy rain began to fall at around ${pad(s.hh)}.${pad(s.min)} WIB and only eased towards the early hours.`
      : `Heavy rain began to fall at around ${pad(s.hh)}:${pad(s.min)} local time and only eased towards the early hours.`,
    fr: `De fortes pluies ont commencé à tomber vers ${s.hh} h ${pad(s.min)}, heure locale, et ne se sont calmées qu'au petit matin.`,
    zh: `当地时间${s.hh}时${pad(s.min)}分左右开始下起暴雨，直到凌晨才逐渐减弱。`,
    ja: `現地時間${s.hh}時${pad(s.min)}分ごろから激しい雨が降り始め、未明になってようやく弱まった。`,
    ar: `وبدأت الأمطار الغزيرة في الهطول نحو الساعة ${pad(s.hh)}:${pad(s.min)} بالتوقيت المحلي ولم تهدأ إلا قرب الفجر.`,
  }),
  (s) => ({
    id: `Badan Nasional Penanggulangan Bencana (BNPB) mengerahkan ${s.f.id(s.n)} personel dan ${s.k} perahu karet ke lokasi terdampak.`,
    en: `The National Disaster Management Agency (BNPB) deployed ${s.f.en(s.n)} personnel and ${s.k} rubber boats to the affected areas.`,
    fr: `L'Agence nationale de gestion des catastrophes (BNPB) a déployé ${s.f.fr(s.n)} agents et ${s.k} canots pneumatiques dans les zones touchées.`,
    zh: `国家抗灾署（BNPB）向受灾地区派出了${s.f.zh(s.n)}名人员和${s.k}艘橡皮艇。`,
    ja: `国家防災庁（BNPB）は被災地に要員${s.f.ja(s.n)}人とゴムボート${s.k}隻を派遣した。`,
    ar: `ونشرت الوكالة الوطنية لإدارة الكوارث (BNPB) ${s.f.ar(s.n)} عنصرا و${s.f.ar(s.k)} قاربا مطاطيا في المناطق المتضررة.`,
  }),
  (s) => ({
    id: `Peristiwa serupa pernah terjadi pada ${s.year}, ketika lebih dari ${s.f.id(s.n)} rumah terendam selama berhari-hari.`,
    en: `A similar disaster struck in ${s.year}, when more than ${s.f.en(s.n)} houses were under water for days.`,
    fr: `Une catastrophe semblable s'était produite en ${s.year}, lorsque plus de ${s.f.fr(s.n)} maisons étaient restées inondées pendant des jours.`,
    zh: `${s.year}年也曾发生类似灾害，当时超过${s.f.zh(s.n)}栋房屋被淹数日。`,
    ja: `${s.year}年にも同様の災害が起き、${s.f.ja(s.n)}戸を超える住宅が数日間にわたって浸水した。`,
    ar: `وقد وقعت كارثة مماثلة عام ${s.f.ar(s.year).replace(/[٬,]/g, '')}، حين غمرت المياه أكثر من ${s.f.ar(s.n)} منزل لعدة أيام.`,
  }),
  (s) => ({
    id: `"Situasinya sudah mulai terkendali, tetapi kami tetap waspada karena hujan masih berpotensi turun," ujar ${s.q.short}.`,
    en: `"The situation is starting to come under control, but we remain on alert because more rain is possible," ${s.q.short} said.`,
    fr: `« La situation commence à être maîtrisée, mais nous restons vigilants car d'autres pluies sont possibles », a ajouté ${s.q.short}.`,
    zh: `${s.q.zhShort}说：“局势已开始得到控制，但由于仍可能降雨，我们依然保持警惕。”`,
    ja: `${s.q.jaShort}氏は「状況は落ち着きつつあるが、まだ雨の恐れがあるため警戒を続けている」と話した。`,
    ar: `وقال ${s.q.arShort}: "بدأ الوضع يخضع للسيطرة، لكننا نبقى في حالة تأهب لأن هطول مزيد من الأمطار لا يزال محتملا".`,
  }),
  (s) => ({
    id: `Menurut data ${s.inst.id}, kerugian ekonomi akibat bencana itu diperkirakan mencapai Rp ${s.f.id(s.n)} miliar.`,
    en: `According to data from ${s.inst.en}, the economic losses from the disaster are estimated at Rp ${s.f.en(s.n)} billion.`,
    fr: `Selon les données ${deFr(s.inst.fr)}, les pertes économiques sont estimées à ${s.f.fr(s.n)} milliards de roupies.`,
    zh: `根据${s.inst.zh}的数据，这场灾害造成的经济损失估计达${s.f.zh(s.n)}亿印尼盾。`,
    ja: `${s.inst.ja}のデータによると、災害による経済損失は${s.f.ja(s.n)}億ルピアに上ると推計されている。`,
    ar: `ووفقا لبيانات ${s.inst.ar}، تقدر الخسائر الاقتصادية الناجمة عن الكارثة بنحو ${s.f.ar(s.n)} مليار روبية.`,
  }),
  (s) => ({
    id: `Di ${s.cityNick.id}, ratusan relawan membuka dapur umum dan posko kesehatan untuk para pengungsi.`,
    en: `In ${nick(s, 'en', s.cityNick)}, hundreds of volunteers opened public kitchens and health posts for the evacuees.`,
    fr: `${s.literal.fr ? `Dans ${s.cityNick.literal.fr}` : `À ${s.cityNick.plain.fr}`}, des centaines de bénévoles ont ouvert des cuisines collectives et des postes de santé.`,
    zh: `在${nick(s, 'zh', s.cityNick)}，数百名志愿者为灾民开设了公共厨房和医疗站。`,
    ja: `${nick(s, 'ja', s.cityNick)}では、数百人のボランティアが避難者のために炊き出しと救護所を設けた。`,
    ar: `وفي ${nick(s, 'ar', s.cityNick)}، افتتح مئات المتطوعين مطابخ عامة ونقاطا صحية للنازحين.`,
  }),
  (s) => ({
    id: `Sebanyak ${s.f.id(s.pct, 1)} persen pengungsi adalah anak-anak dan lansia, sehingga membutuhkan penanganan khusus.`,
    en: `Some ${s.f.en(s.pct, 1)} percent of the evacuees are children and elderly people, who need special care.`,
    fr: `Quelque ${s.f.fr(s.pct, 1)} % des déplacés sont des enfants et des personnes âgées, qui ont besoin d'une prise en charge particulière.`,
    zh: `灾民中有${s.f.zh(s.pct, 1)}%是儿童和老人，需要特别照顾。`,
    ja: `避難者の${s.f.ja(s.pct, 1)}％は子どもと高齢者で、特別な支援が必要だ。`,
    ar: `ويشكل الأطفال وكبار السن ${s.f.ar(s.pct, 1)} بالمئة من النازحين، وهم بحاجة إلى رعاية خاصة.`,
  }),
  (s) => ({
    id: `Hingga berita ini diturunkan, ${s.inst.id} belum memberikan keterangan resmi terkait penyebab utama banjir.`,
    en: `At the time of writing, ${s.inst.en} had not given an official statement on the main cause of the floods.`,
    fr: `À l'heure où nous écrivons ces lignes, ${s.inst.fr} n'avait pas fait de déclaration officielle sur la cause principale des inondations.`,
    zh: `截至发稿时，${s.inst.zh}尚未就洪水的主要原因发表正式声明。`,
    ja: `${s.inst.ja}は記事執筆時点で、洪水の主な原因について公式な説明をしていない。`,
    ar: `وحتى كتابة هذا الخبر، لم تصدر ${s.inst.ar} أي بيان رسمي بشأن السبب الرئيسي للفيضانات.`,
  }),
  (s) => ({
    id: `Pemerintah kota memutuskan meliburkan ${s.f.id(s.n % 400)} sekolah hingga ${s.day.id} (${s.dd}/${s.mm}) pekan depan.`,
    en: `The city government decided to close ${s.f.en(s.n % 400)} schools until ${s.day.en}${s.literal.en ? ` (${s.dd}/${s.mm})` : ''} next week.`,
    fr: `La municipalité a décidé de fermer ${s.f.fr(s.n % 400)} écoles jusqu'à ${s.day.fr} prochain.`,
    zh: `市政府决定，${s.f.zh(s.n % 400)}所学校停课至下周${s.day.zh.slice(1)}。`,
    ja: `市当局は${s.f.ja(s.n % 400)}校を来週の${s.day.ja}まで休校にすることを決めた。`,
    ar: `وقررت حكومة المدينة إغلاق ${s.f.ar(s.n % 400)} مدرسة حتى يوم ${s.day.ar} من الأسبوع المقبل.`,
  }),
  (s) => ({
    id: `Akibat genangan setinggi ${s.cm} sentimeter, sejumlah ruas jalan utama ditutup dan ${s.k} rute bus dialihkan.`,
    en: `With water up to ${s.cm} centimetres deep, several main roads were closed and ${s.k} bus routes were diverted.`,
    fr: `Avec une eau atteignant ${s.cm} centimètres, plusieurs grands axes ont été fermés et ${s.k} lignes de bus déviées.`,
    zh: `由于积水深达${s.cm}厘米，多条主要道路被封闭，${s.k}条公交线路改道。`,
    ja: `水深が${s.cm}センチに達したため、主要道路の一部が閉鎖され、バス${s.k}路線が迂回運行となった。`,
    ar: `وبسبب ارتفاع المياه إلى ${s.f.ar(s.cm)} سنتيمترا، أغلقت عدة طرق رئيسية وتم تحويل ${s.f.ar(s.k)} خطوط حافلات.`,
  }),
  (s) => ({
    id: `Dinas Kesehatan melaporkan ${s.f.id(s.n % 900)} kasus diare dan infeksi saluran pernapasan di posko pengungsian.`,
    en: `The health office reported ${s.f.en(s.n % 900)} cases of diarrhoea and respiratory infections at the evacuation posts.`,
    fr: `Le service de santé a signalé ${s.f.fr(s.n % 900)} cas de diarrhée et d'infections respiratoires dans les centres d'hébergement.`,
    zh: `卫生部门报告，安置点出现了${s.f.zh(s.n % 900)}例腹泻和呼吸道感染病例。`,
    ja: `保健当局によると、避難所では下痢や呼吸器感染症が${s.f.ja(s.n % 900)}件報告された。`,
    ar: `وأفادت مديرية الصحة بتسجيل ${s.f.ar(s.n % 900)} حالة إسهال والتهابات في الجهاز التنفسي في مراكز الإيواء.`,
  }),
  (s) => ({
    id: `Bantuan dari ${s.country.id} senilai US$${s.f.id(s.pct, 1)} juta dijadwalkan tiba di ${s.city.id} pekan depan.`,
    en: `Aid worth US$${s.f.en(s.pct, 1)} million from ${nick(s, 'en', s.country)} is due to arrive in ${s.city.en} next week.`,
    fr: `Une aide de ${s.f.fr(s.pct, 1)} millions de dollars venue ${deFr(nick(s, 'fr', s.country))} doit arriver à ${s.city.fr} la semaine prochaine.`,
    zh: `来自${nick(s, 'zh', s.country)}的价值${s.f.zh(s.pct, 1)}百万美元的援助物资预计下周运抵${s.city.zh}。`,
    ja: `${nick(s, 'ja', s.country)}からの${s.f.ja(s.pct, 1)}百万ドル相当の支援物資が来週${s.city.ja}に到着する予定だ。`,
    ar: `ومن المقرر أن تصل إلى ${s.city.ar} الأسبوع المقبل مساعدات من ${nick(s, 'ar', s.country)} بقيمة ${s.f.ar(s.pct, 1)} مليون دولار.`,
  }),
  (s) => ({
    id: `Anggota DPR dari Fraksi ${s.party} mendesak agar dugaan penyelewengan dana bantuan dibawa ke meja hijau.`,
    en: `A lawmaker from the ${s.party} faction urged that the alleged misuse of aid funds be taken to ${s.literal.en ? 'the green table' : 'court'}.`,
    fr: `Un député du groupe ${s.party} a demandé que les détournements présumés de fonds d'aide soient portés devant ${s.literal.fr ? 'la table verte' : 'la justice'}.`,
    zh: `${s.party}党团的一名国会议员敦促将涉嫌挪用救灾资金一事诉诸${s.literal.zh ? '绿桌' : '法庭'}。`,
    ja: `${s.party}会派の国会議員は、支援金流用の疑いを${s.literal.ja ? '緑のテーブル' : '法廷'}で裁くべきだと訴えた。`,
    ar: `وطالب نائب من كتلة ${s.party} بإحالة قضية الاختلاس المزعوم لأموال المساعدات إلى ${s.literal.ar ? 'الطاولة الخضراء' : 'القضاء'}.`,
  }),
  (s) => ({
    id: `Air belum juga surut hingga ${s.day.id} malam.`,
    en: `The water had still not receded by ${s.day.en} night.`,
    fr: `L'eau n'avait toujours pas baissé ${s.day.fr} soir.`,
    zh: `截至${s.day.zh}晚间，洪水仍未退去。`,
    ja: `${s.day.ja}夜の時点でも水は引いていない。`,
    ar: `ولم تنحسر المياه حتى مساء ${s.day.ar}.`,
  }),
  (s) => ({
    id: `Warga berharap pemerintah membangun tanggul permanen agar ${s.city.id} tidak lagi terendam setiap musim hujan, sementara sebagian lainnya memilih pindah ke rumah kerabat.`,
    en: `Residents hope the government will build a permanent embankment so that ${s.city.en} is no longer flooded every rainy season, while others have chosen to move in with relatives.`,
    fr: `Les habitants espèrent que le gouvernement construira une digue permanente afin que ${s.city.fr} ne soit plus inondée à chaque saison des pluies, tandis que d'autres ont choisi de s'installer chez des proches.`,
    zh: `居民们希望政府修建永久性堤坝，使${s.city.zh}不再在每个雨季被淹，另一些人则选择投靠亲戚。`,
    ja: `住民らは${s.city.ja}が雨季のたびに浸水することのないよう政府が恒久的な堤防を築くことを望んでおり、親族の家に身を寄せることを選んだ人もいる。`,
    ar: `ويأمل السكان أن تبني الحكومة سدا دائما حتى لا تغرق ${s.city.ar} في كل موسم أمطار، فيما اختار آخرون الانتقال إلى منازل أقاربهم.`,
  }),
];

/** Sentences a version adds that the source does not have. */
const ADDED: Record<Target, readonly string[]> = {
  en: ['The situation remains under close observation.', 'Officials did not say when the roads would reopen.', 'This story has been updated.'],
  fr: ['La situation reste sous étroite surveillance.', "Les autorités n'ont pas précisé quand les routes rouvriraient.", 'Cet article a été mis à jour.'],
  zh: ['目前局势仍在密切关注之中。', '官员没有说明道路何时重新开放。', '本文已更新。'],
  ja: ['状況は引き続き注視されている。', '当局は道路の再開時期を明らかにしていない。', 'この記事は更新されました。'],
  ar: ['ولا يزال الوضع تحت المراقبة الدقيقة.', 'ولم يحدد المسؤولون موعد إعادة فتح الطرق.', 'تم تحديث هذا الخبر.'],
};

// ─────────────────────────────── Articles ───────────────────────────────

export interface MakeOptions {
  /** Source words to reach (about; the last sentence may overshoot). Default 500. */
  words?: number;
  /** Exactly this many source sentences instead of a word target. */
  sentences?: number;
  /** Which versions to write; default all five. */
  langs?: readonly Target[];
  /** Chance that a version renders a sentence's nickname, title or idiom word for word. */
  literalRate?: number;
  /** Versions drop, add and leave untranslated the odd sentence (default true); false: every sentence renders one source sentence. */
  edits?: boolean;
}

/** One article with its five versions, deterministic for a given `rng` state. */
export function makeArticle(rng: Rng, id: string, options: MakeOptions = {}): ArticleInput {
  const langs = options.langs ?? TARGETS;
  const literalRate = options.literalRate ?? 0.25;
  const city = pick(rng, CITIES);
  const [p, q] = [pick(rng, PEOPLE), pick(rng, PEOPLE)] as const;
  const inst = pick(rng, INSTITUTIONS);
  const party = pick(rng, PARTIES);
  const styles = numberStyles(rng);
  const dd = int(rng, 1, 28);
  const mm = int(rng, 1, 12);
  const day = pick(rng, DAYS);

  // Sentences of the source, grouped into paragraphs of one to four.
  const rows: Texts[] = [];
  let words = 0;
  let last = -1;
  const want = (k: number) => (options.sentences !== undefined ? k < options.sentences : words < (options.words ?? 500));
  for (let k = 0; want(k); k++) {
    let t = LEAD;
    if (k > 0) {
      let at = int(rng, 0, BODY.length - 1);
      if (at === last) at = (at + 1) % BODY.length;
      last = at;
      t = BODY[at]!;
    }
    const s: Slots = {
      city, cityUpper: city.id.toUpperCase(), p, q: rng() < 0.5 ? q : pick(rng, PEOPLE), inst, party,
      title: pick(rng, TITLES), country: pick(rng, COUNTRY_NICKNAMES), cityNick: pick(rng, CITY_NICKNAMES),
      day: k === 0 ? day : pick(rng, DAYS), dd: k === 0 ? dd : int(rng, 1, 28), mm: k === 0 ? mm : int(rng, 1, 12),
      n: int(rng, 120, 48000), k: int(rng, 3, 40), pct: int(rng, 12, 650) / 10, money: int(rng, 11, 240) / 10,
      rain: int(rng, 800, 3200) / 10, avg: int(rng, 150, 700) / 10, year: int(rng, 2007, 2023),
      hh: int(rng, 0, 23), min: int(rng, 0, 59), cm: int(rng, 20, 180),
      literal: Object.fromEntries(TARGETS.map((t) => [t, rng() < literalRate])) as Record<Target, boolean>,
      f: styles,
    };
    const row = t(s);
    rows.push(row);
    words += row.id.split(/\s+/).length;
  }
  const paragraphs: number[][] = [];
  for (let k = 0; k < rows.length; ) {
    const size = k === 0 ? 1 : Math.min(rows.length - k, pick(rng, [1, 2, 2, 3, 3, 3, 4]));
    paragraphs.push(Array.from({ length: size }, (_, j) => k + j));
    k += size;
  }

  const edits = options.edits ?? true;
  const write = (lang: Lang) => {
    const sep = lang === 'zh' || lang === 'ja' ? '' : ' ';
    return paragraphs
      .map((para) => {
        const out: string[] = [];
        for (const k of para) {
          const r = edits ? rng() : 0.5;
          if (lang !== 'id' && k > 0 && r < 0.03) continue; // dropped
          out.push(lang !== 'id' && r > 0.99 ? rows[k]!.id : rows[k]![lang]); // left untranslated
          if (lang !== 'id' && r > 0.97 && r <= 0.99) out.push(pick(rng, ADDED[lang])); // added
        }
        return out.join(sep);
      })
      .filter((p) => p !== '')
      .join('\n\n');
  };
  const source = write('id');
  return { id, source: { lang: 'id', text: source }, versions: langs.map((lang) => ({ lang, text: write(lang) })) };
}

/** Writes `count` article files (`article-0001.json` …) to `dir`; returns their paths. */
export function writeCorpus(dir: string, count: number, seed: number): string[] {
  mkdirSync(dir, { recursive: true });
  const rng = mulberry32(seed);
  const width = String(count).length;
  const files: string[] = [];
  for (let k = 1; k <= count; k++) {
    const id = `article-${String(k).padStart(width, '0')}`;
    const file = join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(makeArticle(rng, id)));
    files.push(file);
  }
  return files;
}
