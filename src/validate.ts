import { CalqueInputError } from './errors.js';
import type { ArticleInput, Lang, TextInput } from './types.js';

/** The languages calque has lexicons and language-specific checks for. */
export const TARGET_LANGS = ['en', 'fr', 'zh', 'ja', 'ar'] as const;
export type SupportedLang = (typeof TARGET_LANGS)[number];

/**
 * Is `tag` a well-formed BCP 47 language tag? `Intl` checks the syntax; we also require
 * a two- or three-letter primary subtag, since four-to-eight-letter ones are reserved
 * and in practice mean a typo ("english").
 */
export function isWellFormedLangTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:-|$)/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The primary language subtag, lower-cased: 'zh-Hant-TW' → 'zh'. */
export function baseLang(tag: Lang): string {
  return tag.split('-')[0]!.toLowerCase();
}

export function isSupportedLang(tag: Lang): tag is SupportedLang {
  return (TARGET_LANGS as readonly string[]).includes(baseLang(tag));
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : typeof v;

function validateText(value: unknown, field: string): TextInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CalqueInputError(`${field} must be an object with "lang" and "text", got ${describe(value)}`, field);
  }
  const { lang, text } = value as Record<string, unknown>;
  if (typeof lang !== 'string' || lang === '') {
    throw new CalqueInputError(`${field}.lang is missing (a language code such as "en")`, `${field}.lang`);
  }
  if (!isWellFormedLangTag(lang)) {
    throw new CalqueInputError(`${field}.lang "${lang}" is not a BCP 47 language code (such as "en", "fr", "zh-CN")`, `${field}.lang`);
  }
  if (text === undefined) throw new CalqueInputError(`${field}.text is missing`, `${field}.text`);
  if (typeof text !== 'string') throw new CalqueInputError(`${field}.text must be a string, got ${describe(text)}`, `${field}.text`);
  if (text.trim() === '') throw new CalqueInputError(`${field}.text is empty`, `${field}.text`);
  return { lang, text };
}

/**
 * Checks that `input` is an ArticleInput and returns it typed. Throws CalqueInputError,
 * naming the field, for anything calque cannot check.
 */
export function validateArticle(input: unknown): ArticleInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CalqueInputError(`an article must be an object with "versions", got ${describe(input)}`);
  }
  const raw = input as Record<string, unknown>;
  if (raw.id !== undefined && typeof raw.id !== 'string') {
    throw new CalqueInputError(`id must be a string, got ${describe(raw.id)}`, 'id');
  }
  if (raw.versions === undefined) throw new CalqueInputError('"versions" is missing (an array of {lang, text})', 'versions');
  if (!Array.isArray(raw.versions)) throw new CalqueInputError(`"versions" must be an array, got ${describe(raw.versions)}`, 'versions');
  if (raw.versions.length === 0) throw new CalqueInputError('"versions" is empty: give at least one translated version', 'versions');
  const versions = raw.versions.map((v, i) => validateText(v, `versions[${i}]`));
  const article: ArticleInput = { versions };
  if (typeof raw.id === 'string') article.id = raw.id;
  if (raw.source !== undefined && raw.source !== null) {
    const source = validateText(raw.source, 'source');
    if (baseLang(source.lang) !== 'id') {
      throw new CalqueInputError(`source.lang must be "id" (Indonesian), got "${source.lang}"`, 'source.lang');
    }
    article.source = source;
  }
  return article;
}
