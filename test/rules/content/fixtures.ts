/** A short Indonesian news story of our own and faithful translations of it, for the content rules' tests. */
export const SOURCE = [
  'SURABAYA - Banjir merendam 1.200 rumah di tiga kecamatan di Kota Surabaya, Jawa Timur, pada Selasa pagi.',
  'Hujan deras mengguyur kota itu selama enam jam tanpa henti.',
  'Badan Penanggulangan Bencana Daerah (BPBD) mengevakuasi 450 warga ke masjid dan sekolah terdekat.',
  '"Kami sudah menyiapkan dapur umum dan perahu karet," kata Kepala BPBD Surabaya, Rudi Hartono.',
  'Ketinggian air di beberapa titik mencapai 80 sentimeter.',
  'Wali kota meminta warga tetap waspada karena hujan diperkirakan berlanjut hingga Kamis.',
].join(' ');

export const EN = [
  'SURABAYA - Floods submerged 1,200 houses in three districts of Surabaya, East Java, on Tuesday morning.',
  'Heavy rain pounded the city for six hours without a break.',
  'The Regional Disaster Management Agency (BPBD) evacuated 450 residents to nearby mosques and schools.',
  '"We have set up a public kitchen and rubber boats," said the head of the Surabaya BPBD, Rudi Hartono.',
  'The water reached 80 centimetres in some places.',
  'The mayor asked residents to remain alert as the rain is expected to continue until Thursday.',
];

export const FR = [
  "SURABAYA - Des inondations ont submergé 1 200 maisons dans trois districts de Surabaya, dans l'est de Java, mardi matin.",
  'De fortes pluies se sont abattues sur la ville pendant six heures sans interruption.',
  "L'Agence régionale de gestion des catastrophes (BPBD) a évacué 450 habitants vers des mosquées et des écoles voisines.",
  '« Nous avons installé une cuisine collective et des bateaux pneumatiques », a déclaré le chef du BPBD de Surabaya, Rudi Hartono.',
  "L'eau a atteint 80 centimètres à certains endroits.",
  'Le maire a demandé aux habitants de rester vigilants, la pluie devant se poursuivre jusqu’à jeudi.',
];

export const ZH = [
  '泗水——周二上午，洪水淹没了东爪哇泗水市三个区的1200所房屋。',
  '暴雨连续六个小时不停地袭击该市。',
  '地区灾害管理局（BPBD）将450名居民疏散到附近的清真寺和学校。',
  '泗水BPBD负责人鲁迪·哈托诺说：“我们已经准备了公共厨房和橡皮艇。”',
  '部分地点的水深达到80厘米。',
  '市长要求居民保持警惕，因为预计降雨将持续到周四。',
];

export const JA = [
  'スラバヤ発―火曜日の朝、東ジャワ州スラバヤ市の3つの地区で洪水により1200戸の住宅が浸水した。',
  '激しい雨が6時間にわたって降り続いた。',
  '地域防災庁（BPBD）は住民450人を近くのモスクや学校に避難させた。',
  'スラバヤBPBDのルディ・ハルトノ局長は「炊き出しとゴムボートを用意した」と述べた。',
  '一部の地点では水位が80センチに達した。',
  '市長は、雨が木曜日まで続く見込みだとして、住民に警戒を続けるよう呼びかけた。',
];

export const AR = [
  'سورابايا - غمرت الفيضانات 1200 منزل في ثلاث مناطق بمدينة سورابايا في جاوة الشرقية صباح الثلاثاء.',
  'هطلت أمطار غزيرة على المدينة لمدة ست ساعات دون توقف.',
  'وقامت الوكالة الإقليمية لإدارة الكوارث (BPBD) بإجلاء 450 من السكان إلى المساجد والمدارس القريبة.',
  'وقال رئيس الوكالة في سورابايا رودي هارتونو: "لقد جهزنا مطبخا عاما وقوارب مطاطية".',
  'ووصل منسوب المياه في بعض المواقع إلى 80 سنتيمترا.',
  'وطلب رئيس البلدية من السكان البقاء في حالة تأهب لأن الأمطار يتوقع أن تستمر حتى الخميس.',
];

/** The sentences of a translation joined as one paragraph, without those at `drop` and with `add` inserted before index `at`. */
export function compose(sentences: readonly string[], { drop = [], add }: { drop?: number[]; add?: { at: number; text: string } } = {}): string {
  const out: string[] = [];
  sentences.forEach((s, k) => {
    if (add && add.at === k) out.push(add.text);
    if (!drop.includes(k)) out.push(s);
  });
  if (add && add.at >= sentences.length) out.push(add.text);
  const joiner = /[\u3040-\u30ff\u4e00-\u9fff]/.test(sentences[0]!) ? '' : ' ';
  return out.join(joiner);
}
