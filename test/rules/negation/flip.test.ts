import { negationFlip } from '../../../src/rules/negation/flip.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const LEAD = 'Gempa bermagnitudo 6,1 mengguncang Kabupaten Cianjur pada Minggu pagi.';
const LEAD_EN = 'A magnitude 6.1 earthquake shook Cianjur Regency on Sunday morning.';
const LEAD_FR = 'Un séisme de magnitude 6,1 a secoué le district de Cianjur dimanche matin.';
const LEAD_ZH = '周日上午，一场6.1级地震袭击了展玉县。';
const LEAD_JA = '日曜日の朝、チアンジュール県でマグニチュード6.1の地震があった。';
const LEAD_AR = 'ضرب زلزال بقوة 6.1 درجات منطقة تشيانجور صباح الأحد.';

const pair = (id: string, en: string) => ({ source: `${LEAD} ${id}`, text: `${LEAD_EN} ${en}` });

ruleTester(negationFlip, {
  valid: [
    { name: 'en: "not" kept', lang: 'en', ...pair('BMKG menyatakan gempa itu tidak berpotensi tsunami.', 'The BMKG said the quake did not have the potential to cause a tsunami.') },
    { name: 'en: "no" renders tidak', lang: 'en', ...pair('BMKG menyatakan gempa itu tidak berpotensi tsunami.', 'The BMKG said the quake posed no tsunami threat.') },
    { name: 'en: "without" renders tanpa', lang: 'en', ...pair('Warga mengungsi tanpa membawa barang apa pun.', 'Residents fled without taking any belongings.') },
    { name: 'en: "has yet to" renders belum', lang: 'en', ...pair('Pemerintah belum menetapkan status darurat bencana.', 'The government has yet to declare a disaster emergency.') },
    { name: 'en: "unknown" renders belum diketahui', lang: 'en', ...pair('Jumlah korban belum diketahui hingga Minggu sore.', 'The number of victims remained unknown on Sunday afternoon.') },
    { name: 'en: "refused" renders tidak mau', lang: 'en', ...pair('Sebagian warga tidak mau meninggalkan rumah mereka.', 'Some residents refused to leave their homes.') },
    { name: 'en: "opposed" renders tidak mendukung', lang: 'en', ...pair('Partai itu tidak mendukung rencana relokasi warga.', 'The party opposed the plan to relocate residents.') },
    { name: 'en: "tidak hanya" is not a negation', lang: 'en', ...pair('Gempa tidak hanya merusak rumah, tetapi juga sekolah.', 'The quake damaged schools as well as houses.') },
    { name: 'en: "tak lama kemudian" is "soon after"', lang: 'en', ...pair('Tak lama kemudian, gempa susulan terjadi.', 'Soon after, an aftershock struck.') },
    { name: 'en: "tidak sedikit" is "a good many"', lang: 'en', ...pair('Tidak sedikit warga yang tidur di tenda.', 'A good many residents slept in tents.') },
    { name: 'en: "bukan tidak mungkin" is "quite possible"', lang: 'en', ...pair('Bukan tidak mungkin gempa susulan lebih besar terjadi.', 'A larger aftershock is quite possible.') },
    { name: 'en: "atau tidak" rendered by "whether"', lang: 'en', ...pair('Petugas memeriksa apakah bangunan itu aman atau tidak.', 'Officers checked whether the building was safe.') },
    { name: 'en: "illegal" renders tidak sah', lang: 'en', ...pair('Polisi menyebut pungutan itu tidak sah.', 'Police said the levy was illegal.') },
    { name: 'en: no negation in the source', lang: 'en', ...pair('Warga mengungsi ke lapangan desa.', 'Residents took shelter on the village field.') },
    { name: 'en: no source: nothing to compare', lang: 'en', text: 'The BMKG said the quake could trigger a tsunami.' },
    { name: 'fr: "ne … pas" kept', lang: 'fr', source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`, text: `${LEAD_FR} Le BMKG a indiqué que le séisme ne présentait pas de risque de tsunami.` },
    { name: 'fr: "sans" renders tanpa', lang: 'fr', source: `${LEAD} Warga mengungsi tanpa membawa barang.`, text: `${LEAD_FR} Les habitants ont fui sans rien emporter.` },
    { name: 'zh: 没有 kept', lang: 'zh', source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`, text: `${LEAD_ZH}印尼气象局表示，这次地震没有引发海啸的可能。` },
    { name: 'ja: ない kept', lang: 'ja', source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`, text: `${LEAD_JA}気象気候地球物理庁は、津波の恐れはないと発表した。` },
    { name: 'ar: لا kept', lang: 'ar', source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`, text: `${LEAD_AR} وقالت الوكالة إن الزلزال لا يشكل خطر حدوث تسونامي.` },
  ],
  invalid: [
    {
      name: 'en: "tidak berpotensi" rendered as if it did',
      lang: 'en',
      ...pair('BMKG menyatakan gempa itu tidak berpotensi tsunami.', 'The BMKG said the earthquake could trigger a tsunami.'),
      errors: [{ span: 'BMKG said the earthquake could trigger a tsunami', sourceSpan: 'tidak berpotensi', severity: 'critical' }],
    },
    {
      name: 'en: "tidak mendukung" rendered "supported"',
      lang: 'en',
      ...pair('Partai itu tidak mendukung rencana relokasi warga.', 'The party supported the plan to relocate residents.'),
      errors: [{ span: 'The party supported the plan to relocate residents', sourceSpan: 'tidak mendukung', message: 'The source says "tidak mendukung"' }],
    },
    {
      name: 'en: "tidak akan" rendered "would"',
      lang: 'en',
      ...pair('Bupati menegaskan pemerintah tidak akan memindahkan warga secara paksa.', 'The regent stressed that the government would forcibly move residents.'),
      errors: [{ span: 'regent stressed that the government would forcibly move residents', sourceSpan: 'tidak akan' }],
    },
    {
      name: 'fr: "belum" lost',
      lang: 'fr',
      source: `${LEAD} Pemerintah belum menetapkan status darurat bencana.`,
      text: `${LEAD_FR} Le gouvernement a déclaré l'état d'urgence.`,
      errors: [{ span: "Le gouvernement a déclaré l'état d'urgence", sourceSpan: 'belum menetapkan' }],
    },
    {
      name: 'zh: 不 lost',
      lang: 'zh',
      source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`,
      text: `${LEAD_ZH}印尼气象局表示，这次地震有引发海啸的可能。`,
      errors: [{ span: '表示，这次地震有引发海啸的可能' }],
    },
    {
      name: 'ar: لا lost',
      lang: 'ar',
      source: `${LEAD} BMKG menyatakan gempa itu tidak berpotensi tsunami.`,
      text: `${LEAD_AR} وقالت الوكالة إن الزلزال يشكل خطر حدوث تسونامي.`,
      errors: [{ span: 'وقالت الوكالة إن الزلزال يشكل خطر حدوث تسونامي' }],
    },
  ],
});
