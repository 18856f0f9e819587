import { phraseKey } from '../text/phrases.js';
import { organisations } from './organisations.js';
import { places } from './places.js';

type PlaceLang = 'id' | 'en' | 'fr' | 'zh' | 'ja' | 'ar';
const index = new Map<PlaceLang, Set<string>>();

function setFor(lang: PlaceLang): Set<string> {
  let set = index.get(lang);
  if (!set) {
    set = new Set();
    for (const p of places) for (const name of p[lang] ?? []) set.add(phraseKey(name));
    // Latin-script names are written alike across languages: "Jakarta", "Surabaya".
    if (lang === 'en' || lang === 'fr' || lang === 'id') for (const p of places) for (const name of [...p.en, ...p.id]) set.add(phraseKey(name));
    index.set(lang, set);
  }
  return set;
}

/** Is `name` a place (or a demonym, or an organisation of states) in the gazetteer? */
export function isPlace(lang: string, name: string): boolean {
  const l = (['id', 'en', 'fr', 'zh', 'ja', 'ar'] as const).find((x) => x === lang) ?? 'en';
  return setFor(l).has(phraseKey(name.replace(/^(?:the|The|le|la|les|l')\s*/u, '')));
}

/** The longest place name `text` ends with, for scripts without spaces ("据报道马来西亚" → "马来西亚"). */
export function placeSuffix(lang: string, text: string): string | undefined {
  const set = setFor((['zh', 'ja', 'ar'] as const).find((x) => x === lang) ?? 'en');
  for (let i = 0; i < text.length - 1; i++) {
    const tail = text.slice(i);
    if (set.has(phraseKey(tail))) return tail;
  }
  return undefined;
}

const orgs = new Set(organisations.map(phraseKey));

/** Is `name` an organisation that owns offices (a party, an agency, a company)? */
export const isOrganisation = (name: string): boolean => orgs.has(phraseKey(name.replace(/^the\s+/i, '')));
