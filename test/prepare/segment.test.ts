import { describe, expect, it } from 'vitest';
import { segment } from '../../src/prepare/segment.js';

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment: sentences', () => {
  it.each([
    ['Maj. Gen. Ryder said so. He left.', ['Maj. Gen. Ryder said so.', 'He left.']],
    ['Troops left the U.S. base on Monday. They returned.', ['Troops left the U.S. base on Monday.', 'They returned.']],
    ['He flew to the U.S. The talks begin today.', ['He flew to the U.S.', 'The talks begin today.']],
    ['U.S. President Joe Biden agreed. Nothing changed.', ['U.S. President Joe Biden agreed.', 'Nothing changed.']],
    ['Kantornya di Jl. Sudirman No. 5 Jakarta. Dia datang.', ['Kantornya di Jl. Sudirman No. 5 Jakarta.', 'Dia datang.']],
    ['Pasien ditangani dr. Budi di RSUD. Kondisinya membaik.', ['Pasien ditangani dr. Budi di RSUD.', 'Kondisinya membaik.']],
    ['Sebanyak 2.500 tentara tiba. Mereka lelah.', ['Sebanyak 2.500 tentara tiba.', 'Mereka lelah.']],
    ['Anggarannya Rp1,5 triliun. Dana cair besok.', ['Anggarannya Rp1,5 triliun.', 'Dana cair besok.']],
    ['Rapat dimulai pukul 14.30 WIB. Semua hadir.', ['Rapat dimulai pukul 14.30 WIB.', 'Semua hadir.']],
    ['Surat a.n. Kepala Dinas dikirim. Isinya singkat.', ['Surat a.n. Kepala Dinas dikirim.', 'Isinya singkat.']],
    ['Mereka membawa beras, gula, dll. yang dibagikan warga. Semua senang.', ['Mereka membawa beras, gula, dll. yang dibagikan warga.', 'Semua senang.']],
    ['Dia terdiam... lalu pergi. Kami menunggu.', ['Dia terdiam... lalu pergi.', 'Kami menunggu.']],
    ['Wait… what happened? Nobody knew.', ['Wait… what happened?', 'Nobody knew.']],
    ['"We remain focused on the mission." Ryder said it twice.', ['"We remain focused on the mission."', 'Ryder said it twice.']],
    ['"Kami siap," kata dia. "Kapan saja?" tanya wartawan.', ['"Kami siap," kata dia.', '"Kapan saja?" tanya wartawan.']],
    ['Mohammad H. Thamrin spoke. Then he left.', ['Mohammad H. Thamrin spoke.', 'Then he left.']],
    ['PT Garuda Indonesia Tbk. yang merugi menjual aset. Harga naik.', ['PT Garuda Indonesia Tbk. yang merugi menjual aset.', 'Harga naik.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('splits Chinese and Japanese on 。！？ without spaces', () => {
    expect(sentences('美国表示没有计划。部队将留下！真的吗？')).toEqual(['美国表示没有计划。', '部队将留下！', '真的吗？']);
    expect(sentences('岸田首相は述べた。「撤退はない。」と語った。')).toEqual(['岸田首相は述べた。', '「撤退はない。」', 'と語った。']);
  });

  it('splits Arabic on . ؟ ! and keeps one-letter abbreviations', () => {
    expect(sentences('قال د. أحمد إن الوضع مستقر. هل هناك خطة؟ نعم!')).toEqual(['قال د. أحمد إن الوضع مستقر.', 'هل هناك خطة؟', 'نعم!']);
  });

  it('keeps a sentence whole across a line break inside a paragraph', () => {
    expect(sentences('The plan was\nannounced on Friday.\n\nIt failed.')).toEqual(['The plan was\nannounced on Friday.', 'It failed.']);
  });
});

describe('segment: paragraphs and offsets', () => {
  it('splits paragraphs on blank lines and gives UTF-16 offsets into the original string', () => {
    const text = '  First 😀 one. Second.\r\n\r\n  Third para.\n \n\nFourth.  ';
    const { paragraphs, sentences: s } = segment(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First 😀 one. Second.', 'Third para.', 'Fourth.']);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['First 😀 one.', 'Second.', 'Third para.', 'Fourth.']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
    expect(paragraphs.map((p) => p.sentences)).toEqual([[0, 2], [2, 3], [3, 4]]);
  });

  it('takes single line breaks as paragraph breaks when the text has no blank line', () => {
    const text = 'One paragraph.\nAnother one.\nA third.';
    expect(segment(text).paragraphs).toHaveLength(3);
  });

  it('returns nothing for white space only', () => {
    expect(segment(' \n\n\t ')).toEqual({ paragraphs: [], sentences: [] });
  });
});
