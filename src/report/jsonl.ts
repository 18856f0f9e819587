import type { ArticleReport } from '../types.js';

/** The one-line record `--format jsonl` prints per article: what the corpus scorer reads. */
export function jsonlRecord(report: ArticleReport, id: string) {
  return { id: report.id ?? id, versions: report.versions.map((v) => ({ lang: v.lang, issues: v.issues })) };
}

export function formatJsonl(reports: readonly { report: ArticleReport; id: string }[]): string {
  return reports.map((r) => JSON.stringify(jsonlRecord(r.report, r.id)) + '\n').join('');
}
