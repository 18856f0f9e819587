import { describe, expect, it } from 'vitest';
import { aggregateLanguage, detectLanguage } from '../../src/prepare/language.js';
import { prepareText } from '../../src/prepare/index.js';

describe('detectLanguage', () => {
  it.each([
    ['Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri keuangan kepada wartawan di Jakarta.', 'id'],
    ['The government will raise fuel prices from next week, the finance minister told reporters in Jakarta.', 'en'],
    ['Le gouvernement augmentera le prix du carburant dès la semaine prochaine, a déclaré le ministre des Finances.', 'fr'],
    ['政府将从下周起提高燃油价格，财政部长对记者表示。', 'zh'],
    ['政府は来週から燃料価格を引き上げると財務相が記者団に語った。', 'ja'],
    ['ستقوم الحكومة برفع أسعار الوقود اعتبارا من الأسبوع المقبل، حسبما قال وزير المالية.', 'ar'],
    // Malay is treated as Indonesian (franc confuses them; they are one family).
    ['Kerajaan akan menaikkan harga minyak mulai minggu hadapan, kata menteri kewangan kepada pemberita.', 'id'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('leaves very short text undetermined', () => {
    expect(detectLanguage('OK').lang).toBe('und');
    expect(detectLanguage('2024').lang).toBe('und');
  });

  it('names a language calque has no lexicon for', () => {
    const g = detectLanguage('El gobierno subirá el precio del combustible a partir de la próxima semana, dijo el ministro.');
    expect(g.lang).toBe('und');
    expect(g.other).toBe('es');
  });

  it('decides a text by its paragraphs, weighted by length', () => {
    const doc = prepareText('en', 'JAKARTA (Antara)\n\nThe government said on Monday that it will raise the price of fuel from next week to cut the subsidy bill.\n\nHarga baru berlaku.');
    expect(doc.detected.lang).toBe('en');
    expect(aggregateLanguage([]).lang).toBe('und');
  });
});
