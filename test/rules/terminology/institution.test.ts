import { describe, expect, it } from 'vitest';
import { institutionId, institutions } from '../../../src/lexicon/institutions.js';
import { TARGET_LANG_LIST } from '../../../src/lexicon/types.js';
import { institutionName } from '../../../src/rules/terminology/institution.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(institutionName, {
  valid: [
    { name: 'the right name before the acronym', lang: 'en', text: 'The Constitutional Court (MK) will hear the dispute next week.' },
    { name: 'the Supreme Court is MA', lang: 'en', text: 'The Supreme Court (MA) cut the sentence to eight years.' },
    { name: "the Attorney General's Office", lang: 'en', text: "Investigators from the Attorney General's Office (Kejagung) searched three houses." },
    { name: 'KPK by its name', lang: 'en', text: 'The Corruption Eradication Commission (KPK) questioned the regent for nine hours.' },
    { name: 'PLN as the State Electricity Company', lang: 'en', text: 'The State Electricity Company (PLN) promised to restore power by evening.' },
    { name: 'a description without brackets', lang: 'en', text: 'The state power utility PLN blamed the blackout on a faulty relay.' },
    { name: 'a name qualified by a place', lang: 'en', text: 'Indonesia’s Constitutional Court (MK) has nine justices.' },
    { name: 'an acronym with a place after it', lang: 'en', text: 'The Metro Jaya Regional Police (Polda Metro Jaya) named four suspects.' },
    { name: 'a foreign body sharing an acronym', lang: 'en', text: 'She earned a Master of Arts (MA) in Leeds before joining the ministry.' },
    { name: 'a longer name the lexicon does not know', lang: 'en', text: 'The Jakarta Provincial House of Representatives (DPRD) passed the budget.' },
    { name: 'the Indonesian name in brackets', lang: 'en', text: 'The Constitutional Court (Mahkamah Konstitusi) read out its ruling.' },
    { name: 'IHSG explained where it first appears', lang: 'en', text: 'The Jakarta Composite Index (IHSG) rose 0.8 percent. The IHSG has gained 6 percent this year.' },
    { name: 'French, the right name', lang: 'fr', text: 'La Cour constitutionnelle (MK) a rejeté le recours des deux candidats.' },
    { name: 'Chinese, the right name', lang: 'zh', text: '宪法法院（MK）周一驳回了上诉。' },
    {
      name: 'the source names the same court',
      lang: 'en',
      text: 'The Supreme Court rejected the cassation appeal on Tuesday.',
      source: 'Mahkamah Agung menolak kasasi tersebut pada Selasa.',
    },
    {
      name: 'a foreign court the source names too',
      lang: 'en',
      text: "The US Supreme Court ruled first, and Indonesia's Constitutional Court has yet to rule.",
      source: 'Mahkamah Agung AS memutus lebih dulu, sementara MK belum memutus.',
    },
    {
      name: 'the parent body added for context',
      lang: 'en',
      text: 'Densus 88 of the National Police arrested three suspects in Bekasi.',
      source: 'Densus 88 menangkap tiga terduga teroris di Bekasi.',
    },
    {
      name: 'the provincial office called by its parent: not claimed',
      lang: 'en',
      text: "The Attorney General's Office seized the land certificates.",
      source: 'Kejati DKI menyita sertifikat tanah tersebut.',
    },
    {
      name: 'the version keeps the name of what the source has',
      lang: 'en',
      text: 'Bawaslu said the General Elections Commission had erred in counting.',
      source: 'Bawaslu menyatakan KPU keliru dalam penghitungan.',
    },
  ],
  invalid: [
    {
      name: 'MK called the Supreme Court',
      lang: 'en',
      text: 'The Supreme Court (MK) rejected the petition on Monday.',
      errors: [{ span: 'Supreme Court', suggestion: 'Constitutional Court', message: '"Supreme Court" is not the name of MK (Mahkamah Konstitusi): it is the Constitutional Court.', minConfidence: 0.8, maxConfidence: 0.85 }],
    },
    {
      name: 'Kejagung called the Supreme Court',
      lang: 'en',
      text: 'Officers from the Supreme Court (Kejagung) raided the company office.',
      errors: [{ span: 'Supreme Court', suggestion: "Attorney General's Office" }],
    },
    {
      name: 'PLN called the State Gas Company',
      lang: 'en',
      text: 'Residents complained to the State Gas Company (PLN) about the outages.',
      errors: [{ span: 'State Gas Company', suggestion: 'State Electricity Company' }],
    },
    {
      name: 'KKB called the Free Papua Organization',
      lang: 'en',
      text: 'Two soldiers were shot by the Free Papua Organization (KKB) in Intan Jaya.',
      errors: [{ span: 'Free Papua Organization', suggestion: 'armed criminal group', severity: 'major' }],
    },
    {
      name: 'a place before the name does not shield it',
      lang: 'en',
      text: 'The case went to the Indonesian Supreme Court (MK) in March.',
      errors: [{ span: 'Supreme Court', suggestion: 'Constitutional Court' }],
    },
    {
      name: 'a sentence-initial word before the name',
      lang: 'en',
      text: 'Former Supreme Court (MK) chief justice Anwar Usman lost his appeal.',
      errors: [{ span: 'Supreme Court', suggestion: 'Constitutional Court' }],
    },
    {
      name: 'army and navy swapped',
      lang: 'en',
      text: 'The Indonesian Navy (TNI AD) sent two battalions to the border.',
      errors: [{ span: 'Indonesian Navy', suggestion: 'Indonesian Army' }],
    },
    {
      name: 'a regional council given the national one’s name',
      lang: 'en',
      text: 'The House of Representatives (DPRD) of Bandung approved the budget.',
      errors: [{ span: 'House of Representatives', suggestion: 'Regional House of Representatives' }],
    },
    {
      name: 'a known wrong name of this index',
      lang: 'en',
      text: 'The Joint Stock Price Index (IHSG) closed 1.1 percent higher.',
      errors: [{ span: 'Joint Stock Price Index', suggestion: 'Jakarta Composite Index' }],
    },
    {
      name: 'a bank name translated word for word',
      lang: 'en',
      text: "The People's Bank of Indonesia (BRI) posted a record profit.",
      errors: [{ span: "People's Bank of Indonesia", suggestion: 'Bank Rakyat Indonesia' }],
    },
    {
      name: 'the source backs the flag',
      lang: 'en',
      text: 'The Supreme Court (MK) read out its ruling on the election dispute.',
      source: 'Mahkamah Konstitusi (MK) membacakan putusan sengketa pemilu.',
      errors: [{ span: 'Supreme Court', sourceSpan: 'Mahkamah Konstitusi', minConfidence: 0.9 }],
    },
    {
      name: 'French, same gender article kept',
      lang: 'fr',
      text: 'La Cour suprême (MK) a rejeté la requête.',
      errors: [{ span: 'Cour suprême', suggestion: 'Cour constitutionnelle' }],
    },
    {
      name: 'French, the article changes with the name',
      lang: 'fr',
      text: 'Selon la Cour suprême (Kejagung), le suspect a fui.',
      errors: [{ span: 'la Cour suprême', suggestion: 'le Bureau du procureur général' }],
    },
    {
      name: 'French, a party given another party’s name',
      lang: 'fr',
      text: "Le Parti démocrate (PDIP) a remporté l'élection.",
      errors: [{ span: 'Parti démocrate', suggestion: 'Parti démocratique indonésien de lutte' }],
    },
    {
      name: 'Chinese',
      lang: 'zh',
      text: '最高法院（MK）周一驳回了这一申请。',
      errors: [{ span: '最高法院', suggestion: '宪法法院' }],
    },
    {
      name: 'Japanese',
      lang: 'ja',
      text: '最高裁判所（MK）は月曜日、請求を棄却した。',
      errors: [{ span: '最高裁判所', suggestion: '憲法裁判所' }],
    },
    {
      name: 'Arabic',
      lang: 'ar',
      text: 'رفضت المحكمة العليا (MK) الطعن يوم الاثنين.',
      errors: [{ span: 'المحكمة العليا', suggestion: 'المحكمة الدستورية' }],
    },
    {
      name: 'with a source: another court named where the source has MK',
      lang: 'en',
      text: 'The Supreme Court rejected the petition on Monday.',
      source: 'Mahkamah Konstitusi menolak permohonan itu pada Senin.',
      errors: [{ span: 'Supreme Court', suggestion: 'Constitutional Court', sourceSpan: 'Mahkamah Konstitusi', minConfidence: 0.85 }],
    },
    {
      name: 'with a source: the prosecutors called a court',
      lang: 'en',
      text: 'The Supreme Court named two new suspects in the tin case.',
      source: 'Kejaksaan Agung menetapkan dua tersangka baru dalam kasus timah.',
      errors: [{ span: 'Supreme Court', suggestion: "Attorney General's Office", sourceSpan: 'Kejaksaan Agung' }],
    },
    {
      name: 'with a source: KKB rendered as the Free Papua Movement',
      lang: 'en',
      text: 'Police arrested two men. The Free Papua Movement claimed the attack on the post.',
      source: 'Polisi menangkap dua pria. KKB mengklaim serangan terhadap pos tersebut.',
      errors: [{ span: 'Free Papua Movement', suggestion: 'armed criminal group', sourceSpan: 'KKB' }],
    },
    {
      name: 'with a source: one party for another',
      lang: 'en',
      text: 'The Democratic Party backed the revised bill.',
      source: 'PDIP mendukung revisi RUU itu.',
      errors: [{ span: 'Democratic Party', suggestion: 'Indonesian Democratic Party of Struggle', sourceSpan: 'PDIP' }],
    },
    {
      name: 'IHSG left bare',
      lang: 'en',
      text: 'The IHSG closed 1.2 percent higher on Friday as the rupiah steadied.',
      errors: [{ span: 'IHSG', suggestions: ['Jakarta Composite Index (JCI)', 'JCI'], severity: 'minor', maxConfidence: 0.75 }],
    },
    {
      name: 'IHSG left bare, with the source behind it',
      lang: 'en',
      text: 'The IHSG closed higher on Friday.',
      source: 'IHSG ditutup menguat pada Jumat.',
      errors: [{ span: 'IHSG', severity: 'minor', sourceSpan: 'IHSG', minConfidence: 0.8 }],
    },
    {
      name: 'IHSG left bare in French',
      lang: 'fr',
      text: "L'IHSG a clôturé en hausse de 1 %.",
      errors: [{ span: 'IHSG', suggestion: 'indice composite de Jakarta (JCI)', severity: 'minor' }],
    },
  ],
});

