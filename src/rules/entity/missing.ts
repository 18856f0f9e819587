import { isOrganisation, isPlace } from '../../lexicon/place-index.js';
import { epithets } from '../../lexicon/epithets.js';
import { institutions } from '../../lexicon/institutions.js';
import { titles } from '../../lexicon/titles.js';
import { untranslatedTerms } from '../../lexicon/untranslated-terms.js';
import { INDONESIAN_NEWS_WORDS } from '../../lexicon/indonesian-words.js';
import type { PreparedText } from '../../prepare/index.js';
import { isIndonesianWord } from '../../prepare/language.js';
import { nameTokens, sameNameToken } from '../../text/names.js';
import type { Range } from '../../types.js';
import { stretch } from '../content/gap.js';
import { titlesInSource } from '../calque/title-source.js';
import { defineRule } from '../rule.js';

/**
 * `entity/missing`: a person named in a source sentence whom the version sentence that
 * renders it does not name. People are found where Indonesian news names them: after a
 * title ("Kepala BPBD Kota Bekasi Rina Kartika Sari") and after a verb of saying
 * ("kata Agus Salim"). Place, organisation and office words in the run are not the
 * person's name (they are translated); names are matched with spelling variation
 * ("Mohammed" = "Muhammad").
 */

/** Words that are not a person's name however they are capitalised: offices, bodies, abbreviations. */
const NOT_PERSON = new Set<string>([
  ...titles.flatMap((t) => t.forms.flatMap((f) => f.split(/\s+/u))),
  ...institutions.flatMap((i) => [...i.acronyms, ...i.forms.flatMap((f) => f.split(/\s+/u))]),
  ...untranslatedTerms.flatMap((t) => t.forms.flatMap((f) => f.split(/\s+/u))),
  ...epithets.flatMap((e) => e.forms.flatMap((f) => f.split(/\s+/u))),
  'Kota', 'Kabupaten', 'Provinsi', 'Kecamatan', 'Desa', 'Kelurahan', 'Jalan', 'Pulau', 'Gunung', 'Sungai',
  'Barat', 'Timur', 'Utara', 'Selatan', 'Tengah', 'Raya', 'Baru', 'Besar',
].map((w) => w.toLowerCase()));

/** Offices the title lexicon lists only with their body ("Kepala Dinas …"): a name ends the run. */
const HEADED = /(?<![\p{L}])(?:Kepala|Ketua|Wakil|Direktur|Sekretaris|Koordinator|Komandan|Pelatih|Manajer|Juru [Bb]icara|Jubir)[^\S\n]+((?:\p{Lu}[\p{L}'’\-]*[^\S\n]*){2,8})/gu;

const NEWS_WORDS = new Set(INDONESIAN_NEWS_WORDS);

/** "kata Agus Salim", "ujar Siti", "menurut Budi Santoso": a verb of saying, then a name. */
const SAID = /(?<![\p{L}])(?:kata|ujar|ucap|ungkap|tutur|jelas|imbuh|tambah|sebut|menurut)[^\S\n]+((?:\p{Lu}[\p{L}'’\-]*[^\S\n]*){1,4})/gu;

interface Person extends Range {
  tokens: string[];
  /** The office before the name, when the name follows a title. */
  titleEnd?: number;
}

const personTokens = (tokens: readonly string[]) =>
  tokens.filter((t) => t.length >= 3 && !NOT_PERSON.has(t.toLowerCase()) && !isPlace('id', t) && !isOrganisation(t) && !/^[\p{Lu}\d]+$/u.test(t));

function peopleIn(source: PreparedText): Person[] {
  const out: Person[] = [];
  for (const t of titlesInSource(source)) {
    const tokens = personTokens(t.tokens);
    // A person's name is at least two words, or one after an office ("PM Sudani").
    if (tokens.length === 0) continue;
    out.push({ start: t.start, end: t.end, tokens, titleEnd: t.start });
  }
  for (const m of source.text.matchAll(HEADED)) {
    const words = nameTokens(m[1]!);
    const tokens = personTokens(words);
    // Only the run's last words can be the person ("Kepala BPBD Kota Bekasi Rina Kartika Sari").
    const tail = tokens.filter((t) => words.indexOf(t) >= words.length - tokens.length);
    // A body's name in Indonesian words ("Dinas Pemadam Kebakaran") is no person.
    if (tail.length < 2 || tail.some((t) => isIndonesianWord(t.toLowerCase()) || NEWS_WORDS.has(t.toLowerCase()))) continue;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, tokens: tail });
  }
  for (const m of source.text.matchAll(SAID)) {
    const tokens = personTokens(nameTokens(m[1]!));
    if (tokens.length === 0) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.trimEnd().length, tokens });
  }
  return out;
}

export const entityMissing = defineRule({
  id: 'entity/missing',
  meta: {
    category: 'entity',
    severity: 'major',
    description: 'A person the source sentence names whom the version sentence does not name.',
    languages: ['en', 'fr'],
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || !alignment.isFaithful) return;
    const seen = new Set<number>();
    for (const person of peopleIn(source)) {
      const bead = alignment.beadAtSource(person.start);
      if (!bead || bead.version[0] === bead.version[1]) continue; // a dropped sentence is content/omission's
      const around = alignment.versionRangeAt(person.start, 0);
      if (!around) continue;
      const versionNames = nameTokens(version.text.slice(around.start, around.end))
        .filter((t) => /^\p{Lu}/u.test(t))
        .map((t) => t.replace(/['’]s$/u, ''));
      if (person.tokens.some((t) => versionNames.some((v) => sameNameToken(t, v)))) continue;
      const own = alignment.versionRange(bead)!;
      if (seen.has(own.start)) continue;
      seen.add(own.start);
      const place = stretch(version.text, own, 'start');
      if (!place) continue;
      const name = person.tokens.join(' ');
      report({
        ...place,
        source: { start: person.start, end: person.end },
        confidence: 0.6,
        message: `The source names ${name} here ("${source.text.slice(person.start, person.end)}"), and this sentence does not.`,
      });
    }
  },
});
