/**
 * Dismissed issues. An editor who judges a flag wrong dismisses it once: the baseline
 * (`calque.baseline.json`) records it by a signature that does not depend on where the
 * issue is (rule, flagged words, source words, article, language), so edits elsewhere
 * in the article leave it dismissed. Later runs leave such issues out and say how many.
 * The same words flagged by the same rule twice in one version share a signature:
 * dismissing one dismisses both.
 */
import { CalqueInputError } from './errors.js';
import type { ArticleInput, ArticleReport, Issue } from './types.js';

export interface BaselineEntry {
  signature: string;
  /** What the signature is made of, for people reading the file. */
  article: string;
  lang: string;
  ruleId: string;
  words: string;
  source?: string;
}

export interface Baseline {
  version: 1;
  dismissed: BaselineEntry[];
}

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** FNV-1a over the string's UTF-16 code units, twice with different seeds: 16 hex digits. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The entry an issue is dismissed by. */
export function baselineEntry(article: string, lang: string, issue: Issue, versionText: string, sourceText?: string): BaselineEntry {
  const words = versionText.slice(issue.start, issue.end);
  const source = issue.source && sourceText !== undefined ? sourceText.slice(issue.source.start, issue.source.end) : undefined;
  const signature = hash([article, lang, issue.ruleId, normalize(words), normalize(source ?? '')].join('\u0000'));
  return { signature, article, lang, ruleId: issue.ruleId, words, ...(source !== undefined ? { source } : {}) };
}

/** What an article is called in a baseline: its id, or the name the caller gives it (a file name). */
const articleKey = (report: ArticleReport, name: string) => report.id ?? name;

/** A baseline that dismisses every issue of the given reports, added to `previous` (kept entries first, no duplicates). */
export function createBaseline(items: readonly { name: string; input: ArticleInput; report: ArticleReport }[], previous?: Baseline): Baseline {
  const seen = new Set<string>();
  const dismissed: BaselineEntry[] = [];
  const add = (e: BaselineEntry) => {
    if (seen.has(e.signature)) return;
    seen.add(e.signature);
    dismissed.push(e);
  };
  for (const e of previous?.dismissed ?? []) add(e);
  for (const { name, input, report } of items) {
    report.versions.forEach((v, k) => {
      for (const issue of v.issues) add(baselineEntry(articleKey(report, name), v.lang, issue, input.versions[k]!.text, input.source?.text));
    });
  }
  return { version: 1, dismissed };
}

/** The report without the issues the baseline dismisses; each version's notes say how many. */
export function applyBaseline(report: ArticleReport, input: ArticleInput, name: string, baseline: Baseline): { report: ArticleReport; dismissed: number } {
  const signatures = new Set(baseline.dismissed.map((e) => e.signature));
  let dismissed = 0;
  const versions = report.versions.map((v, k) => {
    const text = input.versions[k]!.text;
    const kept = v.issues.filter((i) => !signatures.has(baselineEntry(articleKey(report, name), v.lang, i, text, input.source?.text).signature));
    const gone = v.issues.length - kept.length;
    dismissed += gone;
    if (gone === 0) return v;
    return { ...v, issues: kept, notes: [...v.notes, `${gone} ${gone === 1 ? 'issue' : 'issues'} dismissed by the baseline.`] };
  });
  return { report: { ...report, versions }, dismissed };
}

/** Checks a parsed baseline file; throws CalqueInputError naming what is wrong. */
export function parseBaseline(raw: unknown): Baseline {
  const r = raw as Partial<Baseline> | null;
  if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new CalqueInputError('baseline: must be an object {"version": 1, "dismissed": [...]}', '');
  if (r.version !== 1) throw new CalqueInputError(`baseline: "version" must be 1, got ${JSON.stringify(r.version)}`, 'version');
  if (!Array.isArray(r.dismissed)) throw new CalqueInputError('baseline: "dismissed" must be an array', 'dismissed');
  r.dismissed.forEach((e, k) => {
    if (typeof e !== 'object' || e === null || typeof e.signature !== 'string' || !/^[0-9a-f]{16}$/.test(e.signature)) {
      throw new CalqueInputError(`baseline: "dismissed[${k}].signature" must be 16 hex digits`, `dismissed[${k}].signature`);
    }
  });
  return r as Baseline;
}