describe('institution lexicon', () => {
  const ids = institutions.map(institutionId);
  it('has at least 120 institutions with unique ids', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(120);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
  });
  it('names every institution in English and French', () => {
    for (const i of institutions) {
      expect(i.names.en.length, institutionId(i)).toBeGreaterThan(0);
      expect(i.names.fr?.length ?? 0, institutionId(i)).toBeGreaterThan(0);
    }
  });
  it('points parents and related bodies at real entries', () => {
    for (const i of institutions) for (const ref of [...(i.related ?? []), ...(i.parent ? [i.parent] : [])]) expect(ids, institutionId(i)).toContain(ref);
  });
  it('never lists a name of one institution as a name of an unrelated one, nor a wrong name as its own', () => {
    const key = (s: string) => s.toLowerCase().replace(/^(?:the|le|la|les)\s+|^l['’]/, '');
    const owner = new Map<string, string>();
    for (const i of institutions) {
      for (const lang of TARGET_LANG_LIST) {
        for (const name of i.names[lang] ?? []) {
          const k = `${lang}:${key(name)}`;
          const before = owner.get(k);
          if (before !== undefined && before !== institutionId(i)) {
            const other = institutions[ids.indexOf(before)]!;
            const interchangeable = (other.related ?? []).includes(institutionId(i)) || (i.related ?? []).includes(before);
            expect(interchangeable, `${k} names both ${before} and ${institutionId(i)}`).toBe(true);
          }
          owner.set(k, institutionId(i));
        }
        const own = new Set([...(i.names[lang] ?? []), ...(i.variants?.[lang] ?? [])].map(key));
        for (const wrong of i.wrongNames?.[lang] ?? []) expect(own.has(key(wrong)), `${institutionId(i)}: ${wrong}`).toBe(false);
      }
    }
  });
  it('marks only IHSG as always translated', () => {
    expect(institutions.filter((i) => i.alwaysTranslate).map(institutionId)).toEqual(['IHSG']);
  });
});
