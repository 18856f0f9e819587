import { describe, expect, it } from 'vitest';
import { terms } from '../../../src/lexicon/terms.js';
import { termCalque } from '../../../src/rules/terminology/term.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(termCalque, {
  valid: [
    { name: 'net sales in a company report, no source: an ordinary accounting phrase', lang: 'en', text: 'Net sales rose 5% to Rp 2.1 trillion in the first quarter.' },
    { name: 'a quiet period on the market, no source', lang: 'en', text: 'Traders expect a quiet period on the market before the holiday.' },
    { name: 'the established term', lang: 'en', text: 'A pyroclastic flow travelled 3 km down the slope.', source: 'Awan panas guguran meluncur sejauh 3 km.' },
    { name: 'a literal rendering the source does not back', lang: 'en', text: 'The company reported a free verdict on its plans.', source: 'Perusahaan itu melaporkan rencananya.' },
    { name: 'a real refugee camp, no source', lang: 'en', text: 'The UN visited a refugee camp in Cox’s Bazar.' },
    { name: 'a referee’s fast count in boxing', lang: 'en', text: 'The champion complained of a fast count in the fifth round.' },
    { name: 'mixed doubles is the term: "mixed double" must not match inside it', lang: 'en', text: 'Indonesia won gold in the mixed doubles final.', source: 'Indonesia meraih emas di final ganda campuran.' },
    { name: 'French "double mixte" is the established term', lang: 'fr', text: "L'Indonésie a remporté le double mixte.", source: 'Indonesia menjuarai ganda campuran.' },
    { name: 'Chinese 跳远 (jump far) is the name of the long jump', lang: 'zh', text: '她在跳远比赛中夺得金牌。', source: 'Ia meraih emas di nomor lompat jauh.' },
    { name: 'an established phrase around a literal one: Cat on a Hot Tin Roof', lang: 'en', text: 'The theatre staged Cat on a Hot Tin Roof last night.', source: 'Teater itu mementaskan drama semalam, dengan timah panas di panggung.' },
    { name: 'ambiguous rendering, term elsewhere in a long source: no backing from its own sentence', lang: 'en', text: 'Unilever posted net sales of Rp 9 trillion in the quarter. The company also raised its dividend for shareholders. Foreign investors net sold Rp 1 trillion on the exchange.', source: 'Unilever membukukan penjualan Rp 9 triliun pada kuartal itu. Perseroan juga menaikkan dividen untuk pemegang saham. Investor asing mencatatkan jual bersih Rp 1 triliun di bursa.' },
    { name: 'trade balance is right', lang: 'en', text: 'The trade balance posted a surplus of $3 billion.', source: 'Neraca perdagangan mencatat surplus 3 miliar dolar.' },
    { name: 'a hot tin from the oven, no source', lang: 'en', text: 'Take the hot tin out of the oven and let it cool.' },
    { name: 'Japanese established term', lang: 'ja', text: '警察は容疑者を指名手配した。', source: 'Polisi memasukkan tersangka ke daftar pencarian orang.' },
  ],
  invalid: [
    {
      name: 'source-backed: hot cloud avalanche',
      lang: 'en',
      text: 'A hot cloud avalanche travelled 3 km down the slope of Merapi.',
      source: 'Awan panas guguran meluncur sejauh 3 km dari puncak Merapi.',
      errors: [{ span: 'hot cloud avalanche', suggestion: 'pyroclastic flow', sourceSpan: 'Awan panas guguran', minConfidence: 0.85, category: 'terminology', severity: 'major' }],
    },
    {
      name: 'target-only: free verdict, lower confidence',
      lang: 'en',
      text: 'The court handed down a free verdict for the former regent.',
      errors: [{ span: 'free verdict', suggestion: 'acquittal', maxConfidence: 0.7 }],
    },
    {
      name: 'net sales, backed by jual bersih in the aligned source',
      lang: 'en',
      text: 'Overseas funds booked net sales of Rp 870 billion on the bourse.',
      source: 'Dana asing membukukan jual bersih Rp 870 miliar di bursa.',
      errors: [{ span: 'net sales', suggestion: 'net selling', sourceSpan: 'membukukan jual bersih', message: 'renders' }],
    },
    {
      name: 'net purchase, backed by beli bersih',
      lang: 'en',
      text: 'Foreign investors booked a net purchase of Rp 500 billion.',
      source: 'Investor asing membukukan beli bersih Rp 500 miliar.',
      errors: [{ span: 'net purchase', suggestion: 'net buying', sourceSpan: 'membukukan beli bersih' }],
    },
    {
      name: 'French: follow-up earthquakes, the plural term first',
      lang: 'fr',
      text: 'Plusieurs séismes de suivi ont été ressentis à Cianjur.',
      source: 'Sejumlah gempa susulan dirasakan di Cianjur.',
      errors: [{ span: 'séismes de suivi', suggestion: 'répliques', sourceSpan: 'gempa susulan' }],
    },
    {
      name: 'English plural rendering: plural term first',
      lang: 'en',
      text: 'Two hot cloud avalanches were recorded on Sunday.',
      errors: [{ span: 'hot cloud avalanches', suggestion: 'pyroclastic flows' }],
    },
    {
      name: 'sentence-initial suggestion is capitalised',
      lang: 'en',
      text: 'Trade scale recorded a surplus of $3 billion in May.',
      errors: [{ span: 'Trade scale', suggestion: 'Trade balance' }],
    },
    {
      name: 'per-entry severity: ash rain is minor',
      lang: 'en',
      text: 'Ash rain covered villages west of Semeru.',
      source: 'Hujan abu menutupi desa-desa di barat Semeru.',
      errors: [{ span: 'Ash rain', suggestion: 'Ashfall', severity: 'minor' }],
    },
    {
      name: 'volcano alert level: standby status backed by status Siaga',
      lang: 'en',
      text: 'Mount Lewotobi remains at standby status.',
      source: 'Gunung Lewotobi masih berstatus Siaga.',
      errors: [{ span: 'standby status', suggestion: 'Alert (Level III)', sourceSpan: 'berstatus Siaga' }],
    },
    {
      name: 'volcano alert level: beware status, no source',
      lang: 'en',
      text: 'The agency raised Semeru to beware status.',
      errors: [{ span: 'beware status', suggestion: 'Warning (Level IV)' }],
    },
    {
      name: 'tidal flooding',
      lang: 'en',
      text: 'Rob floods inundated homes in north Jakarta.',
      source: 'Banjir rob merendam rumah di Jakarta Utara.',
      errors: [{ span: 'Rob floods', suggestion: 'Tidal floods', sourceSpan: 'Banjir rob' }],
    },
    {
      name: 'dengue: bloody fever, with an abbreviated source form',
      lang: 'en',
      text: 'Cases of bloody fever doubled this month.',
      source: 'Kasus DBD meningkat dua kali lipat bulan ini.',
      errors: [{ span: 'bloody fever', suggestion: 'dengue hemorrhagic fever', sourceSpan: 'Kasus DBD' }],
    },
    {
      name: 'health workers: health energy',
      lang: 'en',
      text: 'The hospital lacks health energy in remote areas.',
      source: 'Rumah sakit kekurangan tenaga kesehatan di daerah terpencil.',
      errors: [{ span: 'health energy', suggestion: 'health workers', sourceSpan: 'tenaga kesehatan' }],
    },
    {
      name: 'law: replacement money and layered articles in one sentence',
      lang: 'en',
      text: 'He must pay replacement money and faces layered articles.',
      source: 'Ia wajib membayar uang pengganti dan dijerat pasal berlapis.',
      errors: [
        { span: 'replacement money', suggestion: 'restitution', sourceSpan: 'uang pengganti' },
        { span: 'layered articles', suggestion: 'multiple charges', sourceSpan: 'dijerat pasal berlapis' },
      ],
    },
    {
      name: 'sport: single son and son double',
      lang: 'en',
      text: 'The single son sector lost, but the son double pair won.',
      source: 'Sektor tunggal putra kalah, tetapi pasangan ganda putra menang.',
      errors: [
        { span: 'single son sector', suggestion: "men's singles", sourceSpan: 'Sektor tunggal putra' },
        { span: 'son double', suggestion: "men's doubles", sourceSpan: 'pasangan ganda putra' },
      ],
    },
    {
      name: 'sport: mixed double, no source',
      lang: 'en',
      text: 'The mixed double pair reached the final.',
      errors: [{ span: 'mixed double', suggestion: 'mixed doubles' }],
    },
    {
      name: 'sport: surviving champion, backed',
      lang: 'en',
      text: 'The surviving champion was knocked out in the first round.',
      source: 'Juara bertahan tersingkir di babak pertama.',
      errors: [{ span: 'surviving champion', suggestion: 'defending champion', sourceSpan: 'Juara bertahan' }],
    },
    {
      name: 'sport: penalty fight',
      lang: 'en',
      text: 'Indonesia lost the penalty fight 4-5.',
      source: 'Indonesia kalah adu penalti 4-5.',
      errors: [{ span: 'penalty fight', suggestion: 'penalty shootout', sourceSpan: 'adu penalti' }],
    },
    {
      name: 'hajj: hajj congregation is minor',
      lang: 'en',
      text: 'The first hajj congregation departed from Surabaya.',
      source: 'Kloter pertama jemaah haji berangkat dari Surabaya.',
      errors: [{ span: 'hajj congregation', suggestion: 'hajj pilgrims', severity: 'minor' }],
    },
    {
      name: 'hajj: jumrah throwing',
      lang: 'en',
      text: 'Pilgrims performed the jumrah throwing in Mina.',
      source: 'Jemaah melaksanakan lempar jumrah di Mina.',
      errors: [{ span: 'jumrah throwing', suggestion: 'stoning of the devil', sourceSpan: 'lempar jumrah' }],
    },
    {
      name: 'police: hand-catching operation, source has the acronym',
      lang: 'en',
      text: 'The KPK arrested the regent in a hand-catching operation.',
      source: 'KPK menangkap bupati itu dalam OTT.',
      errors: [{ span: 'hand-catching operation', suggestion: 'sting operation', sourceSpan: 'OTT' }],
    },
    {
      name: 'police: people search list',
      lang: 'en',
      text: 'The suspect has been on the people search list since May.',
      errors: [{ span: 'people search list', suggestion: 'wanted list' }],
    },
    {
      name: 'police: paralyzed is critical when the source says dilumpuhkan',
      lang: 'en',
      text: 'The suspect was paralyzed after trying to flee.',
      source: 'Tersangka dilumpuhkan setelah mencoba kabur.',
      errors: [{ span: 'paralyzed', suggestion: 'shot in the leg', severity: 'critical', sourceSpan: 'dilumpuhkan' }],
    },
    {
      name: 'elections: sound letter and fast count',
      lang: 'en',
      text: 'Damaged sound letters were replaced before the fast count began.',
      source: 'Surat suara yang rusak diganti sebelum hitung cepat dimulai.',
      errors: [
        { span: 'sound letters', suggestion: 'ballot papers', sourceSpan: 'Surat suara' },
        { span: 'fast count', suggestion: 'quick count', sourceSpan: 'hitung cepat', severity: 'minor' },
      ],
    },
    {
      name: 'elections: quiet period backed by masa tenang',
      lang: 'en',
      text: 'Campaigning is banned during the quiet period.',
      source: 'Kampanye dilarang selama masa tenang.',
      errors: [{ span: 'quiet period', suggestion: 'cooling-off period', sourceSpan: 'masa tenang' }],
    },
    {
      name: 'polling station: sound collection place, no source',
      lang: 'en',
      text: 'Voters queued at the sound collection place from dawn.',
      errors: [{ span: 'sound collection place', suggestion: 'polling station' }],
    },
    {
      name: 'French: free verdict',
      lang: 'fr',
      text: "Le tribunal a prononcé un verdict libre pour l'ancien ministre.",
      source: 'Pengadilan menjatuhkan vonis bebas kepada mantan menteri itu.',
      errors: [{ span: 'verdict libre', suggestion: 'acquittement', sourceSpan: 'vonis bebas' }],
    },
    {
      name: 'Chinese: questionnaire right (hak angket)',
      lang: 'zh',
      text: '议员们提议行使问卷权。',
      source: 'Para anggota dewan mengusulkan hak angket.',
      errors: [{ span: '问卷权', suggestion: '调查权', sourceSpan: 'hak angket' }],
    },
    {
      name: 'Japanese: independent isolation',
      lang: 'ja',
      text: '患者は独立隔離を続けている。',
      source: 'Pasien masih menjalani isolasi mandiri.',
      errors: [{ span: '独立隔離', suggestion: '自主隔離', sourceSpan: 'menjalani isolasi mandiri' }],
    },
    {
      name: 'Arabic: replacement money',
      lang: 'ar',
      text: 'أمرت المحكمة بدفع الأموال البديلة.',
      source: 'Pengadilan memerintahkan pembayaran uang pengganti.',
      errors: [{ span: 'الأموال البديلة', suggestion: 'رد الأموال', sourceSpan: 'uang pengganti' }],
    },
    {
      name: 'Arabic: hot cloud, no source',
      lang: 'ar',
      text: 'اندفعت السحابة الساخنة نحو القرى.',
      errors: [{ span: 'السحابة الساخنة', suggestion: 'تدفق بركاني فتاتي' }],
    },
  ],
});

describe('terms lexicon', () => {
  it('has at least 80 entries, each with forms, a term in English and a rendering to catch', () => {
    expect(terms.length).toBeGreaterThanOrEqual(80);
    for (const t of terms) {
      expect(t.forms.length, t.forms[0]).toBeGreaterThan(0);
      for (const f of t.forms) expect(f, 'forms are lower case').toBe(f.toLowerCase());
      expect(t.term.en?.length, t.forms[0]).toBeGreaterThan(0);
      const renderings = Object.values(t.literal).flat().length + Object.values(t.ambiguous ?? {}).flat().length;
      expect(renderings, t.forms[0]).toBeGreaterThan(0);
    }
  });
  it('source-only entries list their renderings as ambiguous or need the source anyway', () => {
    for (const t of terms.filter((x) => x.sourceOnly)) expect(Object.values(t.ambiguous ?? {}).flat().length, t.forms[0]).toBeGreaterThan(0);
  });
});
