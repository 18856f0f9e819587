/**
 * Shapes of calque's lexicons. A lexicon entry reads like a dictionary line: the
 * Indonesian forms, what they refer to, and how each target language renders them,
 * well and badly.
 */

/** The five target languages calque has lexicons for. */
export type TargetLang = 'en' | 'fr' | 'zh' | 'ja' | 'ar';
export const TARGET_LANG_LIST: readonly TargetLang[] = ['en', 'fr', 'zh', 'ja', 'ar'];

/** One string or several per target language. */
export type PerLang<T> = { [L in TargetLang]?: T };

/** What kind of thing an epithet names. */
export type ReferentKind = 'country' | 'city' | 'region' | 'island' | 'team' | 'institution' | 'person';

/**
 * An Indonesian periphrastic nickname ("Negeri Paman Sam" for the United States).
 *
 * `head` is the Indonesian head noun (Negeri, Kota, Pulau, Bumi, Tanah, …) and `gloss`
 * the word-for-word translation of what follows it, per language: the rule builds the
 * literal renderings to catch from the head's templates ("Uncle Sam's country", "the
 * Country of Uncle Sam", "Uncle Sam Country", …). `literal` adds renderings that no
 * template produces; `idiomatic` lists renderings that are established usage in that
 * language and must never be flagged (French journalism writes "le pays de l'Oncle Sam").
 */
export interface Epithet {
  /** Indonesian forms, capitalised as in news copy, with variants ("Negeri Paman Sam", "Negara Paman Sam"). */
  forms: string[];
  kind: ReferentKind;
  /** The referent's usual name in each target language ("the United States", "les États-Unis", "美国", "アメリカ", "الولايات المتحدة"). */
  referent: Record<TargetLang, string>;
  /** Word-for-word translation of the modifier after the head, per language ("Uncle Sam"; "l'Oncle Sam"; "山姆大叔"). */
  gloss: PerLang<string[]>;
  /** Extra literal renderings to catch, exactly as a machine writes them. */
  literal?: PerLang<string[]>;
  /** Renderings that are idiomatic in that language: never flagged. */
  idiomatic?: PerLang<string[]>;
  /**
   * The renderings are also ordinary phrases with another meaning ("the Holy Land" is
   * Palestine to an English reader, "Tanah Suci" is Mecca): flag them only when the
   * source has the nickname.
   */
  sourceOnly?: boolean;
}

/** What kind of office a title names. */
export type TitleKind = 'head-of-state' | 'government' | 'minister' | 'military' | 'police' | 'regional'
  | 'diplomatic' | 'judicial' | 'legislative' | 'corporate' | 'religious' | 'royal' | 'civil' | 'academic';

/**
 * An Indonesian title written before a name ("PM Sudani", "Menkeu Sri Mulyani").
 * Machine translation often misreads "<Title> <Name>" as "<Name>'s <Title>".
 */
export interface Title {
  /** Indonesian forms, full and abbreviated ("Perdana Menteri", "PM"). */
  forms: string[];
  kind: TitleKind;
  /** Renderings per language, best first; the first is what a suggestion uses. */
  renderings: Record<TargetLang, string[]>;
}

/** A place name, in Indonesian and the target languages; "Iraq's prime minister" is no calque. */
export interface Place {
  id: string[];
  en: string[];
  fr?: string[];
  zh?: string[];
  ja?: string[];
  ar?: string[];
}
