import type { ArticleReport, Category, Issue, Severity } from '../types.js';
import { countWords } from '../score.js';

/**
 * Precision, recall and F1 of calque's reports against an annotated corpus, matched as
 * the corpus schema defines it: an issue finds a gold error when their spans overlap and
 * the issue is no longer than max(4 × the error's length, the error's length + 150).
 */

export interface GoldError {
  span: string;
  occurrence?: number;
  category: Category;
  severity: Severity;
  fix?: string;
  source_span?: string;
  note?: string;
}

export interface CorpusArticle {
  id: string;
  source?: { lang: string; text: string };
  versions: { lang: string; text: string; errors: GoldError[] }[];
}

export interface Tally { gold: number; found: number }

export interface Evaluation {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  found: number;
  flagged: number;
  falsePositives: number;
  /** Issues on clean versions per 1,000 of their words. */
  cleanFalsePositivesPer1kWords: number | null;
  /** Second and later issues on a gold error already found. */
  duplicates: number;
  recallBySeverity: Record<string, Tally>;
  recallByCategory: Record<string, Tally>;
  /** Of the issues of each category, how many match some gold error. */
  precisionByCategory: Record<string, { flagged: number; good: number }>;
  misses: string[];
  falsePositiveList: string[];
}

/** Where the n-th occurrence of `span` is in `text`, as the corpus tools find it. */
export function locate(text: string, span: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) return null;
  }
  return [at, at + span.length];
}

const matches = (i: Issue, [a, b]: [number, number]) =>
  i.start < b && a < Math.max(i.end, i.start + 1) && i.end - i.start <= Math.max(4 * (b - a), b - a + 150);

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function evaluate(corpus: readonly CorpusArticle[], reports: ReadonlyMap<string, ArticleReport>): Evaluation {
  const total = { gold: 0, found: 0, flagged: 0, falsePos: 0, duplicates: 0, cleanWords: 0, cleanFalsePos: 0 };
  const bySeverity: Record<string, Tally> = {};
  const byCategory: Record<string, Tally> = {};
  const precisionBy: Record<string, { flagged: number; good: number }> = {};
  const misses: string[] = [];
  const falsePositiveList: string[] = [];
  for (const doc of corpus) {
    const report = reports.get(doc.id);
    doc.versions.forEach((v, vi) => {
      const issues = (report?.versions[vi]?.issues ?? []).filter((i) => 0 <= i.start && i.start <= i.end && i.end <= v.text.length);
      const gold = v.errors.flatMap((e) => {
        const range = locate(v.text, e.span, e.occurrence ?? 1);
        return range ? [{ ...e, range }] : [];
      });
      for (const g of gold) {
        const hit = issues.some((i) => matches(i, g.range));
        for (const [table, key] of [[bySeverity, g.severity], [byCategory, g.category]] as const) {
          const t = (table[key] ??= { gold: 0, found: 0 });
          t.gold++;
          if (hit) t.found++;
        }
        total.gold++;
        if (hit) total.found++;
        else misses.push(`${doc.id}#${vi} ${v.lang} [${g.category}/${g.severity}] "${g.span}"`);
      }
      const seen = new Set<object>();
      for (const i of issues) {
        total.flagged++;
        const hits = gold.filter((g) => matches(i, g.range));
        const good = hits.length > 0;
        if (good && hits.every((g) => seen.has(g))) total.duplicates++;
        for (const g of hits) seen.add(g);
        const t = (precisionBy[i.category] ??= { flagged: 0, good: 0 });
        t.flagged++;
        if (good) t.good++;
        if (!good) {
          total.falsePos++;
          falsePositiveList.push(`${doc.id}#${vi} ${v.lang} ${i.ruleId} "${v.text.slice(i.start, i.end)}"`);
        }
      }
      if (v.errors.length === 0) {
        total.cleanWords += countWords(v.text);
        total.cleanFalsePos += issues.length;
      }
    });
  }
  const precision = total.flagged ? (total.flagged - total.falsePos) / total.flagged : 0;
  const recall = total.gold ? total.found / total.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    gold: total.gold,
    found: total.found,
    flagged: total.flagged,
    falsePositives: total.falsePos,
    cleanFalsePositivesPer1kWords: total.cleanWords ? Math.round((100000 * total.cleanFalsePos) / total.cleanWords) / 100 : null,
    duplicates: total.duplicates,
    recallBySeverity: bySeverity,
    recallByCategory: byCategory,
    precisionByCategory: precisionBy,
    misses,
    falsePositiveList,
  };
}
