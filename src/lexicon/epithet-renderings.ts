import { epithets } from './epithets.js';
import { nicknameHeads } from './heads.js';
import type { Epithet, TargetLang } from './types.js';

/**
 * Expands the epithet lexicon into the literal renderings to catch per language: each
 * entry's glosses through its head's templates, plus its listed literals.
 */

/** "de le" → "du", "de les" → "des", "à le" → "au": French contracts what a template joins. */
export function contractFrench(s: string): string {
  return s
    .replace(/\bde le /g, 'du ').replace(/\bde Le /g, 'du ')
    .replace(/\bde les /g, 'des ').replace(/\bde Les /g, 'des ')
    .replace(/\bà le /g, 'au ').replace(/\bà les /g, 'aux ')
    .replace(/\bde ([aeéèêiouhAEÉIOUH])/g, "d'$1");
}

/** The head an Indonesian form begins with ("Negeri" in "Negeri Paman Sam"), if any. */
export function headOf(form: string) {
  for (const head of nicknameHeads) {
    for (const h of head.forms) if (form.startsWith(h + ' ') && form.length > h.length + 1) return head;
  }
  return undefined;
}

/**
 * Indonesian nouns carry no number, so a machine writes "Hero City" or "City of Heroes"
 * for "Kota Pahlawan" alike: an English gloss stands for its singular and plural.
 */
export function numberVariants(gloss: string): string[] {
  const m = /^(.*?)(\p{L}+)$/u.exec(gloss);
  if (!m) return [gloss];
  const [, head, last] = m as unknown as [string, string, string];
  if (/^\p{Lu}{2,}$/u.test(last) || last.length < 3) return [gloss];
  let other: string;
  if (/(?:ss|us|is)$/i.test(last)) other = `${last}es`;
  else if (/(?:s|x|ch|sh|o)es$/i.test(last)) other = last.slice(0, -2);
  else if (/[^aeiou]ies$/i.test(last)) other = `${last.slice(0, -3)}y`;
  else if (/s$/i.test(last)) other = last.slice(0, -1);
  else if (/[^aeiou]y$/i.test(last)) other = `${last.slice(0, -1)}ies`;
  else if (/(?:s|x|ch|sh)$/i.test(last)) other = `${last}es`;
  else other = `${last}s`;
  return [gloss, head + other];
}

/** Every literal rendering of one epithet in one language. */
export function literalRenderings(e: Epithet, lang: TargetLang): string[] {
  const out = new Set<string>(e.literal?.[lang] ?? []);
  const heads = new Set(e.forms.map(headOf).filter((h) => h !== undefined));
  for (const head of heads) {
    for (const template of head.templates[lang] ?? []) {
      const glosses = lang === 'en' ? (e.gloss.en ?? []).flatMap(numberVariants) : (e.gloss[lang] ?? []);
      // "the Land of Cenderawasih" and "the Land of the Cenderawasih": English may add an article after "of".
      const templates = lang === 'en' && template.includes('of {g}') ? [template, template.replace('of {g}', 'of the {g}')] : [template];
      for (const [gloss, t] of glosses.flatMap((g) => templates.map((t) => [g, t] as const))) {
        let r = t.replaceAll('{g}', gloss);
        if (lang === 'fr') r = contractFrench(r);
        // "the the Bamboo Curtain": a gloss with its own article in a template with one.
        r = r.replace(/\b(the|The) the /g, '$1 ');
        out.add(r);
        if (lang === 'en' && !/^the /i.test(r)) out.add(`the ${r}`);
      }
    }
  }
  return [...out];
}
