import type { ArticleReport, Severity } from '../types.js';

export interface SummaryItem {
  name: string;
  report: ArticleReport;
}

/**
 * The table at the end of a batch: how many articles and versions were checked, issues
 * by severity, the worst articles by quality, and the inputs that could not be checked.
 */
export function formatSummary(items: readonly SummaryItem[], problems: readonly string[], worst = 5): string {
  const versions = items.reduce((n, i) => n + i.report.versions.length, 0);
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  for (const i of items) for (const v of i.report.versions) for (const issue of v.issues) counts[issue.severity]++;
  const lines = [
    `Summary: ${items.length} ${items.length === 1 ? 'article' : 'articles'}, ${versions} ${versions === 1 ? 'version' : 'versions'}` +
      (problems.length ? `, ${problems.length} ${problems.length === 1 ? 'input' : 'inputs'} could not be checked` : ''),
    `Issues: ${counts.critical} critical, ${counts.major} major, ${counts.minor} minor`,
  ];
  const ranked = items
    .map((i) => ({ name: i.report.id ?? i.name, low: Math.min(...i.report.versions.map((v) => v.score.quality)), versions: i.report.versions }))
    .filter((r) => r.low < 100)
    .sort((a, b) => a.low - b.low || a.name.localeCompare(b.name))
    .slice(0, worst);
  if (ranked.length) {
    const width = Math.max(...ranked.map((r) => r.name.length));
    lines.push('Worst articles (quality by version, 0-100):');
    for (const r of ranked) lines.push(`  ${r.name.padEnd(width)}  ${r.versions.map((v) => `${v.lang} ${v.score.quality.toFixed(1)}`).join('  ')}`);
  }
  if (problems.length) lines.push('Could not check:', ...problems.map((p) => `  ${p}`));
  return lines.join('\n') + '\n';
}
