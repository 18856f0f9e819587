/** The public types of calque: what goes in, what comes out. */

/** A language tag: the five targets and Indonesian, or any other well-formed BCP 47 tag. */
export type Lang = 'id' | 'en' | 'fr' | 'zh' | 'ja' | 'ar' | (string & {});

export type Severity = 'critical' | 'major' | 'minor';

export type Category = 'calque.epithet' | 'calque.title' | 'calque.idiom' | 'untranslated' | 'number'
  | 'date-format' | 'entity' | 'omission' | 'addition' | 'repetition' | 'terminology'
  | 'fluency' | 'wrong-language' | 'negation';

export interface TextInput { lang: Lang; text: string }

/** One article: the Indonesian source (optional) and its translated versions. */
export interface ArticleInput { id?: string; source?: TextInput; versions: TextInput[] }

/** A half-open UTF-16 range: `text.slice(start, end)`. */
export interface Range { start: number; end: number }

export interface Issue {
  /** `family/name`, e.g. `calque/epithet`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Offsets in the version's text (UTF-16). */
  start: number;
  end: number;
  /** One sentence: what and why. */
  message: string;
  /** Replacements for [start, end), best first; may be empty. */
  suggestions: string[];
  /** The Indonesian words behind the issue, in the source text. */
  source?: Range;
  /** 0..1: how sure the rule is. Source-backed flags are surer than target-only guesses. */
  confidence: number;
  /** The rule's documentation page. */
  url?: string;
}

/** A sentence bead: which source sentences a run of version sentences renders. */
export interface Bead {
  /** Sentence indices, half-open: [first, end). An empty range is a 0-1 or 1-0 bead. */
  source: [number, number];
  version: [number, number];
  confidence: number;
}

/** MQM-style score of one version. */
export interface Score {
  /** Words counted for normalisation (source words when there is a source). */
  words: number;
  /** Sum of severity weights over the issues. */
  penalty: number;
  /** Penalty per 1,000 words. */
  per1000: number;
  /** 0..100: MQM's quality score, 100 × (1 − penalty / words), floored at 0. */
  quality: number;
  /** The penalty of each version sentence that has issues: its index in the version's sentences, and the sum of its issues' weights. */
  bySentence?: { sentence: number; penalty: number }[];
}

export interface VersionReport {
  lang: Lang;
  /** The language the text is written in, as detected; 'und' when undecided. */
  detectedLang: Lang | 'und';
  issues: Issue[];
  alignment: Bead[];
  score: Score;
  /** What the report could not do for this version, and why (no source, unsupported language, …). */
  notes: string[];
}

export interface SourceReport {
  lang: Lang;
  detectedLang: Lang | 'und';
  /** Problems with the source itself (e.g. it is not in Indonesian). */
  issues: Issue[];
}

export interface ArticleReport {
  id?: string;
  source?: SourceReport;
  versions: VersionReport[];
}

export interface CheckOptions {
  /** Turn rules on or off by id; every rule is on unless set to false. */
  rules?: Record<string, boolean>;
  /** Drop issues below this confidence (0..1). Default 0. */
  minConfidence?: number;
  /** Severity overrides by rule id. */
  severity?: Record<string, Severity>;
  /** Drop issues whose flagged words match one of these patterns. */
  ignore?: RegExp[];
  /** Rules to run besides the built-in ones (a glossary, rules of your own). */
  extraRules?: readonly import('./rules/rule.js').Rule[];
}
