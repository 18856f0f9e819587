/**
 * `calque.config.json`: rules on and off, severity overrides, a confidence floor, words
 * never to flag, and a glossary. The file is data only: calque never loads code from
 * it (keys such as "plugins" or "require" are refused), and every mistake is an error
 * naming the key.
 */
import { CalqueInputError } from './errors.js';
import { similarity } from './similarity.js';
import { glossaryRule, type GlossaryEntry } from './rules/glossary/glossary.js';
import { rules as allRules } from './rules/index.js';
import type { CheckOptions, Severity } from './types.js';

export type RuleSetting = 'off' | 'on' | Severity;

export interface CalqueConfig {
  /** Rule id → "off", "on", or a severity that replaces the rule's own. */
  rules?: Record<string, RuleSetting>;
  /** Drop issues below this confidence (0..1). */
  minConfidence?: number;
  /** Flagged words never to report: plain strings (whole match, any case) or "/regex/flags". */
  ignore?: string[];
  /** The newsroom's glossary: see `GlossaryEntry`. */
  glossary?: GlossaryEntry[];
}

const KEYS = ['$schema', 'rules', 'minConfidence', 'ignore', 'glossary'] as const;
const CODE_KEYS = ['plugins', 'plugin', 'require', 'import', 'extends', 'script', 'scripts', 'module', 'modules', 'formatter', 'eval'];
const SETTINGS: readonly RuleSetting[] = ['off', 'on', 'minor', 'major', 'critical'];
const ENTRY_KEYS = ['id', 'use', 'avoid', 'severity', 'caseSensitive'];

const fail = (message: string, field: string): never => {
  throw new CalqueInputError(`config: ${message}`, field);
};

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The closest known word, for "did you mean" (bigram similarity, as names are matched). */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const k of known) {
    const score = similarity(word.toLowerCase(), k.toLowerCase());
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  return bestScore >= 0.5 ? best : undefined;
}

function stringList(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${field}" must be an array of strings, got ${describe(v)}`, field);
  return v as string[];
}

function perLanguage(v: unknown, field: string): Record<string, string[]> {
  if (!isObject(v)) fail(`"${field}" must be an object of language → array of strings, got ${describe(v)}`, field);
  const out: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(v as Record<string, unknown>)) out[lang] = stringList(list, `${field}.${lang}`);
  return out;
}

/** Checks a parsed `calque.config.json` and returns it typed; throws CalqueInputError naming the key. */
export function parseConfig(raw: unknown): CalqueConfig {
  if (!isObject(raw)) return fail(`the configuration must be a JSON object, got ${describe(raw)}`, '');
  const known = new Set(allRules.map((r) => r.id));
  const config: CalqueConfig = {};
  for (const key of Object.keys(raw)) {
    if (CODE_KEYS.includes(key)) fail(`"${key}" is not allowed: calque's configuration is data only and never loads code`, key);
    if (!(KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, KEYS);
      fail(`unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; known keys: ${KEYS.filter((k) => k !== '$schema').join(', ')}`, key);
    }
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail(`"rules" must be an object of rule id → ${SETTINGS.join('|')}, got ${describe(raw.rules)}`, 'rules');
    config.rules = {};
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!known.has(id) && id !== 'glossary/term') {
        const hint = closest(id, [...known]);
        fail(`unknown rule "${id}" in "rules"${hint ? ` (did you mean "${hint}"?)` : ''}`, `rules.${id}`);
      }
      if (typeof setting !== 'string' || !(SETTINGS as readonly string[]).includes(setting)) {
        fail(`"rules.${id}" must be one of ${SETTINGS.join(', ')}, got ${describe(setting)}`, `rules.${id}`);
      }
      config.rules[id] = setting as RuleSetting;
    }
  }
  if (raw.minConfidence !== undefined) {
    if (typeof raw.minConfidence !== 'number' || !(raw.minConfidence >= 0 && raw.minConfidence <= 1)) {
      fail(`"minConfidence" must be a number from 0 to 1, got ${describe(raw.minConfidence)}`, 'minConfidence');
    }
    config.minConfidence = raw.minConfidence as number;
  }
  if (raw.ignore !== undefined) {
    config.ignore = stringList(raw.ignore, 'ignore');
    config.ignore.forEach((p, k) => compilePattern(p, `ignore[${k}]`));
  }
  if (raw.glossary !== undefined) {
    if (!Array.isArray(raw.glossary)) fail(`"glossary" must be an array of entries, got ${describe(raw.glossary)}`, 'glossary');
    config.glossary = (raw.glossary as unknown[]).map((e, k) => glossaryEntry(e, `glossary[${k}]`));
  }
  return config;
}

function glossaryEntry(e: unknown, field: string): GlossaryEntry {
  if (!isObject(e)) return fail(`"${field}" must be an object with "id" and "use" or "avoid", got ${describe(e)}`, field);
  for (const key of Object.keys(e)) {
    if (!ENTRY_KEYS.includes(key)) fail(`unknown key "${key}" in "${field}"; known keys: ${ENTRY_KEYS.join(', ')}`, `${field}.${key}`);
  }
  if (typeof e.id !== 'string' || e.id.trim() === '') fail(`"${field}.id" must be the Indonesian term, a non-empty string`, `${field}.id`);
  if (e.use === undefined && e.avoid === undefined) fail(`"${field}" needs "use" or "avoid"`, field);
  const entry: GlossaryEntry = { id: (e.id as string).trim() };
  if (e.use !== undefined) entry.use = perLanguage(e.use, `${field}.use`);
  if (e.avoid !== undefined) entry.avoid = perLanguage(e.avoid, `${field}.avoid`);
  if (e.severity !== undefined) {
    if (e.severity !== 'minor' && e.severity !== 'major' && e.severity !== 'critical') fail(`"${field}.severity" must be minor, major or critical, got ${describe(e.severity)}`, `${field}.severity`);
    entry.severity = e.severity as Severity;
  }
  if (e.caseSensitive !== undefined) {
    if (typeof e.caseSensitive !== 'boolean') fail(`"${field}.caseSensitive" must be true or false`, `${field}.caseSensitive`);
    entry.caseSensitive = e.caseSensitive as boolean;
  }
  return entry;
}

/** "/regex/flags" as a RegExp; anything else as a whole-text, case-insensitive match. */
export function compilePattern(pattern: string, field = 'ignore'): RegExp {
  const re = /^\/(.+)\/([a-z]*)$/su.exec(pattern);
  if (!re) return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
  try {
    return new RegExp(re[1]!, re[2]!.includes('u') ? re[2] : `${re[2]}u`);
  } catch (e) {
    return fail(`"${field}" is not a valid regular expression: ${(e as Error).message}`, field);
  }
}

/** The `check()` options a configuration stands for. */
export function configOptions(config: CalqueConfig): CheckOptions {
  const options: CheckOptions = {};
  const rules: Record<string, boolean> = {};
  const severity: Record<string, Severity> = {};
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    rules[id] = setting !== 'off';
    if (setting !== 'on' && setting !== 'off') severity[id] = setting;
  }
  if (Object.keys(rules).length) options.rules = rules;
  if (Object.keys(severity).length) options.severity = severity;
  if (config.minConfidence !== undefined) options.minConfidence = config.minConfidence;
  if (config.ignore?.length) options.ignore = config.ignore.map((p, k) => compilePattern(p, `ignore[${k}]`));
  if (config.glossary?.length) options.extraRules = [glossaryRule(config.glossary)];
  return options;
}
