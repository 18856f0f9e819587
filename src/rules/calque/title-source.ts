import { titles } from '../../lexicon/titles.js';
import type { Title } from '../../lexicon/types.js';
import type { PreparedText } from '../../prepare/index.js';
import { PhraseMatcher } from '../../text/phrases.js';
import type { Range } from '../../types.js';

/** "<Title> <Name>" in the Indonesian source: "PM Sudani", "Wali Kota Surabaya Eri Cahyadi". */
export interface SourceTitle extends Range {
  /** [start, end): the title and the name after it. */
  title: Title;
  /** The capitalised words after the title (place words included: "Surabaya Eri Cahyadi"). */
  tokens: string[];
}

let matcher: PhraseMatcher<Title> | undefined;
const cache = new WeakMap<PreparedText, SourceTitle[]>();

/** One capitalised word after the title, on the same line; punctuation ends the run ("kata PM Sudani. Dia …"). */
const NAME_WORD = /[^\S\n]+((?:al-|bin |binti )?\p{Lu}[\p{L}\p{M}'’\-]*)(?![\p{L}\p{M}])/uy;
/** Capitalised words that are not part of a name: days and months ("PM Sudani Senin lalu"). */
const NOT_NAME = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)$/;

/** Every "<Title> <Name>" in the source, scanned once per source. */
export function titlesInSource(source: PreparedText): SourceTitle[] {
  let found = cache.get(source);
  if (!found) {
    matcher ??= new PhraseMatcher(titles.flatMap((t) => t.forms.map((f) => [f, t] as const)));
    found = [];
    const text = source.text;
    for (const m of matcher.matchAll(text)) {
      const tokens: string[] = [];
      let end = m.end;
      NAME_WORD.lastIndex = m.end;
      for (let w = NAME_WORD.exec(text); w && tokens.length < 6 && !NOT_NAME.test(w[1]!); w = NAME_WORD.exec(text)) {
        tokens.push(w[1]!);
        end = NAME_WORD.lastIndex;
      }
      if (tokens.length === 0) continue;
      for (const title of m.values) found.push({ title, start: m.start, end, tokens });
    }
    cache.set(source, found);
  }
  return found;
}
