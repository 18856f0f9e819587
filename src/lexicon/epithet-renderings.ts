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

/** Every literal rendering of one epithet in one language. */
export function literalRenderings(e: Epithet, lang: TargetLang): string[] {
  const out = new Set<string>(e.literal?.[lang] ?? []);
  const heads = new Set(e.forms.map(headOf).filter((h) => h !== undefined));
  for (const head of heads) {
    for (const template of head.templates[lang] ?? []) {
      for (const gloss of e.gloss[lang] ?? []) {
        let r = template.replaceAll('{g}', gloss);
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
